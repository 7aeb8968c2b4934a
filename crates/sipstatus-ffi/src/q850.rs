//! ITU-T Q.850 causes and the SIP ↔ cause mappings, for C.
//!
//! Causes and codes come in as plain integers and are validated; a profile
//! comes in as a `uint32_t` holding a `sipstatus_profile` value, so that an
//! out-of-range number is an error rather than undefined behaviour.

use core::ffi::c_char;

use sipstatus_core::{
    StatusCode,
    q850::{
        __ffi, Basis, Cause, CauseClass, CauseEntry, CauseMapping, Disagreement, Note, NoteKind,
        Profile, SipMapping, disagreements,
    },
};

use crate::{args, panic::PanicValue, sipstatus_result};

/// A source of mappings between SIP status codes and Q.850 causes. Pass it
/// to the mapping functions as its number.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_profile {
    /// RFC 3398 (ISUP): §8.2.6.1 from SIP to cause, §7.2.4.1 from cause to
    /// SIP, with the RFC's footnotes. The default.
    Rfc3398 = 0,
    /// RFC 4497 §8.4 (QSIG), where it differs from RFC 3398.
    Rfc4497 = 1,
    /// What FreeSWITCH's mod_sofia does, bugs included.
    Freeswitch = 2,
    /// What Asterisk's res_pjsip and chan_pjsip do, quirks included.
    Asterisk = 3,
}

// The C numbers are the core's stable profile numbers.
const _: () = {
    assert!(sipstatus_profile::Rfc3398 as u32 == Profile::Rfc3398.index());
    assert!(sipstatus_profile::Rfc4497 as u32 == Profile::Rfc4497.index());
    assert!(sipstatus_profile::Freeswitch as u32 == Profile::FreeSwitch.index());
    assert!(sipstatus_profile::Asterisk as u32 == Profile::Asterisk.index());
};

/// The class of a Q.850 cause, from bits 7 to 5 of its value.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_cause_class {
    /// Not a cause: outside 1 to 127.
    Invalid = 0,
    /// 1 to 31: normal event.
    Normal = 1,
    /// 32 to 47: resource unavailable.
    ResourceUnavailable = 2,
    /// 48 to 63: service or option not available.
    ServiceNotAvailable = 3,
    /// 64 to 79: service or option not implemented.
    ServiceNotImplemented = 4,
    /// 80 to 95: invalid message.
    InvalidMessage = 5,
    /// 96 to 111: protocol error.
    ProtocolError = 6,
    /// 112 to 127: interworking.
    Interworking = 7,
}

impl sipstatus_cause_class {
    const fn from_core(class: CauseClass) -> sipstatus_cause_class {
        match class {
            CauseClass::Normal => sipstatus_cause_class::Normal,
            CauseClass::ResourceUnavailable => sipstatus_cause_class::ResourceUnavailable,
            CauseClass::ServiceNotAvailable => sipstatus_cause_class::ServiceNotAvailable,
            CauseClass::ServiceNotImplemented => sipstatus_cause_class::ServiceNotImplemented,
            CauseClass::InvalidMessage => sipstatus_cause_class::InvalidMessage,
            CauseClass::ProtocolError => sipstatus_cause_class::ProtocolError,
            CauseClass::Interworking => sipstatus_cause_class::Interworking,
        }
    }
}

impl PanicValue for sipstatus_cause_class {
    const PANIC_VALUE: Self = sipstatus_cause_class::Invalid;
}

/// Whether a mapping came from a row of the profile's table or from its
/// fallback.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_basis {
    /// No mapping: the call failed.
    None = 0,
    /// A row of the table maps the value.
    Row = 1,
    /// The table does not map the value; the profile's fallback applied.
    Fallback = 2,
}

/// What kind of remark a mapping's note makes.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_note_kind {
    /// No note applies.
    None = 0,
    /// A footnote or remark of the source.
    Footnote = 1,
    /// The rule the source applies to values its table does not list.
    Fallback = 2,
    /// Behaviour of a PBX that departs from the standard it follows,
    /// reproduced as the PBX does it.
    Quirk = 3,
}

/// One answer of a mapping function, with where it came from.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sipstatus_mapping {
    /// The mapped value: for ::sipstatus_sip_to_q850_ex a Q.850 cause (1 to
    /// 127) or, above 127, a cause number of the PBX's own; for
    /// ::sipstatus_q850_to_sip_ex a SIP status code. 0 when the call failed.
    pub value: u16,
    /// A status code the source allows instead under the condition its note
    /// states (603 for cause 21 with location "user" in RFC 3398); 0 if none.
    pub alternative: u16,
    /// Whether a row or the fallback gave the value.
    pub basis: sipstatus_basis,
    /// The kind of the note, or `SIPSTATUS_NOTE_KIND_NONE`.
    pub note_kind: sipstatus_note_kind,
    /// The note's stable key ("rfc3398-location-user"), or NULL. Static:
    /// never free it.
    pub note_key: *const c_char,
    /// The note's text in English, or NULL. Static: never free it.
    pub note_text: *const c_char,
}

impl sipstatus_mapping {
    const EMPTY: sipstatus_mapping = sipstatus_mapping {
        value: 0,
        alternative: 0,
        basis: sipstatus_basis::None,
        note_kind: sipstatus_note_kind::None,
        note_key: core::ptr::null(),
        note_text: core::ptr::null(),
    };

    fn new(value: u16, alternative: u16, basis: Basis, note: Option<&'static Note>) -> Self {
        sipstatus_mapping {
            value,
            alternative,
            basis: match basis {
                Basis::Row => sipstatus_basis::Row,
                Basis::Fallback => sipstatus_basis::Fallback,
            },
            note_kind: match note.map(Note::kind) {
                None => sipstatus_note_kind::None,
                Some(NoteKind::Footnote) => sipstatus_note_kind::Footnote,
                Some(NoteKind::Fallback) => sipstatus_note_kind::Fallback,
                Some(_) => sipstatus_note_kind::Quirk,
            },
            note_key: note.map_or(core::ptr::null(), |n| __ffi::note_key(n).as_ptr()),
            note_text: note.map_or(core::ptr::null(), |n| __ffi::note_text(n).as_ptr()),
        }
    }
}

impl From<CauseMapping> for sipstatus_mapping {
    fn from(m: CauseMapping) -> Self {
        sipstatus_mapping::new(m.value().as_u16(), 0, m.basis(), m.note())
    }
}

impl From<SipMapping> for sipstatus_mapping {
    fn from(m: SipMapping) -> Self {
        sipstatus_mapping::new(
            m.code().as_u16(),
            m.alternative().map_or(0, StatusCode::as_u16),
            m.basis(),
            m.note(),
        )
    }
}

/// The table's entry for a number, if Q.850 defines it.
fn entry(cause: u16) -> Option<&'static CauseEntry> {
    Cause::from_u16(cause).ok()?.entry()
}

/// The name ITU-T Q.850 gives `cause` ("User busy" for 17).
///
/// @param cause A cause value; any number is accepted.
/// @return The name, static and NUL-terminated: never free it. NULL for a
///   number Q.850 does not define (including 0 and anything above 127).
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_name(cause: u16) -> *const c_char {
    ffi_panic_boundary! {
        entry(cause).map_or(core::ptr::null(), |e| __ffi::q850_name(e).as_ptr())
    }
}

/// The constant name of `cause` ("USER_BUSY" for 17), the suffix of its
/// `SIPSTATUS_Q850_` constant.
///
/// @param cause A cause value; any number is accepted.
/// @return The name, static and NUL-terminated: never free it. NULL for a
///   number Q.850 does not define.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_constant_name(cause: u16) -> *const c_char {
    ffi_panic_boundary! {
        entry(cause).map_or(core::ptr::null(), |e| __ffi::name(e).as_ptr())
    }
}

/// The documents that define `cause`, joined by "; ".
///
/// @param cause A cause value; any number is accepted.
/// @return The references, static and NUL-terminated: never free them.
///   NULL for a number Q.850 does not define.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_reference(cause: u16) -> *const c_char {
    ffi_panic_boundary! {
        entry(cause).map_or(core::ptr::null(), |e| __ffi::reference(e).as_ptr())
    }
}

/// A one-sentence description of `cause` in the language `lang`.
///
/// @param cause A cause value; any number is accepted.
/// @param lang "en" (English) or "de" (German), in any case; NULL means "en".
/// @return The description, static and NUL-terminated: never free it. NULL
///   for a number Q.850 does not define or an unknown language.
///
/// # Safety
/// `lang` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_q850_description(
    cause: u16,
    lang: *const c_char,
) -> *const c_char {
    ffi_panic_boundary! {
        // SAFETY: `lang` is NULL or NUL-terminated by the caller's contract.
        let Some(language) = (unsafe { args::language(lang) }) else {
            return core::ptr::null();
        };
        entry(cause).map_or(core::ptr::null(), |e| __ffi::description(e, language).as_ptr())
    }
}

/// The class of `cause`, from its top three bits, whether or not Q.850
/// defines the value.
///
/// @param cause A cause value; any number is accepted.
/// @return A ::sipstatus_cause_class; `SIPSTATUS_CAUSE_CLASS_INVALID` (0) for
///   a number outside 1 to 127.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_class(cause: u16) -> sipstatus_cause_class {
    ffi_panic_boundary! {
        match Cause::from_u16(cause) {
            Ok(cause) => sipstatus_cause_class::from_core(cause.class()),
            Err(_) => sipstatus_cause_class::Invalid,
        }
    }
}

/// The name of a cause class as Q.850 titles it ("resource unavailable").
///
/// @param q850_class A ::sipstatus_cause_class value, as its number.
/// @return The name, static and NUL-terminated: never free it. NULL for
///   `SIPSTATUS_CAUSE_CLASS_INVALID` or any other number.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_class_label(q850_class: u32) -> *const c_char {
    ffi_panic_boundary! {
        match q850_class.checked_sub(1).and_then(|i| CauseClass::ALL.get(i as usize)) {
            Some(class) => __ffi::class_label(*class).as_ptr(),
            None => core::ptr::null(),
        }
    }
}

/// The cause a receiver acts on: a value Q.850 defines is itself; any other
/// value from 1 to 127 is treated as the "unspecified" cause of its class
/// (31, 47, 63, 79, 95, 111 or 127).
///
/// @param cause A cause value; any number is accepted.
/// @return The canonical cause, or 0 for a number outside 1 to 127.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_canonical(cause: u16) -> u16 {
    ffi_panic_boundary! {
        Cause::from_u16(cause).map_or(0, |c| u16::from(c.canonical().as_u8()))
    }
}

/// The identifier of a profile ("rfc3398", "freeswitch").
///
/// @param profile A ::sipstatus_profile value, as its number.
/// @return The identifier, static and NUL-terminated: never free it. NULL
///   for a number that is no profile.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_profile_name(profile: u32) -> *const c_char {
    ffi_panic_boundary! {
        Profile::from_index(profile).map_or(core::ptr::null(), |p| __ffi::profile_slug(p).as_ptr())
    }
}

/// The Q.850 cause that `profile` maps a SIP status code to.
///
/// @param code A SIP status code from 100 to 799.
/// @param profile A ::sipstatus_profile value, as its number
///   (`SIPSTATUS_PROFILE_RFC3398` is 0).
/// @return The cause (1 to 127) or, for a PBX profile, a cause number of the
///   PBX's own above 127 (FreeSWITCH maps 487 to its ORIGINATOR_CANCEL,
///   487). 0 for a code outside 100 to 799 or a number that is no profile.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_sip_to_q850(code: u16, profile: u32) -> u16 {
    ffi_panic_boundary! {
        match (StatusCode::from_u16(code), Profile::from_index(profile)) {
            (Ok(code), Some(profile)) => code.to_q850(profile).value().as_u16(),
            _ => 0,
        }
    }
}

/// The SIP status code that `profile` maps a Q.850 cause to.
///
/// @param cause A cause value from 1 to 127 (defined by Q.850 or not).
/// @param profile A ::sipstatus_profile value, as its number.
/// @return The status code; 0 for a cause outside 1 to 127 or a number that
///   is no profile.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_q850_to_sip(cause: u16, profile: u32) -> u16 {
    ffi_panic_boundary! {
        match (Cause::from_u16(cause), Profile::from_index(profile)) {
            (Ok(cause), Some(profile)) => cause.to_sip(profile).code().as_u16(),
            _ => 0,
        }
    }
}

/// ::sipstatus_sip_to_q850 with where the answer came from: a row of the
/// profile's table or its fallback, and the note that applies.
///
/// @param code A SIP status code from 100 to 799.
/// @param profile A ::sipstatus_profile value, as its number.
/// @param out Receives the answer; on failure it is cleared (value 0, basis
///   `SIPSTATUS_BASIS_NONE`, NULL notes).
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` for a
///   NULL `out`; `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a code outside 100
///   to 799 or a number that is no profile. The strings in `out` are static:
///   never free them.
///
/// # Safety
/// `out` is NULL or points to a writable `sipstatus_mapping`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_sip_to_q850_ex(
    code: u16,
    profile: u32,
    out: *mut sipstatus_mapping,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { args::write(out, sipstatus_mapping::EMPTY) } {
            return error;
        }
        let (Ok(code), Some(profile)) = (StatusCode::from_u16(code), Profile::from_index(profile))
        else {
            return sipstatus_result::InvalidArgument;
        };
        let answer = sipstatus_mapping::from(code.to_q850(profile));
        // SAFETY: as above; the NULL check has passed.
        match unsafe { args::write(out, answer) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

/// ::sipstatus_q850_to_sip with where the answer came from, the note that
/// applies and the alternative code the source allows.
///
/// @param cause A cause value from 1 to 127 (defined by Q.850 or not).
/// @param profile A ::sipstatus_profile value, as its number.
/// @param out Receives the answer; on failure it is cleared (value 0, basis
///   `SIPSTATUS_BASIS_NONE`, NULL notes).
/// @return `SIPSTATUS_RESULT_OK`; `SIPSTATUS_RESULT_NULL_ARGUMENT` for a
///   NULL `out`; `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a cause outside 1
///   to 127 or a number that is no profile. The strings in `out` are static:
///   never free them.
///
/// # Safety
/// `out` is NULL or points to a writable `sipstatus_mapping`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_q850_to_sip_ex(
    cause: u16,
    profile: u32,
    out: *mut sipstatus_mapping,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { args::write(out, sipstatus_mapping::EMPTY) } {
            return error;
        }
        let (Ok(cause), Some(profile)) = (Cause::from_u16(cause), Profile::from_index(profile))
        else {
            return sipstatus_result::InvalidArgument;
        };
        let answer = sipstatus_mapping::from(cause.to_sip(profile));
        // SAFETY: as above; the NULL check has passed.
        match unsafe { args::write(out, answer) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

/// Which way a ::sipstatus_disagreement maps.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_direction {
    /// From a SIP status code to a cause (::sipstatus_sip_to_q850_ex).
    SipToQ850 = 0,
    /// From a cause to a SIP status code (::sipstatus_q850_to_sip_ex).
    Q850ToSip = 1,
}

/// One value two profiles map differently, with both answers.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sipstatus_disagreement {
    /// Which way the value is mapped.
    pub direction: sipstatus_direction,
    /// The value mapped: a status code (100 to 799) or a cause (1 to 127).
    pub from: u16,
    /// What the first profile gives.
    pub first: sipstatus_mapping,
    /// What the second profile gives.
    pub second: sipstatus_mapping,
}

impl sipstatus_disagreement {
    fn new(d: Disagreement) -> Option<Self> {
        match d {
            Disagreement::Sip {
                code,
                first,
                second,
            } => Some(sipstatus_disagreement {
                direction: sipstatus_direction::SipToQ850,
                from: code.as_u16(),
                first: first.into(),
                second: second.into(),
            }),
            Disagreement::Cause {
                cause: from,
                first,
                second,
            } => Some(sipstatus_disagreement {
                direction: sipstatus_direction::Q850ToSip,
                from: u16::from(from.as_u8()),
                first: first.into(),
                second: second.into(),
            }),
            _ => None,
        }
    }
}

/// Every value two profiles map differently (`sipstatus q850 --compare`):
/// first the status codes 100 to 799 whose causes differ, in code order,
/// then the causes 1 to 127 whose status codes differ, in cause order. Only
/// the mapped values count, not the basis or the notes.
///
/// Call it with `capacity` 0 (and `out` NULL) to learn how many there are,
/// then again with an array that large; at most 827 (700 codes and 127
/// causes) can ever differ.
///
/// @param first A ::sipstatus_profile value, as its number.
/// @param second A ::sipstatus_profile value, as its number.
/// @param out An array of `capacity` elements that receives the first
///   `capacity` disagreements; NULL is allowed when `capacity` is 0.
/// @param capacity The number of elements `out` holds.
/// @param count Receives the number of disagreements there are, whether or
///   not they all fit; 0 on any other error.
/// @return `SIPSTATUS_RESULT_OK` when all of them were written;
///   `SIPSTATUS_RESULT_BUFFER_TOO_SMALL` when more exist than `capacity`
///   (the first `capacity` are written, `*count` says how many exist);
///   `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL `count`, or a NULL `out`
///   with a `capacity` above 0; `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a
///   number that is no profile, or a `capacity` no array can have. The
///   strings in the mappings are static: never free them.
///
/// # Safety
/// `count` is NULL or writable; `out` is NULL or points to `capacity`
/// writable `sipstatus_disagreement` elements.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_q850_disagreements(
    first: u32,
    second: u32,
    out: *mut sipstatus_disagreement,
    capacity: usize,
    count: *mut usize,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `count` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { args::write(count, 0) } {
            return error;
        }
        let (Some(first), Some(second)) = (Profile::from_index(first), Profile::from_index(second))
        else {
            return sipstatus_result::InvalidArgument;
        };
        let mut out = match args::array_out(out, capacity) {
            Ok(out) => out,
            Err(error) => return error,
        };
        let mut total = 0usize;
        for d in disagreements(first, second).filter_map(sipstatus_disagreement::new) {
            // SAFETY: `out` holds `capacity` writable elements by the
            // caller's contract; write_at checks the index.
            unsafe { out.write_at(total, d) };
            total += 1;
        }
        // SAFETY: as above; the NULL check has passed.
        if let Err(error) = unsafe { args::write(count, total) } {
            return error;
        }
        if total > capacity {
            sipstatus_result::BufferTooSmall
        } else {
            sipstatus_result::Ok
        }
    }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use super::*;

    fn text(ptr: *const c_char) -> Option<&'static str> {
        // SAFETY: the functions return NULL or static NUL-terminated strings.
        (!ptr.is_null()).then(|| unsafe { CStr::from_ptr(ptr) }.to_str().unwrap())
    }

    #[test]
    fn disagreements_are_counted_written_and_checked() {
        let mut count = 99usize;
        // SAFETY: valid pointers or NULL, as each case says.
        unsafe {
            let r = sipstatus_q850_disagreements(0, 2, core::ptr::null_mut(), 0, &mut count);
            assert_eq!(r, sipstatus_result::BufferTooSmall);
            let expected = disagreements(Profile::Rfc3398, Profile::FreeSwitch).count();
            assert_eq!(count, expected);
            let mut list =
                vec![core::mem::MaybeUninit::<sipstatus_disagreement>::uninit(); expected];
            let r =
                sipstatus_q850_disagreements(0, 2, list.as_mut_ptr().cast(), expected, &mut count);
            assert_eq!(r, sipstatus_result::Ok);
            for (d, item) in disagreements(Profile::Rfc3398, Profile::FreeSwitch).zip(&list) {
                let item = item.assume_init();
                match d {
                    Disagreement::Sip {
                        code,
                        first,
                        second,
                    } => {
                        assert_eq!(item.direction, sipstatus_direction::SipToQ850);
                        assert_eq!(item.from, code.as_u16());
                        assert_eq!(item.first.value, first.value().as_u16());
                        assert_eq!(item.second.value, second.value().as_u16());
                    }
                    Disagreement::Cause {
                        cause,
                        first,
                        second,
                    } => {
                        assert_eq!(item.direction, sipstatus_direction::Q850ToSip);
                        assert_eq!(item.from, u16::from(cause.as_u8()));
                        assert_eq!(item.first.value, first.code().as_u16());
                        assert_eq!(item.second.value, second.code().as_u16());
                    }
                    _ => unreachable!(),
                }
            }
            assert_eq!(
                sipstatus_q850_disagreements(0, 1, core::ptr::null_mut(), 0, core::ptr::null_mut()),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_q850_disagreements(0, 1, core::ptr::null_mut(), 3, &mut count),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_q850_disagreements(9, 1, core::ptr::null_mut(), 0, &mut count),
                sipstatus_result::InvalidArgument
            );
            assert_eq!(count, 0);
        }
    }

    #[test]
    fn names_classes_and_descriptions() {
        assert_eq!(text(sipstatus_q850_name(17)), Some("User busy"));
        assert_eq!(text(sipstatus_q850_constant_name(17)), Some("USER_BUSY"));
        assert_eq!(text(sipstatus_q850_name(45)), None);
        assert_eq!(text(sipstatus_q850_name(0)), None);
        assert_eq!(text(sipstatus_q850_name(300)), None);
        assert_eq!(
            sipstatus_q850_class(34),
            sipstatus_cause_class::ResourceUnavailable
        );
        assert_eq!(sipstatus_q850_class(128), sipstatus_cause_class::Invalid);
        assert_eq!(text(sipstatus_q850_class_label(7)), Some("interworking"));
        assert_eq!(text(sipstatus_q850_class_label(0)), None);
        assert_eq!(text(sipstatus_q850_class_label(8)), None);
        assert_eq!(sipstatus_q850_canonical(45), 47);
        assert_eq!(sipstatus_q850_canonical(0), 0);
        // SAFETY: NULL or NUL-terminated literals.
        unsafe {
            assert!(text(sipstatus_q850_description(17, c"de".as_ptr())).is_some());
            assert!(text(sipstatus_q850_description(17, core::ptr::null())).is_some());
            assert!(sipstatus_q850_description(17, c"fr".as_ptr()).is_null());
        }
    }

    #[test]
    fn mappings_validate_profile_code_and_cause() {
        assert_eq!(sipstatus_sip_to_q850(486, 0), 17);
        assert_eq!(sipstatus_sip_to_q850(487, 2), 487);
        assert_eq!(sipstatus_sip_to_q850(486, 4), 0);
        assert_eq!(sipstatus_sip_to_q850(99, 0), 0);
        assert_eq!(sipstatus_q850_to_sip(21, 0), 403);
        assert_eq!(sipstatus_q850_to_sip(21, 2), 603);
        assert_eq!(sipstatus_q850_to_sip(0, 0), 0);
        assert_eq!(sipstatus_q850_to_sip(21, u32::MAX), 0);
        assert_eq!(text(sipstatus_profile_name(3)), Some("asterisk"));
        assert_eq!(text(sipstatus_profile_name(4)), None);
    }

    #[test]
    fn detailed_answers_and_their_errors() {
        let mut out = sipstatus_mapping::EMPTY;
        // SAFETY: a live out-variable, or NULL.
        unsafe {
            assert_eq!(
                sipstatus_q850_to_sip_ex(21, 0, &mut out),
                sipstatus_result::Ok
            );
            assert_eq!((out.value, out.alternative), (403, 603));
            assert_eq!(out.basis, sipstatus_basis::Row);
            assert_eq!(out.note_kind, sipstatus_note_kind::Footnote);
            assert_eq!(text(out.note_key), Some("rfc3398-location-user"));
            assert_eq!(
                sipstatus_sip_to_q850_ex(429, 2, &mut out),
                sipstatus_result::Ok
            );
            assert_eq!(
                (out.value, out.note_kind),
                (821, sipstatus_note_kind::Quirk)
            );
            assert_eq!(
                sipstatus_sip_to_q850_ex(486, 9, &mut out),
                sipstatus_result::InvalidArgument
            );
            assert_eq!((out.value, out.basis), (0, sipstatus_basis::None));
            assert!(out.note_key.is_null());
            assert_eq!(
                sipstatus_q850_to_sip_ex(128, 0, &mut out),
                sipstatus_result::InvalidArgument
            );
            assert_eq!(
                sipstatus_q850_to_sip_ex(17, 0, core::ptr::null_mut()),
                sipstatus_result::NullArgument
            );
        }
    }
}
