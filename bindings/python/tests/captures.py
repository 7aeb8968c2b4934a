"""Small captures written for the tests: SIP calls as UDP over IPv4 in a
pcap file (link type raw IP), and the same messages as a text log."""

from __future__ import annotations

import struct
from pathlib import Path


def message(first_line: str, call: str, cseq: int, method: str, branch: str) -> bytes:
    return (
        f"{first_line}\r\n"
        f"Via: SIP/2.0/UDP 192.0.2.1:5060;branch={branch}\r\n"
        f"From: <sip:alice@example.com>;tag=1\r\n"
        f"To: <sip:bob@example.com>\r\n"
        f"Call-ID: {call}\r\n"
        f"CSeq: {cseq} {method}\r\n"
        f"Content-Length: 0\r\n\r\n"
    ).encode()


def call(n: int, final: str) -> list[bytes]:
    """INVITE, 100, 180, the final response and ACK of call ``n``."""
    cid, branch = f"call-{n}@example.com", f"z9hG4bK-{n}"
    return [
        message("INVITE sip:bob@example.com SIP/2.0", cid, 1, "INVITE", branch),
        message("SIP/2.0 100 Trying", cid, 1, "INVITE", branch),
        message("SIP/2.0 180 Ringing", cid, 1, "INVITE", branch),
        message(f"SIP/2.0 {final}", cid, 1, "INVITE", branch),
        message("ACK sip:bob@example.com SIP/2.0", cid, 1, "ACK", branch),
    ]


def udp4(payload: bytes) -> bytes:
    udp = struct.pack("!HHHH", 5060, 5060, 8 + len(payload), 0)
    header = struct.pack(
        "!BBHHHBBH4s4s", 0x45, 0, 28 + len(payload), 1, 0, 64, 17, 0,
        bytes([192, 0, 2, 1]), bytes([192, 0, 2, 2]),
    )
    return header + udp + payload


def pcap(messages: list[bytes]) -> bytes:
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 101)]
    for i, m in enumerate(messages):
        packet = udp4(m)
        out.append(struct.pack("<IIII", i, 0, len(packet), len(packet)))
        out.append(packet)
    return b"".join(out)


FINALS = ["200 OK", "486 Busy Here", "603 Decline", "499 Whatever", "480 Temporarily not available"]


def write_tree(root: Path, files: int = 6, calls: int = 5) -> list[Path]:
    """A directory tree of pcap files and one text log, each with its own
    calls; returns the files in name order."""
    paths = []
    for f in range(files):
        sub = root / f"site{f % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        messages = [
            m for c in range(calls) for m in call(f * 100 + c, FINALS[(f + c) % len(FINALS)])
        ]
        path = sub / f"capture{f}.pcap"
        path.write_bytes(pcap(messages))
        paths.append(path)
    log = root / "proxy.log"
    log.write_text("12:00:00 <- SIP/2.0 503 Service Unavailable\n12:00:01 <- SIP/2.0 488 \n")
    paths.append(log)
    return sorted(paths)
