//! `bindings/python/python/sipstatus/_status.pyi`: the type stubs of the
//! Python enums, one line per member.
//!
//! At run time the package builds `SIPStatus`, `StatusClass` and
//! `RegistryStatus` from the native table, which a type checker cannot see;
//! these stubs spell the same members out. `mypy.stubtest`, run by
//! `make test-python`, checks them against the built package.

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

const HEAD: &str = r#""""Type stubs for the enums of sipstatus, one line per member of the table."""

import enum

from ._headers import HeaderRule

__all__ = ["RegistryStatus", "SIPStatus", "StatusClass"]

class StatusClass(enum.Enum):
    """The class of a SIP status code: its first digit (RFC 3261 §7.2), plus
    the local ``7xx`` class of SIP stacks."""

"#;

const STATUS_CLASS_BODY: &str = r#"
    label: str
    """The class's name as RFC 3261 §7.2 writes it: ``"Client Error"``."""
    range: str
    """The range of codes, written ``"4xx"``."""
    digit: int
    """The first digit of every code in the class."""

class RegistryStatus(enum.Enum):
    """The standing of a code in the IANA "Response Codes" registry."""

"#;

const REGISTRY_STATUS_BODY: &str = r#"
    is_in_registry: bool
    """Whether the code is in the IANA registry (registered or deprecated)."""

class SIPStatus(enum.IntEnum):
    """A SIP response status code the table holds, as an ``IntEnum`` that
    feels like ``http.HTTPStatus``."""

"#;

const SIP_STATUS_BODY: &str = r#"
    phrase: str
    """The reason phrase exactly as registered: ``"Busy Here"``."""
    description: str
    """What the code means, in English."""
    status_class: StatusClass
    """The class, from the first digit."""
    registry_status: RegistryStatus
    """The code's standing in the IANA registry."""
    references: tuple[str, ...]
    """The documents that define the code (``"RFC 3261 §21.4.24"``)."""
    aliases: tuple[str, ...]
    """Other phrases in use for the code; ``from_phrase`` knows them all."""
    former_phrase: str | None
    """The phrase an earlier RFC gave the code, for the renamed ones."""
    header_rules: tuple[HeaderRule, ...]
    """The header fields a response with the code MUST, SHOULD or MAY carry."""
    def describe(self, lang: str) -> str:
        """The description in the language of a tag: ``"en"`` or ``"de"``."""
    @property
    def is_provisional(self) -> bool:
        """``1xx``: the request is being processed; a final response follows."""
    @property
    def is_final(self) -> bool:
        """``2xx`` to ``6xx``: a final response, which ends the transaction."""
    @property
    def is_success(self) -> bool:
        """``2xx``: success."""
    @property
    def is_redirection(self) -> bool:
        """``3xx``: redirection."""
    @property
    def is_client_error(self) -> bool:
        """``4xx``: client error (request failure)."""
    @property
    def is_server_error(self) -> bool:
        """``5xx``: server error."""
    @property
    def is_global_failure(self) -> bool:
        """``6xx``: global failure."""
    @property
    def is_local(self) -> bool:
        """``7xx``: a local code of a SIP stack, never sent on the wire."""
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
