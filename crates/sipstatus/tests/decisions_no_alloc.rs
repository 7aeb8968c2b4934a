//! The fork choice, the header linter and the RFC 6076 accumulator never
//! allocate: a counting allocator watches them.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    sync::atomic::{AtomicUsize, Ordering},
};

use sipstatus::{
    StatusCode,
    fork::best_response,
    headers::check_headers,
    metrics::{Method, SessionMetrics},
};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: defers to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn decisions_do_not_allocate() {
    let codes: Vec<StatusCode> = (100..=799)
        .map(|n| StatusCode::from_u16(n).unwrap())
        .collect();
    let names = ["Via", "m", "WWW-Authenticate", "allow", "Unsupported"];
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let mut sink = 0usize;
    let mut metrics = SessionMetrics::new();
    for window in codes.windows(4) {
        let choice = best_response(window, Method::Invite);
        sink += choice.index().unwrap_or(0);
        sink += check_headers(window[0], &names).count();
        let _ = metrics.add(Method::Invite, Some(window[0]));
        let _ = metrics.add(Method::Register, None);
    }
    sink += metrics.ser().map_or(0, |v| v as usize);
    assert_eq!(ALLOCATIONS.load(Ordering::SeqCst), before, "sink {sink}");
}
