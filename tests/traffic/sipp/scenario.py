#!/usr/bin/env python3
"""One SIPp call, written once: the SIPp scenarios and the counts they must produce.

Every transaction of the call is one row of ``TRANSACTIONS``: the request
method and the responses the answering side sends, in order.  From that list
this script writes the two SIPp scenarios (``uac.xml`` places the call,
``uas.xml`` answers it) and, with ``--expected CALLS``, prints the report that
a capture of CALLS such calls must give.  The counts are derived from the
scenario itself, not from any scanner, so they can judge one.

The call covers what a traffic report must get right:

* provisional responses, including 199 (RFC 6228);
* registered phrases, alias phrases ("Temporarily not available" for 480,
  "Internal Server Error" for 500) and an empty phrase (603);
* codes the registry does not know (499, 699).  SIPp refuses to send any
  code from 700 up ("Response codes must be in the range of 100-700" when it
  loads the scenario), so the 7xx cases live in the generated captures
  (../gen_captures.py).
* INVITE transactions that end in each outcome RFC 6076 §4.6-§4.8 counts,
  and REGISTER transactions for §4.2.

Usage:
    scenario.py --write DIR        write DIR/uac.xml and DIR/uas.xml
    scenario.py --expected CALLS   print the expected report as JSON
    scenario.py --fixtures CALLS   print expected.json: each file that
                                   make-fixtures.sh writes, with the part of
                                   the report it must reproduce
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# (method, [(code, wire phrase), ...]); the last response is the final one.
TRANSACTIONS: list[tuple[str, list[tuple[int, str]]]] = [
    ("REGISTER", [(200, "OK")]),
    ("REGISTER", [(503, "Service Unavailable")]),
    ("OPTIONS", [(499, "Custom Client Failure")]),
    ("MESSAGE", [(699, "Custom Global Failure")]),
    ("INVITE", [(100, "Trying"), (180, "Ringing"), (183, "Session Progress"),
                (199, "Early Dialog Terminated"), (486, "Busy Here")]),
    ("INVITE", [(100, "Trying"), (404, "Not Found")]),
    ("INVITE", [(480, "Temporarily not available")]),
    ("INVITE", [(500, "Internal Server Error")]),
    ("INVITE", [(603, "")]),
    ("INVITE", [(100, "Trying"), (180, "Ringing"), (200, "OK")]),
    ("BYE", [(200, "OK")]),
]

# The registry's phrase and class for each code used above (checked against
# `sipstatus list --format json` by check.py, so a table change shows up).
REGISTERED = {
    100: "Trying", 180: "Ringing", 183: "Session Progress",
    199: "Early Dialog Terminated", 200: "OK", 404: "Not Found",
    480: "Temporarily Unavailable", 486: "Busy Here",
    500: "Server Internal Error", 503: "Service Unavailable", 603: "Decline",
}
CLASSES = {1: "provisional", 2: "success", 3: "redirection", 4: "client-error",
           5: "server-error", 6: "global-failure", 7: "local"}

SDP = """v=0
o=user1 53655765 2353687637 IN IP4 [local_ip]
s=-
c=IN IP4 [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
"""


def request(method: str, seq: int, branch: str, to: str) -> str:
    body = ""
    extra = ""
    if method == "INVITE":
        body, extra = SDP, "Content-Type: application/sdp\n"
    elif method == "MESSAGE":
        body, extra = "status report\n", "Content-Type: text/plain\n"
    return f"""{method} sip:bob@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch={branch}
From: <sip:alice@[local_ip]:[local_port]>;tag=[pid]-[call_number]
To: {to}
Call-ID: [call_id]
CSeq: {seq} {method}
Contact: <sip:alice@[local_ip]:[local_port];transport=[transport]>
Max-Forwards: 70
{extra}Content-Length: [len]

{body}"""


def response(code: int, phrase: str, tag: str, with_sdp: bool) -> str:
    to = "[last_To:]" if code == 100 else f"[last_To:];tag={tag}"
    body, extra = (SDP, "Content-Type: application/sdp\n") if with_sdp else ("", "")
    # A Status-Line with an empty phrase keeps the SP before CRLF (RFC 3261
    # §25.1: Reason-Phrase may be empty).  SIPp trims trailing white space
    # from every line, so the SP is protected by a variable that is empty.
    status = f"SIP/2.0 {code} {phrase}" if phrase else f"SIP/2.0 {code} [$empty]"
    return f"""{status}
[last_Via:]
[last_From:]
{to}
[last_Call-ID:]
[last_CSeq:]
Contact: <sip:bob@[local_ip]:[local_port];transport=[transport]>
{extra}Content-Length: [len]

{body}"""


def cdata(text: str) -> str:
    return "    <![CDATA[\n\n" + text + "\n    ]]>"


def scenarios() -> tuple[str, str]:
    uac = ['<?xml version="1.0" encoding="ISO-8859-1" ?>',
           '<!DOCTYPE scenario SYSTEM "sipp.dtd">',
           "<!-- Written by scenario.py: edit TRANSACTIONS there, not this file. -->",
           '<scenario name="sipstatus traffic fixture, calling side">']
    uas = ['<?xml version="1.0" encoding="ISO-8859-1" ?>',
           '<!DOCTYPE scenario SYSTEM "sipp.dtd">',
           "<!-- Written by scenario.py: edit TRANSACTIONS there, not this file. -->",
           '<scenario name="sipstatus traffic fixture, answering side">']
    dialog_to = "<sip:bob@[remote_ip]:[remote_port]>"
    for seq, (method, answers) in enumerate(TRANSACTIONS, start=1):
        branch = f"z9hG4bK-[pid]-[call_number]-{seq}"
        to = "[last_To:]" if method == "BYE" else dialog_to
        uac.append("  <send>\n" + cdata(request(method, seq, branch, to)) + "\n  </send>")
        if any(not phrase for _, phrase in answers):
            uas.append(f'  <recv request="{method}">\n    <action>\n'
                       '      <assignstr assign_to="empty" value=""/>\n'
                       '    </action>\n  </recv>')
        else:
            uas.append(f'  <recv request="{method}"/>')
        tag = f"uas-[call_number]-{seq}"
        for code, phrase in answers:
            sdp = method == "INVITE" and code == 200
            uac.append(f'  <recv response="{code}"/>')
            uas.append("  <send>\n" + cdata(response(code, phrase, tag, sdp)) + "\n  </send>")
        final = answers[-1][0]
        if method == "INVITE":
            # The ACK of a non-2xx final response belongs to the INVITE
            # transaction (same branch); the ACK of a 2xx is a transaction of
            # its own (RFC 3261 §17.1.1.3, §13.2.2.4).
            ack_branch = branch if final >= 300 else f"{branch}-ack"
            ack = f"""ACK sip:bob@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch={ack_branch}
From: <sip:alice@[local_ip]:[local_port]>;tag=[pid]-[call_number]
[last_To:]
Call-ID: [call_id]
CSeq: {seq} ACK
Max-Forwards: 70
Content-Length: 0

"""
            uac.append("  <send>\n" + cdata(ack) + "\n  </send>")
            uas.append('  <recv request="ACK"/>')
    uac.append("</scenario>")
    uas.append("</scenario>")
    return "\n".join(uac) + "\n", "\n".join(uas) + "\n"


def treated_as(code: int) -> int:
    """The code a user agent acts on (RFC 3261 §8.1.3.2): an unknown final
    code counts as the x00 of its class, an unknown 1xx as 183; a registered
    code and a local 7xx stay themselves."""
    if code in REGISTERED or code >= 700:
        return code
    return 183 if code < 200 else code // 100 * 100


def expected(calls: int) -> dict[str, object]:
    codes: dict[int, dict[str, int]] = {}
    requests: dict[str, int] = {}
    answered: dict[str, int] = {}
    for method, answers in TRANSACTIONS:
        requests[method] = requests.get(method, 0) + calls
        if method == "INVITE":
            requests["ACK"] = requests.get("ACK", 0) + calls
        for code, phrase in answers:
            phrases = codes.setdefault(code, {})
            phrases[phrase] = phrases.get(phrase, 0) + calls
            answered[method] = answered.get(method, 0) + calls
    invite_finals = [a[-1][0] for m, a in TRANSACTIONS if m == "INVITE"]
    register_finals = [a[-1][0] for m, a in TRANSACTIONS if m == "REGISTER"]
    return {
        "responses": sum(sum(p.values()) for p in codes.values()),
        "codes": [
            {
                "code": code,
                "count": sum(phrases.values()),
                "reason": REGISTERED.get(code),
                "class": CLASSES[code // 100],
                "treated_as": treated_as(code),
                "phrases": dict(sorted(phrases.items())),
            }
            for code, phrases in sorted(codes.items())
        ],
        "requests": dict(sorted(requests.items())),
        "metrics": metrics(invite_finals, register_finals),
        "skipped": {},
    }


def percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100.0 * part / whole, 4)


def metrics(invite_finals: list[int], register_finals: list[int]) -> dict[str, float | None]:
    """RFC 6076 §4.2 and §4.6-§4.8 over the final responses of each transaction."""
    attempts = len(invite_finals) - sum(1 for c in invite_finals if 300 <= c < 400)
    ineffective = {408, 500, 503, 504}

    def is_failure(c: int) -> bool:
        # RFC 6076 §4.2: 4xx except the challenges 401, 402 and 407, 5xx, 6xx.
        return 400 <= c < 700 and c not in {401, 402, 407}
    return {
        "ser": percent(sum(1 for c in invite_finals if c == 200), attempts),
        "seer": percent(sum(1 for c in invite_finals if c in {200, 480, 486, 600, 603}), attempts),
        "isa": percent(sum(1 for c in invite_finals if c in ineffective), len(invite_finals)),
        "ira": percent(sum(1 for c in register_finals if is_failure(c)), len(register_finals)),
    }


def fixtures(calls: int) -> dict[str, dict[str, object]]:
    """What each recorded file must give.

    Packet captures carry whole messages, so they give the whole report.  On
    TCP the capture also holds segments without payload (handshake, pure
    ACKs): whether a scanner lists those as skipped is its own business, so
    `skipped` is not asserted there.  The text renderings give responses and
    codes; the -trace_msg log also starts each request line at the start of
    a line, so its methods are asserted too.
    """
    full = expected(calls)
    no_skipped = {k: v for k, v in full.items() if k != "skipped"}
    text = {k: full[k] for k in ("responses", "codes")}
    log = {k: full[k] for k in ("responses", "codes", "requests")}
    return {
        "sipp-udp.pcap": full,
        "sipp-udp.pcapng": full,
        "sipp-udp.pcap.gz": full,
        "sipp-tcp.pcap": no_skipped,
        "sipp-tcp.pcapng": no_skipped,
        "sipp-udp.trace_msg.log": log,
        "sipp-udp.tcpdump.txt": text,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, metavar="DIR")
    parser.add_argument("--expected", type=int, metavar="CALLS")
    parser.add_argument("--fixtures", type=int, metavar="CALLS")
    args = parser.parse_args()
    if args.write is None and args.expected is None and args.fixtures is None:
        parser.error("give --write DIR, --expected CALLS or --fixtures CALLS")
    if args.write is not None:
        uac, uas = scenarios()
        (args.write / "uac.xml").write_text(uac)
        (args.write / "uas.xml").write_text(uas)
    if args.expected is not None:
        json.dump(expected(args.expected), sys.stdout, indent=2)
        sys.stdout.write("\n")
    if args.fixtures is not None:
        json.dump(fixtures(args.fixtures), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
