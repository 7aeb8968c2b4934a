"""Type stubs for ``sipstatus._native``, the Rust extension module.

Written by hand: nothing here lists the table (that is ``_status.pyi``,
generated from it). ``mypy.stubtest`` checks these against the built module.
"""

from collections.abc import Iterable, Mapping
from os import PathLike
from typing import Any, SupportsIndex, TypedDict, Union, final

from ._status import SIPStatus
from ._wire import PhraseKind

# pyo3 lists every name the module adds.
__all__ = [
    "__version__",
    "UnknownPhraseError",
    "LANGUAGES",
    "entries",
    "status_classes",
    "registry_statuses",
    "_bind_members",
    "_status_int",
    "reason_phrase",
    "from_phrase",
    "canonical",
    "describe",
    "_main",
    "q850_entries",
    "q850_classes",
    "q850_profiles",
    "_q850_describe",
    "_q850_canonical",
    "_sip_to_q850",
    "_q850_to_sip",
    "_q850_disagreements",
    "StatusLineError",
    "ReasonHeaderError",
    "StatusLine",
    "ReasonValue",
    "_bind_phrase_kinds",
    "parse_status_line",
    "format_status_line",
    "parse_reason",
    "SessionMetrics",
    "_best_response",
    "_header_rules",
    "_check_headers",
    "_metric_roles",
    "is_failure_response",
    "ScanError",
    "_NativeReport",
    "scan",
]

__version__: str
"""The package's version, from Cargo."""

LANGUAGES: tuple[str, ...]
"""The language tags the descriptions are written in: ``("en", "de")``."""

class UnknownPhraseError(ValueError):
    """Raised by ``from_phrase`` for text that names no SIP status code."""

def reason_phrase(code: SupportsIndex, /) -> str | None:
    """The registered reason phrase of a code, or ``None`` for a code from
    100 to 799 that the table does not hold. ``TypeError`` for anything but an
    int or what ``operator.index`` takes (``bool``, float, ``Decimal`` and
    str are refused), ``ValueError`` outside 100 to 799."""

def from_phrase(text: str | bytes, /) -> SIPStatus:
    """The member a reason phrase or alias names, ignoring case and spacing;
    ``UnknownPhraseError`` when it names none."""

def canonical(code: SupportsIndex, /) -> SIPStatus:
    """The member a user agent acts on for a code (RFC 3261 §8.1.3.2)."""

def describe(code: SupportsIndex, lang: str, /) -> str:
    """The description of a code in the language of a tag."""

class _EntryRow(TypedDict):
    code: int
    name: str
    phrase: str
    status_class: str
    registry_status: str
    references: tuple[str, ...]
    aliases: tuple[str, ...]
    former_phrase: str | None
    description: str

class _StatusClassRow(TypedDict):
    slug: str
    label: str
    range: str
    digit: int

class _RegistryStatusRow(TypedDict):
    name: str
    is_in_registry: bool

def entries() -> list[_EntryRow]:
    """Every entry of the table, in code order, as dicts keyed by field."""

def status_classes() -> list[_StatusClassRow]:
    """Every status class, as dicts: ``{"slug": "client-error", ...}``."""

def registry_statuses() -> list[_RegistryStatusRow]:
    """Every registry status, as dicts: ``{"name": "deprecated", ...}``."""

def _status_int(value: object, /) -> int:
    """The int a value stands for as a status code: an int, or what
    ``operator.index`` takes, never a bool; ``TypeError`` otherwise."""

def _bind_members(members: tuple[SIPStatus, ...], /) -> None:
    """Hands the members to the lookups; called once by ``sipstatus``."""

def _main(args: list[bytes], /) -> int:
    """Runs the ``sipstatus`` command (the Rust one) with ``args``, the
    program's name first, each as ``os.fsencode`` gives it, on file
    descriptors 1 and 2; returns its exit status."""
def q850_entries() -> list[dict[str, Any]]:
    """Every Q.850 cause of the table, in value order, as dicts with the keys
    ``cause``, ``name``, ``phrase``, ``cause_class``, ``references`` and
    ``description``."""

def q850_classes() -> list[dict[str, Any]]:
    """Every cause class, as dicts with ``slug``, ``label``, ``range`` and
    ``unspecified``."""

def q850_profiles() -> list[dict[str, Any]]:
    """Every mapping profile, as dicts with ``slug``, ``label`` and ``source``."""

def _q850_describe(value: int, lang: str, /) -> str:
    """The description of a defined cause in the language of a tag."""

def _q850_canonical(value: int, /) -> int:
    """The cause a receiver acts on for a value from 1 to 127."""

def _sip_to_q850(code: int, profile_name: str, /) -> dict[str, Any]:
    """What a profile maps a status code to, with basis and note."""

def _q850_to_sip(value: int, profile_name: str, /) -> dict[str, Any]:
    """What a profile maps a cause to, with alternative, basis and note."""

class StatusLineError(ValueError):
    """Raised for text that is not a SIP status line (RFC 3261 §25.1), or a
    reason phrase that cannot be written into one."""

    offset: int
    """The byte offset (in the UTF-8 encoding of a str) where the text breaks
    the grammar."""

class ReasonHeaderError(ValueError):
    """Raised for text that is not a Reason header value (RFC 3326 §2), or
    parts that cannot be written into one."""

    offset: int
    """The byte offset (in the UTF-8 encoding of a str) where the text breaks
    the grammar."""

@final
class StatusLine:
    """A parsed SIP status line. Frozen."""

    @property
    def version(self) -> str:
        """The SIP-Version as received (``"SIP/2.0"``)."""
    @property
    def code(self) -> SIPStatus | int:
        """The member, or an ``int`` for a valid code the table does not hold."""
    @property
    def reason(self) -> str:
        """The reason phrase as received, without the line end; bytes that
        are not UTF-8 are kept as lone surrogates (``surrogateescape``)."""
    @property
    def kind(self) -> PhraseKind:
        """How the phrase relates to the code."""
    @property
    def length(self) -> int:
        """The bytes the line takes in the input, its line end included."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ReasonValue:
    """One value of a Reason header. Frozen; ``str()`` writes it."""

    def __new__(
        cls,
        protocol: str,
        *,
        cause: int | None = None,
        text: str | None = None,
        location: str | None = None,
        params: Mapping[str, str | None] | None = None,
    ) -> ReasonValue: ...
    @staticmethod
    def sip(code: int) -> ReasonValue:
        """``SIP;cause=486;text="Busy Here"`` for a code."""
    @property
    def protocol(self) -> str:
        """The protocol token as written (``"SIP"``, ``"Q.850"``)."""
    @property
    def cause(self) -> int | None:
        """The ``cause``, or ``None``."""
    @property
    def text(self) -> str | None:
        """The ``text``, unescaped, or ``None``."""
    @property
    def location(self) -> str | None:
        """The ``location`` (RFC 8606), or ``None``."""
    @property
    def params(self) -> Mapping[str, str | None]:
        """The other parameters, read-only, values as written."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def _bind_phrase_kinds(kinds: tuple[PhraseKind, ...], /) -> None:
    """Hands the ``PhraseKind`` members to the parser; called once."""

def parse_status_line(data: str | bytes, /, *, strict: bool = False) -> StatusLine:
    """Parses a status line, alone or at the start of a response."""

def format_status_line(code: int, reason: str | None = None) -> str:
    """``"SIP/2.0 486 Busy Here"``: the registered phrase, the class's name
    for an unknown code, or the caller's checked phrase."""

def parse_reason(
    data: str | bytes | list[str | bytes] | tuple[str | bytes, ...], /
) -> list[ReasonValue]:
    """The values of a Reason header value, header line, or list of lines."""

def _q850_disagreements(first: str, second: str, /) -> list[dict[str, Any]]:
    """Every value two profiles map differently, as dicts."""

@final
class SessionMetrics:
    """Counts transactions by method and final code and yields RFC 6076's
    SER, SEER, ISA and IRA in percent, or ``None`` where undefined."""

    def __init__(self) -> None: ...
    def add(self, method: str, code: int | None, /) -> None:
        """Counts one transaction: its method and final code (``None``: no
        final response)."""
    @property
    def ser(self) -> float | None:
        """Session Establishment Ratio (RFC 6076 §4.6), in percent."""
    @property
    def seer(self) -> float | None:
        """Session Establishment Effectiveness Ratio (RFC 6076 §4.7)."""
    @property
    def isa(self) -> float | None:
        """Ineffective Session Attempts (RFC 6076 §4.8), in percent."""
    @property
    def ira(self) -> float | None:
        """Ineffective Registration Attempts (RFC 6076 §4.2), in percent."""
    @property
    def invites(self) -> int:
        """How many INVITE transactions were counted."""
    @property
    def registers(self) -> int:
        """How many REGISTER transactions were counted."""
    @property
    def others(self) -> int:
        """How many transactions of other methods were counted."""
    @property
    def counts(self) -> dict[str, int]:
        """The raw counts behind the ratios, by name."""
    def __add__(self, other: SessionMetrics, /) -> SessionMetrics: ...
    def __radd__(self, other: SessionMetrics, /) -> SessionMetrics: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: None  # type: ignore[assignment]

def _best_response(codes: Iterable[int], method: str, /) -> dict[str, Any]:
    """The fork choice as a dict: ``code``, ``rule``, ``index``,
    ``cancel_pending``, ``aggregate_challenges``, ``generated``."""

def _header_rules(code: int, /) -> list[dict[str, str]]:
    """A code's header obligations as dicts: ``header``, ``level``,
    ``reference``, ``condition``."""

def _check_headers(code: int, names: Iterable[str | bytes], /) -> list[int]:
    """The positions of the rules a response with these header names breaks."""

def _metric_roles(code: int | None, /) -> dict[str, str]:
    """The RFC 6076 role of a code in each metric."""

def is_failure_response(code: int, /) -> bool:
    """Whether a code is a failure response of RFC 6076 §4.2."""

class ScanError(ValueError):
    """Raised by ``scan`` for an input that cannot be scanned."""

@final
class _NativeReport:
    """A scan's counts, as the Rust crate holds them."""

    def to_json(self) -> str: ...
    @staticmethod
    def from_json(text: str) -> _NativeReport: ...
    def merged(self, other: _NativeReport) -> _NativeReport: ...
    def __eq__(self, other: object, /) -> bool: ...

def scan(
    source: Union[str, PathLike[str], bytes, bytearray, Iterable[Union[str, PathLike[str]]]],
    strict: bool = False,
) -> _NativeReport:
    """Scans a path, bytes or several paths with the GIL released."""
