"""Every member of SIPStatus is the core's table entry of the same code, as
the Rust command exports it: nothing is missing, added, renamed or changed."""

from __future__ import annotations

from typing import Any

import pytest
import sipstatus
from sipstatus import RegistryStatus, SIPStatus, StatusClass


def test_the_members_are_the_exported_codes_in_order(exported: list[dict[str, Any]]) -> None:
    assert [int(m) for m in SIPStatus] == [row["code"] for row in exported]
    assert [m.name for m in SIPStatus] == [row["name"] for row in exported]


def test_every_member_carries_its_entry(exported: list[dict[str, Any]]) -> None:
    for row in exported:
        member = SIPStatus(row["code"])
        assert member is SIPStatus[row["name"]]
        assert member == row["code"]
        assert member.phrase == row["reason"]
        assert member.status_class is StatusClass(row["class"])
        assert member.registry_status is RegistryStatus(row["status"])
        assert member.references == tuple(row["references"])
        assert member.aliases == tuple(row["aliases"])
        assert member.former_phrase == row["former"]
        assert member.description == row["description"]["en"]
        for lang, text in row["description"].items():
            assert member.describe(lang) == text
        assert sipstatus.reason_phrase(row["code"]) == row["reason"]


def test_every_language_of_the_export_is_offered(exported: list[dict[str, Any]]) -> None:
    assert set(sipstatus.LANGUAGES) == set(exported[0]["description"])


def test_the_classes_and_statuses_of_the_export_exist(exported: list[dict[str, Any]]) -> None:
    assert {row["class"] for row in exported} <= {c.value for c in StatusClass}
    assert {row["status"] for row in exported} == {s.value for s in RegistryStatus}


def test_every_phrase_and_alias_finds_its_code(exported: list[dict[str, Any]]) -> None:
    for row in exported:
        # 606 shares its phrase with 406; the core finds 406 for it.
        if row["reason"] != "Not Acceptable" or row["code"] == 406:
            assert sipstatus.from_phrase(row["reason"]) == row["code"]
        for alias in row["aliases"]:
            assert sipstatus.from_phrase(alias) == row["code"]
        if row["former"] is not None:
            assert sipstatus.from_phrase(row["former"]) == row["code"]


def test_former_phrases_are_kept_apart_from_the_aliases(exported: list[dict[str, Any]]) -> None:
    renamed = {row["code"]: row["former"] for row in exported if row["former"] is not None}
    assert renamed == {436: "Bad Identity-Info", 437: "Unsupported Certificate"}
    for code, former in renamed.items():
        assert SIPStatus(code).former_phrase == former
        assert former not in SIPStatus(code).aliases


@pytest.mark.parametrize(
    ("member", "code", "phrase"),
    [
        (SIPStatus.TRYING, 100, "Trying"),
        (SIPStatus.OK, 200, "OK"),
        (SIPStatus.BUSY_HERE, 486, "Busy Here"),
        (SIPStatus.REQUEST_URI_TOO_LONG, 414, "Request-URI Too Long"),
        (SIPStatus.DECLINE, 603, "Decline"),
        (SIPStatus.PARTY_HANGS_UP, 701, "Party Hangs Up"),
    ],
)
def test_well_known_members(member: SIPStatus, code: int, phrase: str) -> None:
    assert member == code
    assert member.phrase == phrase


def test_rows_cross_from_rust_by_field_name(exported: list[dict[str, Any]]) -> None:
    from sipstatus import _native

    for row, reference in zip(_native.entries(), exported):
        assert isinstance(row, dict)
        assert row["code"] == reference["code"]
        assert row["name"] == reference["name"]
        assert row["phrase"] == reference["reason"]
        assert row["status_class"] == reference["class"]
        assert row["registry_status"] == reference["status"]
    assert {row["slug"] for row in _native.status_classes()} == {c.value for c in StatusClass}
    assert {row["name"] for row in _native.registry_statuses()} == {
        s.value for s in RegistryStatus
    }


def test_a_row_read_by_name_survives_reordering_and_fails_loudly_on_a_renamed_field() -> None:
    from sipstatus import _status

    row = {"label": "Client Error", "slug": "client-error", "digit": 4, "range": "4xx"}
    assert _status._fields(row, "slug", "label", "range", "digit") == [
        "client-error",
        "Client Error",
        "4xx",
        4,
    ]
    renamed = {"slug": "client-error", "name": "Client Error", "range": "4xx", "digit": 4}
    with pytest.raises(TypeError, match="has the fields"):
        _status._fields(renamed, "slug", "label", "range", "digit")
    with pytest.raises(TypeError, match="has the fields"):
        _status._fields({**row, "extra": 1}, "slug", "label", "range", "digit")


def test_lookups_hand_out_the_members_by_the_cores_position() -> None:
    # Every member, first to last, is what the native lookups return.
    for member in SIPStatus:
        assert sipstatus.canonical(int(member)) is member
        assert sipstatus.reason_phrase(int(member)) is member.phrase
