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

``canonical`` applies RFC 3261 §8.1.3.2 to a code the table does not hold;
``python -m sipstatus 486`` explains a code on the command line.
"""

from ._native import (
    LANGUAGES,
    UnknownPhraseError,
    __version__,
    canonical,
    from_phrase,
    reason_phrase,
)
from ._status import RegistryStatus, SIPStatus, StatusClass
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
    "Choice",
    "HeaderRule",
    "LANGUAGES",
    "RegistryStatus",
    "SIPStatus",
    "SessionMetrics",
    "StatusClass",
    "UnknownPhraseError",
    "__version__",
    "best_response",
    "canonical",
    "check_headers",
    "from_phrase",
    "is_failure_response",
    "metric_roles",
    "reason_phrase",
]
