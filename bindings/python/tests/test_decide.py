"""The fork choice, the header obligations and the RFC 6076 metrics, as the
Python package offers them; checked against worked examples and against the
Rust command's JSON export."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
import sipstatus
from sipstatus import Choice, HeaderRule, SessionMetrics, SIPStatus


def test_best_response_follows_rfc_3261_16_7() -> None:
    choice = sipstatus.best_response([503, 407, 501, 404])
    assert choice == Choice(
        code=SIPStatus.PROXY_AUTHENTICATION_REQUIRED,
        rule="preferred",
        cancel_pending=False,
        aggregate_challenges=True,
        index=1,
        generated=False,
    )
    assert choice.code is SIPStatus.PROXY_AUTHENTICATION_REQUIRED
    assert sipstatus.best_response([302, 486, 603]).rule == "global-failure"
    assert sipstatus.best_response([302, 486, 603]).cancel_pending
    assert sipstatus.best_response([608, 302]).code == 608
    timeout = sipstatus.best_response([])
    assert (timeout.code, timeout.rule, timeout.generated) == (408, "timeout", True)
    unavailable = sipstatus.best_response([503])
    assert (unavailable.code, unavailable.rule, unavailable.index) == (500, "unavailable-as-500", 0)
    assert sipstatus.best_response([486, 200]).rule == "success"
    assert sipstatus.best_response([199, 180]).rule == "timeout"
    assert sipstatus.best_response(iter([401, 407])).aggregate_challenges
    # A code the table does not hold is forwarded as a plain int.
    unknown = sipstatus.best_response([499])
    assert unknown.code == 499 and not isinstance(unknown.code, SIPStatus)


def test_no_408_to_a_non_invite_request() -> None:
    assert sipstatus.best_response([], "REGISTER") == Choice(None, "no-response", False, False)
    assert sipstatus.best_response([408], method="OPTIONS").code is None
    assert sipstatus.best_response([408, 404], "BYE").code == 404


def test_a_choice_is_frozen() -> None:
    choice = sipstatus.best_response([486])
    with pytest.raises(dataclasses.FrozenInstanceError):
        choice.code = 200  # type: ignore[misc]
    assert hash(choice) == hash(sipstatus.best_response([486]))


@pytest.mark.parametrize(
    ("codes", "method", "error"),
    [
        ("486", "INVITE", TypeError),
        (b"486", "INVITE", TypeError),
        (486, "INVITE", TypeError),
        ([486.0], "INVITE", TypeError),
        ([True], "INVITE", TypeError),
        ([99], "INVITE", ValueError),
        ([800], "INVITE", ValueError),
        ([486], 1, TypeError),
        ([486], "", ValueError),
        ([486], "IN VITE", ValueError),
    ],
)
def test_best_response_rejects_bad_input(codes: Any, method: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        sipstatus.best_response(codes, method)


def test_header_rules_of_members() -> None:
    assert SIPStatus.UNAUTHORIZED.header_rules == (
        HeaderRule("WWW-Authenticate", "MUST", "RFC 3261 §22.2", ""),
    )
    assert [r.header for r in SIPStatus.UNSUPPORTED_MEDIA_TYPE.header_rules] == [
        "Accept",
        "Accept-Encoding",
        "Accept-Language",
    ]
    assert SIPStatus.FORBIDDEN.header_rules == ()
    rule = SIPStatus.BUSY_HERE.header_rules[0]
    assert (rule.header, rule.level) == ("Retry-After", "MAY")
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.level = "MUST"  # type: ignore[misc]
    for member in SIPStatus:
        assert all(r.level in ("MUST", "SHOULD", "MAY") for r in member.header_rules)
        assert all(r.reference.startswith("RFC ") for r in member.header_rules)


def test_header_rule_checks_its_fields() -> None:
    with pytest.raises(ValueError):
        HeaderRule("Allow", "MUSTNT", "RFC 3261 §21.4.6", "")
    with pytest.raises(TypeError):
        HeaderRule("Allow", "MUST", 3261, "")  # type: ignore[arg-type]


def test_header_rules_match_the_export(exported: list[dict[str, Any]]) -> None:
    for row in exported:
        member = SIPStatus(row["code"])
        assert [dataclasses.asdict(r) for r in member.header_rules] == row["header_rules"]


def test_check_headers_is_a_linter() -> None:
    assert sipstatus.check_headers(401, ["Via", "From"]) == list(SIPStatus.UNAUTHORIZED.header_rules)
    assert sipstatus.check_headers(401, ["www-AUTHENTICATE"]) == []
    assert sipstatus.check_headers(305, ["m"]) == []
    assert sipstatus.check_headers(305, [b"Contact"]) == []
    assert sipstatus.check_headers(470, [])[0].level == "SHOULD"
    assert sipstatus.check_headers(486, []) == []  # only a MAY
    assert sipstatus.check_headers(499, []) == []  # no rules
    with pytest.raises(TypeError):
        sipstatus.check_headers(401, "Via")
    with pytest.raises(TypeError):
        sipstatus.check_headers(401, [1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        sipstatus.check_headers("401", [])  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sipstatus.check_headers(900, [])


def test_session_metrics_worked_by_hand() -> None:
    # INVITE: 6x200, 2x486, 480, 603, 2x302, 3x407, 404, 2x503, 408, one
    # timeout = 20, of which the 2 answered by 302 are excluded (RFC 6076
    # §4.6, §4.7 subtract the 3xx only): SER 6/18, SEER 10/18, ISA 4/20 (§4.8).
    # REGISTER: 7x200, 2x401, 403, one timeout: IRA 2/11 (§4.2).
    m = SessionMetrics()
    for code, times in [(200, 6), (486, 2), (480, 1), (603, 1), (302, 2), (407, 3), (404, 1),
                        (503, 2), (408, 1), (None, 1)]:
        for _ in range(times):
            m.add("INVITE", code)
    for code, times in [(200, 7), (401, 2), (403, 1), (None, 1)]:
        for _ in range(times):
            m.add("REGISTER", code)
    m.add("OPTIONS", 200)
    assert (m.invites, m.registers, m.others) == (20, 11, 1)
    assert m.counts == {
        "invites": 20,
        "invites_established": 6,
        "invites_excluded": 2,
        "invites_effective": 10,
        "invites_ineffective": 4,
        "registers": 11,
        "registers_ineffective": 2,
        "others": 1,
    }
    assert m.ser == pytest.approx(100 * 6 / 18)
    assert m.seer == pytest.approx(100 * 10 / 18)
    assert m.isa == 20.0
    assert m.ira == pytest.approx(100 * 2 / 11)


def test_undefined_ratios_are_none() -> None:
    m = SessionMetrics()
    assert (m.ser, m.seer, m.isa, m.ira) == (None, None, None, None)
    m.add("INVITE", 302)
    assert (m.ser, m.seer, m.isa) == (None, None, 0.0)


def test_metrics_merge_with_plus() -> None:
    a, b = SessionMetrics(), SessionMetrics()
    a.add("INVITE", 200)
    b.add("INVITE", 486)
    total = a + b
    assert (total.ser, total.seer) == (50.0, 100.0)
    assert (a.ser, b.ser) == (100.0, 0.0)  # the operands are unchanged
    assert total == b + a
    with pytest.raises(TypeError):
        a + 1  # type: ignore[operator]
    assert "ser=50.00" in repr(total)


@pytest.mark.parametrize(
    ("method", "code", "error"),
    [
        (1, 200, TypeError),
        ("INVITE", "200", TypeError),
        ("INVITE", 200.0, TypeError),
        ("", 200, ValueError),
        ("INVITE", 99, ValueError),
        ("INVITE", 180, ValueError),
        ("INVITE", 701, ValueError),
    ],
)
def test_metrics_reject_bad_input(method: Any, code: Any, error: type[Exception]) -> None:
    m = SessionMetrics()
    with pytest.raises(error):
        m.add(method, code)
    assert m == SessionMetrics()


def test_metric_roles_per_code() -> None:
    assert sipstatus.metric_roles(200) == {
        "SER": "numerator",
        "SEER": "numerator",
        "ISA": "denominator",
        "IRA": "denominator",
    }
    assert sipstatus.metric_roles(302)["SER"] == "excluded"
    assert sipstatus.metric_roles(407) == {  # RFC 6076 §4.6, §4.7: only 3xx leave
        "SER": "denominator",
        "SEER": "denominator",
        "ISA": "denominator",
        "IRA": "denominator",
    }
    assert sipstatus.metric_roles(503)["ISA"] == "numerator"
    assert sipstatus.metric_roles(None) == {
        "SER": "denominator",
        "SEER": "denominator",
        "ISA": "numerator",
        "IRA": "numerator",
    }
    assert sipstatus.metric_roles(180)["SER"] == "not-counted"
    assert sipstatus.is_failure_response(404)
    assert not sipstatus.is_failure_response(401)
    with pytest.raises(TypeError):
        sipstatus.is_failure_response("404")  # type: ignore[arg-type]
