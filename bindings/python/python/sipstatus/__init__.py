"""SIP response status codes, from the one table of the sipstatus Rust core.

``SIPStatus`` is an ``IntEnum`` that feels like ``http.HTTPStatus``::

    >>> from sipstatus import SIPStatus, from_phrase, reason_phrase
    >>> SIPStatus(486)
    <SIPStatus.BUSY_HERE: 486>
    >>> SIPStatus.BUSY_HERE.phrase
    'Busy Here'
    >>> SIPStatus.BUSY_HERE.is_client_error
    True
    >>> from_phrase("busy   HERE") is SIPStatus.BUSY_HERE
    True
    >>> reason_phrase(499) is None
    True

``Q850Cause`` is the ITU-T Q.850 cause table; ``sip_to_q850`` and
``q850_to_sip`` map between the two under a ``Profile`` (RFC 3398 by
default, RFC 4497, FreeSWITCH or Asterisk)::

    >>> from sipstatus import Q850Cause, q850_to_sip, sip_to_q850
    >>> sip_to_q850(486)
    <Q850Cause.USER_BUSY: 17>
    >>> q850_to_sip(Q850Cause.CALL_REJECTED, "freeswitch")
    <SIPStatus.DECLINE: 603>

``canonical`` applies RFC 3261 §8.1.3.2 to a code the table does not hold;
``python -m sipstatus 486`` explains a code on the command line.
"""

from ._native import (
    LANGUAGES,
    ReasonHeaderError,
    ReasonValue,
    StatusLine,
    StatusLineError,
    ScanError,
    UnknownPhraseError,
    __version__,
    canonical,
    format_status_line,
    from_phrase,
    parse_reason,
    parse_status_line,
    reason_phrase,
)
from ._q850 import (
    CauseClass,
    Profile,
    Q850Cause,
    Q850Disagreement,
    Q850Mapping,
    q850_disagreements,
    q850_to_sip,
    q850_to_sip_detail,
    sip_to_q850,
    sip_to_q850_detail,
)
from ._scan import ScanReport, scan
from ._status import RegistryStatus, SIPStatus, StatusClass
from ._wire import PhraseKind
from ._headers import HeaderRule
from ._decide import (
    Choice,
    SessionMetrics,
    best_response,
    check_headers,
    is_failure_response,
    metric_roles,
)

__all__ = [
    "CauseClass",
    "Choice",
    "HeaderRule",
    "LANGUAGES",
    "PhraseKind",
    "ReasonHeaderError",
    "ReasonValue",
    "Profile",
    "Q850Cause",
    "Q850Disagreement",
    "Q850Mapping",
    "RegistryStatus",
    "SIPStatus",
    "ScanError",
    "ScanReport",
    "SessionMetrics",
    "StatusClass",
    "StatusLine",
    "StatusLineError",
    "UnknownPhraseError",
    "__version__",
    "best_response",
    "canonical",
    "check_headers",
    "format_status_line",
    "from_phrase",
    "is_failure_response",
    "metric_roles",
    "parse_reason",
    "parse_status_line",
    "q850_disagreements",
    "q850_to_sip",
    "q850_to_sip_detail",
    "reason_phrase",
    "scan",
    "sip_to_q850",
    "sip_to_q850_detail",
]
