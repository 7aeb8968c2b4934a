//! Status lines and Reason header values for Python: thin faces over the
//! core's parsers and writers. Types and errors are converted here; every
//! rule of the grammar stays in the core.

use pyo3::{
    PyTypeInfo,
    exceptions::{PyRuntimeError, PyValueError},
    intern,
    prelude::*,
    sync::PyOnceLock,
    types::{PyBytes, PyDict, PyList, PyString, PyTuple},
};
use sipstatus::{
    Param, ParseMode, PhraseKind, ReasonError, ReasonText, ReasonValue, ReasonValues, StatusCode,
    StatusLine, StatusLineError as CoreStatusLineError,
};

use crate::{
    errors::{shown, wrong_type},
    lookup::{member, status_code},
};

pyo3::create_exception!(
    sipstatus,
    StatusLineError,
    PyValueError,
    "Raised for text that is not a SIP status line (RFC 3261 §25.1), or a \
     reason phrase that cannot be written into one. `offset` is the byte \
     offset (in the UTF-8 encoding of a str) where the text breaks the \
     grammar. A subclass of `ValueError`."
);

pyo3::create_exception!(
    sipstatus,
    ReasonHeaderError,
    PyValueError,
    "Raised for text that is not a Reason header value (RFC 3326 §2), or \
     parts that cannot be written into one. `offset` is the byte offset (in \
     the UTF-8 encoding of a str) where the text breaks the grammar. A \
     subclass of `ValueError`."
);

/// An exception of type `E` with an `offset` attribute.
fn with_offset<E: PyTypeInfo>(py: Python<'_>, message: String, offset: usize) -> PyErr {
    let error = PyErr::new::<E, _>(message);
    if let Err(e) = error.value(py).setattr(intern!(py, "offset"), offset) {
        return e;
    }
    error
}

fn status_line_error(py: Python<'_>, error: CoreStatusLineError) -> PyErr {
    with_offset::<StatusLineError>(py, error.to_string(), error.offset())
}

fn reason_error(py: Python<'_>, error: ReasonError) -> PyErr {
    with_offset::<ReasonHeaderError>(py, error.to_string(), error.offset())
}

/// The bytes of a `str` (UTF-8) or `bytes` argument.
fn input_bytes<'py>(what: &str, data: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyBytes>> {
    if let Ok(bytes) = data.cast::<PyBytes>() {
        return Ok(bytes.clone());
    }
    if let Ok(text) = data.cast::<PyString>() {
        // `encode_utf8` rather than `to_str`: the stable ABI of Python 3.9
        // has no borrowed UTF-8 view of a str.
        return text.encode_utf8();
    }
    Err(wrong_type(what, "a str or bytes", data))
}

/// The `PhraseKind` members, in the order canonical, former, alias,
/// custom, empty; bound by `sipstatus` at import.
static PHRASE_KINDS: PyOnceLock<[Py<PyAny>; 5]> = PyOnceLock::new();

/// Hands the `PhraseKind` members to the parser. Called once by
/// `sipstatus` at import.
///
/// # Errors
/// `ValueError` for members that are not the five kinds in order,
/// `RuntimeError` when they were bound already.
#[pyfunction]
#[pyo3(name = "_bind_phrase_kinds", signature = (kinds, /))]
pub(crate) fn bind_phrase_kinds(kinds: &Bound<'_, PyTuple>) -> PyResult<()> {
    let py = kinds.py();
    let names = ["canonical", "former", "alias", "custom", "empty"];
    if kinds.len() != names.len() {
        return Err(PyValueError::new_err("expected the five phrase kinds"));
    }
    let mut bound = Vec::with_capacity(names.len());
    for (kind, name) in kinds.iter().zip(names) {
        if kind.getattr(intern!(py, "value"))?.extract::<String>()? != name {
            return Err(PyValueError::new_err(format!(
                "{} is not the kind {name:?}",
                shown(&kind)
            )));
        }
        bound.push(kind.unbind());
    }
    let array: [Py<PyAny>; 5] = bound
        .try_into()
        .map_err(|_| PyValueError::new_err("expected the five phrase kinds"))?;
    PHRASE_KINDS
        .set(py, array)
        .map_err(|_| PyRuntimeError::new_err("the phrase kinds are bound already"))
}

fn phrase_kind(py: Python<'_>, kind: PhraseKind) -> PyResult<Py<PyAny>> {
    let kinds = PHRASE_KINDS.get(py).ok_or_else(|| {
        PyRuntimeError::new_err("sipstatus._native is used before sipstatus was imported")
    })?;
    let index = match kind {
        PhraseKind::Canonical => 0,
        PhraseKind::Former => 1,
        PhraseKind::Alias => 2,
        PhraseKind::Empty => 4,
        _ => 3,
    };
    Ok(kinds[index].clone_ref(py))
}

/// The `SIPStatus` member of a code the table holds, or the plain int.
fn code_object(py: Python<'_>, code: StatusCode) -> PyResult<Py<PyAny>> {
    if code.is_known() {
        member(py, code)
    } else {
        Ok(code.as_u16().into_pyobject(py)?.into_any().unbind())
    }
}

/// Bytes as a str; bytes that are not UTF-8 (which a lenient parse lets
/// through) are kept as lone surrogates (`surrogateescape`), so that
/// `.encode("utf-8", "surrogateescape")` gives them back.
fn text_of(py: Python<'_>, bytes: &[u8]) -> PyResult<Py<PyString>> {
    match core::str::from_utf8(bytes) {
        Ok(text) => Ok(PyString::new(py, text).unbind()),
        Err(_) => Ok(PyBytes::new(py, bytes)
            .call_method1(intern!(py, "decode"), ("utf-8", "surrogateescape"))?
            .cast_into::<PyString>()?
            .unbind()),
    }
}

/// A parsed SIP status line. Frozen.
#[pyclass(module = "sipstatus", name = "StatusLine", frozen)]
pub(crate) struct PyStatusLine {
    /// The SIP-Version as received ("SIP/2.0").
    #[pyo3(get)]
    version: Py<PyString>,
    /// The `SIPStatus` member, or an `int` for a valid code the table does
    /// not hold.
    #[pyo3(get)]
    code: Py<PyAny>,
    /// The reason phrase as received, without the line end.
    #[pyo3(get)]
    reason: Py<PyString>,
    /// How the phrase relates to the code, a `PhraseKind`.
    #[pyo3(get)]
    kind: Py<PyAny>,
    /// The bytes the line takes in the input, its line end included.
    #[pyo3(get)]
    length: usize,
}

impl PyStatusLine {
    fn key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            [
                self.version.clone_ref(py).into_any(),
                self.code.clone_ref(py),
                self.reason.clone_ref(py).into_any(),
                self.kind.clone_ref(py),
                self.length.into_pyobject(py)?.into_any().unbind(),
            ],
        )
    }
}

#[pymethods]
impl PyStatusLine {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "StatusLine(version={}, code={}, reason={}, kind={}, length={})",
            self.version.bind(py).repr()?,
            self.code.bind(py).repr()?,
            self.reason.bind(py).repr()?,
            self.kind.bind(py).repr()?,
            self.length
        ))
    }

    /// "SIP/2.0 486 Busy Here", without the line end.
    fn __str__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "{} {} {}",
            self.version.bind(py),
            self.code.bind(py).call_method0(intern!(py, "__int__"))?,
            self.reason.bind(py)
        ))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let py = other.py();
        match other.cast::<PyStatusLine>() {
            Ok(other) => self.key(py)?.eq(other.get().key(py)?),
            Err(_) => Ok(false),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self.key(py)?.hash()
    }
}

/// Parses a SIP status line: the line alone, with or without its line end,
/// or the start of a whole response.
///
/// # Errors
/// `StatusLineError` (with `.offset`) for text that breaks the grammar,
/// `TypeError` for anything but str or bytes.
#[pyfunction]
#[pyo3(signature = (data, /, *, strict = false))]
pub(crate) fn parse_status_line(data: &Bound<'_, PyAny>, strict: bool) -> PyResult<PyStatusLine> {
    let py = data.py();
    let bytes = input_bytes("a status line", data)?;
    let mode = if strict {
        ParseMode::Strict
    } else {
        ParseMode::Lenient
    };
    let line =
        StatusLine::parse_with(bytes.as_bytes(), mode).map_err(|e| status_line_error(py, e))?;
    let version = if line.version() == "SIP/2.0" {
        intern!(py, "SIP/2.0").clone().unbind()
    } else {
        PyString::new(py, line.version()).unbind()
    };
    Ok(PyStatusLine {
        version,
        code: code_object(py, line.code())?,
        reason: text_of(py, line.reason())?,
        kind: phrase_kind(py, line.kind())?,
        length: line.len(),
    })
}

/// Writes the status line of a code, without its line end: the registered
/// phrase (or the class's name for a code the table does not hold), or the
/// caller's phrase, checked against the grammar.
///
/// # Errors
/// `TypeError` for a code that is no int or a reason that is no str,
/// `ValueError` for a code outside 100 to 799, `StatusLineError` for a
/// phrase the grammar does not allow (offset into the phrase).
#[pyfunction]
#[pyo3(signature = (code, reason = None))]
pub(crate) fn format_status_line(
    code: &Bound<'_, PyAny>,
    reason: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let py = code.py();
    let code = status_code(code)?;
    match reason {
        None => Ok(StatusLine::for_code(code).to_string()),
        Some(reason) => {
            let Ok(text) = reason.cast::<PyString>() else {
                return Err(wrong_type("a reason phrase", "a str", reason));
            };
            let text = text.to_cow()?;
            let line = StatusLine::new(code, &text).map_err(|e| status_line_error(py, e))?;
            Ok(line.to_string())
        }
    }
}

/// One value of a Reason header. Frozen; build one from its parts, or with
/// `ReasonValue.sip(code)`, and write it with `str()`.
#[pyclass(module = "sipstatus", name = "ReasonValue", frozen)]
pub(crate) struct PyReasonValue {
    /// The protocol token as written ("SIP", "Q.850", "STIR").
    #[pyo3(get)]
    protocol: String,
    /// The `cause`, or `None`.
    #[pyo3(get)]
    cause: Option<u32>,
    /// The `text`, unescaped, or `None`.
    #[pyo3(get)]
    text: Option<String>,
    /// The `location` (RFC 8606), or `None`.
    #[pyo3(get)]
    location: Option<String>,
    /// The other parameters in order, their values as written.
    pairs: Vec<(String, Option<String>)>,
    /// `pairs` as a read-only mapping.
    #[pyo3(get)]
    params: Py<PyAny>,
}

/// A read-only mapping of the pairs, in order.
fn params_mapping(py: Python<'_>, pairs: &[(String, Option<String>)]) -> PyResult<Py<PyAny>> {
    let dict = PyDict::new(py);
    for (name, value) in pairs {
        dict.set_item(name, value)?;
    }
    let proxy = py
        .import(intern!(py, "types"))?
        .getattr(intern!(py, "MappingProxyType"))?
        .call1((dict,))?;
    Ok(proxy.unbind())
}

impl PyReasonValue {
    fn from_core(py: Python<'_>, value: &ReasonValue<'_>) -> PyResult<PyReasonValue> {
        let pairs: Vec<(String, Option<String>)> = value
            .params()
            .map(|p| (p.name().to_owned(), p.value().map(str::to_owned)))
            .collect();
        Ok(PyReasonValue {
            protocol: value.protocol_str().to_owned(),
            cause: value.cause(),
            text: value.text().map(|t| t.to_string()),
            location: value.location().map(str::to_owned),
            params: params_mapping(py, &pairs)?,
            pairs,
        })
    }

    /// Writes the value through the core.
    fn write(&self, py: Python<'_>) -> PyResult<String> {
        let params = self
            .pairs
            .iter()
            .map(|(name, value)| Param::new(name, value.as_deref()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| reason_error(py, e))?;
        let mut value = ReasonValue::new(&self.protocol).map_err(|e| reason_error(py, e))?;
        if let Some(cause) = self.cause {
            value = value.with_cause(cause);
        }
        if let Some(text) = &self.text {
            value = value.with_text(ReasonText::new(text).map_err(|e| reason_error(py, e))?);
        }
        if let Some(location) = &self.location {
            value = value
                .with_location(location)
                .map_err(|e| reason_error(py, e))?;
        }
        Ok(value.with_params(&params).to_string())
    }

    fn key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let pairs = PyTuple::new(py, &self.pairs)?;
        (
            &self.protocol,
            self.cause,
            &self.text,
            &self.location,
            pairs,
        )
            .into_pyobject(py)
    }
}

#[pymethods]
impl PyReasonValue {
    /// A value from its parts, each checked against the grammar.
    ///
    /// # Errors
    /// `ReasonHeaderError` for a part that cannot be written, `TypeError`
    /// for a part of the wrong type.
    #[new]
    #[pyo3(signature = (protocol, *, cause = None, text = None, location = None, params = None))]
    fn new(
        py: Python<'_>,
        protocol: String,
        cause: Option<u32>,
        text: Option<String>,
        location: Option<String>,
        params: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReasonValue> {
        let mut pairs = Vec::new();
        if let Some(params) = params {
            let items = params.call_method0(intern!(py, "items"))?;
            for item in items.try_iter()? {
                let (name, value): (String, Option<String>) = item?.extract()?;
                pairs.push((name, value));
            }
        }
        let value = PyReasonValue {
            protocol,
            cause,
            text,
            location,
            params: params_mapping(py, &pairs)?,
            pairs,
        };
        // Every part is checked by writing it once.
        value.write(py)?;
        Ok(value)
    }

    /// The value that names a SIP status code: `SIP;cause=486;text="Busy
    /// Here"`.
    ///
    /// # Errors
    /// `TypeError` for anything but an int, `ValueError` for an int outside
    /// 100 to 799.
    #[staticmethod]
    fn sip(code: &Bound<'_, PyAny>) -> PyResult<PyReasonValue> {
        let py = code.py();
        let code = status_code(code)?;
        PyReasonValue::from_core(py, &ReasonValue::sip(code))
    }

    fn __str__(&self, py: Python<'_>) -> PyResult<String> {
        self.write(py)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let params = PyDict::new(py);
        for (name, value) in &self.pairs {
            params.set_item(name, value)?;
        }
        Ok(format!(
            "ReasonValue(protocol={}, cause={}, text={}, location={}, params={})",
            PyString::new(py, &self.protocol).repr()?,
            self.cause
                .map_or_else(|| "None".to_owned(), |c| c.to_string()),
            self.text
                .as_ref()
                .map_or(Ok("None".to_owned()), |t| PyString::new(py, t)
                    .repr()
                    .map(|r| r.to_string()))?,
            self.location
                .as_ref()
                .map_or(Ok("None".to_owned()), |l| PyString::new(py, l)
                    .repr()
                    .map(|r| r.to_string()))?,
            params.repr()?
        ))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let py = other.py();
        match other.cast::<PyReasonValue>() {
            Ok(other) => self.key(py)?.eq(other.get().key(py)?),
            Err(_) => Ok(false),
        }
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        self.key(py)?.hash()
    }
}

/// Parses the values of a Reason header value, a whole header line, or a
/// list of lines.
///
/// # Errors
/// `ReasonHeaderError` (with `.offset` into the failing line) for text that
/// breaks the grammar, `TypeError` for anything but str, bytes or a list or
/// tuple of them.
#[pyfunction]
#[pyo3(signature = (data, /))]
pub(crate) fn parse_reason(data: &Bound<'_, PyAny>) -> PyResult<Vec<PyReasonValue>> {
    let py = data.py();
    let mut values = Vec::new();
    let lines: Vec<Bound<'_, PyAny>> = if let Ok(list) = data.cast::<PyList>() {
        list.iter().collect()
    } else if let Ok(tuple) = data.cast::<PyTuple>() {
        tuple.iter().collect()
    } else {
        vec![data.clone()]
    };
    for line in &lines {
        let bytes = input_bytes("a Reason header", line)?;
        for value in ReasonValues::new(bytes.as_bytes()) {
            let value = value.map_err(|e| reason_error(py, e))?;
            values.push(PyReasonValue::from_core(py, &value)?);
        }
    }
    Ok(values)
}
