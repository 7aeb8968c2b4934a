"""Times parse_status_line against the usual Python way: a compiled regular
expression for the same grammar, re.match, and the groups taken out with the
code made an int.

    make bench-python-wire

parse_status_line also relates the phrase to the table (.kind) and hands
out the SIPStatus member; the regular expression does neither. Each figure is
the best of several interleaved timeit runs, in nanoseconds per line.
"""

from __future__ import annotations

import platform
import sys
import timeit

SETUP = r"""
import re
from sipstatus import parse_status_line
LINES = [
    "SIP/2.0 100 Trying\r\n",
    "SIP/2.0 180 Ringing\r\n",
    "SIP/2.0 200 OK\r\n",
    "SIP/2.0 480 Temporarily not available\r\n",
    "SIP/2.0 486 Busy Here\r\n",
    "SIP/2.0 500 Internal Server Error\r\n",
    "SIP/2.0 603 Decline\r\n",
    "SIP/2.0 407 Proxy Authentication Required\r\n",
]
PATTERN = re.compile(
    r"SIP/([0-9]+\.[0-9]+) ([0-9]{3}) "
    r"((?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'() \t]|%[0-9A-Fa-f]{2}|[^\x00-\x7f])*)\r\n"
)

def with_re():
    for line in LINES:
        m = PATTERN.match(line)
        version, code, reason = m.group(1), int(m.group(2)), m.group(3)

def with_sipstatus():
    for line in LINES:
        s = parse_status_line(line, strict=True)
        version, code, reason, kind = s.version, s.code, s.reason, s.kind
"""

ROUNDS = 15
PER_CALL = 8  # lines per call


def best_ns(*statements: str) -> list[float]:
    timers = [timeit.Timer(s, SETUP) for s in statements]
    loops = max(t.autorange()[0] for t in timers)
    best = [float("inf")] * len(timers)
    for _ in range(ROUNDS):
        for i, t in enumerate(timers):
            best[i] = min(best[i], t.timeit(loops) / loops * 1e9 / PER_CALL)
    return best


def main() -> None:
    print(f"CPython {platform.python_version()} on {sys.platform}")
    ours, peer = best_ns("with_sipstatus()", "with_re()")
    print(f"parse_status_line(line, strict=True) {ours:8.1f} ns/line")
    print(f"re.match + groups + int(code)        {peer:8.1f} ns/line")
    print(f"ratio: {ours / peer:.2f}× re ({peer / ours:.2f}× faster)")


if __name__ == "__main__":
    main()
