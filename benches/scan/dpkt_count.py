#!/usr/bin/env python3
"""The Python peer of `sipstatus scan`: a dpkt loop over a pcap of SIP over
Ethernet/IPv4/UDP that counts responses by code and requests by method.

It does no more than the benchmark file needs (no TCP, no fragments, no
phrases or transactions), so it is the fastest fair Python loop, not a full
peer.  Prints the counts as JSON in the shape of gen_calls.py --expected.

    python dpkt_count.py FILE.pcap
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import dpkt


def main(path: str) -> int:
    codes: Counter[int] = Counter()
    methods: Counter[str] = Counter()
    with open(path, "rb") as f:
        for _ts, buf in dpkt.pcap.Reader(f):
            ip = dpkt.ethernet.Ethernet(buf).data
            if not isinstance(ip, dpkt.ip.IP) or not isinstance(ip.data, dpkt.udp.UDP):
                continue
            payload = ip.data.data
            if payload.startswith(b"SIP/2.0 "):
                codes[int(payload[8:11])] += 1
            else:
                line = payload.split(b"\r\n", 1)[0]
                if line.endswith(b" SIP/2.0"):
                    methods[line.split(b" ", 1)[0].decode()] += 1
    json.dump({"responses": sum(codes.values()),
               "codes": {str(c): n for c, n in sorted(codes.items())},
               "requests": dict(sorted(methods.items()))}, sys.stdout)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
