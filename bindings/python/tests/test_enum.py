"""SIPStatus behaves like http.HTTPStatus: an IntEnum looked up by value or
name, whose members carry their data and class predicates."""

from __future__ import annotations

import copy
import enum
import http
import pickle

import pytest
from sipstatus import RegistryStatus, SIPStatus, StatusClass


def test_it_is_an_int_enum_like_http_status() -> None:
    assert issubclass(SIPStatus, enum.IntEnum)
    assert SIPStatus.BUSY_HERE == 486
    assert SIPStatus(486) is SIPStatus.BUSY_HERE
    assert SIPStatus["BUSY_HERE"] is SIPStatus.BUSY_HERE
    assert SIPStatus.BUSY_HERE.value == 486
    assert SIPStatus.BUSY_HERE.name == "BUSY_HERE"
    assert SIPStatus.OK + 1 == 201
    assert sorted([SIPStatus.DECLINE, SIPStatus.OK, 180]) == [180, 200, 603]
    # HTTPStatus's names for the same things (its predicates are 3.12+).
    for attribute in ("phrase", "description", "is_success", "is_client_error", "is_server_error"):
        assert hasattr(SIPStatus.OK, attribute)
        assert hasattr(http.HTTPStatus.OK, attribute) or attribute.startswith("is_")


def test_it_prints_as_a_number_on_every_python() -> None:
    assert str(SIPStatus.BUSY_HERE) == "486"
    assert f"{SIPStatus.BUSY_HERE}" == "486"
    assert f"SIP/2.0 {SIPStatus.BUSY_HERE} {SIPStatus.BUSY_HERE.phrase}" == "SIP/2.0 486 Busy Here"
    assert repr(SIPStatus.BUSY_HERE) == "<SIPStatus.BUSY_HERE: 486>"


NUMBER_SPECS = ["", "d", "03d", "5d", "x", "X", "#x", "o", "b", "n", "+d", ">6", "<6", "^7", ",", ".2f", "e", "%"]


@pytest.mark.parametrize("spec", NUMBER_SPECS)
def test_it_formats_as_its_number_like_http_status(spec: str) -> None:
    # HTTPStatus formats as its int on every version; so does SIPStatus.
    assert format(http.HTTPStatus.NOT_FOUND, spec) == format(404, spec)
    assert format(SIPStatus.BUSY_HERE, spec) == format(486, spec)
    assert f"{SIPStatus.TRYING:04d}" == "0100"


@pytest.mark.parametrize("spec", ["s", "10s", ">5s"])
def test_a_str_format_spec_is_a_value_error_like_http_status(spec: str) -> None:
    with pytest.raises(ValueError, match="Unknown format code 's'"):
        format(http.HTTPStatus.NOT_FOUND, spec)
    with pytest.raises(ValueError, match="Unknown format code 's'"):
        format(SIPStatus.BUSY_HERE, spec)
    # The str of a member formats as a str.
    assert f"{SIPStatus.BUSY_HERE!s:>5}" == "  486"


def test_a_code_the_table_does_not_hold_is_a_value_error() -> None:
    for code in (999, 499, 0, -1, 100000):
        with pytest.raises(ValueError, match="is not a valid SIPStatus"):
            SIPStatus(code)


@pytest.mark.parametrize("value", ["486", b"486", None, 486.5, [486], True])
def test_a_value_that_is_not_an_int_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        SIPStatus(value)  # type: ignore[arg-type]


def test_an_unknown_name_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        SIPStatus["BUSY_THERE"]


def test_member_data_are_plain_attributes() -> None:
    busy = SIPStatus.BUSY_HERE
    assert busy.phrase == "Busy Here"
    assert busy.status_class is StatusClass.CLIENT_ERROR
    assert busy.registry_status is RegistryStatus.REGISTERED
    assert busy.references == ("RFC 3261 §21.4.24",)
    assert isinstance(busy.aliases, tuple)
    assert busy.former_phrase is None
    # Set once at import, not computed per access: nothing is a descriptor.
    for name in (
        "phrase",
        "description",
        "status_class",
        "registry_status",
        "references",
        "aliases",
    ):
        assert name in vars(busy)
        assert not hasattr(type(busy), name)


def test_predicates_follow_the_first_digit() -> None:
    predicates = {
        1: "is_provisional",
        2: "is_success",
        3: "is_redirection",
        4: "is_client_error",
        5: "is_server_error",
        6: "is_global_failure",
        7: "is_local",
    }
    for member in SIPStatus:
        digit = member // 100
        for first, name in predicates.items():
            assert getattr(member, name) is (first == digit), (member, name)
        assert member.is_final is (2 <= digit <= 6)
        assert member.status_class.digit == digit
    assert isinstance(SIPStatus.__dict__["is_success"], property)


def test_local_codes_are_neither_final_nor_provisional() -> None:
    assert not SIPStatus.PARTY_HANGS_UP.is_final
    assert not SIPStatus.PARTY_HANGS_UP.is_provisional
    assert SIPStatus.PARTY_HANGS_UP.registry_status is RegistryStatus.NON_STANDARD


def test_describe_takes_a_language_tag() -> None:
    busy = SIPStatus.BUSY_HERE
    assert busy.describe("en") == busy.description
    assert busy.describe("EN") == busy.description
    german = busy.describe("de")
    assert german != busy.description and "Angerufen" in german
    assert busy.describe("De") == german


@pytest.mark.parametrize("tag", ["fr", "", "english", "e", "de "])
def test_describe_refuses_an_unknown_language(tag: str) -> None:
    with pytest.raises(ValueError, match=r'unknown language .*: expected "en" or "de"'):
        SIPStatus.OK.describe(tag)


@pytest.mark.parametrize("tag", [None, b"de", 1, ["de"]])
def test_describe_refuses_a_tag_that_is_not_a_str(tag: object) -> None:
    with pytest.raises(TypeError, match="a language must be a str"):
        SIPStatus.OK.describe(tag)  # type: ignore[arg-type]


def test_status_class() -> None:
    assert [c.digit for c in StatusClass] == [1, 2, 3, 4, 5, 6, 7]
    client = StatusClass.CLIENT_ERROR
    assert client.value == "client-error"
    assert client.label == "Client Error"
    assert client.range == "4xx"
    assert str(client) == "Client Error"
    assert StatusClass("global-failure") is StatusClass.GLOBAL_FAILURE
    with pytest.raises(ValueError):
        StatusClass("client error")


def test_registry_status() -> None:
    assert [s.value for s in RegistryStatus] == [
        "registered",
        "deprecated",
        "obsolete",
        "non-standard",
    ]
    assert RegistryStatus.DEPRECATED.is_in_registry
    assert not RegistryStatus.OBSOLETE.is_in_registry
    assert str(RegistryStatus.NON_STANDARD) == "non-standard"
    assert SIPStatus.ACCEPTED.registry_status is RegistryStatus.DEPRECATED
    assert SIPStatus.CONFLICT.registry_status is RegistryStatus.OBSOLETE


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_members_pickle_to_themselves(protocol: int) -> None:
    for member in (SIPStatus.BUSY_HERE, StatusClass.LOCAL, RegistryStatus.NON_STANDARD):
        assert pickle.loads(pickle.dumps(member, protocol)) is member


def test_members_copy_to_themselves() -> None:
    for member in (SIPStatus.BUSY_HERE, StatusClass.LOCAL, RegistryStatus.NON_STANDARD):
        assert copy.copy(member) is member
        assert copy.deepcopy(member) is member
    assert copy.deepcopy({"status": [SIPStatus.OK]})["status"][0] is SIPStatus.OK


def test_members_hash_as_their_number() -> None:
    assert hash(SIPStatus.BUSY_HERE) == hash(486)
    counts = {SIPStatus.BUSY_HERE: 1}
    assert counts[486] == 1
    assert {SIPStatus.OK, 200} == {200}
    assert len(set(SIPStatus)) == len(SIPStatus)
    assert {StatusClass.LOCAL: 1}[StatusClass("local")] == 1


def test_names_are_unique_and_constant_like() -> None:
    names = [m.name for m in SIPStatus]
    assert len(names) == len(set(names))
    assert all(name.isidentifier() and name.isupper() for name in names)
    assert len(SIPStatus.__members__) == len(SIPStatus), "no aliases among members"
