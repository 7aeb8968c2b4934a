#!/usr/bin/env python3
"""Re-reads FreeSWITCH's and Asterisk's SIP <-> cause functions from their
source and compares them with the `freeswitch` and `asterisk` profiles of
sipstatus, for every status code 100-799 and every cause 1-127.

Run by hand, with checkouts (work trees or bare git directories) of
signalwire/freeswitch and asterisk/asterisk; nothing is downloaded and no
PBX code is copied into this repository:

    scripts/check-pbx-tables.py --freeswitch ~/src/freeswitch --asterisk ~/src/asterisk
    make check-pbx-tables FREESWITCH=~/src/freeswitch ASTERISK=~/src/asterisk

Either option may be left out. The profiles were read from the commits
their `source` names (`sipstatus q850 --mapping PROFILE --format json`); a
checkout at another commit may differ, which is what this script is for.
Exit status 0 when every value agrees, 1 when any differs, 2 on bad usage.

What is read:
  FreeSWITCH  src/mod/endpoints/mod_sofia/sofia_glue.c  sofia_glue_sip_cause_to_freeswitch()
              src/mod/endpoints/mod_sofia/mod_sofia.c   hangup_cause_to_sip()
              src/include/switch_types.h                SWITCH_CAUSE_* numbers
  Asterisk    res/res_pjsip.c                           ast_sip_hangup_sip2cause()
              channels/chan_pjsip.c                     hangup_cause2sip()
              res/res_pjsip_session.c                   ast_sip_session_terminate() (0 -> 603)
              include/asterisk/causes.h                 AST_CAUSE_* numbers
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


class Checkout:
    """A work tree or a bare git directory, read at HEAD."""

    def __init__(self, path: str) -> None:
        self.path = Path(path).expanduser()
        self.bare = not (self.path / ".git").exists() and (self.path / "HEAD").exists()

    def read(self, name: str) -> str:
        if self.bare:
            return subprocess.run(
                ["git", "--git-dir", str(self.path), "show", f"HEAD:{name}"],
                check=True, capture_output=True, text=True,
            ).stdout
        return (self.path / name).read_text(encoding="utf-8", errors="replace")

    def commit(self) -> str:
        args = ["git", "--git-dir", str(self.path)] if self.bare else ["git", "-C", str(self.path)]
        out = subprocess.run([*args, "log", "-1", "--format=%h %cs"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown commit"


def function_body(source: str, name: str) -> str:
    """The text between the braces of the definition of `name`."""
    match = re.search(rf"^[^\n;]*\b{re.escape(name)}\s*\([^;{{]*\)\s*\{{", source, re.M)
    if not match:
        raise SystemExit(f"function {name}() not found")
    depth, start = 0, match.end() - 1
    for i in range(start, len(source)):
        if source[i] == "{":
            depth += 1
        elif source[i] == "}":
            depth -= 1
            if depth == 0:
                return source[start + 1 : i]
    raise SystemExit(f"unbalanced braces in {name}()")


def strip_comments(text: str) -> str:
    return re.sub(r"/\*.*?\*/|//[^\n]*", "", text, flags=re.S)


def switch_table(body: str, symbols: dict[str, int]) -> tuple[dict[int, int], str]:
    """`case A: case B: return X;` as {A: X, B: X}, and the text of the
    `default:` branch."""
    body = strip_comments(body)
    default_at = body.find("default:")
    cases, default = body[:default_at], body[default_at:]
    table: dict[int, int] = {}
    pending: list[int] = []
    for token in re.finditer(r"case\s+(\w+)\s*:|return\s+(\w+)\s*;", cases):
        if token.group(1):
            pending.append(value(token.group(1), symbols))
        else:
            for label in pending:
                table[label] = value(token.group(2), symbols)
            pending = []
    return table, default


def value(token: str, symbols: dict[str, int]) -> int:
    return int(token) if token.isdigit() else symbols[token]


def freeswitch_symbols(types_h: str) -> dict[str, int]:
    return {m[0]: int(m[1]) for m in re.findall(r"\b(SWITCH_CAUSE_\w+)\s*=\s*(\d+)", types_h)}


def asterisk_symbols(causes_h: str) -> dict[str, int]:
    symbols: dict[str, int] = {}
    for name, target in re.findall(r"#define\s+(AST_CAUSE_\w+)\s+(\w+)", causes_h):
        symbols[name] = int(target) if target.isdigit() else symbols[target]
    return symbols


def exported(profile: str, cli: str | None) -> dict[str, dict[int, int]]:
    argv = [cli] if cli else ["cargo", "run", "-q", "--locked", "-p", "sipstatus-cli", "--"]
    out = subprocess.run(
        [*argv, "q850", "--mapping", profile, "--format", "json"],
        cwd=REPO, check=True, capture_output=True, text=True,
    ).stdout
    data = json.loads(out)
    return {
        "sip": {row["code"]: row["cause"] for row in data["sip_to_q850"]},
        "cause": {row["cause"]: row["code"] for row in data["q850_to_sip"]},
        "source": data["source"],
    }


def compare(name: str, want_sip: dict[int, int], want_cause: dict[int, int], got: dict) -> int:
    problems = [
        f"  SIP {code} -> cause: source says {want_sip[code]}, sipstatus says {got['sip'][code]}"
        for code in range(100, 800)
        if want_sip[code] != got["sip"][code]
    ] + [
        f"  cause {cause} -> SIP: source says {want_cause[cause]}, sipstatus says {got['cause'][cause]}"
        for cause in range(1, 128)
        if want_cause[cause] != got["cause"][cause]
    ]
    print(f"{name}: {len(problems)} of 827 values differ (sipstatus read {got['source'][:60]}...)")
    for line in problems[:40]:
        print(line)
    if len(problems) > 40:
        print(f"  ... and {len(problems) - 40} more")
    return 1 if problems else 0


def check_freeswitch(checkout: Checkout, cli: str | None) -> int:
    print(f"FreeSWITCH checkout at {checkout.commit()}")
    symbols = freeswitch_symbols(checkout.read("src/include/switch_types.h"))
    sip_table, sip_default = switch_table(
        function_body(checkout.read("src/mod/endpoints/mod_sofia/sofia_glue.c"),
                      "sofia_glue_sip_cause_to_freeswitch"), symbols)
    cause_table, cause_default = switch_table(
        function_body(checkout.read("src/mod/endpoints/mod_sofia/mod_sofia.c"), "hangup_cause_to_sip"),
        symbols)
    sip_fallback = value(re.search(r"return\s+(\w+)\s*;", sip_default).group(1), symbols)
    cause_fallback = value(re.search(r"return\s+(\w+)\s*;", cause_default).group(1), symbols)
    want_sip = {c: sip_table.get(c, sip_fallback) for c in range(100, 800)}
    want_cause = {c: cause_table.get(c, cause_fallback) for c in range(1, 128)}
    return compare("freeswitch", want_sip, want_cause, exported("freeswitch", cli))


def check_asterisk(checkout: Checkout, cli: str | None) -> int:
    print(f"Asterisk checkout at {checkout.commit()}")
    symbols = asterisk_symbols(checkout.read("include/asterisk/causes.h"))
    sip_table, sip_default = switch_table(
        function_body(checkout.read("res/res_pjsip.c"), "ast_sip_hangup_sip2cause"), symbols)
    cause_table, cause_default = switch_table(
        function_body(checkout.read("channels/chan_pjsip.c"), "hangup_cause2sip"), symbols)
    # The default of ast_sip_hangup_sip2cause: ranges, then a last return.
    ranges = [
        (int(lo), int(hi), value(ret, symbols))
        for hi, lo, ret in re.findall(
            r"cause\s*<\s*(\d+)\s*&&\s*cause\s*>=\s*(\d+)\s*\)\s*\{\s*return\s+(\w+)\s*;", sip_default)
    ]
    # The return after the ranges; the function's own `return 0` after the
    # switch is never reached.
    last = value(re.findall(r"return\s+(\w+)\s*;", sip_default)[len(ranges)], symbols)

    def sip_fallback(code: int) -> int:
        return next((ret for lo, hi, ret in ranges if lo <= code < hi), last)

    # hangup_cause2sip returns 0 for what it does not list, and
    # ast_sip_session_terminate sends 603 for 0.
    terminate = function_body(checkout.read("res/res_pjsip_session.c"), "ast_sip_session_terminate")
    zero_to = re.search(r"if\s*\(\s*!response\s*\)\s*\{\s*response\s*=\s*(\d+)\s*;", terminate)
    if not zero_to:
        raise SystemExit("ast_sip_session_terminate() no longer turns response 0 into a code")
    cause_fallback = value(re.findall(r"return\s+(\w+)\s*;", cause_default)[0], symbols)
    cause_fallback = int(zero_to.group(1)) if cause_fallback == 0 else cause_fallback
    want_sip = {c: sip_table.get(c, sip_fallback(c)) for c in range(100, 800)}
    want_cause = {
        c: (int(zero_to.group(1)) if cause_table.get(c) == 0 else cause_table.get(c, cause_fallback))
        for c in range(1, 128)
    }
    return compare("asterisk", want_sip, want_cause, exported("asterisk", cli))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--freeswitch", help="a checkout of signalwire/freeswitch")
    parser.add_argument("--asterisk", help="a checkout of asterisk/asterisk")
    parser.add_argument("--cli", default=os.environ.get("SIPSTATUS_CLI"),
                        help="the sipstatus binary (default: cargo run)")
    args = parser.parse_args()
    if not args.freeswitch and not args.asterisk:
        parser.print_usage(sys.stderr)
        print("check-pbx-tables: give --freeswitch and/or --asterisk", file=sys.stderr)
        return 2
    status = 0
    if args.freeswitch:
        status |= check_freeswitch(Checkout(args.freeswitch), args.cli)
    if args.asterisk:
        status |= check_asterisk(Checkout(args.asterisk), args.cli)
    return status


if __name__ == "__main__":
    sys.exit(main())
