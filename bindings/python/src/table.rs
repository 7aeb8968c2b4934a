//! The core's table as plain Python tuples, read once when `sipstatus` is
//! imported to build `SIPStatus`, `StatusClass` and `RegistryStatus`.

use pyo3::{prelude::*, types::PyTuple};
use sipstatus::{Language, RegistryStatus, StatusClass};

/// The language tags the descriptions are written in: `("en", "de")`.
pub(crate) fn languages(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, Language::ALL.map(Language::tag))
}

/// One row of `entries()`: code, name, phrase, class slug, registry status,
/// references, aliases, former phrase (or `None`), English description.
type EntryRow = (
    u16,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    Option<&'static str>,
    &'static str,
);

/// Every entry of the table, in code order, as tuples of
/// `(code, name, phrase, class_slug, registry_status, references, aliases,
/// former_phrase, description_en)`.
#[pyfunction]
pub(crate) fn entries() -> Vec<EntryRow> {
    sipstatus::entries()
        .iter()
        .map(|entry| {
            (
                entry.code().as_u16(),
                entry.name(),
                entry.phrase(),
                entry.class().slug(),
                entry.status().as_str(),
                entry.references(),
                entry.aliases(),
                entry.former_phrase(),
                entry.description(Language::English),
            )
        })
        .collect()
}

/// Every status class in code order, as tuples of
/// `(slug, label, range, digit)`: `("client-error", "Client Error", "4xx", 4)`.
#[pyfunction]
pub(crate) fn status_classes() -> Vec<(&'static str, &'static str, &'static str, u16)> {
    StatusClass::ALL
        .iter()
        .map(|class| (class.slug(), class.label(), class.range(), class.digit()))
        .collect()
}

/// Every registry status, as tuples of `(name, is_in_registry)`:
/// `("deprecated", True)`.
#[pyfunction]
pub(crate) fn registry_statuses() -> Vec<(&'static str, bool)> {
    RegistryStatus::ALL
        .iter()
        .map(|status| (status.as_str(), status.is_in_registry()))
        .collect()
}
