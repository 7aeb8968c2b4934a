//! The best response among forked branches (RFC 3261 §16.7), for C.

use core::ffi::c_char;

use sipstatus_core::{
    StatusCode,
    fork::{Rule, best_response_iter},
    metrics::Method,
};

use crate::sipstatus_result;

/// The method of a request, as far as the fork choice and the RFC 6076
/// metrics tell methods apart.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_method {
    /// INVITE.
    Invite = 0,
    /// REGISTER.
    Register = 1,
    /// Any other method.
    Other = 2,
}

impl sipstatus_method {
    /// The method a number stands for, if any.
    pub(crate) const fn from_u32(value: u32) -> Option<Method> {
        match value {
            0 => Some(Method::Invite),
            1 => Some(Method::Register),
            2 => Some(Method::Other),
            _ => None,
        }
    }
}

/// The rule of RFC 3261 §16.7 (or RFC 4320) that decided a choice. The
/// numbers are stable.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_fork_rule {
    /// A 2xx was among the responses: it is forwarded at once.
    Success = 0,
    /// A 6xx was among the responses and wins.
    GlobalFailure = 1,
    /// No final response to an INVITE: a generated 408.
    Timeout = 2,
    /// No usable final response to a non-INVITE request: nothing is sent.
    NoResponse = 3,
    /// A 4xx that tells the client how to resubmit (401, 407, 415, 420, 484).
    Preferred = 4,
    /// The lowest code of the lowest class present.
    LowestClass = 5,
    /// A 503 would have been chosen: a generated 500 goes instead.
    UnavailableAs500 = 6,
}

impl sipstatus_fork_rule {
    /// The C value of a core rule.
    const fn from_core(rule: Rule) -> sipstatus_fork_rule {
        match rule {
            Rule::Success => sipstatus_fork_rule::Success,
            Rule::GlobalFailure => sipstatus_fork_rule::GlobalFailure,
            Rule::Timeout => sipstatus_fork_rule::Timeout,
            Rule::NoResponse => sipstatus_fork_rule::NoResponse,
            Rule::Preferred => sipstatus_fork_rule::Preferred,
            Rule::LowestClass => sipstatus_fork_rule::LowestClass,
            Rule::UnavailableAs500 => sipstatus_fork_rule::UnavailableAs500,
        }
    }
}

// The C numbers are the positions in the core's list of rules.
const _: () = {
    let mut i = 0;
    while i < Rule::ALL.len() {
        assert!(sipstatus_fork_rule::from_core(Rule::ALL[i]) as usize == i);
        i += 1;
    }
};

/// The response a proxy sends upstream, and why; filled in by
/// `sipstatus_best_response`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct sipstatus_choice {
    /// The code to send; 0 when nothing may be sent
    /// (`SIPSTATUS_FORK_RULE_NO_RESPONSE`).
    pub code: u16,
    /// The rule that decided (a `sipstatus_fork_rule` value).
    pub rule: sipstatus_fork_rule,
    /// The position in the codes given of the response to forward (or that a
    /// generated 500 replaces); `SIZE_MAX` for a generated 408 and when
    /// nothing is sent.
    pub index: usize,
    /// Whether to cancel the branches still pending (on a 6xx or a 2xx).
    pub cancel_pending: bool,
    /// Whether to add the WWW-Authenticate and Proxy-Authenticate values of
    /// every other 401 and 407 received (a 401 or 407 was chosen).
    pub aggregate_challenges: bool,
    /// Whether the proxy makes the response itself (a 408 or a 500).
    pub generated: bool,
}

/// The choice written when a call fails.
const NO_CHOICE: sipstatus_choice = sipstatus_choice {
    code: 0,
    rule: sipstatus_fork_rule::NoResponse,
    index: usize::MAX,
    cancel_pending: false,
    aggregate_challenges: false,
    generated: false,
};

/// Chooses the response a stateful proxy forwards upstream once every branch
/// of a forked request has ended (RFC 3261 §16.7 steps 5 to 7, RFC 4320
/// §4.2): any 2xx goes at once; else any 6xx wins; else no response gives a
/// generated 408 (nothing at all for a non-INVITE request); else the lowest
/// class, preferring 401, 407, 415, 420 and 484 among 4xx and otherwise the
/// lowest code, with a 503 ranked last and replaced by a generated 500.
/// Provisional and 7xx codes are skipped. No allocation.
///
/// @param codes The final response codes of the branches, in arrival order;
///        may be NULL when `len` is 0. Only read; the caller keeps ownership.
/// @param len How many codes `codes` holds.
/// @param method The request's method, a `sipstatus_method` value.
/// @param out_choice Receives the choice; on failure it is set to code 0,
///        rule `SIPSTATUS_FORK_RULE_NO_RESPONSE`, index `SIZE_MAX`.
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL
///         `out_choice`, or a NULL `codes` with a `len` above 0;
///         `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a code outside 100 to 799,
///         an unknown `method` or a `len` above `PTRDIFF_MAX`.
///
/// # Safety
/// `codes` is NULL or points to `len` readable `uint16_t`; `out_choice` is
/// NULL or points to a writable `sipstatus_choice`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_best_response(
    codes: *const u16,
    len: usize,
    method: u32,
    out_choice: *mut sipstatus_choice,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out_choice` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { crate::args::write(out_choice, NO_CHOICE) } {
            return error;
        }
        let Some(method) = sipstatus_method::from_u32(method) else {
            return sipstatus_result::InvalidArgument;
        };
        // SAFETY: `codes` is NULL or holds `len` codes by the caller's contract.
        let numbers = match unsafe { crate::args::slice(codes, len) } {
            Ok(numbers) => numbers,
            Err(error) => return error,
        };
        if numbers.iter().any(|&n| StatusCode::from_u16(n).is_err()) {
            return sipstatus_result::InvalidArgument;
        }
        let choice = choose(numbers, method);
        // SAFETY: as above; the NULL check has passed.
        match unsafe { crate::args::write(out_choice, choice) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

/// The core's choice over valid numbers, in C's terms: the numbers are
/// read once, without a copy.
fn choose(numbers: &[u16], method: Method) -> sipstatus_choice {
    let codes = numbers.iter().filter_map(|&n| StatusCode::from_u16(n).ok());
    to_c(best_response_iter(codes, method))
}

/// A core choice in C's terms.
fn to_c(choice: sipstatus_core::fork::Choice) -> sipstatus_choice {
    sipstatus_choice {
        code: choice.code().map_or(0, StatusCode::as_u16),
        rule: sipstatus_fork_rule::from_core(choice.rule()),
        index: choice.index().unwrap_or(usize::MAX),
        cancel_pending: choice.cancel_pending(),
        aggregate_challenges: choice.aggregate_challenges(),
        generated: choice.generated(),
    }
}

/// The short name of a rule ("global-failure").
///
/// @param rule A `sipstatus_fork_rule` value.
/// @return A static NUL-terminated string (never free it), or NULL for a
///         number that is no `sipstatus_fork_rule`.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_fork_rule_name(rule: u32) -> *const c_char {
    ffi_panic_boundary! {
        match usize::try_from(rule).ok().and_then(|i| Rule::ALL.get(i)) {
            Some(rule) => rule_name_c(*rule).as_ptr(),
            None => core::ptr::null(),
        }
    }
}

/// The name of a rule, NUL-terminated.
const fn rule_name_c(rule: Rule) -> &'static core::ffi::CStr {
    match rule {
        Rule::Success => c"success",
        Rule::GlobalFailure => c"global-failure",
        Rule::Timeout => c"timeout",
        Rule::NoResponse => c"no-response",
        Rule::Preferred => c"preferred",
        Rule::LowestClass => c"lowest-class",
        Rule::UnavailableAs500 => c"unavailable-as-500",
    }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use sipstatus_core::fork::best_response;

    use super::*;

    fn choose_c(codes: &[u16], method: u32) -> (sipstatus_result, sipstatus_choice) {
        let mut out = sipstatus_choice {
            code: 999,
            ..NO_CHOICE
        };
        // SAFETY: a live slice and a live out-variable.
        let result =
            unsafe { sipstatus_best_response(codes.as_ptr(), codes.len(), method, &mut out) };
        (result, out)
    }

    #[test]
    fn the_choice_of_the_core_in_c_terms() {
        let (result, choice) = choose_c(&[503, 407, 501, 404], 0);
        assert_eq!(result, sipstatus_result::Ok);
        assert_eq!(
            choice,
            sipstatus_choice {
                code: 407,
                rule: sipstatus_fork_rule::Preferred,
                index: 1,
                cancel_pending: false,
                aggregate_challenges: true,
                generated: false,
            }
        );
        let (_, timeout) = choose_c(&[], 0);
        assert_eq!(
            (timeout.code, timeout.index, timeout.generated),
            (408, usize::MAX, true)
        );
        let (_, silent) = choose_c(&[408], 2);
        assert_eq!(
            (silent.code, silent.rule),
            (0, sipstatus_fork_rule::NoResponse)
        );
    }

    #[test]
    fn many_branches_choose_as_the_core_does() {
        let mut codes: Vec<u16> = (0..300).map(|i| [486, 404, 503, 480][i % 4]).collect();
        codes[250] = 401;
        codes[260] = 401;
        let (_, choice) = choose_c(&codes, 0);
        let core: Vec<StatusCode> = codes
            .iter()
            .map(|&n| StatusCode::from_u16(n).unwrap())
            .collect();
        assert_eq!(choice, to_c(best_response(&core, Method::Invite)));
        assert_eq!((choice.code, choice.index), (401, 250));
        codes[299] = 603;
        let (_, choice) = choose_c(&codes, 0);
        assert_eq!(
            (choice.code, choice.index, choice.cancel_pending),
            (603, 299, true)
        );
    }

    #[test]
    fn bad_arguments_are_errors() {
        let mut out = NO_CHOICE;
        // SAFETY: NULL and bad values are rejected before any access.
        unsafe {
            assert_eq!(
                sipstatus_best_response(core::ptr::null(), 0, 0, &mut out),
                sipstatus_result::Ok
            );
            assert_eq!(out.code, 408);
            assert_eq!(
                sipstatus_best_response(core::ptr::null(), 1, 0, &mut out),
                sipstatus_result::NullArgument
            );
            assert_eq!(out, NO_CHOICE);
            assert_eq!(
                sipstatus_best_response([486].as_ptr(), 1, 0, core::ptr::null_mut()),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_best_response([486].as_ptr(), 1, 3, &mut out),
                sipstatus_result::InvalidArgument
            );
            assert_eq!(
                sipstatus_best_response([486, 99].as_ptr(), 2, 0, &mut out),
                sipstatus_result::InvalidArgument
            );
            assert_eq!(
                sipstatus_best_response([486].as_ptr(), usize::MAX, 0, &mut out),
                sipstatus_result::InvalidArgument
            );
        }
    }

    #[test]
    fn rule_names_match_the_core() {
        for (i, rule) in Rule::ALL.into_iter().enumerate() {
            // SAFETY: a static NUL-terminated string.
            let name = unsafe { CStr::from_ptr(sipstatus_fork_rule_name(i as u32)) };
            assert_eq!(name.to_str(), Ok(rule.name()));
        }
        assert!(sipstatus_fork_rule_name(7).is_null());
        assert!(sipstatus_fork_rule_name(u32::MAX).is_null());
    }
}
