//! The exception of this module and the messages of the built-in ones.

use pyo3::{
    exceptions::{PyTypeError, PyValueError},
    prelude::*,
};

pyo3::create_exception!(
    sipstatus,
    UnknownPhraseError,
    PyValueError,
    "Raised by `from_phrase` for text that names no SIP status code: not a \
     reason phrase or alias of the table, empty, too long, or not UTF-8. A \
     subclass of `ValueError`."
);

/// Most characters of a bad argument that a message repeats.
const SHOWN: usize = 60;

/// `repr(value)`, cut to [`SHOWN`] characters, for messages.
pub(crate) fn shown(value: &Bound<'_, PyAny>) -> String {
    let text = value
        .repr()
        .map_or_else(|_| String::from("<unprintable>"), |r| r.to_string());
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The name of a value's type, for `TypeError` messages.
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .qualname()
        .map_or_else(|_| String::from("?"), |name| name.to_string())
}

/// `TypeError: <what> must be <expected>, not <type>`.
pub(crate) fn wrong_type(what: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    PyTypeError::new_err(format!(
        "{what} must be {expected}, not {}",
        type_name(value)
    ))
}

/// `ValueError` with a message.
pub(crate) fn value_error(message: String) -> PyErr {
    PyValueError::new_err(message)
}

/// `UnknownPhraseError` with a message.
pub(crate) fn unknown_phrase(message: String) -> PyErr {
    UnknownPhraseError::new_err(message)
}
