"""``scan`` and ``ScanReport``: what the SIP messages in captures and logs say.

The scanning, the counting and the merge rules are the Rust crate
``sipstatus-scan``'s; this module gives its report Python's shape, reading
the same JSON document that ``sipstatus scan --format json`` prints.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any, Union

from ._native import _NativeReport
from ._native import scan as _native_scan
from ._status import SIPStatus

__all__ = ["ScanReport", "scan"]

#: What ``scan`` reads: a path (a file or a directory), the bytes of a
#: capture or log, or several paths.
Source = Union[str, "os.PathLike[str]", bytes, bytearray, Iterable[Union[str, "os.PathLike[str]"]]]


def _status(code: int) -> SIPStatus | int:
    """The member of a code the table holds, else the code itself."""
    try:
        return SIPStatus(code)
    except ValueError:
        return code


class ScanReport:
    """The counts of a scan: responses by code and wire phrase, requests by
    method, responses by the method they answer, each transaction's final
    response, the RFC 6076 metrics, and what was skipped.

    ``a + b`` adds two reports' counts; the sum is associative and
    commutative, so partial reports (one per file, per worker, per machine)
    combine in any order to the same result. ``sum(reports)`` works too.
    Reports pickle, so they travel between processes.
    """

    __slots__ = ("_dict", "_native")
    __module__ = "sipstatus"

    def __init__(self, native: _NativeReport) -> None:
        if not isinstance(native, _NativeReport):
            raise TypeError("ScanReport is made by sipstatus.scan or ScanReport.from_json")
        self._native = native
        self._dict: dict[str, Any] = json.loads(native.to_json())

    @classmethod
    def from_json(cls, text: str) -> ScanReport:
        """A report from the JSON that ``to_json`` (or ``sipstatus scan
        --format json``) wrote; ``ValueError`` for anything else."""
        return cls(_NativeReport.from_json(text))

    def to_json(self) -> str:
        """The report as the JSON document of ``sipstatus scan --format json``."""
        return self._native.to_json()

    def to_dict(self) -> dict[str, Any]:
        """The report as a new dict in the documented JSON schema:
        ``responses``, ``codes``, ``requests``, ``answers``,
        ``transactions``, ``metrics``, ``skipped`` and ``input``."""
        result: dict[str, Any] = json.loads(self._native.to_json())
        return result

    @property
    def responses(self) -> int:
        """The number of responses seen."""
        total: int = self._dict["responses"]
        return total

    @property
    def codes(self) -> dict[SIPStatus | int, int]:
        """Responses by code, in code order: a ``SIPStatus`` for a code the
        table holds, the ``int`` for one it does not."""
        return {_status(row["code"]): row["count"] for row in self._dict["codes"]}

    @property
    def phrases(self) -> dict[SIPStatus | int, dict[str, int]]:
        """For each code, every reason phrase seen on the wire with its count
        (``""`` for an empty phrase)."""
        return {_status(row["code"]): dict(row["phrases"]) for row in self._dict["codes"]}

    @property
    def requests(self) -> dict[str, int]:
        """Requests by method."""
        return dict(self._dict["requests"])

    @property
    def answers(self) -> dict[str, dict[SIPStatus | int, int]]:
        """Responses by the CSeq method they answer, then by code."""
        return {
            method: {_status(int(code)): n for code, n in codes.items()}
            for method, codes in self._dict["answers"].items()
        }

    @property
    def transactions(self) -> dict[str, dict[SIPStatus | int | None, int]]:
        """Transactions by method, then by final response; ``None`` counts
        those whose request was seen but no final response."""
        return {
            method: {
                (None if code == "none" else _status(int(code))): n for code, n in finals.items()
            }
            for method, finals in self._dict["transactions"].items()
        }

    @property
    def metrics(self) -> dict[str, float | None]:
        """The RFC 6076 metrics in percent (``ser``, ``seer``, ``isa``,
        ``ira``); ``None`` where undefined."""
        return dict(self._dict["metrics"])

    @property
    def skipped(self) -> dict[str, int]:
        """What was not counted, by reason (every reason, with zeros)."""
        return dict(self._dict["skipped"])

    def __add__(self, other: object) -> ScanReport:
        if not isinstance(other, ScanReport):
            return NotImplemented
        return ScanReport(self._native.merged(other._native))

    def __radd__(self, other: object) -> ScanReport:
        # sum() starts from 0.
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScanReport):
            return NotImplemented
        return self._native == other._native

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (ScanReport.from_json, (self.to_json(),))

    def __repr__(self) -> str:
        requests = sum(self._dict["requests"].values())
        return f"<ScanReport: {self.responses} responses, {requests} requests>"


def scan(source: Source, *, strict: bool = False) -> ScanReport:
    """Scans captures or logs and counts what their SIP messages say.

    ``source`` is a path (``str`` or ``os.PathLike``) of a file or a
    directory (walked in name order), the ``bytes`` of a capture or log, or
    an iterable of paths. Formats are told by content: pcap, pcapng, gzip of
    either, or text. With ``strict``, status lines must follow RFC 3261's
    grammar to the letter; others are skipped as malformed. The GIL is
    released while the Rust scanner runs; several files are scanned on one
    thread per core and merged in order (the result is that of scanning them
    one after the other), and a large file alone is read ahead on a spare
    core.

    ``ScanError`` (a ``ValueError``) for an input that cannot be read or is
    corrupt (the first such input in order); ``TypeError`` for a source of another type.
    """
    return ScanReport(_native_scan(source, strict))
