//! The fork choice (RFC 3261 §16.7), header obligations and RFC 6076
//! metrics of the core, for `sipstatus._decide`. Results cross into Python
//! as dicts, by name; every rule is the core's.

use std::str::FromStr;

use pyo3::{
    prelude::*,
    types::{PyBytes, PyDict, PyString},
};
use sipstatus::{
    StatusCode,
    fork::best_response as core_best_response,
    metrics::{self, Method, Metric},
};

use crate::{
    errors::{shown, value_error, wrong_type},
    lookup::status_code,
};

/// A request method given as a `str`, read by the core's token rules.
fn method_arg(method: &Bound<'_, PyAny>) -> PyResult<Method> {
    let Ok(text) = method.cast::<PyString>() else {
        return Err(wrong_type("a SIP method", "a str", method));
    };
    let text = text.to_cow()?;
    Method::from_str(&text)
        .map_err(|e| value_error(format!("{} is not a SIP method: {e}", shown(method))))
}

/// The items of an iterable argument that is not itself a `str` or `bytes`
/// (which iterate, but are never meant as a list here).
fn items<'py>(
    what: &str,
    expected: &str,
    value: &Bound<'py, PyAny>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if value.is_instance_of::<PyString>() || value.is_instance_of::<PyBytes>() {
        return Err(wrong_type(what, expected, value));
    }
    let iter = value
        .try_iter()
        .map_err(|_| wrong_type(what, expected, value))?;
    iter.collect()
}

/// The best response among the final responses of forked branches, `codes`
/// in arrival order, for a request of `method`: a dict with `code` (an int,
/// or `None` when nothing may be sent), `rule`, `index`, `cancel_pending`,
/// `aggregate_challenges` and `generated`.
///
/// # Errors
/// `TypeError` for codes that are not an iterable of ints or a method that
/// is not a str; `ValueError` for a code outside 100 to 799 or a method that
/// is not a SIP token.
#[pyfunction]
#[pyo3(name = "_best_response", signature = (codes, method, /))]
pub(crate) fn best_response<'py>(
    codes: &Bound<'py, PyAny>,
    method: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let py = codes.py();
    let list = items("codes", "an iterable of ints", codes)?
        .iter()
        .map(status_code)
        .collect::<PyResult<Vec<StatusCode>>>()?;
    let method = method_arg(method)?;
    let choice = core_best_response(&list, method);
    let dict = PyDict::new(py);
    dict.set_item("code", choice.code().map(StatusCode::as_u16))?;
    dict.set_item("rule", choice.rule().name())?;
    dict.set_item("index", choice.index())?;
    dict.set_item("cancel_pending", choice.cancel_pending())?;
    dict.set_item("aggregate_challenges", choice.aggregate_challenges())?;
    dict.set_item("generated", choice.generated())?;
    Ok(dict)
}

/// The header obligations of a code, in the core's order, as dicts with
/// `header`, `level`, `reference` and `condition`.
///
/// # Errors
/// `TypeError` for anything but an int, `ValueError` outside 100 to 799.
#[pyfunction]
#[pyo3(name = "_header_rules", signature = (code, /))]
pub(crate) fn header_rules<'py>(code: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let py = code.py();
    status_code(code)?
        .header_rules()
        .iter()
        .map(|rule| {
            let dict = PyDict::new(py);
            dict.set_item("header", rule.header())?;
            dict.set_item("level", rule.level().name())?;
            dict.set_item("reference", rule.reference())?;
            dict.set_item("condition", rule.condition())?;
            Ok(dict)
        })
        .collect()
}

/// The positions, in the code's rules, of the unconditional MUST and SHOULD
/// rules that a response carrying the header `names` breaks.
///
/// # Errors
/// `TypeError` for a code that is not an int or names that are not an
/// iterable of str or bytes; `ValueError` for a code outside 100 to 799.
#[pyfunction]
#[pyo3(name = "_check_headers", signature = (code, names, /))]
pub(crate) fn check_headers(
    code: &Bound<'_, PyAny>,
    names: &Bound<'_, PyAny>,
) -> PyResult<Vec<usize>> {
    let code = status_code(code)?;
    let mut bytes: Vec<Vec<u8>> = Vec::new();
    for name in items("header names", "an iterable of str or bytes", names)? {
        if let Ok(text) = name.cast::<PyString>() {
            // Lone surrogates name no header field: kept as nothing.
            bytes.push(
                text.encode_utf8()
                    .map(|b| b.as_bytes().to_vec())
                    .unwrap_or_default(),
            );
        } else if let Ok(raw) = name.cast::<PyBytes>() {
            bytes.push(raw.as_bytes().to_vec());
        } else {
            return Err(wrong_type("a header name", "a str or bytes", &name));
        }
    }
    let rules = code.header_rules();
    Ok(sipstatus::headers::check_headers(code, &bytes)
        .filter_map(|broken| rules.iter().position(|r| std::ptr::eq(r, broken)))
        .collect())
}

/// How a final response with `code` (`None`: no final response) counts in
/// each RFC 6076 metric: a dict from `"SER"`, `"SEER"`, `"ISA"`, `"IRA"` to
/// `"numerator"`, `"denominator"`, `"excluded"` or `"not-counted"`.
///
/// # Errors
/// `TypeError` for anything but an int or `None`, `ValueError` outside 100
/// to 799.
#[pyfunction]
#[pyo3(name = "_metric_roles", signature = (code, /))]
pub(crate) fn metric_roles<'py>(code: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let py = code.py();
    let code = if code.is_none() {
        None
    } else {
        Some(status_code(code)?)
    };
    let dict = PyDict::new(py);
    for metric in Metric::ALL {
        let role = match code {
            Some(code) => metrics::role(code, metric),
            None => metrics::no_response_role(metric),
        };
        dict.set_item(metric.name(), role.name())?;
    }
    Ok(dict)
}

/// Whether a code is a failure response in RFC 6076's sense (§4.2): a 4xx
/// other than 401, 402 and 407, a 5xx or a 6xx.
///
/// # Errors
/// `TypeError` for anything but an int, `ValueError` outside 100 to 799.
#[pyfunction]
#[pyo3(signature = (code, /))]
pub(crate) fn is_failure_response(code: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(metrics::is_failure_response(status_code(code)?))
}

/// Counts transactions by method and final response and yields RFC 6076's
/// SER, SEER, ISA and IRA in percent, or `None` where the denominator is 0.
#[pyclass(module = "sipstatus", name = "SessionMetrics", eq)]
#[derive(Clone, PartialEq)]
pub(crate) struct SessionMetrics {
    inner: metrics::SessionMetrics,
}

#[pymethods]
impl SessionMetrics {
    /// An accumulator that has counted nothing.
    #[new]
    fn new() -> Self {
        SessionMetrics {
            inner: metrics::SessionMetrics::new(),
        }
    }

    /// Counts one transaction: its method (`"INVITE"`, `"REGISTER"` or any
    /// other) and its final code, or `None` when it ended without one.
    ///
    /// # Errors
    /// `TypeError` for a method that is not a str or a code that is not an
    /// int or `None`; `ValueError` for a method that is not a SIP token, a
    /// code outside 100 to 799, or a code that is not final (1xx, 7xx).
    #[pyo3(signature = (method, code, /))]
    fn add(&mut self, method: &Bound<'_, PyAny>, code: &Bound<'_, PyAny>) -> PyResult<()> {
        let method = method_arg(method)?;
        let code = if code.is_none() {
            None
        } else {
            Some(status_code(code)?)
        };
        self.inner
            .add(method, code)
            .map_err(|e| value_error(e.to_string()))
    }

    /// Session Establishment Ratio (RFC 6076 §4.6), in percent.
    #[getter]
    fn ser(&self) -> Option<f64> {
        self.inner.ser()
    }

    /// Session Establishment Effectiveness Ratio (RFC 6076 §4.7), in percent.
    #[getter]
    fn seer(&self) -> Option<f64> {
        self.inner.seer()
    }

    /// Ineffective Session Attempts (RFC 6076 §4.8), in percent.
    #[getter]
    fn isa(&self) -> Option<f64> {
        self.inner.isa()
    }

    /// Ineffective Registration Attempts (RFC 6076 §4.2), in percent.
    #[getter]
    fn ira(&self) -> Option<f64> {
        self.inner.ira()
    }

    /// How many INVITE transactions were counted.
    #[getter]
    fn invites(&self) -> u64 {
        self.inner.invites()
    }

    /// How many REGISTER transactions were counted.
    #[getter]
    fn registers(&self) -> u64 {
        self.inner.registers()
    }

    /// How many transactions of other methods were counted.
    #[getter]
    fn others(&self) -> u64 {
        self.inner.others()
    }

    /// The raw counts, as a dict: `invites`, `invites_established`,
    /// `invites_excluded`, `invites_effective`, `invites_ineffective`,
    /// `registers`, `registers_ineffective`, `others`.
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = self.inner.counts();
        let dict = PyDict::new(py);
        dict.set_item("invites", c.invites)?;
        dict.set_item("invites_established", c.invites_established)?;
        dict.set_item("invites_excluded", c.invites_excluded)?;
        dict.set_item("invites_effective", c.invites_effective)?;
        dict.set_item("invites_ineffective", c.invites_ineffective)?;
        dict.set_item("registers", c.registers)?;
        dict.set_item("registers_ineffective", c.registers_ineffective)?;
        dict.set_item("others", c.others)?;
        Ok(dict)
    }

    /// A new accumulator with the counts of both.
    fn __add__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = other.py();
        match other.cast::<SessionMetrics>() {
            Ok(other) => {
                let sum = SessionMetrics {
                    inner: self.inner + other.borrow().inner,
                };
                Ok(Py::new(py, sum)?.into_any())
            }
            Err(_) => Ok(py.NotImplemented()),
        }
    }

    fn __repr__(&self) -> String {
        let show = |v: Option<f64>| v.map_or_else(|| "None".to_owned(), |v| format!("{v:.2}"));
        format!(
            "SessionMetrics(invites={}, registers={}, others={}, ser={}, seer={}, isa={}, ira={})",
            self.inner.invites(),
            self.inner.registers(),
            self.inner.others(),
            show(self.inner.ser()),
            show(self.inner.seer()),
            show(self.inner.isa()),
            show(self.inner.ira()),
        )
    }
}
