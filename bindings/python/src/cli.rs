//! `python -m sipstatus`: the Rust command's own query resolution and
//! rendering (the `sipstatus-cli` library), so that the two commands cannot
//! drift apart. Python keeps only the argument parsing.

use pyo3::prelude::*;
use sipstatus_cli::{
    query::{parse_class, parse_lang},
    render::{self, Format},
};

use crate::errors::value_error;

/// Checks a class filter (`4xx`, `4`, `client-error`, `Client Error`) and
/// gives its identifier, as `sipstatus list --class` does.
///
/// # Errors
/// `ValueError` with the command's one-line message.
#[pyfunction]
#[pyo3(name = "_parse_class", signature = (text, /))]
pub(crate) fn check_class(text: String) -> PyResult<&'static str> {
    parse_class(&text)
        .map(|class| class.slug())
        .map_err(value_error)
}

/// Checks a list format (`table`, `json`, `csv`, `markdown`) and gives it in
/// lower case.
///
/// # Errors
/// `ValueError` with the command's one-line message.
#[pyfunction]
#[pyo3(name = "_parse_format", signature = (text, /))]
pub(crate) fn check_format(text: String) -> PyResult<String> {
    text.parse::<Format>()
        .map(|_| text.to_ascii_lowercase())
        .map_err(value_error)
}

/// Checks a language tag (`en`, `de`, in any case) and gives it in lower
/// case.
///
/// # Errors
/// `ValueError` with the command's one-line message.
#[pyfunction]
#[pyo3(name = "_parse_lang", signature = (text, /))]
pub(crate) fn check_lang(text: String) -> PyResult<&'static str> {
    parse_lang(&text)
        .map(|lang| lang.tag())
        .map_err(value_error)
}

/// What `sipstatus explain QUERY --lang LANG` prints.
///
/// # Errors
/// `ValueError` with the command's one-line message, for a query that names
/// no code or a bad language.
#[pyfunction]
#[pyo3(name = "_explain", signature = (query, lang, /))]
pub(crate) fn explain(query: String, lang: String) -> PyResult<String> {
    let lang = parse_lang(&lang).map_err(value_error)?;
    render::explain_query(&query, lang, None).map_err(|e| value_error(e.to_string()))
}

/// What `sipstatus list [--class CLASS] --format FORMAT --lang LANG` prints.
///
/// # Errors
/// `ValueError` with the command's one-line message, for a bad class,
/// format or language.
#[pyfunction]
#[pyo3(name = "_list", signature = (status_class, format, lang, /))]
pub(crate) fn list(status_class: Option<String>, format: String, lang: String) -> PyResult<String> {
    let class = status_class
        .map(|text| parse_class(&text))
        .transpose()
        .map_err(value_error)?;
    let format = format.parse::<Format>().map_err(value_error)?;
    let lang = parse_lang(&lang).map_err(value_error)?;
    Ok(render::list(render::select(class), format, lang, None))
}
