"""The enums: SIPStatus, StatusClass and RegistryStatus.

Their members are built from the Rust core's table when this module is
imported; nothing here lists a code. Every datum a member carries is a plain
attribute set once, in ``__new__``, as ``http.HTTPStatus`` does, so that
``SIPStatus(486)`` and ``SIPStatus.BUSY_HERE.phrase`` never call into Rust.
The type stubs beside this file are generated from the same table.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _native

if TYPE_CHECKING:
    from ._headers import HeaderRule

__all__ = ["RegistryStatus", "SIPStatus", "StatusClass"]


def _fields(row: Mapping[str, Any], *names: str) -> list[Any]:
    """The values of a row of the native table, in the order named. Rows
    cross from Rust by field name: a row whose fields are not exactly these
    (one renamed, missing or added) stops the import with a TypeError rather
    than filling the wrong attribute."""
    if sorted(row) != sorted(names):
        raise TypeError(
            f"a row of the native table has the fields {sorted(row)}, expected {sorted(names)}"
        )
    return [row[name] for name in names]


class StatusClass(enum.Enum):
    """The class of a SIP status code: its first digit (RFC 3261 §7.2), plus
    the local ``7xx`` class of SIP stacks.

    The value is a stable identifier (``"client-error"``), the same as in
    the JSON export of the ``sipstatus`` command. Each member carries its
    ``label``, the name RFC 3261 §7.2 gives it (``"Client Error"``), its
    ``range`` (``"4xx"``) and the ``digit`` every code in it starts with.
    """

    _ignore_ = ["_row"]

    # Members: CLIENT_ERROR = {"slug": "client-error", "label": ...}, ...
    for _row in _native.status_classes():
        vars()[_row["slug"].upper().replace("-", "_")] = _row

    label: str
    range: str
    digit: int

    def __new__(cls, row: Mapping[str, Any]) -> StatusClass:
        slug, label, range, digit = _fields(row, "slug", "label", "range", "digit")
        obj = object.__new__(cls)
        obj._value_ = slug
        obj.label = label
        obj.range = range
        obj.digit = digit
        return obj

    def __str__(self) -> str:
        """The class's name as RFC 3261 §7.2 writes it: ``"Client Error"``."""
        return self.label


class RegistryStatus(enum.Enum):
    """The standing of a code in the IANA "Response Codes" registry.

    ``REGISTERED`` and ``DEPRECATED`` codes are in the registry;
    ``OBSOLETE`` ones were defined only by RFC 2543 and never registered;
    ``NON_STANDARD`` ones are local codes of SIP stacks, never sent on the
    wire. The value is the identifier of the JSON export (``"non-standard"``);
    ``is_in_registry`` tells whether the code is in the IANA registry
    (registered or deprecated).
    """

    _ignore_ = ["_row"]

    for _row in _native.registry_statuses():
        vars()[_row["name"].upper().replace("-", "_")] = _row

    is_in_registry: bool

    def __new__(cls, row: Mapping[str, Any]) -> RegistryStatus:
        value, is_in_registry = _fields(row, "name", "is_in_registry")
        obj = object.__new__(cls)
        obj._value_ = value
        obj.is_in_registry = is_in_registry
        return obj

    def __str__(self) -> str:
        """The identifier: ``"non-standard"``."""
        return str(self._value_)


class _SIPStatusType(enum.EnumMeta):
    """The metaclass of ``SIPStatus``: ``SIPStatus(value)`` takes the value
    by the rule every entry point of the package follows (an int or anything
    ``operator.index`` accepts, never a bool), where a plain enum would
    accept ``486.0`` or ``Decimal(486)`` because they compare equal."""

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs:
            if type(value) is not int:
                value = _native._status_int(value)
            try:
                return cls._value2member_map_[value]
            except KeyError:
                pass  # the enum's own ValueError, below
        return super().__call__(value, *args, **kwargs)


class SIPStatus(enum.IntEnum, metaclass=_SIPStatusType):
    """A SIP response status code the table holds, as an ``IntEnum``.

    Like ``http.HTTPStatus``: ``SIPStatus(486) is SIPStatus.BUSY_HERE``,
    ``SIPStatus["BUSY_HERE"]``, ``SIPStatus.BUSY_HERE == 486``, and
    ``SIPStatus(499)`` raises ``ValueError`` (see ``canonical`` for what an
    unknown code means).

    A code is an int, or anything ``operator.index`` accepts (an int
    subclass, numpy's integers); everything else raises ``TypeError``, even
    when it is integral (``486.0``, ``Decimal(486)``, ``Fraction(486)``,
    ``"486"``), and so does a ``bool``, whose values are flags and never
    codes. ``reason_phrase``, ``canonical`` and ``describe`` follow the
    same rule.

    Each member carries its ``phrase`` exactly as registered
    (``"Busy Here"``), an English ``description`` (``describe("de")`` for
    German), its ``status_class`` (from the first digit), its
    ``registry_status`` (its standing in the IANA registry), the
    ``references`` that define it (``"RFC 3261 §21.4.24"``), the
    ``aliases`` other stacks use (``from_phrase`` knows them all) and the
    ``former_phrase`` an earlier RFC gave it, and the class predicates
    ``is_provisional`` ... ``is_local`` as properties.
    """

    _ignore_ = ["_row"]

    # Members: BUSY_HERE = {"code": 486, "name": "BUSY_HERE", ...}, one per
    # row of the core's table, in code order.
    for _row in _native.entries():
        vars()[_row["name"]] = _row

    phrase: str
    description: str
    status_class: StatusClass
    registry_status: RegistryStatus
    references: tuple[str, ...]
    aliases: tuple[str, ...]
    former_phrase: str | None
    # Set by ``sipstatus._decide`` once the members exist.
    header_rules: tuple[HeaderRule, ...]

    def __new__(cls, row: Mapping[str, Any]) -> SIPStatus:
        (
            code,
            _name,
            phrase,
            status_class,
            registry_status,
            references,
            aliases,
            former_phrase,
            description,
        ) = _fields(
            row,
            "code",
            "name",
            "phrase",
            "status_class",
            "registry_status",
            "references",
            "aliases",
            "former_phrase",
            "description",
        )
        obj = int.__new__(cls, code)
        obj._value_ = code
        obj.phrase = phrase
        obj.description = description
        obj.status_class = StatusClass(status_class)
        obj.registry_status = RegistryStatus(registry_status)
        obj.references = tuple(references)
        obj.aliases = tuple(aliases)
        obj.former_phrase = former_phrase
        return obj

    def __str__(self) -> str:
        """The number, as ``IntEnum`` gives it from Python 3.11 on: ``"486"``."""
        return int.__repr__(self)

    # Formatting is the number's, as for ``http.HTTPStatus`` on every
    # version: ``f"{code:03d}"`` and ``format(code, "x")`` work, and a str
    # spec such as ``"s"`` is a ValueError. Without this, Python 3.9 and
    # 3.10 format an IntEnum whose ``__str__`` is overridden as that str.
    __format__ = int.__format__

    def describe(self, lang: str) -> str:
        """The description in the language of an ISO 639-1 tag: ``"en"`` or
        ``"de"``, in any case. ``ValueError`` for another tag, ``TypeError``
        for a tag that is not a str."""
        return _native.describe(self._value_, lang)

    @property
    def is_provisional(self) -> bool:
        """``1xx``: the request is being processed; a final response follows."""
        return 100 <= self <= 199

    @property
    def is_final(self) -> bool:
        """``2xx`` to ``6xx``: a final response, which ends the transaction.
        Local ``7xx`` codes are neither final nor provisional."""
        return 200 <= self <= 699

    @property
    def is_success(self) -> bool:
        """``2xx``: success."""
        return 200 <= self <= 299

    @property
    def is_redirection(self) -> bool:
        """``3xx``: redirection."""
        return 300 <= self <= 399

    @property
    def is_client_error(self) -> bool:
        """``4xx``: client error (request failure)."""
        return 400 <= self <= 499

    @property
    def is_server_error(self) -> bool:
        """``5xx``: server error."""
        return 500 <= self <= 599

    @property
    def is_global_failure(self) -> bool:
        """``6xx``: global failure."""
        return 600 <= self <= 699

    @property
    def is_local(self) -> bool:
        """``7xx``: a local code of a SIP stack, never sent on the wire."""
        return 700 <= self <= 799


def _publish(cls: type) -> None:
    """Moves a class, and the functions written in its body, to the public
    module that re-exports it: pickles, reprs and help() then name
    ``sipstatus.SIPStatus``, never this private module."""
    cls.__module__ = "sipstatus"
    for attribute in vars(cls).values():
        function = getattr(attribute, "fget", attribute)  # a property's getter
        function = getattr(function, "__func__", function)  # a classmethod's
        if isinstance(function, types.FunctionType) and function.__module__ == __name__:
            function.__module__ = "sipstatus"


for _public in (StatusClass, RegistryStatus, SIPStatus):
    _publish(_public)
del _public

_native._bind_members(tuple(SIPStatus))
