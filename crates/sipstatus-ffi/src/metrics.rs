//! RFC 6076 metric roles per code, for C.

use core::ffi::c_char;

use sipstatus_core::{
    StatusCode,
    metrics::{
        Metric, MetricCounts, Role, SessionMetrics, is_failure_response, no_response_role, role,
    },
};

use crate::{fork::sipstatus_method, panic::PanicValue, sipstatus_result};

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

/// An RFC 6076 accumulator: the counts of transactions by method and final
/// response. Zero-initialise it (`sipstatus_session_metrics m = {0};`) and
/// feed it with `sipstatus_session_metrics_add`; the counts may be read (to
/// export them as counters) and may be set, for example to continue from
/// saved counts. Counts saturate at `UINT64_MAX`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct sipstatus_session_metrics {
    /// INVITE transactions.
    pub invites: u64,
    /// INVITEs answered by 200 (the numerator of SER).
    pub invites_established: u64,
    /// INVITEs answered by a 3xx (out of SER and SEER, RFC 6076 §4.6 and
    /// §4.7).
    pub invites_excluded: u64,
    /// INVITEs answered by 200, 480, 486, 600 or 603 (the numerator of SEER).
    pub invites_effective: u64,
    /// INVITEs answered by 408, 500, 503, 504 or not at all (the numerator
    /// of ISA).
    pub invites_ineffective: u64,
    /// REGISTER transactions.
    pub registers: u64,
    /// REGISTERs that ended in a failure response or in none (the numerator
    /// of IRA).
    pub registers_ineffective: u64,
    /// Transactions of other methods.
    pub others: u64,
}

impl sipstatus_session_metrics {
    /// The core's accumulator with these counts.
    const fn to_core(self) -> SessionMetrics {
        SessionMetrics::from_counts(MetricCounts {
            invites: self.invites,
            invites_established: self.invites_established,
            invites_excluded: self.invites_excluded,
            invites_effective: self.invites_effective,
            invites_ineffective: self.invites_ineffective,
            registers: self.registers,
            registers_ineffective: self.registers_ineffective,
            others: self.others,
        })
    }

    /// The counts of the core's accumulator.
    const fn from_core(metrics: &SessionMetrics) -> sipstatus_session_metrics {
        let c = metrics.counts();
        sipstatus_session_metrics {
            invites: c.invites,
            invites_established: c.invites_established,
            invites_excluded: c.invites_excluded,
            invites_effective: c.invites_effective,
            invites_ineffective: c.invites_ineffective,
            registers: c.registers,
            registers_ineffective: c.registers_ineffective,
            others: c.others,
        }
    }
}

/// Counts one transaction in an RFC 6076 accumulator.
///
/// @param metrics The accumulator; updated in place, owned by the caller.
/// @param method The transaction's method, a `sipstatus_method` value.
/// @param code Its final response code, 200 to 699; 0 when it ended without
///        a final response (a timeout).
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL
///         `metrics`; `SIPSTATUS_RESULT_INVALID_ARGUMENT` for an unknown
///         `method` or a code that is no final response (1xx, 7xx, or
///         outside 100 to 799), and then nothing is counted.
///
/// # Safety
/// `metrics` is NULL or points to a readable and writable
/// `sipstatus_session_metrics`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_session_metrics_add(
    metrics: *mut sipstatus_session_metrics,
    method: u32,
    code: u16,
) -> sipstatus_result {
    ffi_panic_boundary! {
        let Ok(ptr) = crate::args::non_null(metrics.cast_const()) else {
            return sipstatus_result::NullArgument;
        };
        let Some(method) = sipstatus_method::from_u32(method) else {
            return sipstatus_result::InvalidArgument;
        };
        let code = match code {
            0 => None,
            n => match StatusCode::from_u16(n) {
                Ok(code) => Some(code),
                Err(_) => return sipstatus_result::InvalidArgument,
            },
        };
        // SAFETY: non-NULL, and readable by the caller's contract.
        let mut core = unsafe { ptr.as_ptr().read() }.to_core();
        if core.add(method, code).is_err() {
            return sipstatus_result::InvalidArgument;
        }
        // SAFETY: as above, and writable by the caller's contract.
        match unsafe { crate::args::write(metrics, sipstatus_session_metrics::from_core(&core)) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

/// Adds the counts of `other` to `metrics` (two capture files, two
/// threads).
///
/// @param metrics The accumulator to add to; updated in place.
/// @param other The accumulator to add; only read. May be `metrics` itself.
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` when either
///         is NULL.
///
/// # Safety
/// `metrics` is NULL or points to a readable and writable
/// `sipstatus_session_metrics`; `other` is NULL or points to a readable one.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_session_metrics_merge(
    metrics: *mut sipstatus_session_metrics,
    other: *const sipstatus_session_metrics,
) -> sipstatus_result {
    ffi_panic_boundary! {
        let (Ok(ptr), Ok(other)) = (
            crate::args::non_null(metrics.cast_const()),
            crate::args::non_null(other),
        ) else {
            return sipstatus_result::NullArgument;
        };
        // SAFETY: both non-NULL and readable by the caller's contract; read
        // by value, so `other` may be `metrics`.
        let (mut core, other) = unsafe { (ptr.as_ptr().read().to_core(), other.as_ptr().read().to_core()) };
        core.merge(&other);
        // SAFETY: as above, and writable by the caller's contract.
        match unsafe { crate::args::write(metrics, sipstatus_session_metrics::from_core(&core)) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

/// The value of one RFC 6076 ratio of an accumulator, in percent.
///
/// @param metrics The accumulator; only read.
/// @param metric A `sipstatus_metric` value.
/// @param out_defined Receives whether the ratio is defined: false when its
///        denominator is 0 (no INVITE, or no REGISTER, counted), and on
///        failure.
/// @param out_percent Receives the ratio from 0 to 100; 0 when it is
///        undefined, and on failure.
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` when a
///         pointer is NULL; `SIPSTATUS_RESULT_INVALID_ARGUMENT` for an
///         unknown `metric`.
///
/// # Safety
/// `metrics` is NULL or points to a readable `sipstatus_session_metrics`;
/// `out_defined` and `out_percent` are NULL or point to a writable `bool`
/// and `double`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_session_metrics_value(
    metrics: *const sipstatus_session_metrics,
    metric: u32,
    out_defined: *mut bool,
    out_percent: *mut f64,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: NULL or writable by the caller's contract.
        let cleared = unsafe { crate::args::write(out_defined, false) }
            .and_then(|()| unsafe { crate::args::write(out_percent, 0.0) });
        if let Err(error) = cleared {
            return error;
        }
        let Ok(ptr) = crate::args::non_null(metrics) else {
            return sipstatus_result::NullArgument;
        };
        let Some(metric) = self::metric(metric) else {
            return sipstatus_result::InvalidArgument;
        };
        // SAFETY: non-NULL and readable by the caller's contract.
        let core = unsafe { ptr.as_ptr().read() }.to_core();
        if let Some(value) = core.get(metric) {
            // SAFETY: checked above.
            let written = unsafe { crate::args::write(out_defined, true) }
                .and_then(|()| unsafe { crate::args::write(out_percent, value) });
            if let Err(error) = written {
                return error;
            }
        }
        sipstatus_result::Ok
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

    fn value(m: &sipstatus_session_metrics, metric: u32) -> (sipstatus_result, Option<f64>) {
        let (mut defined, mut percent) = (true, -1.0);
        // SAFETY: live values.
        let result =
            unsafe { sipstatus_session_metrics_value(m, metric, &mut defined, &mut percent) };
        (result, defined.then_some(percent))
    }

    #[test]
    fn the_accumulator_is_the_core_s() {
        let mut m = sipstatus_session_metrics::default();
        let mut core = SessionMetrics::new();
        for (method, code) in [
            (0, 200),
            (0, 486),
            (0, 302),
            (0, 0),
            (1, 401),
            (1, 403),
            (2, 200),
        ] {
            // SAFETY: a live accumulator.
            let result = unsafe { sipstatus_session_metrics_add(&mut m, method, code) };
            assert_eq!(result, sipstatus_result::Ok);
            let method = sipstatus_method::from_u32(method).unwrap();
            core.add(method, StatusCode::from_u16(code).ok()).unwrap();
        }
        assert_eq!(m, sipstatus_session_metrics::from_core(&core));
        for (i, metric) in Metric::ALL.into_iter().enumerate() {
            assert_eq!(
                value(&m, i as u32),
                (sipstatus_result::Ok, core.get(metric))
            );
        }
        assert_eq!(value(&m, 0), (sipstatus_result::Ok, Some(100.0 / 3.0))); // 1 of 4 - 1
        let copy = m;
        // SAFETY: live accumulators; merging one into itself reads it first.
        unsafe {
            assert_eq!(
                sipstatus_session_metrics_merge(&mut m, &copy),
                sipstatus_result::Ok
            );
            assert_eq!(m.invites, 8);
            let p: *mut sipstatus_session_metrics = &mut m;
            assert_eq!(sipstatus_session_metrics_merge(p, p), sipstatus_result::Ok);
        }
        assert_eq!(m.invites, 16);
        assert_eq!(
            value(&sipstatus_session_metrics::default(), 3),
            (sipstatus_result::Ok, None)
        );
    }

    #[test]
    fn bad_arguments_change_nothing() {
        let mut m = sipstatus_session_metrics::default();
        // SAFETY: NULL and bad values are rejected before any access.
        unsafe {
            for (method, code) in [(3, 200), (0, 180), (0, 701), (0, 99), (0, 800)] {
                assert_eq!(
                    sipstatus_session_metrics_add(&mut m, method, code),
                    sipstatus_result::InvalidArgument
                );
            }
            assert_eq!(m, sipstatus_session_metrics::default());
            assert_eq!(
                sipstatus_session_metrics_add(core::ptr::null_mut(), 0, 200),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_session_metrics_merge(&mut m, core::ptr::null()),
                sipstatus_result::NullArgument
            );
            let mut percent = 7.0;
            assert_eq!(
                sipstatus_session_metrics_value(&m, 0, core::ptr::null_mut(), &mut percent),
                sipstatus_result::NullArgument
            );
        }
        assert_eq!(value(&m, 4), (sipstatus_result::InvalidArgument, None));
    }
}
