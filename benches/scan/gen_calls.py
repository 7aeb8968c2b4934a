#!/usr/bin/env python3
"""Writes a large pcap of SIP calls over Ethernet/IPv4/UDP for benchmarks.

Each call gets its own Call-ID and ports.  80 % of the calls are answered:
INVITE (with SDP), 100 Trying, 180 Ringing, 200 OK (with SDP), ACK, BYE,
200 OK.  The rest fail with 486 Busy Here (10 %), 404 Not Found (5 %), 503
Service Unavailable (3 %) or 487 Request Terminated after a CANCEL (2 %).
The counts the file must give are printed as JSON (--expected) so a benchmark
can check the tool it times.  Only the standard library is used.

    gen_calls.py --calls 100000 OUT.pcap            one file
    gen_calls.py --calls 100000 --parts 4 OUTDIR    the same calls in 4 files
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from pathlib import Path

SDP = (
    "v=0\r\no=- {n} 1 IN IP4 10.1.{a}.{b}\r\ns=-\r\nc=IN IP4 10.1.{a}.{b}\r\nt=0 0\r\n"
    "m=audio {rtp} RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n"
)


def msg(start: str, n: int, seq: str, to_tag: bool, branch: str, body: str = "") -> bytes:
    lines = [
        start,
        f"Via: SIP/2.0/UDP 10.0.{n >> 8 & 255}.{n & 255}:5060;branch=z9hG4bK{branch}{n:x}",
        f"From: \"Caller {n}\" <sip:+4930{n:08d}@carrier.example>;tag=f{n:x}",
        f"To: <sip:+4940{n:08d}@carrier.example>" + (f";tag=t{n:x}" if to_tag else ""),
        f"Call-ID: {n:08x}-bench@10.0.{n >> 8 & 255}.{n & 255}",
        f"CSeq: {seq}",
        f"Contact: <sip:{n}@10.0.{n >> 8 & 255}.{n & 255}:5060>",
        "User-Agent: bench/1.0",
    ]
    if body:
        lines.append("Content-Type: application/sdp")
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def call(n: int) -> list[tuple[bool, bytes]]:
    """The messages of call n, each with True when the caller sends it."""
    sdp = SDP.format(n=n, a=n >> 8 & 255, b=n & 255, rtp=10000 + 2 * (n % 20000))
    invite = msg("INVITE sip:+4940%08d@carrier.example SIP/2.0" % n, n, "1 INVITE", False, "a", sdp)
    out = [(True, invite), (False, msg("SIP/2.0 100 Trying", n, "1 INVITE", False, "a"))]
    kind = n % 100
    if kind < 80:
        out += [
            (False, msg("SIP/2.0 180 Ringing", n, "1 INVITE", True, "a")),
            (False, msg("SIP/2.0 200 OK", n, "1 INVITE", True, "a", sdp)),
            (True, msg("ACK sip:%d@10.0.0.1 SIP/2.0" % n, n, "1 ACK", True, "b")),
            (True, msg("BYE sip:%d@10.0.0.1 SIP/2.0" % n, n, "2 BYE", True, "c")),
            (False, msg("SIP/2.0 200 OK", n, "2 BYE", True, "c")),
        ]
        return out
    if kind < 98:
        final = "486 Busy Here" if kind < 90 else "404 Not Found" if kind < 95 else "503 Service Unavailable"
        out.append((False, msg("SIP/2.0 " + final, n, "1 INVITE", True, "a")))
    else:
        out += [
            (False, msg("SIP/2.0 180 Ringing", n, "1 INVITE", True, "a")),
            (True, msg("CANCEL sip:+4940%08d@carrier.example SIP/2.0" % n, n, "1 CANCEL", False, "a")),
            (False, msg("SIP/2.0 200 OK", n, "1 CANCEL", True, "a")),
            (False, msg("SIP/2.0 487 Request Terminated", n, "1 INVITE", True, "a")),
        ]
    out.append((True, msg("ACK sip:+4940%08d@carrier.example SIP/2.0" % n, n, "1 ACK", True, "a")))
    return out


ETH = bytes.fromhex("020000000002020000000001") + b"\x08\x00"


def frame(n: int, caller: bool, payload: bytes) -> bytes:
    a = bytes([10, 0, n >> 8 & 255, n & 255])
    b = bytes([10, 200, 0, 1])
    sport, dport = 5060, 5060
    if not caller:
        a, b = b, a
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0)
    # The IPv4 header checksum is left 0: readers of captures do not check it.
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 28 + len(payload), n & 0xFFFF, 0x4000, 64, 17, 0, a, b)
    return ETH + ip + udp + payload


def expected(calls: range) -> dict[str, object]:
    codes: dict[int, int] = {}
    requests: dict[str, int] = {}
    for n in calls:
        for caller, data in call(n):
            first = data.split(b"\r\n", 1)[0].decode()
            if caller:
                method = first.split(" ", 1)[0]
                requests[method] = requests.get(method, 0) + 1
            else:
                code = int(first[8:11])
                codes[code] = codes.get(code, 0) + 1
    return {"responses": sum(codes.values()), "codes": dict(sorted(codes.items())),
            "requests": dict(sorted(requests.items()))}


def write(path: Path, calls: range) -> int:
    with open(path, "wb", buffering=1 << 20) as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        t = 1_700_000_000_000_000
        for n in calls:
            for caller, data in call(n):
                pkt = frame(n, caller, data)
                t += 137
                f.write(struct.pack("<IIII", t // 1_000_000, t % 1_000_000, len(pkt), len(pkt)))
                f.write(pkt)
    return path.stat().st_size


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--calls", type=int, default=100_000)
    p.add_argument("--parts", type=int, default=0, help="write OUT as a directory of N files")
    p.add_argument("--expected", action="store_true", help="print the expected counts, write nothing")
    p.add_argument("out", type=Path, nargs="?")
    a = p.parse_args()
    if a.expected:
        # The counts repeat every 100 calls; count 100 and scale when possible.
        if a.calls % 100 == 0:
            unit = expected(range(100))
            k = a.calls // 100
            unit["responses"] *= k
            unit["codes"] = {c: v * k for c, v in unit["codes"].items()}
            unit["requests"] = {m: v * k for m, v in unit["requests"].items()}
            json.dump(unit, sys.stdout)
        else:
            json.dump(expected(range(a.calls)), sys.stdout)
        print()
        return 0
    if a.out is None:
        p.error("give OUT")
    if a.parts:
        a.out.mkdir(parents=True, exist_ok=True)
        step = -(-a.calls // a.parts)
        size = sum(write(a.out / f"part-{i:02d}.pcap", range(i * step, min(a.calls, (i + 1) * step)))
                   for i in range(a.parts))
    else:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        size = write(a.out, range(a.calls))
    print(f"gen_calls: {a.calls} calls, {size / 1e6:.1f} MB in {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
