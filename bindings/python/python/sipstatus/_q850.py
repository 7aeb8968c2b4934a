"""ITU-T Q.850 causes and the SIP <-> cause mappings: Q850Cause, CauseClass,
Profile, sip_to_q850 and q850_to_sip.

The members are built from the Rust core's cause table when this module is
imported; nothing here lists a cause or a mapping. The mapping functions
hand the rule to the core and only wrap its answer in the enums. The type
stubs beside this file are generated from the same table.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from . import _native
from ._status import SIPStatus

__all__ = [
    "CauseClass",
    "Profile",
    "Q850Cause",
    "Q850Disagreement",
    "Q850Mapping",
    "q850_disagreements",
    "q850_to_sip",
    "q850_to_sip_detail",
    "sip_to_q850",
    "sip_to_q850_detail",
]


class CauseClass(enum.Enum):
    """The class of a Q.850 cause, from its top three bits (Q.850 §2.2.5).

    The value is a stable identifier (``"resource-unavailable"``), the same
    as in the JSON export of ``sipstatus q850 --list``.
    """

    _ignore_ = ["_row"]

    for _row in _native.q850_classes():
        vars()[_row["slug"].upper().replace("-", "_")] = (
            _row["slug"],
            _row["label"],
            _row["range"],
            _row["unspecified"],
        )

    label: str
    range: str
    _unspecified: int

    def __new__(cls, slug: str, label: str, range: str, unspecified: int) -> CauseClass:
        obj = object.__new__(cls)
        obj._value_ = slug
        obj.label = label
        obj.range = range
        obj._unspecified = unspecified
        return obj

    @property
    def unspecified(self) -> Q850Cause:
        """The class's "unspecified" cause, which an unknown value of the
        class is treated as: ``CauseClass.NORMAL.unspecified`` is 31."""
        return Q850Cause(self._unspecified)

    def __str__(self) -> str:
        """The class's name as Q.850 titles it: ``"resource unavailable"``."""
        return self.label


class Q850Cause(enum.IntEnum):
    """A cause value ITU-T Q.850 defines, as an ``IntEnum``.

    ``Q850Cause(17) is Q850Cause.USER_BUSY``; ``Q850Cause(45)`` (a value
    Q.850 does not define) raises ``ValueError``, see ``canonical``;
    anything but an int raises ``TypeError``. Each member carries the
    ``phrase`` Q.850 gives it, an English ``description`` (``describe("de")``
    for German), its ``cause_class`` and ``references``.
    """

    _ignore_ = ["_row"]

    for _row in _native.q850_entries():
        vars()[_row["name"]] = (
            _row["cause"],
            _row["phrase"],
            _row["cause_class"],
            tuple(_row["references"]),
            _row["description"],
        )

    phrase: str
    description: str
    cause_class: CauseClass
    references: tuple[str, ...]

    def __new__(
        cls,
        value: int,
        phrase: str,
        cause_class: str,
        references: tuple[str, ...],
        description: str,
    ) -> Q850Cause:
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.cause_class = CauseClass(cause_class)
        obj.references = references
        obj.description = description
        return obj

    @classmethod
    def _missing_(cls, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"a Q.850 cause must be an int, not {type(value).__qualname__}")
        return None

    def __str__(self) -> str:
        """The number: ``"17"``."""
        return int.__repr__(self)

    def describe(self, lang: str) -> str:
        """The description in the language of a tag: ``"en"`` or ``"de"``,
        in any case. ``ValueError`` for another tag, ``TypeError`` for a tag
        that is not a str."""
        return _native._q850_describe(self._value_, lang)

    @classmethod
    def canonical(cls, value: int) -> Q850Cause:
        """The cause a receiver acts on for a value from 1 to 127: a defined
        cause is itself, any other value the "unspecified" cause of its
        class (``Q850Cause.canonical(45)`` is 47). ``TypeError`` for anything
        but an int, ``ValueError`` outside 1 to 127."""
        return cls(_native._q850_canonical(value))


class Profile(str, enum.Enum):
    """A source of mappings between SIP status codes and Q.850 causes:
    ``"rfc3398"`` (the default), ``"rfc4497"``, ``"freeswitch"`` or
    ``"asterisk"``. Anywhere a profile is taken, its identifier works too."""

    _ignore_ = ["_row"]

    for _row in _native.q850_profiles():
        vars()[_row["slug"].upper()] = (_row["slug"], _row["label"], _row["source"])

    label: str
    source: str

    def __new__(cls, slug: str, label: str, source: str) -> Profile:
        obj = str.__new__(cls, slug)
        obj._value_ = slug
        obj.label = label
        obj.source = source
        return obj

    def __str__(self) -> str:
        """The identifier: ``"freeswitch"``."""
        return str(self._value_)


class Q850Mapping(NamedTuple):
    """One answer of a mapping, with where it came from."""

    value: int
    """The mapped value: a cause (or a PBX's own number) or a status code."""
    alternative: int | None
    """A status code the source allows instead under its note's condition."""
    basis: str
    """``"row"`` or ``"fallback"``."""
    note: str | None
    """The key of the footnote, fallback rule or quirk that applies."""
    note_kind: str | None
    """``"footnote"``, ``"fallback"`` or ``"quirk"``."""
    note_text: str | None
    """The note, in English."""


def _mapping(row: dict[str, object]) -> Q850Mapping:
    return Q850Mapping(**row)  # type: ignore[arg-type]


def sip_to_q850_detail(code: int, profile: Profile | str = Profile.RFC3398) -> Q850Mapping:
    """``sip_to_q850`` with where the answer came from: a row of the
    profile's table or its fallback, and the note that applies."""
    return _mapping(_native._sip_to_q850(code, profile))


def q850_to_sip_detail(cause: int, profile: Profile | str = Profile.RFC3398) -> Q850Mapping:
    """``q850_to_sip`` with where the answer came from, the note that
    applies, and the alternative code the source allows."""
    return _mapping(_native._q850_to_sip(cause, profile))


def sip_to_q850(code: int, profile: Profile | str = Profile.RFC3398) -> Q850Cause | int:
    """The Q.850 cause a profile maps a SIP status code to: a ``Q850Cause``,
    or a plain int where a PBX answers with a cause number of its own
    (FreeSWITCH maps 487 to its ORIGINATOR_CANCEL, 487). ``TypeError`` for
    a code that is not an int or a profile that is not a str, ``ValueError``
    for a code outside 100 to 799 or an unknown profile."""
    value = _native._sip_to_q850(code, profile)["value"]
    try:
        return Q850Cause(value)
    except ValueError:
        return int(value)


def q850_to_sip(cause: int, profile: Profile | str = Profile.RFC3398) -> SIPStatus:
    """The SIP status code a profile maps a Q.850 cause (1 to 127, defined
    or not) to. ``TypeError`` for a cause that is not an int or a profile
    that is not a str, ``ValueError`` for a cause outside 1 to 127 or an
    unknown profile."""
    return SIPStatus(_native._q850_to_sip(cause, profile)["value"])


class Q850Disagreement(NamedTuple):
    """One value two profiles map differently."""

    direction: str
    """``"sip_to_q850"`` (``value`` is a status code) or ``"q850_to_sip"``
    (``value`` is a cause)."""
    value: int
    """The status code or cause the profiles disagree on."""
    first: int
    """What the first profile maps it to."""
    second: int
    """What the second profile maps it to."""


def q850_disagreements(
    first: Profile | str, second: Profile | str = Profile.RFC3398
) -> list[Q850Disagreement]:
    """Every value two profiles map differently: the status codes 100 to 799
    first, then the causes 1 to 127 (what ``sipstatus q850 --compare``
    lists). ``TypeError`` for a profile that is not a str, ``ValueError`` for
    an unknown one."""
    return [Q850Disagreement(**row) for row in _native._q850_disagreements(first, second)]
