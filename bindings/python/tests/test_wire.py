"""Status lines and Reason header values: parsed, written, and the errors."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

import sipstatus
from sipstatus import (
    PhraseKind,
    ReasonHeaderError,
    ReasonValue,
    SIPStatus,
    StatusLine,
    StatusLineError,
    format_status_line,
    parse_reason,
    parse_status_line,
)


def test_a_status_line_with_its_parts() -> None:
    line = parse_status_line("SIP/2.0 480 Temporarily not available\r\nVia: x\r\n")
    assert isinstance(line, StatusLine)
    assert line.version == "SIP/2.0"
    assert line.code is SIPStatus.TEMPORARILY_UNAVAILABLE
    assert line.reason == "Temporarily not available"
    assert line.kind is PhraseKind.ALIAS
    assert line.kind == "alias"
    assert line.length == 39
    assert str(line) == "SIP/2.0 480 Temporarily not available"
    assert "TEMPORARILY_UNAVAILABLE" in repr(line)


def test_bytes_and_str_agree() -> None:
    assert parse_status_line(b"SIP/2.0 486 Busy Here") == parse_status_line(
        "SIP/2.0 486 Busy Here"
    )
    assert hash(parse_status_line(b"SIP/2.0 200 OK")) == hash(parse_status_line("SIP/2.0 200 OK"))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("SIP/2.0 486 Busy Here", PhraseKind.CANONICAL),
        ("SIP/2.0 486 busy   HERE", PhraseKind.CANONICAL),
        ("SIP/2.0 436 Bad Identity-Info", PhraseKind.FORMER),
        ("SIP/2.0 500 Internal Server Error", PhraseKind.ALIAS),
        ("SIP/2.0 486 Out to lunch", PhraseKind.CUSTOM),
        ("SIP/2.0 486 ", PhraseKind.EMPTY),
    ],
)
def test_phrase_kinds(line: str, kind: PhraseKind) -> None:
    assert parse_status_line(line).kind is kind


def test_an_unknown_valid_code_is_an_int() -> None:
    line = parse_status_line("SIP/2.0 499 Whatever")
    assert line.code == 499
    assert type(line.code) is int
    assert line.kind is PhraseKind.CUSTOM


def test_lenient_by_default_strict_on_request() -> None:
    text = "sip/2.0  200\n"
    line = parse_status_line(text)
    assert (line.code, line.reason, line.kind) == (SIPStatus.OK, "", PhraseKind.EMPTY)
    with pytest.raises(StatusLineError) as caught:
        parse_status_line(text, strict=True)
    assert caught.value.offset == 0
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("", 0),
        ("HTTP/1.1 200 OK", 0),
        ("SIP/2.0 2x0 OK", 9),
        ("SIP/2.0 099 x", 8),
        ("SIP/2.0 4294967301 better not break the receiver", 11),
        ("SIP/2.0 200 OK\r", 15),
    ],
)
def test_errors_carry_the_offset(text: str, offset: int) -> None:
    with pytest.raises(StatusLineError) as caught:
        parse_status_line(text)
    assert caught.value.offset == offset
    assert f"offset {offset}" in str(caught.value)


def test_offsets_count_utf8_bytes() -> None:
    with pytest.raises(StatusLineError) as caught:
        parse_status_line("SIP/2.0 200 é\x7f", strict=True)
    assert caught.value.offset == 14


def test_bytes_that_are_not_utf8_survive_a_lenient_parse() -> None:
    line = parse_status_line(b"SIP/2.0 200 \xff")
    assert line.reason.encode("utf-8", "surrogateescape") == b"\xff"


def test_wrong_types() -> None:
    with pytest.raises(TypeError):
        parse_status_line(486)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_status_line("486")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_reason(None)  # type: ignore[arg-type]


def test_format_status_line() -> None:
    assert format_status_line(486) == "SIP/2.0 486 Busy Here"
    assert format_status_line(SIPStatus.DECLINE) == "SIP/2.0 603 Decline"
    assert format_status_line(499) == "SIP/2.0 499 Client Error"
    assert format_status_line(486, "Out to lunch") == "SIP/2.0 486 Out to lunch"
    with pytest.raises(StatusLineError) as caught:
        format_status_line(200, 'say "hi"')
    assert caught.value.offset == 4
    with pytest.raises(ValueError, match="out of range"):
        format_status_line(800)


def test_every_code_round_trips() -> None:
    for code in range(100, 800):
        line = parse_status_line(format_status_line(code), strict=True)
        assert line.code == code
        assert line.reason == (sipstatus.reason_phrase(code) or line.reason)


def test_status_lines_are_frozen() -> None:
    line = parse_status_line("SIP/2.0 200 OK")
    with pytest.raises(AttributeError):
        line.code = 201  # type: ignore[misc]


def test_reason_values() -> None:
    values = parse_reason(
        'Reason: SIP;cause=480;text="Temporarily \\"Unavailable\\"", '
        "Q.850 ;cause=18 ;location=LN;x-a=1;flag"
    )
    assert len(values) == 2
    sip, q850 = values
    assert (sip.protocol, sip.cause, sip.text) == ("SIP", 480, 'Temporarily "Unavailable"')
    assert sip.location is None
    assert dict(sip.params) == {}
    assert (q850.protocol, q850.cause, q850.location) == ("Q.850", 18, "LN")
    assert q850.text is None
    assert dict(q850.params) == {"x-a": "1", "flag": None}
    with pytest.raises(TypeError):
        q850.params["x-a"] = "2"  # type: ignore[index]


def test_reason_lines_bytes_and_other_protocols() -> None:
    values = parse_reason([b"SIP;cause=487", "STIR;cause=438;text=\"Invalid Identity Header\""])
    assert [v.protocol for v in values] == ["SIP", "STIR"]
    assert values[1].text == "Invalid Identity Header"
    assert parse_reason("sip;CAUSE=486")[0].cause == 486


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("", 0),
        ("SIP;cause=abc", 10),
        ('SIP;text="open', 14),
        ("SIP;cause=1;cause=2", 12),
        ("SIP,", 4),
    ],
)
def test_reason_errors_carry_the_offset(text: str, offset: int) -> None:
    with pytest.raises(ReasonHeaderError) as caught:
        parse_reason(text)
    assert caught.value.offset == offset
    assert isinstance(caught.value, ValueError)


def test_reason_values_are_written() -> None:
    assert str(ReasonValue.sip(SIPStatus.BUSY_HERE)) == 'SIP;cause=486;text="Busy Here"'
    value = ReasonValue(
        "Q.850",
        cause=17,
        text='say "busy" \\ now',
        location="LN",
        params={"x-id": '"a b"', "flag": None},
    )
    written = str(value)
    assert written == 'Q.850;cause=17;text="say \\"busy\\" \\\\ now";location=LN;x-id="a b";flag'
    assert parse_reason(written) == [value]
    assert hash(parse_reason(written)[0]) == hash(value)
    with pytest.raises(ReasonHeaderError):
        ReasonValue("Q 850")
    with pytest.raises(ReasonHeaderError):
        ReasonValue("SIP", text="two\r\nlines")
    with pytest.raises(ReasonHeaderError):
        ReasonValue("SIP", params={"x": "a b"})


def test_every_code_as_a_reason_value() -> None:
    for member in SIPStatus:
        value = ReasonValue.sip(member)
        assert parse_reason(str(value)) == [value]
        assert value.text == member.phrase


RUST_CLI = os.environ.get("SIPSTATUS_CLI")

AGREEMENT_LINES = [
    "SIP/2.0 480 Temporarily not available",
    "SIP/2.0 486 Busy Here",
    "SIP/2.0 436 Bad Identity-Info",
    "sip/2.0  499\tOut to lunch",
    "SIP/2.0 200",
]

AGREEMENT_REASONS = [
    'SIP;cause=480;text="Temporarily \\"Unavailable\\"", Q.850;cause=18;location=LN',
    "STIR;cause=438;x=1;flag",
]


@pytest.mark.skipif(RUST_CLI is None, reason="SIPSTATUS_CLI (set by make test-python) names the Rust command")
@pytest.mark.parametrize("text", AGREEMENT_LINES)
def test_status_lines_agree_with_the_command(text: str) -> None:
    assert RUST_CLI is not None
    out = subprocess.run(
        [RUST_CLI, "explain", "--format", "json", text], check=True, capture_output=True
    ).stdout
    doc = json.loads(out)
    line = parse_status_line(text)
    assert (line.version, int(line.code), line.reason, line.kind.value) == (
        doc["version"],
        doc["code"],
        doc["reason"],
        doc["phrase_kind"],
    )


@pytest.mark.skipif(RUST_CLI is None, reason="SIPSTATUS_CLI (set by make test-python) names the Rust command")
@pytest.mark.parametrize("text", AGREEMENT_REASONS)
def test_reason_values_agree_with_the_command(text: str) -> None:
    assert RUST_CLI is not None
    out = subprocess.run(
        [RUST_CLI, "reason", "--format", "json", text], check=True, capture_output=True
    ).stdout
    docs = json.loads(out)
    values = parse_reason(text)
    assert len(values) == len(docs)
    for value, doc in zip(values, docs):
        assert str(value) == doc["value"]
        assert (value.protocol, value.cause, value.text, value.location) == (
            doc["protocol"],
            doc["cause"],
            doc["text"],
            doc["location"],
        )
        assert list(value.params.items()) == [tuple(p) for p in doc["params"]]
