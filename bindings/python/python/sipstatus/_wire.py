"""Status lines and Reason header values: the kinds of reason phrase.

The parsers and writers are the Rust core's (``sipstatus._native``); this
module holds the one Python-side type they hand out, ``PhraseKind``.
"""

from __future__ import annotations

import enum

from . import _native

__all__ = ["PhraseKind"]


class PhraseKind(str, enum.Enum):
    """How the reason phrase of a status line relates to its code."""

    CANONICAL = "canonical"
    """The registered phrase (ignoring case and white space)."""
    FORMER = "former"
    """A phrase an earlier RFC gave the code."""
    ALIAS = "alias"
    """A variant in use elsewhere, such as "Internal Server Error" for 500."""
    CUSTOM = "custom"
    """Any other text, including the phrase of another code."""
    EMPTY = "empty"
    """No text, or only white space."""

    def __new__(cls, value: str) -> PhraseKind:
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def __str__(self) -> str:
        return str.__str__(self)


_native._bind_phrase_kinds(tuple(PhraseKind))
