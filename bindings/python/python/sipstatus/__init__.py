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
    ReasonHeaderError,
    ReasonValue,
    StatusLine,
    StatusLineError,
    UnknownPhraseError,
    __version__,
    canonical,
    format_status_line,
    from_phrase,
    parse_reason,
    parse_status_line,
    reason_phrase,
)
from ._status import RegistryStatus, SIPStatus, StatusClass
from ._wire import PhraseKind

__all__ = [
    "LANGUAGES",
    "PhraseKind",
    "ReasonHeaderError",
    "ReasonValue",
    "RegistryStatus",
    "SIPStatus",
    "StatusClass",
    "StatusLine",
    "StatusLineError",
    "UnknownPhraseError",
    "__version__",
    "canonical",
    "format_status_line",
    "from_phrase",
    "parse_reason",
    "parse_status_line",
    "reason_phrase",
]
