"""Type stubs for ``sipstatus._native``, the Rust extension module.

Written by hand: nothing here lists the table (that is ``_status.pyi``,
generated from it). ``mypy.stubtest`` checks these against the built module.
"""

from typing import Any

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
    "q850_entries",
    "q850_classes",
    "q850_profiles",
    "_q850_describe",
    "_q850_canonical",
    "_sip_to_q850",
    "_q850_to_sip",
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
