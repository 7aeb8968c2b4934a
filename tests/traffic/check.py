#!/usr/bin/env python3
"""Checks traffic fixtures against their expected reports.

    check.py scan SIPSTATUS DIR...   run `SIPSTATUS scan --format json` on every
                                     file named in DIR/expected.json and compare
    check.py tshark DIR...           compare tshark's own reading of the same
                                     files: field extraction (every code, raw)
                                     and `-z sip,stat` (after tshark's rules)
    check.py fresh                   the committed generated files and SIPp
                                     scenarios equal what their scripts write

Each DIR holds captures and an expected.json mapping file names to the part
of the scan report (JSON schema: responses, codes with code, count,
reason, class, treated_as and phrases, requests, metrics, skipped) that the file must reproduce; keys missing from an entry are not
checked for that file.  Exit status 1 on any difference, with one line per
difference.  Only the standard library is used.
"""

from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def load(directory: Path) -> dict[str, dict[str, Any]]:
    with open(directory / "expected.json", encoding="utf-8") as f:
        return json.load(f)


def compare(name: str, want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every way `got` (a scan report) departs from `want`."""
    errors: list[str] = []
    if "responses" in want and got.get("responses") != want["responses"]:
        errors.append(f"{name}: responses {got.get('responses')}, expected {want['responses']}")
    if "codes" in want:
        have = {c["code"]: c for c in got.get("codes", [])}
        for c in want["codes"]:
            g = have.pop(c["code"], None)
            if g is None:
                errors.append(f"{name}: code {c['code']} missing (expected {c['count']})")
                continue
            for key in ("count", "reason", "class", "treated_as", "phrases"):
                if key in c and g.get(key) != c[key]:
                    errors.append(f"{name}: code {c['code']} {key} {g.get(key)!r}, expected {c[key]!r}")
            if g.get("other_phrases", 0):
                errors.append(f"{name}: code {c['code']} has {g['other_phrases']} uncounted phrases")
        for code, g in sorted(have.items()):
            errors.append(f"{name}: code {code} seen {g.get('count')} times, expected none")
    if "requests" in want and got.get("requests") != want["requests"]:
        errors.append(f"{name}: requests {got.get('requests')}, expected {want['requests']}")
    if "metrics" in want:
        have_m = got.get("metrics") or {}
        for key, value in want["metrics"].items():
            g = have_m.get(key)
            if (g is None) != (value is None) or (g is not None and abs(g - value) > 0.01):
                errors.append(f"{name}: metric {key} {g}, expected {value}")
    if "skipped" in want:
        have_s = {k: v for k, v in (got.get("skipped") or {}).items() if v}
        if have_s != want["skipped"]:
            errors.append(f"{name}: skipped {have_s}, expected {want['skipped']}")
    return errors


def scan(sipstatus: str, dirs: list[Path]) -> int:
    errors: list[str] = []
    checked = 0
    for directory in dirs:
        for name, want in sorted(load(directory).items()):
            path = directory / name
            run = subprocess.run([sipstatus, "scan", "--format", "json", str(path)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                errors.append(f"{path}: exit {run.returncode}: {run.stderr.strip()}")
                continue
            errors += compare(str(path), want, json.loads(run.stdout))
            checked += 1
    for e in errors:
        print(e)
    print(f"check scan: {checked} files, {len(errors)} differences")
    return 1 if errors else 0


# --------------------------------------------------------------------------
# tshark
# --------------------------------------------------------------------------

# Files tshark cannot read as SIP at all, and why.
TSHARK_BLIND = {
    "hep3": "tshark 4.0 has no HEP dissector",
    ".log": "text, not a capture",
    ".txt": "text, not a capture",
}

# Files where tshark must read something else than sipstatus, and why.
TSHARK_DIFFERS = {
    "no-sp-before-empty-phrase.pcap": "tshark does not take \"SIP/2.0 603\" without the SP "
                                      "before the empty phrase for SIP at all",
}


def blind(name: str) -> str | None:
    for marker, why in TSHARK_BLIND.items():
        if marker in name:
            return why
    return None


def tshark_fields(path: Path) -> tuple[dict[int, int], dict[str, int]]:
    """Every Status-Code and request method tshark dissects, without buckets."""
    out = subprocess.run(
        ["tshark", "-r", str(path), "-Y", "sip", "-T", "fields",
         "-e", "sip.Status-Code", "-e", "sip.Method", "-E", "occurrence=a"],
        capture_output=True, text=True, check=True).stdout
    codes: dict[int, int] = {}
    methods: dict[str, int] = {}
    for line in out.splitlines():
        status, _, method = line.partition("\t")
        for c in filter(None, status.split(",")):
            codes[int(c)] = codes.get(int(c), 0) + 1
        for m in filter(None, method.split(",")):
            methods[m] = methods.get(m, 0) + 1
    return codes, methods


def tshark_stat(path: Path) -> tuple[int, dict[int, int], dict[str, int]]:
    out = subprocess.run(["tshark", "-r", str(path), "-q", "-z", "sip,stat"],
                         capture_output=True, text=True, check=True).stdout
    messages = int(re.search(r"Number of SIP messages: (\d+)", out).group(1))
    codes = {int(m[0]): int(m[1]) for m in re.findall(r"^  SIP (\d+) .*: +(\d+) Packets$", out, re.M)}
    section = out.split("* List of SIP Request methods", 1)[1].split("* Average", 1)[0]
    methods = {m[0]: int(m[1]) for m in re.findall(r"^  (\S+) +: +(\d+) Packets$", section, re.M)}
    return messages, codes, methods


def sip_stat_rules(want: dict[str, Any]) -> tuple[int, dict[int, int]]:
    """What `tshark -z sip,stat` must print for an expected report.

    tap-sipstat.c: every SIP message counts in "Number of SIP messages"; a
    code tshark has no name for goes to the x99 line of its class ("Client
    Error - Others" and so on, which is also where a real 199 lands); a code
    below 100 or from 700 up is dropped from the code list.  tshark names
    every code the sipstatus registry names in these fixtures, so "no name"
    is the same as a null `reason`.
    """
    codes: dict[int, int] = {}
    for c in want["codes"]:
        code = c["code"]
        if code >= 700:
            continue
        key = code if c["reason"] is not None else code // 100 * 100 + 99
        codes[key] = codes.get(key, 0) + c["count"]
    return want["responses"] + sum(want["requests"].values()), codes


def tshark(dirs: list[Path]) -> int:
    errors: list[str] = []
    notes: list[str] = []
    for directory in dirs:
        for name, want in sorted(load(directory).items()):
            path = directory / name
            why = blind(name)
            if why:
                notes.append(f"{path}: not read by tshark ({why})")
                continue
            mine: list[str] = []
            raw_codes, raw_methods = tshark_fields(path)
            want_codes = {c["code"]: c["count"] for c in want["codes"]}
            if raw_codes != want_codes:
                mine.append(f"{path}: tshark fields: codes {raw_codes}, expected {want_codes}")
            if "requests" in want and raw_methods != want["requests"]:
                mine.append(f"{path}: tshark fields: methods {raw_methods}, expected {want['requests']}")
            messages, codes, methods = tshark_stat(path)
            want_messages, want_stat = sip_stat_rules(want)
            if (messages, codes) != (want_messages, want_stat):
                mine.append(f"{path}: sip,stat: {messages} messages {codes}, "
                            f"expected by tshark's rules {want_messages} {want_stat}")
            if "requests" in want and methods != want["requests"]:
                mine.append(f"{path}: sip,stat: methods {methods}, expected {want['requests']}")
            differs = TSHARK_DIFFERS.get(name.removesuffix(".gz"))
            if differs and mine:
                notes += [m + f" [expected: {differs}]" for m in mine]
            elif differs:
                errors.append(f"{path}: tshark now agrees; update TSHARK_DIFFERS and the docs")
            else:
                errors += mine
    for n in notes:
        print(n)
    for e in errors:
        print(e)
    print(f"check tshark: {len(errors)} unexplained differences, {len(notes)} notes")
    return 1 if errors else 0


# --------------------------------------------------------------------------
# freshness
# --------------------------------------------------------------------------

def fresh() -> int:
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        subprocess.run([sys.executable, str(HERE / "gen_captures.py"), str(out / "gen")],
                       check=True, capture_output=True)
        committed = HERE / "gen"
        names = sorted({p.name for p in committed.iterdir()} | {p.name for p in (out / "gen").iterdir()})
        for name in names:
            a, b = committed / name, out / "gen" / name
            if not (a.exists() and b.exists() and filecmp.cmp(a, b, shallow=False)):
                errors.append(f"tests/traffic/gen/{name} differs from what gen_captures.py writes")
        subprocess.run([sys.executable, str(HERE / "sipp" / "scenario.py"), "--write", tmp],
                       check=True)
        for name in ("uac.xml", "uas.xml"):
            if not filecmp.cmp(out / name, HERE / "sipp" / name, shallow=False):
                errors.append(f"tests/traffic/sipp/{name} differs from what scenario.py writes")
        want = subprocess.run([sys.executable, str(HERE / "sipp" / "scenario.py"), "--fixtures", "2"],
                              check=True, capture_output=True, text=True).stdout
        if json.loads(want) != load(HERE / "sipp"):
            errors.append("tests/traffic/sipp/expected.json differs from scenario.py --fixtures 2")
    for e in errors:
        print(e)
    if errors:
        print("regenerate with: python3 tests/traffic/gen_captures.py; "
              "python3 tests/traffic/sipp/scenario.py --write tests/traffic/sipp")
    print(f"check fresh: {len(errors)} stale files")
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[1] == "scan":
        return scan(argv[2], [Path(d) for d in argv[3:]] or [HERE / "sipp", HERE / "gen"])
    if len(argv) >= 2 and argv[1] == "tshark":
        return tshark([Path(d) for d in argv[2:]] or [HERE / "sipp", HERE / "gen"])
    if len(argv) == 2 and argv[1] == "fresh":
        return fresh()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
