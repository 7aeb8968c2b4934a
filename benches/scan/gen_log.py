#!/usr/bin/env python3
"""Writes a proxy-style text log of status lines, one per line, each behind
a timestamp and a peer address (about 74 bytes a line), to time the text
front end of `sipstatus scan`.

    python gen_log.py OUT [LINES]
"""

from __future__ import annotations

import sys

STATUS = [b"100 Trying", b"180 Ringing", b"183 Session Progress", b"200 OK", b"200 OK",
          b"200 OK", b"486 Busy Here", b"404 Not Found", b"487 Request Terminated",
          b"500 Internal Server Error", b"503 Service Unavailable", b"603 ", b"499 Custom"]


def main() -> int:
    out = sys.argv[1]
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    with open(out, "wb") as f:
        chunk = []
        for i in range(lines):
            s, us = divmod(i, 1000)
            chunk.append(b"2026-11-24 12:%02d:%02d.%06d proxy[4711]: 10.0.%d.%d:5060 <- SIP/2.0 %s\n"
                         % (s // 60 % 60, s % 60, us * 997 % 1000000, i % 250, i % 199,
                            STATUS[i % len(STATUS)]))
            if len(chunk) == 10000:
                f.write(b"".join(chunk))
                chunk.clear()
        f.write(b"".join(chunk))
    return 0


if __name__ == "__main__":
    sys.exit(main())
