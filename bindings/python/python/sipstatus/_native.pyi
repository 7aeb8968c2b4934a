"""Type stubs for ``sipstatus._native``, the Rust extension module.

Written by hand: nothing here lists the table (that is ``_status.pyi``,
generated from it). ``mypy.stubtest`` checks these against the built module.
"""

from collections.abc import Iterable
from typing import Any, SupportsIndex, TypedDict, final

from ._status import SIPStatus

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
    "_match_phrase",
    "canonical",
    "describe",
    "_parse_class",
    "_parse_format",
    "_parse_lang",
    "_explain",
    "_list",
    "SessionMetrics",
    "_best_response",
    "_header_rules",
    "_check_headers",
    "_metric_roles",
    "is_failure_response",
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

def _match_phrase(text: str | bytes, /) -> tuple[SIPStatus, str]:
    """``from_phrase``, also telling how the text matched: ``"canonical"``,
    ``"former"`` or ``"alias"``."""

def _parse_class(text: str, /) -> str:
    """The identifier of a class filter (``"4xx"`` -> ``"client-error"``);
    ``ValueError`` with the Rust command's message otherwise."""

def _parse_format(text: str, /) -> str:
    """A list format in lower case; ``ValueError`` otherwise."""

def _parse_lang(text: str, /) -> str:
    """A language tag in lower case; ``ValueError`` otherwise."""

def _explain(query: str, lang: str, /) -> str:
    """What ``sipstatus explain QUERY --lang LANG`` prints; ``ValueError``
    with the command's one-line message for a query that names no code."""

def _list(status_class: str | None, format: str, lang: str, /) -> str:
    """What ``sipstatus list`` prints for a class filter, format and language."""

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
