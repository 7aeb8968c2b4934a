//! RFC 6076 metric roles per code, for C.

use core::ffi::c_char;

use sipstatus_core::{
    StatusCode,
    metrics::{Metric, Role, is_failure_response, no_response_role, role},
};

use crate::panic::PanicValue;

/// One of the four RFC 6076 ratios defined by response codes.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_metric {
    /// Session Establishment Ratio (RFC 6076 §4.6).
    Ser = 0,
    /// Session Establishment Effectiveness Ratio (RFC 6076 §4.7).
    Seer = 1,
    /// Ineffective Session Attempts (RFC 6076 §4.8).
    Isa = 2,
    /// Ineffective Registration Attempts (RFC 6076 §4.2).
    Ira = 3,
}

// The C numbers are the positions in the core's list of metrics.
const _: () = {
    assert!(Metric::ALL.len() == 4);
    assert!(matches!(
        Metric::ALL[sipstatus_metric::Ser as usize],
        Metric::Ser
    ));
    assert!(matches!(
        Metric::ALL[sipstatus_metric::Seer as usize],
        Metric::Seer
    ));
    assert!(matches!(
        Metric::ALL[sipstatus_metric::Isa as usize],
        Metric::Isa
    ));
    assert!(matches!(
        Metric::ALL[sipstatus_metric::Ira as usize],
        Metric::Ira
    ));
};

/// The metric a number stands for, if any.
fn metric(value: u32) -> Option<Metric> {
    usize::try_from(value)
        .ok()
        .and_then(|i| Metric::ALL.get(i))
        .copied()
}

/// How a final response counts in a metric.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_metric_role {
    /// Not a valid code or metric.
    Invalid = 0,
    /// Counted in the numerator (and the denominator).
    Numerator = 1,
    /// Counted in the denominator only.
    Denominator = 2,
    /// Taken out of the denominator.
    Excluded = 3,
    /// Not a final response (1xx, 7xx): not counted at all.
    NotCounted = 4,
}

impl sipstatus_metric_role {
    /// The C value of a core role.
    const fn from_core(role: Role) -> sipstatus_metric_role {
        match role {
            Role::Numerator => sipstatus_metric_role::Numerator,
            Role::Denominator => sipstatus_metric_role::Denominator,
            Role::Excluded => sipstatus_metric_role::Excluded,
            Role::NotCounted => sipstatus_metric_role::NotCounted,
        }
    }
}

impl PanicValue for sipstatus_metric_role {
    const PANIC_VALUE: Self = sipstatus_metric_role::Invalid;
}

/// How a final response with `code`, to the metric's method (INVITE for
/// SER, SEER and ISA; REGISTER for IRA), counts in `metric` (RFC 6076 §4).
///
/// @param code A status code, 100 to 799; 0 stands for "no final response"
///        (a timeout), which counts in the numerator of ISA and IRA and the
///        denominator of SER and SEER.
/// @param metric A `sipstatus_metric` value.
/// @return The role; `SIPSTATUS_METRIC_ROLE_INVALID` for any other number
///         or metric.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_metric_role_of(code: u16, metric: u32) -> sipstatus_metric_role {
    ffi_panic_boundary! {
        let Some(metric) = self::metric(metric) else {
            return sipstatus_metric_role::Invalid;
        };
        if code == 0 {
            return sipstatus_metric_role::from_core(no_response_role(metric));
        }
        match StatusCode::from_u16(code) {
            Ok(code) => sipstatus_metric_role::from_core(role(code, metric)),
            Err(_) => sipstatus_metric_role::Invalid,
        }
    }
}

/// Whether `code` is a failure response in RFC 6076's sense (§4.2): a 4xx
/// other than the challenges 401, 402 and 407, a 5xx or a 6xx.
///
/// @param code A status code.
/// @return true for a failure response; false otherwise, and for a number
///         outside 100 to 799.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_is_failure_response(code: u16) -> bool {
    ffi_panic_boundary! {
        StatusCode::from_u16(code).is_ok_and(is_failure_response)
    }
}

/// The abbreviation of a metric ("SEER").
///
/// @param metric A `sipstatus_metric` value.
/// @return A static NUL-terminated string (never free it), or NULL for a
///         number that is no `sipstatus_metric`.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_metric_name(metric: u32) -> *const c_char {
    ffi_panic_boundary! {
        match self::metric(metric) {
            Some(Metric::Ser) => c"SER".as_ptr(),
            Some(Metric::Seer) => c"SEER".as_ptr(),
            Some(Metric::Isa) => c"ISA".as_ptr(),
            Some(Metric::Ira) => c"IRA".as_ptr(),
            None => core::ptr::null(),
        }
    }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use super::*;

    #[test]
    fn roles_mirror_the_core() {
        for (i, m) in Metric::ALL.into_iter().enumerate() {
            let i = i as u32;
            for n in 100..=799u16 {
                let code = StatusCode::from_u16(n).unwrap();
                assert_eq!(
                    sipstatus_metric_role_of(n, i),
                    sipstatus_metric_role::from_core(role(code, m))
                );
            }
            assert_eq!(
                sipstatus_metric_role_of(0, i),
                sipstatus_metric_role::from_core(no_response_role(m))
            );
            assert_eq!(
                sipstatus_metric_role_of(99, i),
                sipstatus_metric_role::Invalid
            );
            // SAFETY: a static NUL-terminated string.
            let name = unsafe { CStr::from_ptr(sipstatus_metric_name(i)) };
            assert_eq!(name.to_str(), Ok(m.name()));
        }
        assert_eq!(
            sipstatus_metric_role_of(200, 4),
            sipstatus_metric_role::Invalid
        );
        assert!(sipstatus_metric_name(4).is_null());
        assert!(sipstatus_is_failure_response(404));
        assert!(!sipstatus_is_failure_response(407));
        assert!(!sipstatus_is_failure_response(0));
        assert_eq!(
            sipstatus_metric_role_of(486, 0),
            sipstatus_metric_role::Denominator
        );
        assert_eq!(
            sipstatus_metric_role_of(486, 1),
            sipstatus_metric_role::Numerator
        );
    }
}
