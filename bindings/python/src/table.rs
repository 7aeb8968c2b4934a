//! The core's table as Python dicts keyed by field name, read once when
//! `sipstatus` is imported to build `SIPStatus`, `StatusClass` and
//! `RegistryStatus`. Rows cross by name, not position: `_status.py` passes
//! each row as keyword arguments, so a renamed, missing or extra field stops
//! the import with a `TypeError` instead of filling the wrong attribute.

use pyo3::{
    prelude::*,
    types::{PyDict, PyTuple},
};
use sipstatus::{Language, RegistryStatus, StatusClass};

/// The language tags the descriptions are written in: `("en", "de")`.
pub(crate) fn languages(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, Language::ALL.map(Language::tag))
}

/// Every entry of the table, in code order, as dicts with the keys `code`,
/// `name`, `phrase`, `status_class` (the class's identifier),
/// `registry_status`, `references`, `aliases`, `former_phrase` (or `None`)
/// and `description` (English).
///
/// # Errors
/// Only if Python cannot allocate.
#[pyfunction]
pub(crate) fn entries(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    sipstatus::entries()
        .iter()
        .map(|entry| {
            let row = PyDict::new(py);
            row.set_item("code", entry.code().as_u16())?;
            row.set_item("name", entry.name())?;
            row.set_item("phrase", entry.phrase())?;
            row.set_item("status_class", entry.class().slug())?;
            row.set_item("registry_status", entry.status().as_str())?;
            row.set_item("references", PyTuple::new(py, entry.references())?)?;
            row.set_item("aliases", PyTuple::new(py, entry.aliases())?)?;
            row.set_item("former_phrase", entry.former_phrase())?;
            row.set_item("description", entry.description(Language::English))?;
            Ok(row)
        })
        .collect()
}

/// Every status class in code order, as dicts with the keys `slug`,
/// `label`, `range` and `digit`: `{"slug": "client-error", "label": "Client
/// Error", "range": "4xx", "digit": 4}`.
///
/// # Errors
/// Only if Python cannot allocate.
#[pyfunction]
pub(crate) fn status_classes(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    StatusClass::ALL
        .iter()
        .map(|class| {
            let row = PyDict::new(py);
            row.set_item("slug", class.slug())?;
            row.set_item("label", class.label())?;
            row.set_item("range", class.range())?;
            row.set_item("digit", class.digit())?;
            Ok(row)
        })
        .collect()
}

/// Every registry status, as dicts with the keys `name` and
/// `is_in_registry`: `{"name": "deprecated", "is_in_registry": True}`.
///
/// # Errors
/// Only if Python cannot allocate.
#[pyfunction]
pub(crate) fn registry_statuses(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    RegistryStatus::ALL
        .iter()
        .map(|status| {
            let row = PyDict::new(py);
            row.set_item("name", status.as_str())?;
            row.set_item("is_in_registry", status.is_in_registry())?;
            Ok(row)
        })
        .collect()
}
