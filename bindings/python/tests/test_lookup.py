"""The module functions: reason_phrase, from_phrase, canonical. Each
delegates its rule to the Rust core and checks its argument's type."""

from __future__ import annotations

import pickle

import pytest
import sipstatus
from sipstatus import SIPStatus, UnknownPhraseError, canonical, from_phrase, reason_phrase

NOT_INTS = ["486", b"486", 486.0, None, [486], True, False, SIPStatus]


def test_reason_phrase() -> None:
    assert reason_phrase(486) == "Busy Here"
    assert reason_phrase(SIPStatus.DECLINE) == "Decline"
    assert reason_phrase(499) is None
    assert reason_phrase(100) == "Trying"
    assert reason_phrase(799) is None


def test_reason_phrase_hands_out_the_members_own_str() -> None:
    # No new object per call: the very str the member carries.
    for member in SIPStatus:
        assert reason_phrase(member.value) is member.phrase


@pytest.mark.parametrize("code", [99, 800, 0, -486, 2**16 + 486, 2**100])
def test_reason_phrase_refuses_a_number_outside_100_to_799(code: int) -> None:
    with pytest.raises(ValueError, match="out of range: SIP status codes are 100 to 799"):
        reason_phrase(code)


@pytest.mark.parametrize("code", NOT_INTS)
def test_reason_phrase_refuses_what_is_not_an_int(code: object) -> None:
    with pytest.raises(TypeError, match="a SIP status code must be an int"):
        reason_phrase(code)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Busy Here", SIPStatus.BUSY_HERE),
        ("busy here", SIPStatus.BUSY_HERE),
        ("  BUSY \t  HERE ", SIPStatus.BUSY_HERE),
        (b"Busy Here", SIPStatus.BUSY_HERE),
        ("Internal Server Error", SIPStatus.SERVER_INTERNAL_ERROR),
        ("Unsupported Certificate", SIPStatus.UNSUPPORTED_CREDENTIAL),
        ("request-uri too long", SIPStatus.REQUEST_URI_TOO_LONG),
        ("Not Acceptable", SIPStatus.NOT_ACCEPTABLE),
    ],
)
def test_from_phrase_is_tolerant(text: str | bytes, member: SIPStatus) -> None:
    assert from_phrase(text) is member


@pytest.mark.parametrize(
    "text", ["Busy Hear", "Busy", "4 86", "Busy Here!", "\udcff", "Bus\u00ff Here"]
)
def test_from_phrase_names_the_unknown_phrase(text: str) -> None:
    with pytest.raises(
        UnknownPhraseError, match="is not a known SIP reason phrase or alias"
    ) as caught:
        from_phrase(text)
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "reason phrase is empty"),
        ("   ", "reason phrase is empty"),
        ("x" * 1000, "reason phrase is too long"),
        (b"Ring\xffing", "not valid UTF-8"),
    ],
)
def test_from_phrase_says_why_text_is_no_phrase(text: str | bytes, why: str) -> None:
    with pytest.raises(UnknownPhraseError, match=why) as caught:
        from_phrase(text)
    assert len(str(caught.value)) < 200, "a long input is shortened in the message"


def test_unknown_phrase_error_is_a_value_error_of_the_package() -> None:
    assert issubclass(UnknownPhraseError, ValueError)
    assert UnknownPhraseError.__module__ == "sipstatus"
    assert sipstatus.UnknownPhraseError is UnknownPhraseError
    error = UnknownPhraseError("x")
    assert type(pickle.loads(pickle.dumps(error))) is UnknownPhraseError


@pytest.mark.parametrize(
    "text", [486, None, bytearray(b"Busy Here"), ["Busy Here"], SIPStatus.BUSY_HERE]
)
def test_from_phrase_refuses_what_is_not_str_or_bytes(text: object) -> None:
    with pytest.raises(TypeError, match="a reason phrase must be a str or bytes"):
        from_phrase(text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "member"),
    [
        (486, SIPStatus.BUSY_HERE),
        (SIPStatus.OK, SIPStatus.OK),
        (499, SIPStatus.BAD_REQUEST),
        (431, SIPStatus.BAD_REQUEST),
        (188, SIPStatus.SESSION_PROGRESS),
        (299, SIPStatus.OK),
        (399, SIPStatus.MULTIPLE_CHOICES),
        (599, SIPStatus.SERVER_INTERNAL_ERROR),
        (699, SIPStatus.BUSY_EVERYWHERE),
        (701, SIPStatus.PARTY_HANGS_UP),
    ],
)
def test_canonical_follows_rfc_3261_8_1_3_2(code: int, member: SIPStatus) -> None:
    assert canonical(code) is member


def test_canonical_of_every_code_is_a_member_or_an_unknown_local_code() -> None:
    for code in range(100, 800):
        if code >= 700 and reason_phrase(code) is None:
            with pytest.raises(ValueError, match="local 7xx code"):
                canonical(code)
            continue
        acted_on = canonical(code)
        assert isinstance(acted_on, SIPStatus)
        assert acted_on // 100 == code // 100 or (code < 200 and acted_on == 183)
        if reason_phrase(code) is not None:
            assert acted_on == code


@pytest.mark.parametrize("code", NOT_INTS)
def test_canonical_refuses_what_is_not_an_int(code: object) -> None:
    with pytest.raises(TypeError):
        canonical(code)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", [99, 800, -1])
def test_canonical_refuses_a_number_outside_100_to_799(code: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        canonical(code)


def test_the_public_names_are_exactly_all() -> None:
    public = {name for name in vars(sipstatus) if not name.startswith("_")}
    assert set(sipstatus.__all__) - {"__version__"} == public
    assert sipstatus.__version__.count(".") == 2


def test_the_version_is_the_distributions() -> None:
    from importlib.metadata import version

    assert version("sipstatus") == sipstatus.__version__
