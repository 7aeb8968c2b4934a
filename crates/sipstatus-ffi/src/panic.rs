//! The panic boundary: the one place where a panic is turned into a value.
//!
//! Nothing in this crate is expected to panic, but a panic unwinding into C
//! is undefined behaviour and an abort would take the caller's process down,
//! so every exported body runs inside [`ffi_panic_boundary!`].

use core::ffi::c_char;

use crate::{sipstatus_class, sipstatus_entry, sipstatus_registry_status, sipstatus_result};

/// What an exported function returns when its body panicked: the value that
/// already means "error" for that function.
pub(crate) trait PanicValue {
    /// The error value.
    const PANIC_VALUE: Self;
}

impl PanicValue for sipstatus_result {
    const PANIC_VALUE: Self = sipstatus_result::Panic;
}

impl PanicValue for *const c_char {
    const PANIC_VALUE: Self = core::ptr::null();
}

impl PanicValue for *const sipstatus_entry {
    const PANIC_VALUE: Self = core::ptr::null();
}

impl PanicValue for bool {
    const PANIC_VALUE: Self = false;
}

impl PanicValue for u16 {
    const PANIC_VALUE: Self = 0;
}

impl PanicValue for usize {
    const PANIC_VALUE: Self = 0;
}

impl PanicValue for sipstatus_class {
    const PANIC_VALUE: Self = sipstatus_class::Invalid;
}

impl PanicValue for sipstatus_registry_status {
    const PANIC_VALUE: Self = sipstatus_registry_status::Unknown;
}

/// Runs the body of an exported function, returning its value, or the
/// function's [`PanicValue`] if it panics.
///
/// `AssertUnwindSafe` is sound here: the bodies only read immutable statics
/// and their arguments, so a panic cannot leave broken state behind.
macro_rules! ffi_panic_boundary {
    ($($body:tt)*) => {
        match ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(|| { $($body)* })) {
            Ok(value) => value,
            Err(_) => $crate::panic::PanicValue::PANIC_VALUE,
        }
    };
}

/// A function whose body panics, for checking from C that a built library
/// turns a panic into `SIPSTATUS_RESULT_PANIC` rather than unwinding into
/// the caller or aborting: with the `panic-probe` feature only, and left out
/// of the header.
///
/// cbindgen:ignore
#[cfg(feature = "panic-probe")]
#[expect(
    clippy::missing_panics_doc,
    reason = "the panic is the point, and the boundary catches it"
)]
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_panic_probe() -> sipstatus_result {
    ffi_panic_boundary! {
        if core::hint::black_box(true) {
            panic!("sipstatus_panic_probe: a deliberate panic");
        }
        sipstatus_result::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panicking<T: PanicValue>() -> T {
        ffi_panic_boundary! {
            if true {
                panic!("a bug");
            }
            unreachable!()
        }
    }

    #[test]
    fn a_panic_becomes_the_error_value_of_the_return_type() {
        assert_eq!(panicking::<sipstatus_result>(), sipstatus_result::Panic);
        assert!(panicking::<*const c_char>().is_null());
        assert!(panicking::<*const sipstatus_entry>().is_null());
        assert!(!panicking::<bool>());
        assert_eq!(panicking::<u16>(), 0);
        assert_eq!(panicking::<usize>(), 0);
        assert_eq!(panicking::<sipstatus_class>(), sipstatus_class::Invalid);
        assert_eq!(
            panicking::<sipstatus_registry_status>(),
            sipstatus_registry_status::Unknown
        );
    }

    #[test]
    fn without_a_panic_the_body_value_passes_through() {
        let value: u16 = ffi_panic_boundary! { 486 };
        assert_eq!(value, 486);
    }
}
