"""Type stubs for ``sipstatus._native``, the Rust extension module.

Written by hand: nothing here lists the table (that is ``_status.pyi``,
generated from it). ``mypy.stubtest`` checks these against the built module.
"""

from collections.abc import Mapping
from typing import final

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
    "StatusLineError",
    "ReasonHeaderError",
    "StatusLine",
    "ReasonValue",
    "_bind_phrase_kinds",
    "parse_status_line",
    "format_status_line",
    "parse_reason",
]

__version__: str
"""The package's version, from Cargo."""

LANGUAGES: tuple[str, ...]
"""The language tags the descriptions are written in: ``("en", "de")``."""

class UnknownPhraseError(ValueError):
    """Raised by ``from_phrase`` for text that names no SIP status code."""

def reason_phrase(code: int, /) -> str | None:
    """The registered reason phrase of a code, or ``None`` for a code from
    100 to 799 that the table does not hold. ``TypeError`` for anything but an
    int (``bool`` included), ``ValueError`` outside 100 to 799."""

def from_phrase(text: str | bytes, /) -> SIPStatus:
    """The member a reason phrase or alias names, ignoring case and spacing;
    ``UnknownPhraseError`` when it names none."""

def canonical(code: int, /) -> SIPStatus:
    """The member a user agent acts on for a code (RFC 3261 §8.1.3.2)."""

def describe(code: int, lang: str, /) -> str:
    """The description of a code in the language of a tag."""

def entries() -> list[
    tuple[
        int,
        str,
        str,
        str,
        str,
        list[str],
        list[str],
        str | None,
        str,
    ]
]:
    """Every entry of the table, in code order, as tuples."""

def status_classes() -> list[tuple[str, str, str, int]]:
    """Every status class, as ``(slug, label, range, digit)``."""

def registry_statuses() -> list[tuple[str, bool]]:
    """Every registry status, as ``(name, is_in_registry)``."""

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
