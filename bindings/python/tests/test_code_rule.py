"""One rule for what stands for a status code, at every entry point:
``SIPStatus(value)``, ``reason_phrase`` and ``canonical`` take an int or
anything ``operator.index`` takes (an int subclass, an integer type with
``__index__``); every other type is a ``TypeError``, integral or not, and so
is ``bool``, whose values are flags and never codes."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable

import pytest
from sipstatus import SIPStatus, canonical, reason_phrase


class Index:
    """An integer type that is no int, as numpy's are."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


class MyInt(int):
    pass


ENTRY_POINTS: dict[str, Callable[[Any], Any]] = {
    "SIPStatus": SIPStatus,
    "reason_phrase": reason_phrase,
    "canonical": canonical,
}

EXPECTED_486 = {
    "SIPStatus": SIPStatus.BUSY_HERE,
    "reason_phrase": "Busy Here",
    "canonical": SIPStatus.BUSY_HERE,
}

ACCEPTED = [486, SIPStatus.BUSY_HERE, MyInt(486), Index(486)]

REFUSED = [
    (486.0, "float"),
    (Decimal(486), "Decimal"),
    (Fraction(486), "Fraction"),
    (complex(486), "complex"),
    (True, "bool"),
    (False, "bool"),
    ("486", "str"),
    (b"486", "bytes"),
    (None, "NoneType"),
    ([486], "list"),
]


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
@pytest.mark.parametrize("value", ACCEPTED, ids=lambda v: type(v).__name__)
def test_ints_and_index_types_are_codes(entry: str, value: object) -> None:
    assert ENTRY_POINTS[entry](value) == EXPECTED_486[entry]
    if entry != "reason_phrase":
        assert ENTRY_POINTS[entry](value) is SIPStatus.BUSY_HERE


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
@pytest.mark.parametrize(("value", "type_name"), REFUSED, ids=lambda v: repr(v))
def test_every_other_type_is_a_type_error(entry: str, value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=f"^a SIP status code must be an int, not {type_name}$"):
        ENTRY_POINTS[entry](value)


def test_describe_follows_the_rule_for_its_member() -> None:
    # A member is an int: describe needs no rule of its own.
    assert SIPStatus(Index(486)).describe("de") == SIPStatus.BUSY_HERE.describe("de")


@pytest.mark.parametrize("entry", ["reason_phrase", "canonical"])
def test_an_index_type_out_of_range_is_a_value_error(entry: str) -> None:
    with pytest.raises(ValueError, match="out of range"):
        ENTRY_POINTS[entry](Index(800))


def test_an_index_type_the_table_lacks_is_the_enums_value_error() -> None:
    with pytest.raises(ValueError, match="is not a valid SIPStatus"):
        SIPStatus(Index(499))


def test_an_error_raised_by_index_propagates() -> None:
    class Broken:
        def __index__(self) -> int:
            raise ZeroDivisionError("broken")

    for entry in ENTRY_POINTS.values():
        with pytest.raises(ZeroDivisionError):
            entry(Broken())
