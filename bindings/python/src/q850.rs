//! The Q.850 cause table and the SIP ↔ cause mappings, for `sipstatus._q850`.
//!
//! The table crosses into Python once, at import, as dicts (by name, not by
//! position); the mapping functions check their arguments' types and hand
//! every rule (ranges, profiles, rows, fallbacks) to the core.

use pyo3::{
    prelude::*,
    types::{PyBool, PyDict, PyInt, PyString},
};
use sipstatus::{
    Language, StatusCode,
    q850::{Basis, Cause, CauseClass, Disagreement, Note, NoteKind, Profile, entries},
};

use crate::errors::{shown, value_error, wrong_type};

/// Every cause of the table, in value order, as dicts with the keys
/// `cause`, `name`, `phrase`, `cause_class`, `references` and `description`
/// (English).
#[pyfunction]
pub(crate) fn q850_entries(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    entries()
        .iter()
        .map(|e| {
            let row = PyDict::new(py);
            row.set_item("cause", e.cause().as_u8())?;
            row.set_item("name", e.name())?;
            row.set_item("phrase", e.q850_name())?;
            row.set_item("cause_class", e.class().slug())?;
            row.set_item("references", e.references().to_vec())?;
            row.set_item("description", e.description(Language::English))?;
            Ok(row)
        })
        .collect()
}

/// Every cause class, in value order, as dicts with the keys `slug`,
/// `label`, `range` and `unspecified` (the value of its unspecified cause).
#[pyfunction]
pub(crate) fn q850_classes(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    CauseClass::ALL
        .iter()
        .map(|c| {
            let row = PyDict::new(py);
            row.set_item("slug", c.slug())?;
            row.set_item("label", c.label())?;
            row.set_item("range", c.range())?;
            row.set_item("unspecified", c.unspecified().as_u8())?;
            Ok(row)
        })
        .collect()
}

/// Every profile, in number order, as dicts with the keys `slug`, `label`
/// and `source`.
#[pyfunction]
pub(crate) fn q850_profiles(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    Profile::ALL
        .iter()
        .map(|p| {
            let row = PyDict::new(py);
            row.set_item("slug", p.slug())?;
            row.set_item("label", p.label())?;
            row.set_item("source", p.source())?;
            Ok(row)
        })
        .collect()
}

/// A Python int (not a bool) as a number, or `None` when it does not fit.
fn int(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Option<u16>> {
    if value.is_instance_of::<PyBool>() || !value.is_instance_of::<PyInt>() {
        return Err(wrong_type(what, "an int", value));
    }
    Ok(value.extract::<u16>().ok())
}

/// A cause from 1 to 127, with the core's range check and message.
fn cause(value: &Bound<'_, PyAny>) -> PyResult<Cause> {
    match int(value, "a Q.850 cause")? {
        Some(n) => Cause::from_u16(n).map_err(|e| value_error(e.to_string())),
        None => Err(value_error(format!(
            "cause value {} is out of range: Q.850 cause values are 1 to 127",
            shown(value)
        ))),
    }
}

/// A status code from 100 to 799.
fn status_code(value: &Bound<'_, PyAny>) -> PyResult<StatusCode> {
    match int(value, "a SIP status code")? {
        Some(n) => StatusCode::from_u16(n).map_err(|e| value_error(e.to_string())),
        None => Err(value_error(format!(
            "status code {} is out of range: SIP status codes are 100 to 799",
            shown(value)
        ))),
    }
}

/// A profile from its identifier (a `Profile` member is a str too).
fn profile(value: &Bound<'_, PyAny>) -> PyResult<Profile> {
    let Ok(text) = value.cast::<PyString>() else {
        return Err(wrong_type("a mapping profile", "a str", value));
    };
    text.to_cow()
        .ok()
        .and_then(|t| Profile::from_slug(t.as_bytes()).ok())
        .ok_or_else(|| {
            value_error(format!(
                "unknown profile {}: expected \"rfc3398\", \"rfc4497\", \"freeswitch\" or \"asterisk\"",
                shown(value)
            ))
        })
}

/// The description of a defined cause in the language of a tag.
///
/// # Errors
/// `TypeError` for a cause that is not an int or a tag that is not a str,
/// `ValueError` for a value Q.850 does not define or an unknown tag.
#[pyfunction]
#[pyo3(name = "_q850_describe", signature = (value, lang, /))]
pub(crate) fn describe(
    value: &Bound<'_, PyAny>,
    lang: &Bound<'_, PyAny>,
) -> PyResult<&'static str> {
    let cause = cause(value)?;
    let Ok(tag) = lang.cast::<PyString>() else {
        return Err(wrong_type("a language", "a str", lang));
    };
    let language = tag
        .to_cow()
        .ok()
        .and_then(|t| Language::from_tag(t.as_bytes()).ok())
        .ok_or_else(|| {
            value_error(format!(
                "unknown language {}: expected \"en\" or \"de\"",
                shown(lang)
            ))
        })?;
    cause
        .description(language)
        .ok_or_else(|| value_error(format!("{} is not a cause Q.850 defines", cause.as_u8())))
}

/// The cause a receiver acts on for a value from 1 to 127.
///
/// # Errors
/// `TypeError` for anything but an int, `ValueError` outside 1 to 127.
#[pyfunction]
#[pyo3(name = "_q850_canonical", signature = (value, /))]
pub(crate) fn canonical(value: &Bound<'_, PyAny>) -> PyResult<u8> {
    Ok(cause(value)?.canonical().as_u8())
}

fn note_items(row: &Bound<'_, PyDict>, note: Option<&'static Note>) -> PyResult<()> {
    row.set_item("note", note.map(Note::key))?;
    row.set_item(
        "note_kind",
        note.map(|n| match n.kind() {
            NoteKind::Footnote => "footnote",
            NoteKind::Fallback => "fallback",
            _ => "quirk",
        }),
    )?;
    row.set_item("note_text", note.map(Note::text))
}

fn basis(basis: Basis) -> &'static str {
    basis.slug()
}

/// What a profile maps a status code to, as a dict with the keys `value`,
/// `alternative` (always `None`), `basis`, `note`, `note_kind` and
/// `note_text`.
///
/// # Errors
/// `TypeError` for a code that is not an int or a profile that is not a
/// str, `ValueError` for a code outside 100 to 799 or an unknown profile.
#[pyfunction]
#[pyo3(name = "_sip_to_q850", signature = (code, profile_name, /))]
pub(crate) fn sip_to_q850<'py>(
    code: &Bound<'py, PyAny>,
    profile_name: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let code = status_code(code)?;
    let m = code.to_q850(profile(profile_name)?);
    let row = PyDict::new(profile_name.py());
    row.set_item("value", m.value().as_u16())?;
    row.set_item("alternative", None::<u16>)?;
    row.set_item("basis", basis(m.basis()))?;
    note_items(&row, m.note())?;
    Ok(row)
}

/// What a profile maps a cause to, as a dict like [`sip_to_q850`]'s, with
/// `alternative` the code the source allows instead, if any.
///
/// # Errors
/// `TypeError` for a cause that is not an int or a profile that is not a
/// str, `ValueError` for a cause outside 1 to 127 or an unknown profile.
#[pyfunction]
#[pyo3(name = "_q850_to_sip", signature = (value, profile_name, /))]
pub(crate) fn q850_to_sip<'py>(
    value: &Bound<'py, PyAny>,
    profile_name: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let cause = cause(value)?;
    let m = cause.to_sip(profile(profile_name)?);
    let row = PyDict::new(profile_name.py());
    row.set_item("value", m.code().as_u16())?;
    row.set_item("alternative", m.alternative().map(StatusCode::as_u16))?;
    row.set_item("basis", basis(m.basis()))?;
    note_items(&row, m.note())?;
    Ok(row)
}

/// Every value two profiles map differently, status codes 100 to 799 first,
/// then causes 1 to 127, as dicts with the keys `direction`
/// (`"sip_to_q850"` or `"q850_to_sip"`), `value`, `first` and `second`.
///
/// # Errors
/// `TypeError` for a profile that is not a str, `ValueError` for an unknown
/// profile.
#[pyfunction]
#[pyo3(name = "_q850_disagreements", signature = (first, second, /))]
pub(crate) fn disagreements<'py>(
    first: &Bound<'py, PyAny>,
    second: &Bound<'py, PyAny>,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let py = first.py();
    let (a, b) = (profile(first)?, profile(second)?);
    sipstatus::q850::disagreements(a, b)
        .filter_map(|d| match d {
            Disagreement::Sip {
                code,
                first,
                second,
            } => Some((
                "sip_to_q850",
                code.as_u16(),
                first.value().as_u16(),
                second.value().as_u16(),
            )),
            Disagreement::Cause {
                cause,
                first,
                second,
            } => Some((
                "q850_to_sip",
                u16::from(cause.as_u8()),
                first.code().as_u16(),
                second.code().as_u16(),
            )),
            _ => None,
        })
        .map(|(direction, value, a, b)| {
            let row = PyDict::new(py);
            row.set_item("direction", direction)?;
            row.set_item("value", value)?;
            row.set_item("first", a)?;
            row.set_item("second", b)?;
            Ok(row)
        })
        .collect()
}
