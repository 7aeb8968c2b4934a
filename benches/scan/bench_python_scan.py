#!/usr/bin/env python3
"""sipstatus.scan(bytes) against the Python idiom it replaces: a compiled
regular expression and collections.Counter over 1,000,000 status lines.

Both count each (code, wire phrase) pair; the counts are compared before
anything is timed.  Prints one table row per contender and the ratio.

    python bench_python_scan.py [LINES]
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter

import sipstatus

STATUS = [b"100 Trying", b"180 Ringing", b"183 Session Progress", b"200 OK", b"200 OK",
          b"200 OK", b"486 Busy Here", b"404 Not Found", b"487 Request Terminated",
          b"500 Internal Server Error", b"503 Service Unavailable", b"603 ", b"499 Custom"]


def corpus(lines: int) -> bytes:
    return b"".join(b"SIP/2.0 " + STATUS[i % len(STATUS)] + b"\r\n" for i in range(lines))


STATUS_LINE = re.compile(rb"SIP/2\.0 ([1-7][0-9][0-9]) ([^\r\n]*)")


def with_regex(data: bytes) -> Counter[tuple[bytes, bytes]]:
    return Counter(STATUS_LINE.findall(data))


def best(fn, data: bytes, rounds: int = 3) -> tuple[float, float]:
    """The fastest of a few runs: (wall seconds, CPU seconds of the process).
    CPU time is what the ratio uses, as other work on the machine disturbs it
    less than wall time."""
    runs = []
    for _ in range(rounds):
        w, c = time.perf_counter(), time.process_time()
        fn(data)
        runs.append((time.perf_counter() - w, time.process_time() - c))
    return min(runs, key=lambda r: r[1])


def main() -> int:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    data = corpus(lines)
    report = sipstatus.scan(data)
    theirs: Counter[int] = Counter()
    for (code, _phrase), n in with_regex(data).items():
        theirs[int(code)] += n
    ours = {int(code): n for code, n in report.codes.items()}
    if ours != dict(theirs):
        print(f"bench_python_scan: counts differ: {ours} vs {dict(theirs)}", file=sys.stderr)
        return 1
    regex_w, regex_c = best(with_regex, data)
    scan_w, scan_c = best(sipstatus.scan, data)
    mb = len(data) / 1e6
    print(f"{lines} status lines, {mb:.1f} MB, Python {sys.version.split()[0]}")
    print(f"  re + Counter      wall {regex_w * 1e3:8.1f} ms  CPU {regex_c * 1e3:8.1f} ms"
          f"  {mb / regex_c:7.1f} MB per CPU s")
    print(f"  sipstatus.scan    wall {scan_w * 1e3:8.1f} ms  CPU {scan_c * 1e3:8.1f} ms"
          f"  {mb / scan_c:7.1f} MB per CPU s")
    print(f"  CPU time of re + Counter / sipstatus.scan: {regex_c / scan_c:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
