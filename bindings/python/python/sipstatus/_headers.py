"""``HeaderRule``: one header obligation of a status code.

A plain frozen record; the rows themselves come from the Rust core (see
``SIPStatus.header_rules``), nothing here lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LEVELS", "HeaderRule"]

LEVELS = ("MUST", "SHOULD", "MAY")
"""The RFC 2119 levels a rule can have, strongest first."""


@dataclass(frozen=True)
class HeaderRule:
    """A response with the code carries ``header`` at ``level`` (``"MUST"``,
    ``"SHOULD"`` or ``"MAY"``), when ``condition`` holds (``""``: always), as
    ``reference`` (an RFC and section) says::

        >>> from sipstatus import SIPStatus
        >>> SIPStatus.UNAUTHORIZED.header_rules[0]
        HeaderRule(header='WWW-Authenticate', level='MUST', reference='RFC 3261 §22.2', condition='')
    """

    header: str
    level: str
    reference: str
    condition: str

    def __post_init__(self) -> None:
        for field in ("header", "level", "reference", "condition"):
            value = getattr(self, field)
            if not isinstance(value, str):
                raise TypeError(f"{field} must be a str, not {type(value).__qualname__}")
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {self.level!r}")
