//! Header obligations per code, and the response linter, for C.

use core::ffi::c_char;

use sipstatus_core::{
    StatusCode,
    headers::{HeaderRule, Level, check_headers_iter, header_rules},
};

use crate::{panic::PanicValue, sipstatus_result};

/// How strongly an RFC asks for a header field (RFC 2119).
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_header_level {
    /// MUST.
    Must = 0,
    /// SHOULD.
    Should = 1,
    /// MAY.
    May = 2,
}

impl sipstatus_header_level {
    /// The C value of a core level.
    const fn from_core(level: Level) -> sipstatus_header_level {
        match level {
            Level::Must => sipstatus_header_level::Must,
            Level::Should => sipstatus_header_level::Should,
            Level::May => sipstatus_header_level::May,
        }
    }
}

/// One header obligation of a code. Every string is static and
/// NUL-terminated: never free it. Get rules from `sipstatus_header_rule_at`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sipstatus_header_rule {
    /// The code of the response (401).
    pub code: u16,
    /// The header field, full form ("WWW-Authenticate").
    pub header: *const c_char,
    /// How strongly it is asked for (a `sipstatus_header_level` value).
    pub level: sipstatus_header_level,
    /// The level as its RFC 2119 keyword ("MUST").
    pub level_name: *const c_char,
    /// The RFC and section that say so ("RFC 3261 §22.2"), in UTF-8.
    pub reference: *const c_char,
    /// When the obligation applies; "" when it always does.
    pub condition: *const c_char,
}

/// How many rules the core holds.
const COUNT: usize = header_rules().len();

/// The rules, in code order. Pointers are not `Sync`, hence the wrapper.
struct Rules([sipstatus_header_rule; COUNT]);

// SAFETY: the rules and the strings they point to are immutable statics;
// nothing ever writes through these pointers.
unsafe impl Sync for Rules {}

static RULES: Rules = Rules(build());

/// Converts the core's rows; runs when the library is compiled.
const fn build() -> [sipstatus_header_rule; COUNT] {
    let empty = sipstatus_header_rule {
        code: 0,
        header: core::ptr::null(),
        level: sipstatus_header_level::May,
        level_name: core::ptr::null(),
        reference: core::ptr::null(),
        condition: core::ptr::null(),
    };
    let mut rows = [empty; COUNT];
    let mut i = 0;
    while i < COUNT {
        let rule = &header_rules()[i];
        rows[i] = sipstatus_header_rule {
            code: rule.code().as_u16(),
            header: sipstatus_core::__ffi::rule_header(rule).as_ptr(),
            level: sipstatus_header_level::from_core(rule.level()),
            level_name: sipstatus_core::__ffi::level_name(rule.level()).as_ptr(),
            reference: sipstatus_core::__ffi::rule_reference(rule).as_ptr(),
            condition: sipstatus_core::__ffi::rule_condition(rule).as_ptr(),
        };
        i += 1;
    }
    rows
}

// A code's broken rules fit in the bits of a `uint32_t`.
const _: () = {
    let mut n = 100;
    while n <= 799 {
        if let Ok(code) = StatusCode::from_u16(n) {
            assert!(code.header_rules().len() <= 32);
        }
        n += 1;
    }
};

/// The core's rules of a number, with their offset in [`RULES`].
fn rules_of(code: u16) -> Option<(usize, &'static [HeaderRule])> {
    let rules = StatusCode::from_u16(code).ok()?.header_rules();
    let first = rules.first()?;
    let offset = header_rules()
        .iter()
        .position(|r| core::ptr::eq(r, first))?;
    Some((offset, rules))
}

impl PanicValue for *const sipstatus_header_rule {
    const PANIC_VALUE: Self = core::ptr::null();
}

/// How many header obligations a response with `code` has: valid indexes
/// for `sipstatus_header_rule_at` are 0 to this count - 1.
///
/// @param code A status code.
/// @return The number of rules; 0 for a code without obligations or a
///         number outside 100 to 799.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_header_rule_count(code: u16) -> usize {
    ffi_panic_boundary! {
        rules_of(code).map_or(0, |(_, rules)| rules.len())
    }
}

/// One header obligation of `code`, in the core's order.
///
/// @param code A status code.
/// @param index The rule's position, from 0 to
///        `sipstatus_header_rule_count(code) - 1`.
/// @return A static rule (never free it), or NULL for an index past the
///         last rule or a code without rules.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_header_rule_at(
    code: u16,
    index: usize,
) -> *const sipstatus_header_rule {
    ffi_panic_boundary! {
        match rules_of(code) {
            Some((offset, rules)) if index < rules.len() => &RULES.0[offset + index],
            _ => core::ptr::null(),
        }
    }
}

/// Checks the header names a response with `code` carries against its
/// unconditional MUST and SHOULD rules. Names are compared without regard to
/// ASCII case and surrounding white space, and compact forms ("m" for
/// Contact) are understood. Rules with a condition and MAY rules are never
/// reported.
///
/// @param code The response's status code, 100 to 799.
/// @param names The header names, `count` pointers; each need not be
///        NUL-terminated. May be NULL when `count` is 0. Only read.
/// @param lens The length in bytes of each name, `count` values. May be NULL
///        when `count` is 0. Only read.
/// @param count How many names there are.
/// @param out_broken Receives a bit mask: bit `i` set means that rule `i`
///        (`sipstatus_header_rule_at(code, i)`) is broken; 0 when none is,
///        and 0 on failure.
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL
///         `out_broken`, a NULL array with `count` above 0, or a NULL name;
///         `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a code outside 100 to 799,
///         or a length or count above `PTRDIFF_MAX`.
///
/// # Safety
/// `names` and `lens` are NULL or point to `count` readable values; each
/// `names[i]` is NULL or points to `lens[i]` readable bytes; `out_broken` is
/// NULL or points to a writable `uint32_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_check_headers(
    code: u16,
    names: *const *const c_char,
    lens: *const usize,
    count: usize,
    out_broken: *mut u32,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out_broken` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { crate::args::write(out_broken, 0) } {
            return error;
        }
        let Ok(code) = StatusCode::from_u16(code) else {
            return sipstatus_result::InvalidArgument;
        };
        // SAFETY: both arrays are NULL or hold `count` values by the
        // caller's contract.
        let arrays = unsafe { crate::args::slice(names, count) }
            .and_then(|names| Ok((names, unsafe { crate::args::slice(lens, count) }?)));
        let (names, lens) = match arrays {
            Ok(arrays) => arrays,
            Err(error) => return error,
        };
        // Every name is checked before any rule, so that a bad one is always
        // reported, whatever the code.
        for (&name, &len) in names.iter().zip(lens) {
            // SAFETY: each name is NULL or holds `len` bytes by the contract.
            if let Err(error) = unsafe { crate::args::bytes(name, len) } {
                return error;
            }
        }
        let names = names.iter().zip(lens).map(|(&name, &len)| {
            // SAFETY: every name was checked above.
            unsafe { crate::args::bytes(name, len) }.unwrap_or_default()
        });
        let rules = code.header_rules();
        let broken = check_headers_iter(code, names)
            .filter_map(|rule| rules.iter().position(|r| core::ptr::eq(r, rule)))
            .fold(0u32, |mask, i| mask | 1 << i);
        // SAFETY: as above; the NULL check has passed.
        match unsafe { crate::args::write(out_broken, broken) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use sipstatus_core::headers::check_headers;

    use super::*;

    fn text(ptr: *const c_char) -> &'static str {
        // SAFETY: the rules' pointers are static NUL-terminated strings.
        unsafe { CStr::from_ptr(ptr) }.to_str().unwrap()
    }

    #[test]
    fn every_rule_mirrors_the_core() {
        let mut seen = 0;
        for n in 0..=1000u16 {
            let core = StatusCode::from_u16(n).map_or(&[][..], StatusCode::header_rules);
            assert_eq!(sipstatus_header_rule_count(n), core.len(), "{n}");
            for (i, rule) in core.iter().enumerate() {
                // SAFETY: non-NULL pointers into the static table.
                let row = unsafe { &*sipstatus_header_rule_at(n, i) };
                assert_eq!(row.code, n);
                assert_eq!(text(row.header), rule.header());
                assert_eq!(row.level, sipstatus_header_level::from_core(rule.level()));
                assert_eq!(text(row.level_name), rule.level().name());
                assert_eq!(text(row.reference), rule.reference());
                assert_eq!(text(row.condition), rule.condition());
                seen += 1;
            }
            assert!(sipstatus_header_rule_at(n, core.len()).is_null());
        }
        assert_eq!(seen, COUNT);
    }

    fn check(code: u16, names: &[&str]) -> (sipstatus_result, u32) {
        let ptrs: Vec<*const c_char> = names.iter().map(|n| n.as_ptr().cast()).collect();
        let lens: Vec<usize> = names.iter().map(|n| n.len()).collect();
        let mut broken = u32::MAX;
        // SAFETY: live arrays of live strings.
        let result = unsafe {
            sipstatus_check_headers(code, ptrs.as_ptr(), lens.as_ptr(), names.len(), &mut broken)
        };
        (result, broken)
    }

    #[test]
    fn the_mask_names_the_rules_the_core_reports() {
        for (code, names) in [
            (401, &["Via"][..]),
            (401, &["www-authenticate"][..]),
            (305, &["m"][..]),
            (470, &[][..]),
            (200, &[][..]),
        ] {
            let (result, mask) = check(code, names);
            assert_eq!(result, sipstatus_result::Ok);
            let rules = StatusCode::from_u16(code).unwrap().header_rules();
            let want: u32 = check_headers(StatusCode::from_u16(code).unwrap(), names)
                .map(|broken| 1 << rules.iter().position(|r| core::ptr::eq(r, broken)).unwrap())
                .sum();
            assert_eq!(mask, want, "{code} {names:?}");
        }
        assert_eq!(check(401, &["Via"]), (sipstatus_result::Ok, 1));
        assert_eq!(check(403, &[]), (sipstatus_result::Ok, 0));
    }

    #[test]
    fn bad_arguments_are_errors() {
        let mut broken = 7;
        // SAFETY: NULL and bad values are rejected before any access.
        unsafe {
            assert_eq!(
                sipstatus_check_headers(401, core::ptr::null(), core::ptr::null(), 0, &mut broken),
                sipstatus_result::Ok
            );
            assert_eq!(broken, 1);
            assert_eq!(
                sipstatus_check_headers(99, core::ptr::null(), core::ptr::null(), 0, &mut broken),
                sipstatus_result::InvalidArgument
            );
            assert_eq!(broken, 0);
            assert_eq!(
                sipstatus_check_headers(
                    401,
                    core::ptr::null(),
                    core::ptr::null(),
                    0,
                    core::ptr::null_mut()
                ),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_check_headers(401, core::ptr::null(), [1].as_ptr(), 1, &mut broken),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_check_headers(
                    401,
                    [core::ptr::null()].as_ptr(),
                    [1].as_ptr(),
                    1,
                    &mut broken
                ),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_check_headers(
                    401,
                    [c"Via".as_ptr()].as_ptr(),
                    [usize::MAX].as_ptr(),
                    1,
                    &mut broken
                ),
                sipstatus_result::InvalidArgument
            );
        }
    }
}
