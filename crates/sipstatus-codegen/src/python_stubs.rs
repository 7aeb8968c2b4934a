//! `bindings/python/python/sipstatus/_status.pyi`: the type stubs of the
//! Python enums, one line per member.
//!
//! At run time the package builds `SIPStatus`, `StatusClass` and
//! `RegistryStatus` from the native table, which a type checker cannot see;
//! these stubs spell the same members out. `mypy.stubtest`, run by
//! `make test-python`, checks them against the built package. The
//! docstrings live once, in `_status.py`.

use std::fmt::Write as _;

use sipstatus::{RegistryStatus, StatusClass, entries};

/// Where the stubs go, from the workspace root.
pub(crate) const PATH: &str = "bindings/python/python/sipstatus/_status.pyi";

/// The Python member name of an identifier such as `client-error`; the
/// package derives the names the same way (`_status.py`).
fn member_name(identifier: &str) -> String {
    identifier.to_ascii_uppercase().replace('-', "_")
}

/// A Python string literal.
fn py_str(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

// Names and types only: every docstring is written once, in `_status.py`,
// where help() finds it and where editors that read stubs look when the stub
// has none.
const HEAD: &str = r#""""Type stubs for the enums of sipstatus, one line per member of the table.

The docstrings are in ``_status.py``; these stubs give names and types only.
"""

import enum

from ._headers import HeaderRule

__all__ = ["RegistryStatus", "SIPStatus", "StatusClass"]

class StatusClass(enum.Enum):
"#;

const STATUS_CLASS_BODY: &str = r#"
    label: str
    range: str
    digit: int

class RegistryStatus(enum.Enum):
"#;

const REGISTRY_STATUS_BODY: &str = r#"
    is_in_registry: bool

class SIPStatus(enum.IntEnum):
"#;

const SIP_STATUS_BODY: &str = r#"
    phrase: str
    description: str
    status_class: StatusClass
    registry_status: RegistryStatus
    references: tuple[str, ...]
    aliases: tuple[str, ...]
    former_phrase: str | None
    header_rules: tuple[HeaderRule, ...]
    def describe(self, lang: str) -> str: ...
    @property
    def is_provisional(self) -> bool: ...
    @property
    def is_final(self) -> bool: ...
    @property
    def is_success(self) -> bool: ...
    @property
    def is_redirection(self) -> bool: ...
    @property
    def is_client_error(self) -> bool: ...
    @property
    def is_server_error(self) -> bool: ...
    @property
    def is_global_failure(self) -> bool: ...
    @property
    def is_local(self) -> bool: ...
"#;

pub(crate) fn render() -> String {
    let mut out = crate::banner("#");
    out.push_str(HEAD);
    for class in StatusClass::ALL {
        let _ = writeln!(
            out,
            "    {} = {}",
            member_name(class.slug()),
            py_str(class.slug())
        );
    }
    out.push_str(STATUS_CLASS_BODY);
    for status in RegistryStatus::ALL {
        let _ = writeln!(
            out,
            "    {} = {}",
            member_name(status.as_str()),
            py_str(status.as_str())
        );
    }
    out.push_str(REGISTRY_STATUS_BODY);
    for entry in entries() {
        let _ = writeln!(
            out,
            "    {} = {}  # {}",
            entry.name(),
            entry.code().as_u16(),
            entry.phrase()
        );
    }
    out.push_str(SIP_STATUS_BODY);
    out
}
