//! The per-call functions: each checks its argument's type, then delegates
//! the rule itself to the core.

use pyo3::{
    exceptions::{PyRuntimeError, PyTypeError},
    intern,
    prelude::*,
    sync::PyOnceLock,
    types::{PyBool, PyBytes, PyInt, PyString, PyTuple},
};
use sipstatus::{Language, PhraseError, PhraseMatch, StatusCode, lookup_phrase_bytes};

use crate::errors::{shown, unknown_phrase, value_error, wrong_type};

/// A `SIPStatus` member and its `phrase` attribute, the very objects the
/// lookups hand out, so that a lookup creates no Python object.
struct Member {
    member: Py<PyAny>,
    phrase: Py<PyString>,
}

/// The `SIPStatus` member of every entry, in table order, so that the
/// core's own per-code position (`sipstatus::__ffi::position`) finds a
/// code's member; set once by `sipstatus` at import through
/// [`bind_members`], so that the lookups return members rather than plain
/// ints.
static MEMBERS: PyOnceLock<Vec<Member>> = PyOnceLock::new();

/// Hands the `SIPStatus` members, in table order, to the lookups. Called once
/// by `sipstatus` at import; it checks that the members are the table's
/// codes in order.
///
/// # Errors
/// `ValueError` when the members do not match the table, `RuntimeError` when
/// they were bound already.
#[pyfunction]
#[pyo3(name = "_bind_members", signature = (members, /))]
pub(crate) fn bind_members(members: &Bound<'_, PyTuple>) -> PyResult<()> {
    let py = members.py();
    let entries = sipstatus::entries();
    if members.len() != entries.len() {
        return Err(value_error(format!(
            "expected {} members, got {}",
            entries.len(),
            members.len()
        )));
    }
    let mut bound = Vec::with_capacity(entries.len());
    for (member, entry) in members.iter().zip(entries) {
        let code = entry.code().as_u16();
        if member.extract::<u16>().ok() != Some(code) {
            return Err(value_error(format!(
                "member {} is not code {code}",
                shown(&member)
            )));
        }
        let phrase = member
            .getattr(intern!(py, "phrase"))?
            .cast_into::<PyString>()
            .map_err(|_| value_error(format!("member {} has no str phrase", shown(&member))))?;
        if phrase.to_cow()? != entry.phrase() {
            return Err(value_error(format!(
                "member {} has the phrase {}",
                shown(&member),
                shown(&phrase)
            )));
        }
        bound.push(Member {
            member: member.unbind(),
            phrase: phrase.unbind(),
        });
    }
    MEMBERS
        .set(py, bound)
        .map_err(|_| PyRuntimeError::new_err("the SIPStatus members are bound already"))
}

/// The bound member of a code the table holds.
fn bound(py: Python<'_>, code: StatusCode) -> PyResult<&Member> {
    let members = MEMBERS.get(py).ok_or_else(|| {
        PyRuntimeError::new_err("sipstatus._native is used before sipstatus was imported")
    })?;
    sipstatus::__ffi::position(code)
        .and_then(|position| members.get(position))
        .ok_or_else(|| value_error(format!("{} is not in the table", code.as_u16())))
}

/// The `SIPStatus` member of a code the table holds.
pub(crate) fn member(py: Python<'_>, code: StatusCode) -> PyResult<Py<PyAny>> {
    bound(py, code).map(|m| m.member.clone_ref(py))
}

/// `operator.index`, fetched once.
static OPERATOR_INDEX: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The one rule for what may stand for a status code, for every entry
/// point: what `operator.index` accepts (an int, an int subclass such as a
/// `SIPStatus` member, any integer type with `__index__`), except `bool`,
/// whose two values are flags and never codes. A float, `Decimal`,
/// `Fraction`, complex, str or bytes is refused even when it is integral,
/// as `operator.index` refuses it.
///
/// # Errors
/// `TypeError` naming the value's type.
fn status_int<'py>(code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyInt>> {
    if code.is_instance_of::<PyBool>() {
        return Err(wrong_type("a SIP status code", "an int", code));
    }
    if let Ok(int) = code.cast::<PyInt>() {
        return Ok(int.clone());
    }
    let py = code.py();
    let index = OPERATOR_INDEX.get_or_try_init(py, || {
        py.import("operator")?
            .getattr(intern!(py, "index"))
            .map(Bound::unbind)
    })?;
    match index.bind(py).call1((code,)) {
        Ok(int) => Ok(int.cast_into::<PyInt>()?),
        Err(e) if e.is_instance_of::<PyTypeError>(py) => {
            Err(wrong_type("a SIP status code", "an int", code))
        }
        Err(e) => Err(e),
    }
}

/// [`status_int`] for `SIPStatus(value)`, whose fast path handles an exact
/// int itself: the same rule, written once.
///
/// # Errors
/// `TypeError` for a value that cannot stand for a code.
#[pyfunction]
#[pyo3(name = "_status_int", signature = (value, /))]
pub(crate) fn status_int_of<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyInt>> {
    status_int(value)
}

/// A value as a code: [`status_int`], then the core's range check.
pub(crate) fn status_code(code: &Bound<'_, PyAny>) -> PyResult<StatusCode> {
    // An int (the usual case) is read as it is; anything else goes through
    // the rule of `status_int` first.
    let converted;
    let code = if !code.is_instance_of::<PyBool>() && code.is_instance_of::<PyInt>() {
        code
    } else {
        converted = status_int(code)?.into_any();
        &converted
    };
    match code.extract::<u16>() {
        Ok(number) => StatusCode::from_u16(number).map_err(|e| value_error(e.to_string())),
        // Negative, or too big for u16: out of range all the same. The
        // wording is the core's `InvalidStatusCode::OutOfRange`.
        Err(_) => Err(value_error(format!(
            "status code {} is out of range: SIP status codes are 100 to 799",
            shown(code)
        ))),
    }
}

/// The registered reason phrase of a code, or `None` for a code from 100 to
/// 799 that the table does not hold. The str is the member's own `phrase`
/// object: the lookup allocates nothing.
///
/// # Errors
/// `TypeError` for anything but an int (see [`status_int`]: `bool`, float,
/// `Decimal`, `Fraction` and str are refused), `ValueError` for an int
/// outside 100 to 799.
#[pyfunction]
#[pyo3(signature = (code, /))]
pub(crate) fn reason_phrase(code: &Bound<'_, PyAny>) -> PyResult<Option<Py<PyString>>> {
    let py = code.py();
    let code = status_code(code)?;
    if !code.is_known() {
        return Ok(None);
    }
    bound(py, code).map(|m| Some(m.phrase.clone_ref(py)))
}

/// The `SIPStatus` member a reason phrase or alias names: case, leading,
/// trailing and repeated white space are ignored, and the variants of other
/// stacks are known. Bytes are accepted, as cut from a captured packet, and
/// must be UTF-8.
///
/// # Errors
/// `TypeError` for anything but `str` or `bytes`, `UnknownPhraseError` (a
/// `ValueError`) for text that names no code.
#[pyfunction]
#[pyo3(signature = (text, /))]
pub(crate) fn from_phrase(text: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let found = match_phrase(text)?;
    member(text.py(), found.code())
}

/// The core's reverse lookup of a `str` or `bytes`.
fn match_phrase(text: &Bound<'_, PyAny>) -> PyResult<PhraseMatch> {
    // `encode_utf8` rather than `to_str`: the stable ABI of Python 3.9 has
    // no borrowed UTF-8 view of a str.
    let found = if let Ok(string) = text.cast::<PyString>() {
        match string.encode_utf8() {
            Ok(utf8) => lookup_phrase_bytes(utf8.as_bytes()),
            // Lone surrogates: no phrase has them.
            Err(_) => Err(PhraseError::Unknown),
        }
    } else if let Ok(bytes) = text.cast::<PyBytes>() {
        lookup_phrase_bytes(bytes.as_bytes())
    } else {
        return Err(wrong_type("a reason phrase", "a str or bytes", text));
    };
    found.map_err(|error| match error {
        PhraseError::Unknown => unknown_phrase(format!(
            "{} is not a known SIP reason phrase or alias",
            shown(text)
        )),
        error => unknown_phrase(format!(
            "{} is not a SIP reason phrase: {error}",
            shown(text)
        )),
    })
}

/// The `SIPStatus` member a user agent acts on for a code, per RFC 3261
/// §8.1.3.2: a code the table holds is itself; an unknown final code is the
/// `x00` of its class, an unknown provisional code 183 Session Progress.
///
/// # Errors
/// `TypeError` for anything but an int (see [`status_int`]), `ValueError`
/// for an int outside 100 to 799 and for a local `7xx` code the table does not hold, to which the
/// rule does not apply.
#[pyfunction]
#[pyo3(signature = (code, /))]
pub(crate) fn canonical(code: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let py = code.py();
    let code = status_code(code)?;
    let acted_on = code.canonical();
    if !acted_on.is_known() {
        return Err(value_error(format!(
            "{} is a local 7xx code the table does not hold: RFC 3261 §8.1.3.2 gives it no \
             canonical code",
            code.as_u16()
        )));
    }
    member(py, acted_on)
}

/// The description of a code the table holds, in the language of an ISO
/// 639-1 tag (`"en"` or `"de"`, in any case).
///
/// # Errors
/// `TypeError` for a code that is not an int or a tag that is not a str,
/// `ValueError` for a code the table does not hold or an unknown tag.
#[pyfunction]
#[pyo3(signature = (code, lang, /))]
pub(crate) fn describe(code: &Bound<'_, PyAny>, lang: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let code = status_code(code)?;
    let Ok(tag) = lang.cast::<PyString>() else {
        return Err(wrong_type("a language", "a str", lang));
    };
    let language = tag
        .to_cow()
        .ok()
        .and_then(|tag| Language::from_tag(tag.as_bytes()).ok())
        .ok_or_else(|| {
            let tags: Vec<String> = Language::ALL
                .iter()
                .map(|l| format!("{:?}", l.tag()))
                .collect();
            value_error(format!(
                "unknown language {}: expected {}",
                shown(lang),
                tags.join(" or ")
            ))
        })?;
    code.description(language)
        .ok_or_else(|| value_error(format!("{} is not in the table", code.as_u16())))
}
