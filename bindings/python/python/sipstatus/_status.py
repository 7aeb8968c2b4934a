"""The enums: SIPStatus, StatusClass and RegistryStatus.

Their members are built from the Rust core's table when this module is
imported; nothing here lists a code. Every datum a member carries is a plain
attribute set once, in ``__new__``, as ``http.HTTPStatus`` does, so that
``SIPStatus(486)`` and ``SIPStatus.BUSY_HERE.phrase`` never call into Rust.
The type stubs beside this file are generated from the same table.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from . import _native

if TYPE_CHECKING:
    from ._headers import HeaderRule

__all__ = ["RegistryStatus", "SIPStatus", "StatusClass"]


class StatusClass(enum.Enum):
    """The class of a SIP status code: its first digit (RFC 3261 §7.2), plus
    the local ``7xx`` class of SIP stacks.

    The value is a stable identifier (``"client-error"``), the same as in
    the JSON export of the ``sipstatus`` command.
    """

    _ignore_ = ["_row"]

    # Members: CLIENT_ERROR = ("client-error", "Client Error", "4xx", 4), ...
    for _row in _native.status_classes():
        vars()[_row[0].upper().replace("-", "_")] = _row

    label: str
    range: str
    digit: int

    def __new__(cls, slug: str, label: str, range: str, digit: int) -> StatusClass:
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
    wire. The value is the identifier of the JSON export (``"non-standard"``).
    """

    _ignore_ = ["_row"]

    for _row in _native.registry_statuses():
        vars()[_row[0].upper().replace("-", "_")] = _row

    is_in_registry: bool

    def __new__(cls, value: str, is_in_registry: bool) -> RegistryStatus:
        obj = object.__new__(cls)
        obj._value_ = value
        obj.is_in_registry = is_in_registry
        return obj

    def __str__(self) -> str:
        """The identifier: ``"non-standard"``."""
        return str(self._value_)


class SIPStatus(enum.IntEnum):
    """A SIP response status code the table holds, as an ``IntEnum``.

    Like ``http.HTTPStatus``: ``SIPStatus(486) is SIPStatus.BUSY_HERE``,
    ``SIPStatus["BUSY_HERE"]``, ``SIPStatus.BUSY_HERE == 486``, and
    ``SIPStatus(499)`` raises ``ValueError`` (see ``canonical`` for what an
    unknown code means). Anything but an int raises ``TypeError``.

    Each member carries its registered ``phrase``, an English
    ``description`` (``describe("de")`` for German), its ``status_class``,
    ``registry_status``, ``references`` (RFC sections), ``aliases`` (other
    phrases in use) and ``former_phrase``, and the class predicates
    ``is_provisional`` ... ``is_global_failure`` as properties.
    """

    _ignore_ = ["_row"]

    # Members: BUSY_HERE = (486, "BUSY_HERE", "Busy Here", ...), one per row
    # of the core's table, in code order.
    for _row in _native.entries():
        vars()[_row[1]] = _row

    phrase: str
    description: str
    status_class: StatusClass
    registry_status: RegistryStatus
    references: tuple[str, ...]
    aliases: tuple[str, ...]
    former_phrase: str | None
    # Set by ``sipstatus._decide`` once the members exist.
    header_rules: tuple[HeaderRule, ...]

    def __new__(
        cls,
        code: int,
        name: str,
        phrase: str,
        status_class: str,
        registry_status: str,
        references: tuple[str, ...],
        aliases: tuple[str, ...],
        former_phrase: str | None,
        description: str,
    ) -> SIPStatus:
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

    @classmethod
    def _missing_(cls, value: object) -> None:
        # Only reached for a value that is no member's: a wrong type is a
        # TypeError, an int the table does not hold the enum's ValueError.
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"a SIP status code must be an int, not {type(value).__qualname__}")
        return None

    def __str__(self) -> str:
        """The number, as ``IntEnum`` gives it from Python 3.11 on: ``"486"``."""
        return int.__repr__(self)

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


_native._bind_members(tuple(SIPStatus))
