//! `sipstatus._native`: the table and the lookups of the sipstatus core, for
//! the Python package `sipstatus`.
//!
//! The Python side builds its enums from `table` once, at import, so that
//! reading a member's phrase or constructing `SIPStatus(486)` never calls
//! into Rust; the functions of `lookup` are the only per-call entry points,
//! and they delegate every rule (the code range, phrase folding, RFC 3261
//! §8.1.3.2, language tags) to the core.
//!
//! `cli` runs the Rust command itself for `python -m sipstatus`.
//!
//! The crate is only ever built as an extension module by maturin; it has
//! no Rust tests, because Python behaviour is tested with pytest on the
//! installed wheel.

use pyo3::prelude::*;

mod cli;
mod decide;
mod errors;
mod lookup;
mod q850;
mod scan;
mod table;
mod wire;

/// The module's contents. `sipstatus/__init__.py` re-exports what is public.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add(
        "UnknownPhraseError",
        py.get_type::<errors::UnknownPhraseError>(),
    )?;
    m.add("LANGUAGES", table::languages(py)?)?;
    m.add_function(wrap_pyfunction!(table::entries, m)?)?;
    m.add_function(wrap_pyfunction!(table::status_classes, m)?)?;
    m.add_function(wrap_pyfunction!(table::registry_statuses, m)?)?;
    m.add_function(wrap_pyfunction!(lookup::bind_members, m)?)?;
    m.add_function(wrap_pyfunction!(lookup::status_int_of, m)?)?;
    m.add_function(wrap_pyfunction!(lookup::reason_phrase, m)?)?;
    m.add_function(wrap_pyfunction!(lookup::from_phrase, m)?)?;
    m.add_function(wrap_pyfunction!(lookup::canonical, m)?)?;
    m.add_function(wrap_pyfunction!(lookup::describe, m)?)?;
    m.add_function(wrap_pyfunction!(cli::main, m)?)?;
    m.add_function(wrap_pyfunction!(q850::q850_entries, m)?)?;
    m.add_function(wrap_pyfunction!(q850::q850_classes, m)?)?;
    m.add_function(wrap_pyfunction!(q850::q850_profiles, m)?)?;
    m.add_function(wrap_pyfunction!(q850::describe, m)?)?;
    m.add_function(wrap_pyfunction!(q850::canonical, m)?)?;
    m.add_function(wrap_pyfunction!(q850::sip_to_q850, m)?)?;
    m.add_function(wrap_pyfunction!(q850::q850_to_sip, m)?)?;
    m.add_function(wrap_pyfunction!(q850::disagreements, m)?)?;
    m.add("StatusLineError", py.get_type::<wire::StatusLineError>())?;
    m.add(
        "ReasonHeaderError",
        py.get_type::<wire::ReasonHeaderError>(),
    )?;
    m.add_class::<wire::PyStatusLine>()?;
    m.add_class::<wire::PyReasonValue>()?;
    m.add_function(wrap_pyfunction!(wire::bind_phrase_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(wire::parse_status_line, m)?)?;
    m.add_function(wrap_pyfunction!(wire::format_status_line, m)?)?;
    m.add_function(wrap_pyfunction!(wire::parse_reason, m)?)?;
    m.add_class::<decide::SessionMetrics>()?;
    m.add_function(wrap_pyfunction!(decide::best_response, m)?)?;
    m.add_function(wrap_pyfunction!(decide::header_rules, m)?)?;
    m.add_function(wrap_pyfunction!(decide::check_headers, m)?)?;
    m.add_function(wrap_pyfunction!(decide::metric_roles, m)?)?;
    m.add_function(wrap_pyfunction!(decide::is_failure_response, m)?)?;
    m.add("ScanError", py.get_type::<scan::ScanError>())?;
    m.add_class::<scan::NativeReport>()?;
    m.add_function(wrap_pyfunction!(scan::scan, m)?)?;
    Ok(())
}
