"""What a response decides and obliges: the best response among forked
branches (RFC 3261 §16.7), the header fields a response must carry, and how a
code counts in the RFC 6076 metrics. Every rule is the Rust core's; this
module only shapes the results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import _native
from ._headers import HeaderRule
from ._native import SessionMetrics
from ._status import SIPStatus

__all__ = [
    "Choice",
    "SessionMetrics",
    "best_response",
    "check_headers",
    "is_failure_response",
    "metric_roles",
]

_BY_CODE = {int(member): member for member in SIPStatus}


def _member_or_int(code: int | None) -> int | None:
    return None if code is None else _BY_CODE.get(code, code)


@dataclass(frozen=True)
class Choice:
    """The response a proxy sends upstream after forking, and why.

    ``code`` is a ``SIPStatus`` member (a plain ``int`` for a code the table
    does not hold), or ``None`` when nothing may be sent (a non-INVITE
    request without a usable response, RFC 4320). ``rule`` names the rule
    that decided: ``"success"``, ``"global-failure"``, ``"timeout"``,
    ``"no-response"``, ``"preferred"``, ``"lowest-class"`` or
    ``"unavailable-as-500"``. ``index`` is the position of the response to
    forward among the codes given (``None`` for a generated 408 or nothing).
    """

    code: int | None
    rule: str
    cancel_pending: bool
    aggregate_challenges: bool
    index: int | None = None
    generated: bool = False


def best_response(codes: Iterable[int], method: str = "INVITE") -> Choice:
    """The response a stateful proxy forwards upstream once every branch has
    ended, from the final codes of the branches in arrival order (RFC 3261
    §16.7 steps 5 to 7)::

        >>> best_response([503, 407, 501, 404])
        Choice(code=<SIPStatus.PROXY_AUTHENTICATION_REQUIRED: 407>, rule='preferred', cancel_pending=False, aggregate_challenges=True, index=1, generated=False)

    Any 2xx goes at once; any 6xx wins; no response gives a generated 408
    (for a non-INVITE ``method``, nothing: RFC 4320); otherwise the lowest
    class, preferring 401, 407, 415, 420 and 484 among 4xx, else the lowest
    code, with a 503 ranked last and replaced by a generated 500.
    Provisional (199 included) and 7xx codes are skipped.

    ``TypeError`` for codes that are not an iterable of ints or a method that
    is not a str; ``ValueError`` for a code outside 100 to 799 or a method
    that is not a SIP token.
    """
    found = _native._best_response(codes, method)
    return Choice(
        code=_member_or_int(found["code"]),
        rule=found["rule"],
        cancel_pending=found["cancel_pending"],
        aggregate_challenges=found["aggregate_challenges"],
        index=found["index"],
        generated=found["generated"],
    )


def _rules(code: int) -> tuple[HeaderRule, ...]:
    return tuple(HeaderRule(**row) for row in _native._header_rules(code))


def check_headers(code: int, names: Iterable[str | bytes]) -> list[HeaderRule]:
    """The MUST and SHOULD rules without a condition that a response with
    ``code`` breaks, given the names of the header fields it carries (any
    case, compact forms such as ``"m"`` for Contact understood)::

        >>> check_headers(401, ["Via", "From", "To"])
        [HeaderRule(header='WWW-Authenticate', level='MUST', reference='RFC 3261 §22.2', condition='')]

    ``TypeError`` for a code that is not an int or names that are not an
    iterable of str or bytes; ``ValueError`` outside 100 to 799.
    """
    broken = _native._check_headers(code, names)
    member = _BY_CODE.get(code)
    rules = member.header_rules if member is not None else _rules(code)
    return [rules[i] for i in broken]


def metric_roles(code: int | None) -> dict[str, str]:
    """How a final response with ``code`` (``None``: no final response)
    counts in each RFC 6076 metric, from ``"SER"``, ``"SEER"``, ``"ISA"`` and
    ``"IRA"`` to ``"numerator"``, ``"denominator"``, ``"excluded"`` or
    ``"not-counted"``::

        >>> metric_roles(486)["SEER"]
        'numerator'
    """
    return _native._metric_roles(code)


def is_failure_response(code: int) -> bool:
    """Whether a code is a failure response of RFC 6076 §4.2: a 4xx other
    than the challenges 401, 402 and 407, a 5xx or a 6xx."""
    return _native.is_failure_response(code)


for _member in SIPStatus:
    _member.header_rules = _rules(_member)
del _member
