//! No lookup allocates: a counting allocator watches every one of them.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    sync::atomic::{AtomicUsize, Ordering},
};

use sipstatus::{Language, StatusCode, entries, lookup_phrase, lookup_phrase_bytes};

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
fn lookups_do_not_allocate() {
    let phrases: Vec<&str> = entries().iter().map(|e| e.phrase()).collect();
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let mut sink = 0usize;
    for n in 0..=1000u16 {
        let Ok(code) = StatusCode::from_u16(n) else {
            continue;
        };
        sink += code.reason_phrase().map_or(0, str::len);
        sink += code.phrase_or_class().len();
        sink += code.canonical().as_u16() as usize;
        if let Some(entry) = code.entry() {
            sink += entry.description(Language::German).len() + entry.references().len();
            sink += sipstatus::__ffi::name(entry).to_bytes().len();
        }
    }
    for text in ["486", "4x6", "", "1000"] {
        sink += text
            .parse::<StatusCode>()
            .map_or(1, |c| c.as_u16() as usize);
    }
    for phrase in &phrases {
        sink += lookup_phrase(phrase).map_or(0, |m| m.code().as_u16() as usize);
    }
    for bytes in [&b"  BUSY   here "[..], b"\xff", b"nothing like it", b""] {
        sink += lookup_phrase_bytes(bytes).map_or(1, |m| m.code().as_u16() as usize);
    }
    let after = ALLOCATIONS.load(Ordering::SeqCst);
    assert!(sink > 0);
    assert_eq!(
        after - before,
        0,
        "lookups allocated {} times",
        after - before
    );
}
