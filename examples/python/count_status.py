"""Count the SIP responses in a trace: one line per status code, with its
reason phrase and what it means.

    python examples/python/count_status.py examples/python/sample_trace.txt
    tcpdump -A -r calls.pcap | python examples/python/count_status.py

Reads the files given (or standard input), finds every status line such as
"SIP/2.0 486 Busy Here", and prints a count per code, most frequent first.
A code the table does not hold is shown as the code a user agent treats it
as (RFC 3261 §8.1.3.2).
"""

from __future__ import annotations

import argparse
import collections
import fileinput
import re
import sys
from collections.abc import Iterable

from sipstatus import RegistryStatus, SIPStatus, canonical

# A status line: the version, a three-digit code, then the reason phrase.
STATUS_LINE = re.compile(r"^SIP/2\.0 +([1-7][0-9][0-9]) ")


def count_codes(lines: Iterable[str]) -> collections.Counter[int]:
    """The number of status lines per code."""
    counts: collections.Counter[int] = collections.Counter()
    for line in lines:
        match = STATUS_LINE.match(line)
        if match:
            counts[int(match.group(1))] += 1
    return counts


def meaning(code: int) -> str:
    """The code's phrase and class, or for an unknown code what it means."""
    try:
        status = SIPStatus(code)
    except ValueError:
        try:
            acted_on = canonical(code)
        except ValueError:
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
        counts = count_codes(lines)
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
