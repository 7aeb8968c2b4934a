//! The library's version.

use core::ffi::{CStr, c_char};

/// The version as a C string, checked when the library is compiled.
const VERSION: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(version) => version,
        Err(_) => panic!("the package version contains a NUL"),
    };

/// The version of the library in use.
///
/// @return "MAJOR.MINOR.PATCH", such as "0.1.0". Compare it with
/// `SIPSTATUS_VERSION_MAJOR`, `_MINOR` and `_PATCH`, the version of the header
/// a program was compiled with.
///
/// The string is static and NUL-terminated: never free it.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_version() -> *const c_char {
    ffi_panic_boundary! { VERSION.as_ptr() }
}

#[cfg(test)]
mod tests {
    use crate::constants::{
        SIPSTATUS_VERSION_MAJOR, SIPSTATUS_VERSION_MINOR, SIPSTATUS_VERSION_PATCH,
    };

    use super::*;

    #[test]
    fn the_generated_constants_are_the_crate_version() {
        let parts = [
            (SIPSTATUS_VERSION_MAJOR, env!("CARGO_PKG_VERSION_MAJOR")),
            (SIPSTATUS_VERSION_MINOR, env!("CARGO_PKG_VERSION_MINOR")),
            (SIPSTATUS_VERSION_PATCH, env!("CARGO_PKG_VERSION_PATCH")),
        ];
        for (constant, version) in parts {
            assert_eq!(constant.to_string(), version, "run `make generate`");
        }
        let joined = format!(
            "{SIPSTATUS_VERSION_MAJOR}.{SIPSTATUS_VERSION_MINOR}.{SIPSTATUS_VERSION_PATCH}"
        );
        // SAFETY: a static NUL-terminated string.
        assert_eq!(
            unsafe { CStr::from_ptr(sipstatus_version()) }.to_str(),
            Ok(joined.as_str())
        );
    }
}
