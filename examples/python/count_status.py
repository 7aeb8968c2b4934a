"""Count the SIP responses in a trace: one line per status code, with its
reason phrase and what it means.

    python examples/python/count_status.py examples/sipp/tcpdump-A.txt
    tcpdump -A -r calls.pcap | python examples/python/count_status.py

Reads the files given (or standard input), finds every status line such as
"SIP/2.0 486 Busy Here", wherever it starts in a line (tcpdump -A prints the
packet's header bytes in front of it), and prints a count per code, most
frequent first. A code the table does not hold is shown as the code a user
agent treats it as (RFC 3261 §8.1.3.2). Exits 1 when there is none.

Each candidate is read by sipstatus.parse_status_line, the parser behind
sipstatus::StatusLine that the Rust example (examples/rust/status_lines.rs)
uses too, with its lenient rule:
besides the grammar of RFC 3261 §25.1, runs of spaces and tabs between the
fields, the version in any case, and no space before an empty phrase
("SIP/2.0 488"), as tracing tools meet them on the wire.
"""

from __future__ import annotations

import argparse
import collections
import fileinput
import re
import sys
from collections.abc import Iterable

from sipstatus import (
    RegistryStatus,
    SIPStatus,
    StatusLine,
    StatusLineError,
    canonical,
    parse_status_line,
)

# Where a status line may start: the version's "SIP/" in any case.
CANDIDATE = re.compile(r"SIP/", re.IGNORECASE | re.ASCII)


def find_status_line(line: str) -> StatusLine | None:
    """The first status line that starts anywhere in `line`, read by
    sipstatus.parse_status_line, or None."""
    for candidate in CANDIDATE.finditer(line):
        try:
            return parse_status_line(line[candidate.start() :])
        except StatusLineError:
            continue
    return None


def status_lines(lines: Iterable[str]) -> list[StatusLine]:
    """Every status line of a trace, in order. Each line keeps its line end,
    so that a CR before the LF ends the status line rather than breaking it."""
    found = (find_status_line(line) for line in lines)
    return [status for status in found if status is not None]


def meaning(code: int) -> str:
    """The code's phrase and class, or for an unknown code what it means."""
    try:
        status = SIPStatus(code)
    except ValueError:
        try:
            acted_on = canonical(code)
        except ValueError:
            return "(unknown local code)"
        if acted_on == code:
            return "(unknown local code)"
        return f"(unknown; treated as {acted_on} {acted_on.phrase})"
    standing = status.registry_status
    note = "" if standing is RegistryStatus.REGISTERED else f"; {standing}"
    return f"{status.phrase} [{status.status_class}{note}]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", help="trace files (default: standard input)")
    args = parser.parse_args()
    hook = fileinput.hook_encoded("utf-8", errors="replace")
    with fileinput.input(args.files, openhook=hook) as lines:
        counts = collections.Counter(int(status.code) for status in status_lines(lines))
    if not counts:
        print("no SIP status lines found", file=sys.stderr)
        return 1
    print(f"{'count':>6}  code  meaning")
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"{count:>6}  {code}   {meaning(code)}")
    print(f"{sum(counts.values()):>6}  responses, {len(counts)} codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
