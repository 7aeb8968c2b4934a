"""Q850Cause, CauseClass, Profile and the mapping functions, checked against
the ``sipstatus`` command's JSON exports of the cause table and of every
profile's full mapping (every code 100-799, every cause 1-127)."""

from __future__ import annotations

import json
import os
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

import sipstatus
from sipstatus import (
    CauseClass,
    Profile,
    Q850Cause,
    SIPStatus,
    q850_to_sip,
    q850_to_sip_detail,
    sip_to_q850,
    sip_to_q850_detail,
)

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=None)
def command(*args: str) -> Any:
    """The JSON a ``sipstatus`` command prints: the built binary that
    ``make test-python`` names in SIPSTATUS_CLI, or cargo's."""
    binary = os.environ.get("SIPSTATUS_CLI")
    argv = [binary] if binary else ["cargo", "run", "-q", "--locked", "-p", "sipstatus-cli", "--"]
    out = subprocess.run([*argv, *args], cwd=REPO, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def test_members_are_the_exported_cause_table() -> None:
    rows = command("q850", "--list", "--format", "json")
    assert [m.value for m in Q850Cause] == [r["cause"] for r in rows]
    for member, row in zip(Q850Cause, rows):
        assert member.name == row["name"]
        assert member.phrase == row["reason"]
        assert member.description == row["description"]["en"]
        assert member.describe("de") == row["description"]["de"]
        assert member.describe("EN") == row["description"]["en"]
        assert member.cause_class is CauseClass(row["class"])
        assert member.references == tuple(row["references"])
        for profile in Profile:
            assert q850_to_sip(member, profile) == row["to_sip"][profile.value]["code"]


def test_like_an_int_enum() -> None:
    assert Q850Cause(17) is Q850Cause.USER_BUSY
    assert Q850Cause["NORMAL_CALL_CLEARING"] == 16
    assert Q850Cause.USER_BUSY.phrase == "User busy"
    assert str(Q850Cause.USER_BUSY) == "17"
    assert Q850Cause.INTERWORKING_UNSPECIFIED.cause_class is CauseClass.INTERWORKING
    assert CauseClass.RESOURCE_UNAVAILABLE.unspecified is Q850Cause.RESOURCE_UNAVAILABLE_UNSPECIFIED
    assert str(CauseClass.NORMAL) == "normal event"


@pytest.mark.parametrize("value", [0, 32, 45, 128, 255, -1])
def test_values_q850_does_not_define_are_value_errors(value: int) -> None:
    with pytest.raises(ValueError):
        Q850Cause(value)


@pytest.mark.parametrize("value", ["17", None, b"17"])
def test_wrong_types_are_type_errors_for_the_enum(value: object) -> None:
    with pytest.raises(TypeError):
        Q850Cause(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["17", 17.0, None, True, b"17"])
def test_wrong_types_are_type_errors_for_the_mappings(value: object) -> None:
    with pytest.raises(TypeError):
        q850_to_sip(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sip_to_q850(value)  # type: ignore[arg-type]


def test_bad_values_and_profiles() -> None:
    for cause in (0, 128, 10**6, -5):
        with pytest.raises(ValueError, match="1 to 127"):
            q850_to_sip(cause)
    for code in (99, 800, -1):
        with pytest.raises(ValueError, match="100 to 799"):
            sip_to_q850(code)
    with pytest.raises(ValueError, match="unknown profile"):
        sip_to_q850(486, "yate")
    with pytest.raises(TypeError):
        sip_to_q850(486, 0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Q850Cause.USER_BUSY.describe("fr")
    with pytest.raises(TypeError):
        Q850Cause.USER_BUSY.describe(None)  # type: ignore[arg-type]


def test_canonical_is_the_class_unspecified_for_unknown_values() -> None:
    assert Q850Cause.canonical(45) is Q850Cause.RESOURCE_UNAVAILABLE_UNSPECIFIED
    assert Q850Cause.canonical(120) is Q850Cause.INTERWORKING_UNSPECIFIED
    assert Q850Cause.canonical(17) is Q850Cause.USER_BUSY
    for value in range(1, 128):
        expected = value if value in Q850Cause._value2member_map_ else {
            0: 31, 1: 31, 2: 47, 3: 63, 4: 79, 5: 95, 6: 111, 7: 127
        }[value >> 4]
        assert Q850Cause.canonical(value) == expected
    with pytest.raises(ValueError):
        Q850Cause.canonical(0)


def test_profiles_are_str_enums() -> None:
    assert [p.value for p in Profile] == ["rfc3398", "rfc4497", "freeswitch", "asterisk"]
    assert Profile("freeswitch") is Profile.FREESWITCH
    assert Profile.FREESWITCH == "freeswitch"
    assert "ast_sip_hangup_sip2cause" in Profile.ASTERISK.source
    assert sip_to_q850(486, "ASTERISK") is Q850Cause.USER_BUSY


@pytest.mark.parametrize("profile", list(Profile))
def test_every_code_and_cause_agrees_with_the_exported_mapping(profile: Profile) -> None:
    export = command("q850", "--mapping", profile.value, "--format", "json")
    assert export["source"] == profile.source
    for row in export["sip_to_q850"]:
        got = sip_to_q850(row["code"], profile)
        assert got == row["cause"]
        if row["own_name"] is None:
            assert isinstance(got, Q850Cause)
        else:
            assert type(got) is int and got > 127
        detail = sip_to_q850_detail(row["code"], profile.value)
        assert (detail.value, detail.basis, detail.note) == (row["cause"], row["basis"], row["note"])
    for row in export["q850_to_sip"]:
        got_code = q850_to_sip(row["cause"], profile)
        assert isinstance(got_code, SIPStatus)
        assert got_code == row["code"]
        d = q850_to_sip_detail(row["cause"], profile)
        assert (d.value, d.alternative, d.basis, d.note) == (
            row["code"],
            row["alternative"],
            row["basis"],
            row["note"],
        )


def test_rfc3398_examples_and_flagged_quirks() -> None:
    assert sip_to_q850(486) is Q850Cause.USER_BUSY
    assert sip_to_q850(409) is Q850Cause.NORMAL_UNSPECIFIED
    assert q850_to_sip(45) is SIPStatus.SERVER_INTERNAL_ERROR
    rejected = q850_to_sip_detail(Q850Cause.CALL_REJECTED)
    assert (rejected.value, rejected.alternative, rejected.note) == (403, 603, "rfc3398-location-user")
    assert sip_to_q850(487, Profile.FREESWITCH) == 487
    quirk = sip_to_q850_detail(429, Profile.FREESWITCH)
    assert (quirk.value, quirk.note_kind) == (821, "quirk")
    assert q850_to_sip(16, Profile.ASTERISK) is SIPStatus.DECLINE


def test_public_names() -> None:
    for name in ("Q850Cause", "CauseClass", "Profile", "Q850Mapping", "sip_to_q850", "q850_to_sip"):
        assert name in sipstatus.__all__


def test_every_value_0_to_255_through_every_function() -> None:
    rows = {r["cause"]: r for r in command("q850", "--list", "--format", "json")}
    rfc = command("q850", "--mapping", "rfc3398", "--format", "json")
    to_sip = {r["cause"]: r["code"] for r in rfc["q850_to_sip"]}
    for value in range(256):
        if value in rows:
            assert Q850Cause(value).phrase == rows[value]["reason"]
        else:
            with pytest.raises(ValueError):
                Q850Cause(value)
        if 1 <= value <= 127:
            assert q850_to_sip(value) == to_sip[value]
            low, high = Q850Cause.canonical(value).cause_class.range.split("-")
            assert int(low) <= value <= int(high)
        else:
            with pytest.raises(ValueError):
                q850_to_sip(value)
            with pytest.raises(ValueError):
                q850_to_sip_detail(value, Profile.ASTERISK)
            with pytest.raises(ValueError):
                Q850Cause.canonical(value)
    for code in (0, 99, 800, 1000, 65535, 65536):
        for profile in Profile:
            with pytest.raises(ValueError):
                sip_to_q850(code, profile)


@pytest.mark.parametrize("other", list(Profile))
def test_disagreements_are_what_the_command_compares(other: Profile) -> None:
    rows = command("q850", "--compare", other.value, "--format", "json")
    listed = sipstatus.q850_disagreements("rfc3398", other)
    assert [(d.direction, d.value, d.first, d.second) for d in listed] == [
        (r["direction"], r["from"], r["first"], r["second"]) for r in rows
    ]
    with pytest.raises(ValueError):
        sipstatus.q850_disagreements("pbx")
    with pytest.raises(TypeError):
        sipstatus.q850_disagreements(3)  # type: ignore[arg-type]


def test_rfc4497_tables_as_printed() -> None:
    # §8.4.4 Table 2: 488 and 606 give 65 (note 8), 485 and 604 give 1.
    for code, cause in ((488, 65), (606, 65), (485, 1), (604, 1), (486, 17), (480, 18)):
        assert sip_to_q850(code, Profile.RFC4497) == Q850Cause(cause)
    # 487 is listed without a cause: the default 31 applies.
    assert sip_to_q850_detail(487, "rfc4497").basis == "fallback"
    # §8.4.1 Table 1: 69 gives 501, and an unlisted cause the default 500.
    assert q850_to_sip(69, "rfc4497") == SIPStatus.NOT_IMPLEMENTED
    assert q850_to_sip(26, "rfc4497") == SIPStatus.SERVER_INTERNAL_ERROR
    assert q850_to_sip(21, "rfc4497") == SIPStatus.FORBIDDEN
    listed = sipstatus.q850_disagreements("rfc3398", "rfc4497")
    assert [(d.direction, d.value) for d in listed] == [
        ("sip_to_q850", 488),
        ("sip_to_q850", 606),
        ("q850_to_sip", 26),
        ("q850_to_sip", 69),
    ]
