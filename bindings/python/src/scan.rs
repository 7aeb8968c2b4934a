//! `sipstatus.scan`: the Rust scanner ([`sipstatus_scan`]) for Python. The
//! Python class `ScanReport` (in `sipstatus/_scan.py`) wraps the native
//! report defined here and reads it through its JSON form, so every count
//! and rule comes from the Rust side.

use std::path::PathBuf;

use pyo3::{
    exceptions::PyValueError,
    prelude::*,
    types::{PyByteArray, PyBytes, PyString},
};
use sipstatus_scan::{ScanOptions, ScanReport};

use crate::errors::wrong_type;

pyo3::create_exception!(
    sipstatus,
    ScanError,
    PyValueError,
    "Raised by `scan` for an input that cannot be scanned: a file that \
     cannot be read, binary data that is neither pcap, pcapng nor gzip, or \
     a corrupt capture. The message names the input. A subclass of \
     `ValueError`."
);

/// A scan's counts, as the Rust crate holds them.
#[pyclass(module = "sipstatus._native", name = "_NativeReport", frozen)]
pub(crate) struct NativeReport(ScanReport);

#[pymethods]
impl NativeReport {
    /// The report's JSON document (the stable schema).
    fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_default()
    }

    /// Reads `to_json`'s output back.
    #[staticmethod]
    fn from_json(text: &str) -> PyResult<NativeReport> {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| PyValueError::new_err(format!("not a scan report: {e}")))?;
        ScanReport::from_json(&value)
            .map(NativeReport)
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Both reports' counts added.
    fn merged(&self, other: &NativeReport) -> NativeReport {
        let mut sum = self.0.clone();
        sum.merge(&other.0);
        NativeReport(sum)
    }

    fn __eq__(&self, other: &NativeReport) -> bool {
        self.0 == other.0
    }
}

fn failed(e: &sipstatus_scan::ScanError) -> PyErr {
    ScanError::new_err(e.to_string())
}

/// Scans a path (str or os.PathLike: a file or a directory), bytes, or an
/// iterable of paths, with the GIL released while the Rust code runs.
#[pyfunction]
#[pyo3(signature = (source, strict = false))]
pub(crate) fn scan(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    strict: bool,
) -> PyResult<NativeReport> {
    let options = ScanOptions::new().strict(strict);
    if let Ok(bytes) = source.cast::<PyBytes>() {
        let data = bytes.as_bytes();
        return py
            .detach(|| sipstatus_scan::scan_bytes(data, strict))
            .map(NativeReport)
            .map_err(|e| failed(&e));
    }
    if let Ok(array) = source.cast::<PyByteArray>() {
        let data = array.to_vec();
        return py
            .detach(|| sipstatus_scan::scan_bytes(&data, strict))
            .map(NativeReport)
            .map_err(|e| failed(&e));
    }
    let paths: Vec<PathBuf> =
        if source.is_instance_of::<PyString>() || source.hasattr("__fspath__")? {
            vec![source.extract()?]
        } else if let Ok(iter) = source.try_iter() {
            iter.map(|item| {
                let item = item?;
                item.extract::<PathBuf>()
                    .map_err(|_| wrong_type("each source path", "str or os.PathLike", &item))
            })
            .collect::<PyResult<_>>()?
        } else {
            return Err(wrong_type(
                "source",
                "a path (str or os.PathLike), bytes, or an iterable of paths",
                source,
            ));
        };
    py.detach(|| {
        // The files under the paths, up to the first path that cannot be
        // listed; they are scanned on one thread per core and merged in
        // order, as `sipstatus scan` does, and the error is that of the
        // first input in order that fails, as if one after the other. A
        // path `-` names a file here, not standard input.
        let mut files = Vec::new();
        let mut unlisted = None;
        for path in &paths {
            match sipstatus_scan::inputs(std::slice::from_ref(path)) {
                Ok(found) => files.extend(found.into_iter().map(|p| {
                    if p.as_os_str() == "-" {
                        PathBuf::from("./-")
                    } else {
                        p
                    }
                })),
                Err(e) => {
                    unlisted = Some(e);
                    break;
                }
            }
        }
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let outcome = sipstatus_scan::scan_files(&files, &options, cores, false);
        match outcome.errors.into_iter().next().or(unlisted) {
            Some(e) => Err(e),
            None => Ok(outcome.report),
        }
    })
    .map(NativeReport)
    .map_err(|e: sipstatus_scan::ScanError| failed(&e))
}
