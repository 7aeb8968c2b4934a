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


def best(fn, data: bytes, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn(data)
        times.append(time.perf_counter() - t)
    return min(times)


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
    regex_s = best(with_regex, data)
    scan_s = best(sipstatus.scan, data)
    mb = len(data) / 1e6
    print(f"{lines} status lines, {mb:.1f} MB, Python {sys.version.split()[0]}")
    print(f"  re + Counter      {regex_s * 1e3:8.1f} ms  {mb / regex_s:7.1f} MB/s")
    print(f"  sipstatus.scan    {scan_s * 1e3:8.1f} ms  {mb / scan_s:7.1f} MB/s")
    print(f"  ratio             {regex_s / scan_s:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
