#!/usr/bin/env python3
"""Writes small captures of one fixed SIP exchange through every front end.

The same 31 messages (16 requests, 15 responses) (``exchange()``) are written once per way a capture can
carry them: each link type (Ethernet, 802.1Q, QinQ, Linux cooked v1 and v2,
raw IP, BSD loopback), IPv6, IPv4 fragments, TCP with messages split across
segments and several messages in one segment, pcap in both byte orders with
micro- and nanosecond stamps, pcapng with several interfaces of different
link types (in both byte orders), HEPv3 over UDP, a proxy log as text, and a
gzip copy of every capture.  One more capture mixes the exchange with frames
a scanner must skip, one per reason.

The expected report of each file is derived from the exchange as written
here (which codes, phrases, methods and final outcomes it holds), not from any
scanner, and written to ``expected.json`` beside the captures.

Only the standard library is used, so the generator runs on any CPython 3.9+.

    gen_captures.py [OUTDIR]      default: gen/ beside this script
"""

from __future__ import annotations

import gzip
import json
import struct
import sys
from pathlib import Path

# --------------------------------------------------------------------------
# The exchange
# --------------------------------------------------------------------------

SDP = (
    "v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\n"
    "t=0 0\r\nm=audio 40000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\n"
    "a=rtpmap:8 PCMA/8000\r\n"
)

# (Call-ID, method, [(code, wire phrase), ...]): each row one transaction;
# INVITE rows also produce the ACK, BYE rows follow their INVITE's dialog.
TRANSACTIONS: list[tuple[str, str, list[tuple[int, str]]]] = [
    ("call-1", "INVITE", [(100, "Trying"), (180, "Ringing"), (200, "OK")]),
    ("call-1", "BYE", [(200, "OK")]),
    ("call-2", "INVITE", [(100, "Trying"), (155, "Queued Here"), (486, "Busy Here")]),
    ("call-3", "INVITE", [(500, "Internal Server Error")]),
    ("call-4", "INVITE", [(603, "")]),
    ("call-5", "INVITE", [(302, "Moved Temporarily")]),
    ("reg-1", "REGISTER", [(200, "OK")]),
    ("reg-1", "REGISTER", [(504, "Server Time-out")]),
    ("opt-1", "OPTIONS", [(701, "Party Hangs Up")]),
    ("opt-2", "OPTIONS", [(799, "Local Trouble")]),
    ("msg-1", "MESSAGE", [(498, "Custom Refusal")]),
]

REGISTERED = {
    100: "Trying", 180: "Ringing", 200: "OK", 302: "Moved Temporarily",
    486: "Busy Here", 500: "Server Internal Error", 504: "Server Time-out",
    603: "Decline", 701: "Party Hangs Up",
}
CLASSES = {1: "provisional", 2: "success", 3: "redirection", 4: "client-error",
           5: "server-error", 6: "global-failure", 7: "local"}


def message(start: str, call_id: str, seq: int, method: str, branch: str,
            to_tag: str | None, body: str = "", ctype: str = "") -> bytes:
    to = "<sip:bob@example.net>" + (f";tag={to_tag}" if to_tag else "")
    lines = [
        start,
        f"Via: SIP/2.0/UDP 192.0.2.10:5060;branch={branch}",
        "From: <sip:alice@example.com>;tag=a-" + call_id,
        "To: " + to,
        "Call-ID: " + call_id + "@192.0.2.10",
        f"CSeq: {seq} {method}",
        "Max-Forwards: 70",
    ]
    if ctype:
        lines.append("Content-Type: " + ctype)
    lines.append(f"Content-Length: {len(body.encode())}")
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def exchange() -> list[tuple[bool, bytes]]:
    """The messages in order, each with True when the caller sends it."""
    out: list[tuple[bool, bytes]] = []
    seqs: dict[str, int] = {}
    for n, (call_id, method, answers) in enumerate(TRANSACTIONS, start=1):
        seq = seqs[call_id] = seqs.get(call_id, 0) + 1
        branch = f"z9hG4bK-gen-{n}"
        body, ctype = (SDP, "application/sdp") if method == "INVITE" else ("", "")
        if method == "MESSAGE":
            body, ctype = "hello\r\n", "text/plain"
        to_tag = "b-" + call_id if method == "BYE" else None
        uri = "sip:bob@example.net"
        out.append((True, message(f"{method} {uri} SIP/2.0", call_id, seq, method,
                                  branch, to_tag, body, ctype)))
        for code, phrase in answers:
            tag = None if code == 100 else "b-" + call_id
            sdp = method == "INVITE" and code == 200
            out.append((False, message(f"SIP/2.0 {code} {phrase}", call_id, seq, method,
                                       branch, tag, SDP if sdp else "",
                                       "application/sdp" if sdp else "")))
        if method == "INVITE":
            final = answers[-1][0]
            ack_branch = branch if final >= 300 else branch + "-ack"
            out.append((True, message(f"ACK {uri} SIP/2.0", call_id, seq, "ACK",
                                      ack_branch, "b-" + call_id)))
    return out


def treated_as(code: int) -> int:
    """The code a user agent acts on (RFC 3261 §8.1.3.2): an unknown final
    code counts as the x00 of its class, an unknown 1xx as 183; a registered
    code and a local 7xx stay themselves."""
    if code in REGISTERED or code >= 700:
        return code
    return 183 if code < 200 else code // 100 * 100


def expected() -> dict[str, object]:
    codes: dict[int, dict[str, int]] = {}
    requests: dict[str, int] = {}
    finals: dict[str, list[int]] = {}
    for _, method, answers in TRANSACTIONS:
        requests[method] = requests.get(method, 0) + 1
        if method == "INVITE":
            requests["ACK"] = requests.get("ACK", 0) + 1
        for code, phrase in answers:
            codes.setdefault(code, {})
            codes[code][phrase] = codes[code].get(phrase, 0) + 1
        finals.setdefault(method, []).append(answers[-1][0])
    invites, registers = finals["INVITE"], finals["REGISTER"]
    attempts = len(invites) - sum(1 for c in invites if 300 <= c < 400)
    ineffective = {408, 500, 503, 504}

    def is_failure(c: int) -> bool:
        # RFC 6076 §4.2: 4xx except the challenges 401, 402 and 407, 5xx, 6xx.
        return 400 <= c < 700 and c not in {401, 402, 407}

    def pct(part: int, whole: int) -> float | None:
        return None if whole == 0 else round(100.0 * part / whole, 4)

    return {
        "responses": sum(sum(p.values()) for p in codes.values()),
        "codes": [
            {"code": c, "count": sum(p.values()), "reason": REGISTERED.get(c),
             "class": CLASSES[c // 100], "treated_as": treated_as(c),
             "phrases": dict(sorted(p.items()))}
            for c, p in sorted(codes.items())
        ],
        "requests": dict(sorted(requests.items())),
        # RFC 6076 §4.6 (SER), §4.7 (SEER), §4.8 (ISA), §4.2 (IRA).
        "metrics": {
            "ser": pct(sum(1 for c in invites if c == 200), attempts),
            "seer": pct(sum(1 for c in invites if c in {200, 480, 486, 600, 603}), attempts),
            "isa": pct(sum(1 for c in invites if c in ineffective), len(invites)),
            "ira": pct(sum(1 for c in registers if is_failure(c)), len(registers)),
        },
        "skipped": {},
    }


# --------------------------------------------------------------------------
# Packets
# --------------------------------------------------------------------------

CALLER4, CALLEE4 = bytes([192, 0, 2, 10]), bytes([198, 51, 100, 20])
CALLER6 = bytes.fromhex("20010db8000000000000000000000010")
CALLEE6 = bytes.fromhex("20010db8000000000000000000000020")
SIP_PORT, CALLER_PORT = 5060, 5062


def checksum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ipv4(src: bytes, dst: bytes, proto: int, payload: bytes, ident: int = 1,
         offset: int = 0, more: bool = False) -> bytes:
    flags = (0x2000 if more else 0) | (offset // 8)
    head = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, flags,
                       64, proto, 0, src, dst)
    head = head[:10] + struct.pack("!H", checksum(head)) + head[12:]
    return head + payload


def ipv6(src: bytes, dst: bytes, proto: int, payload: bytes, hop_by_hop: bool = False) -> bytes:
    if hop_by_hop:
        # Hop-by-Hop Options header with a PadN option (RFC 8200 §4.3).
        payload = bytes([proto, 0, 1, 4, 0, 0, 0, 0]) + payload
        proto = 0
    return struct.pack("!IHBB16s16s", 6 << 28, len(payload), proto, 64, src, dst) + payload


def pseudo(src: bytes, dst: bytes, proto: int, length: int) -> bytes:
    if len(src) == 4:
        return src + dst + struct.pack("!BBH", 0, proto, length)
    return src + dst + struct.pack("!IxxxB", length, proto)


def udp(src: bytes, dst: bytes, sport: int, dport: int, payload: bytes) -> bytes:
    seg = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    c = checksum(pseudo(src, dst, 17, len(seg)) + seg) or 0xFFFF
    return seg[:6] + struct.pack("!H", c) + seg[8:]


def tcp(src: bytes, dst: bytes, sport: int, dport: int, seq: int, ack: int,
        flags: int, payload: bytes) -> bytes:
    seg = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                      5 << 4, flags, 65535, 0, 0) + payload
    c = checksum(pseudo(src, dst, 6, len(seg)) + seg)
    return seg[:16] + struct.pack("!H", c) + seg[18:]


def ip_udp(v6: bool, caller_sends: bool, payload: bytes, sport: int = CALLER_PORT,
           dport: int = SIP_PORT, hop_by_hop: bool = False) -> bytes:
    a, b = (CALLER6, CALLEE6) if v6 else (CALLER4, CALLEE4)
    ports = (sport, dport)
    if not caller_sends:
        a, b, ports = b, a, (dport, sport)
    seg = udp(a, b, ports[0], ports[1], payload)
    return ipv6(a, b, 17, seg, hop_by_hop) if v6 else ipv4(a, b, 17, seg)


MAC_A, MAC_B = bytes.fromhex("020000000001"), bytes.fromhex("020000000002")
ETH_IP4, ETH_IP6, ETH_ARP, ETH_8021Q, ETH_8021AD = 0x0800, 0x86DD, 0x0806, 0x8100, 0x88A8


def ethertype(ip: bytes) -> int:
    return ETH_IP6 if ip[0] >> 4 == 6 else ETH_IP4


def ether(ip: bytes, tags: tuple[tuple[int, int], ...] = (), etype: int | None = None) -> bytes:
    head = MAC_B + MAC_A
    for tpid, vid in tags:
        head += struct.pack("!HH", tpid, vid)
    return head + struct.pack("!H", ethertype(ip) if etype is None else etype) + ip


def sll(ip: bytes) -> bytes:
    # Packet type 4 (sent by us), ARPHRD_ETHER, 6-byte address padded to 8.
    return struct.pack("!HHH8sH", 4, 1, 6, MAC_A + b"\0\0", ethertype(ip)) + ip


def sll2(ip: bytes) -> bytes:
    return struct.pack("!HHIHBB8s", ethertype(ip), 0, 2, 1, 4, 6, MAC_A + b"\0\0") + ip


def null(ip: bytes, endian: str) -> bytes:
    # BSD loopback: the address family in the capturing host's byte order;
    # AF_INET6 is 30 on macOS (24 on NetBSD/OpenBSD, 28 on FreeBSD).
    return struct.pack(endian + "I", 30 if ip[0] >> 4 == 6 else 2) + ip


LINKTYPE_NULL, LINKTYPE_ETHERNET, LINKTYPE_RAW = 0, 1, 101
LINKTYPE_LINUX_SLL, LINKTYPE_LINUX_SLL2 = 113, 276

# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------

Frame = tuple[bytes, int]  # (captured bytes, length on the wire)


def pcap(frames: list[Frame], linktype: int, endian: str = "<", nanos: bool = False,
         snaplen: int = 65535) -> bytes:
    magic = 0xA1B23C4D if nanos else 0xA1B2C3D4
    out = [struct.pack(endian + "IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype)]
    for i, (data, wire) in enumerate(frames):
        sec, usec = 1_700_000_000 + i // 10, (i % 10) * 100_000 + 7
        frac = usec * 1000 + 123 if nanos else usec
        out.append(struct.pack(endian + "IIII", sec, frac, len(data), wire) + data)
    return b"".join(out)


def block(endian: str, kind: int, body: bytes) -> bytes:
    body += b"\0" * (-len(body) % 4)
    total = 12 + len(body)
    return struct.pack(endian + "II", kind, total) + body + struct.pack(endian + "I", total)


def option(endian: str, code: int, value: bytes) -> bytes:
    return struct.pack(endian + "HH", code, len(value)) + value + b"\0" * (-len(value) % 4)


def pcapng(interfaces: list[tuple[int, str]], frames: list[tuple[int, Frame]],
           endian: str = "<") -> bytes:
    """interfaces: (linktype, name); frames: (interface index, frame)."""
    end = option(endian, 0, b"")
    shb = struct.pack(endian + "IHHq", 0x1A2B3C4D, 1, 0, -1) + \
        option(endian, 4, b"sipstatus gen_captures.py") + end
    out = [block(endian, 0x0A0D0D0A, shb)]
    for n, (linktype, name) in enumerate(interfaces):
        opts = option(endian, 2, name.encode())
        if n % 2:
            opts += option(endian, 9, bytes([9]))  # if_tsresol: nanoseconds
        out.append(block(endian, 1, struct.pack(endian + "HHI", linktype, 0, 65535) + opts + end))
    for i, (iface, (data, wire)) in enumerate(frames):
        ticks = (1_700_000_000 + i) * (10**9 if iface % 2 else 10**6)
        epb = struct.pack(endian + "IIIII", iface, ticks >> 32, ticks & 0xFFFFFFFF,
                          len(data), wire) + data + b"\0" * (-len(data) % 4)
        out.append(block(endian, 6, epb))
    # An Interface Statistics Block, as dumpcap writes at the end.
    out.append(block(endian, 5, struct.pack(endian + "III", 0, 0, 0) + end))
    return b"".join(out)


def hep3(caller_sends: bool, payload: bytes, v6: bool) -> bytes:
    def chunk(kind: int, value: bytes) -> bytes:
        return struct.pack("!HHH", 0, kind, 6 + len(value)) + value

    a, b = (CALLER6, CALLEE6) if v6 else (CALLER4, CALLEE4)
    sport, dport = CALLER_PORT, SIP_PORT
    if not caller_sends:
        a, b, sport, dport = b, a, dport, sport
    body = b"".join([
        chunk(1, bytes([10 if v6 else 2])),           # IP protocol family
        chunk(2, bytes([17])),                         # IP protocol: UDP
        chunk(5 if v6 else 3, a), chunk(6 if v6 else 4, b),
        chunk(7, struct.pack("!H", sport)), chunk(8, struct.pack("!H", dport)),
        chunk(9, struct.pack("!I", 1_700_000_000)), chunk(10, struct.pack("!I", 5)),
        chunk(11, bytes([1])),                         # protocol type: SIP
        chunk(12, struct.pack("!I", 2001)),            # capture agent id
        chunk(15, payload),
    ])
    return b"HEP3" + struct.pack("!H", 6 + len(body)) + body


def whole(data: bytes) -> Frame:
    return (data, len(data))


def udp_frames(wrap, v6: bool = False, hop_by_hop: bool = False) -> list[Frame]:
    return [whole(wrap(ip_udp(v6, caller, msg, hop_by_hop=hop_by_hop)))
            for caller, msg in exchange()]


def fragment_frames() -> list[Frame]:
    """Every datagram over 300 bytes cut into 200-byte fragments; every
    second one sent in reverse order."""
    frames = []
    for n, (caller, msg) in enumerate(exchange(), start=1):
        a, b = (CALLER4, CALLEE4) if caller else (CALLEE4, CALLER4)
        ports = (CALLER_PORT, SIP_PORT) if caller else (SIP_PORT, CALLER_PORT)
        seg = udp(a, b, ports[0], ports[1], msg)
        if len(seg) <= 300:
            frames.append(whole(ether(ipv4(a, b, 17, seg, ident=n))))
            continue
        pieces = [ether(ipv4(a, b, 17, seg[off:off + 200], ident=n, offset=off,
                             more=off + 200 < len(seg)))
                  for off in range(0, len(seg), 200)]
        if n % 2:
            pieces.reverse()
        frames.extend(whole(p) for p in pieces)
    return frames


def tcp_frames(v6: bool, retransmit: bool = False) -> list[Frame]:
    """One connection, caller to callee, carrying the exchange.

    Runs of messages in one direction go out as one byte run cut 10 bytes
    into the next message, so one segment carries a message and the start of
    the next; every message with a body is further cut inside its start
    line, inside its headers and inside its body.
    """
    a, b = (CALLER6, CALLEE6) if v6 else (CALLER4, CALLEE4)
    ip = ipv6 if v6 else ipv4
    seq = {True: 1000, False: 5000}
    frames: list[Frame] = []

    def send(caller: bool, flags: int, payload: bytes) -> None:
        src, dst = (a, b) if caller else (b, a)
        sp, dp = (CALLER_PORT, SIP_PORT) if caller else (SIP_PORT, CALLER_PORT)
        seg = tcp(src, dst, sp, dp, seq[caller], seq[not caller], flags, payload)
        frames.append(whole(ether(ip(src, dst, 6, seg))))
        seq[caller] += len(payload) + (1 if flags & 0x03 else 0)

    SYN, ACK, PSH, FIN = 0x02, 0x10, 0x08, 0x01
    send(True, SYN, b"")
    seq[False] -= 0
    send(False, SYN | ACK, b"")
    send(True, ACK, b"")
    runs: list[tuple[bool, list[bytes]]] = []
    for caller, msg in exchange():
        if runs and runs[-1][0] == caller:
            runs[-1][1].append(msg)
        else:
            runs.append((caller, [msg]))
    retransmitted = False
    for caller, msgs in runs:
        cuts: list[int] = []
        at = 0
        for n, msg in enumerate(msgs):
            head_end = msg.index(b"\r\n\r\n")
            if head_end + 4 < len(msg):  # a body: cut line, headers, body
                cuts += [at + 5, at + head_end // 2, at + head_end + 4 + 3]
            if n + 1 < len(msgs):
                cuts.append(at + len(msg) + 10)
            at += len(msg)
        data = b"".join(msgs)
        edges = [0] + sorted(set(c for c in cuts if 0 < c < len(data))) + [len(data)]
        for lo, hi in zip(edges, edges[1:]):
            send(caller, PSH | ACK, data[lo:hi])
            if retransmit and not retransmitted and hi - lo > 100:
                # The same segment again, as after a lost ACK.
                seq[caller] -= hi - lo
                send(caller, PSH | ACK, data[lo:hi])
                retransmitted = True
        send(not caller, ACK, b"")
    send(True, FIN | ACK, b"")
    send(False, FIN | ACK, b"")
    send(True, ACK, b"")
    return frames


def skip_frames() -> list[Frame]:
    """The exchange over Ethernet/IPv4/UDP, with one frame of each kind a
    scanner must skip and say why."""
    frames = udp_frames(ether)
    arp = struct.pack("!HHBBH6s4s6s4s", 1, ETH_IP4, 6, 4, 1, MAC_A, CALLER4,
                      b"\0" * 6, CALLEE4)
    icmp = bytes([8, 0, 0, 0, 0, 1, 0, 1]) + b"ping"
    icmp = icmp[:2] + struct.pack("!H", checksum(icmp)) + icmp[4:]
    dns = bytes.fromhex("123401000001000000000000076578616d706c65036e65740000010001")
    cut = ether(ip_udp(False, False, exchange()[1][1]))
    extra = [
        whole(ether(arp, etype=ETH_ARP)),                           # not-ip
        whole(ether(ipv4(CALLER4, CALLEE4, 1, icmp))),              # not-udp-tcp
        whole(ether(ip_udp(False, True, dns, 40000, 53))),          # not-sip
        whole(ether(ip_udp(False, False, b"SIP/2.0 99 Too Low\r\n"
                           b"Content-Length: 0\r\n\r\n"))),         # malformed
        (cut[:60], len(cut)),                                       # truncated
        whole(ether(ip_udp(False, True, b"\r\n\r\n"))),             # keep-alive
    ]
    return frames[:3] + extra + frames[3:]


# A proxy's log: each status line runs to the end of its line, as in the
# reply traces of common proxies (a scanner cannot know where a phrase would
# end inside a longer line).
PROXY_LOG = """\
2026-01-12T08:00:00.101Z proxy[311]: INFO: <core> relaying INVITE sip:bob@example.net from 192.0.2.10:5060
2026-01-12T08:00:00.102Z proxy[311]: DEBUG: Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK-1
2026-01-12T08:00:00.140Z proxy[311]: INFO: call-1 reply: SIP/2.0 100 Trying
2026-01-12T08:00:00.512Z proxy[311]: INFO: call-1 reply: SIP/2.0 180 Ringing
2026-01-12T08:00:02.004Z proxy[311]: INFO: call-1 reply: SIP/2.0 200 OK
2026-01-12T08:00:09.330Z proxy[311]: INFO: call-1 BYE reply: SIP/2.0 200 OK
2026-01-12T08:00:10.000Z proxy[311]: INFO: call-2 reply: SIP/2.0 100 Trying
2026-01-12T08:00:10.300Z proxy[311]: INFO: call-2 reply: SIP/2.0 155 Queued Here
2026-01-12T08:00:10.750Z proxy[311]: NOTICE: call-2 final: SIP/2.0 486 Busy Here
2026-01-12T08:00:11.020Z proxy[311]: ERROR: call-3 upstream said SIP/2.0 500 Internal Server Error
2026-01-12T08:00:12.000Z proxy[311]: NOTICE: call-4 final: SIP/2.0 603 \n\
2026-01-12T08:00:13.000Z proxy[311]: INFO: call-5 redirect: SIP/2.0 302 Moved Temporarily
2026-01-12T08:00:14.000Z proxy[311]: INFO: registrar: SIP/2.0 200 OK
2026-01-12T08:00:15.000Z proxy[311]: WARNING: registrar: SIP/2.0 504 Server Time-out
2026-01-12T08:00:16.000Z proxy[311]: DEBUG: stack event SIP/2.0 701 Party Hangs Up
2026-01-12T08:00:16.500Z proxy[311]: DEBUG: stack event SIP/2.0 799 Local Trouble
2026-01-12T08:00:17.000Z proxy[311]: INFO: MESSAGE refused: SIP/2.0 498 Custom Refusal
2026-01-12T08:00:18.000Z proxy[311]: DEBUG: not status lines: SIP/2.0/TCP and HTTP/1.1 200 OK
"""


def files() -> dict[str, tuple[bytes, dict[str, object]]]:
    full = expected()
    counts = {k: v for k, v in full.items() if k != "skipped"}
    text = {k: full[k] for k in ("responses", "codes")}
    skipped = dict(full, skipped={"not-ip": 1, "not-udp-tcp": 1, "not-sip": 1,
                                  "malformed": 1, "truncated": 1, "keep-alive": 1})
    le, be = "<", ">"
    out: dict[str, tuple[bytes, dict[str, object]]] = {
        "ethernet.pcap": (pcap(udp_frames(ether), LINKTYPE_ETHERNET), full),
        "vlan-8021q.pcap": (pcap(udp_frames(lambda ip: ether(ip, ((ETH_8021Q, 100),))),
                                 LINKTYPE_ETHERNET), full),
        "vlan-qinq.pcap": (pcap(udp_frames(lambda ip: ether(ip, ((ETH_8021AD, 200), (ETH_8021Q, 100)))),
                                LINKTYPE_ETHERNET), full),
        "linux-sll.pcap": (pcap(udp_frames(sll), LINKTYPE_LINUX_SLL), full),
        "linux-sll2.pcap": (pcap(udp_frames(sll2), LINKTYPE_LINUX_SLL2), full),
        "raw-ip.pcap": (pcap(udp_frames(lambda ip: ip), LINKTYPE_RAW), full),
        "raw-ipv6.pcap": (pcap(udp_frames(lambda ip: ip, v6=True), LINKTYPE_RAW), full),
        "bsd-loopback.pcap": (pcap(udp_frames(lambda ip: null(ip, le)), LINKTYPE_NULL), full),
        "bsd-loopback-ipv6-be.pcap": (pcap(udp_frames(lambda ip: null(ip, be), v6=True),
                                           LINKTYPE_NULL, be), full),
        "ipv6.pcap": (pcap(udp_frames(ether, v6=True), LINKTYPE_ETHERNET), full),
        "ipv6-hop-by-hop.pcap": (pcap(udp_frames(ether, v6=True, hop_by_hop=True),
                                      LINKTYPE_ETHERNET), full),
        "ipv4-fragments.pcap": (pcap(fragment_frames(), LINKTYPE_ETHERNET), full),
        "tcp-split.pcap": (pcap(tcp_frames(False), LINKTYPE_ETHERNET), full),
        "tcp-split-ipv6.pcap": (pcap(tcp_frames(True), LINKTYPE_ETHERNET), full),
        "tcp-retransmission.pcap": (pcap(tcp_frames(False, retransmit=True), LINKTYPE_ETHERNET),
                                    counts),
        "big-endian.pcap": (pcap(udp_frames(ether), LINKTYPE_ETHERNET, be), full),
        "nanosecond.pcap": (pcap(udp_frames(ether), LINKTYPE_ETHERNET, nanos=True), full),
        "nanosecond-big-endian.pcap": (pcap(udp_frames(ether), LINKTYPE_ETHERNET, be, True), full),
        "hep3.pcap": (pcap([whole(ether(ip_udp(False, True, hep3(c, m, v6=n % 2 == 1), 47000, 9060)))
                            for n, (c, m) in enumerate(exchange())], LINKTYPE_ETHERNET), full),
        "skipped.pcap": (pcap(skip_frames(), LINKTYPE_ETHERNET), skipped),
        "proxy.log": (PROXY_LOG.encode(), text),
        # A Status-Line without the SP before its empty phrase, as some stacks
        # send it (RFC 3261 §25.1 requires the SP): lenient reading counts it.
        "no-sp-before-empty-phrase.pcap": (pcap([whole(ether(ip_udp(False, False, message(
            "SIP/2.0 603", "call-9", 1, "INVITE", "z9hG4bK-gen-nosp", "b-call-9"))))],
            LINKTYPE_ETHERNET), {"responses": 1, "codes": [
                {"code": 603, "count": 1, "reason": "Decline", "class": "global-failure",
                 "phrases": {"": 1}}], "requests": {}, "skipped": {}}),
    }
    # pcapng: the messages spread over three interfaces of three link types.
    ifaces = [(LINKTYPE_ETHERNET, "eth0"), (LINKTYPE_LINUX_SLL, "any"), (LINKTYPE_RAW, "tun0")]
    wraps = [ether, sll, lambda ip: ip]
    for endian, name in ((le, "multi-interface.pcapng"), (be, "multi-interface-be.pcapng")):
        frames = [(n % 3, whole(wraps[n % 3](ip_udp(n % 2 == 1, c, m))))
                  for n, (c, m) in enumerate(exchange())]
        out[name] = (pcapng(ifaces, frames, endian), full)
    for name in [n for n in out if n.endswith((".pcap", ".pcapng"))]:
        data, want = out[name]
        out[name + ".gz"] = (gzip.compress(data, 9, mtime=0), want)
    return out


def main() -> int:
    outdir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "gen"
    outdir.mkdir(parents=True, exist_ok=True)
    want: dict[str, object] = {}
    for name, (data, report) in sorted(files().items()):
        (outdir / name).write_bytes(data)
        want[name] = report
    with open(outdir / "expected.json", "w", encoding="utf-8") as f:
        json.dump(want, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"gen_captures: wrote {len(want)} files and expected.json to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
