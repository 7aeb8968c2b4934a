#!/usr/bin/env python3
"""One run of the `sipstatus scan` benchmarks, with ratios.

    bench_scan.py --sipstatus BIN --python VENV_PYTHON --work DIR [--calls N]

Generates (once, kept in DIR) a pcap of N calls (default 100,000), the same
calls split into one file per core and a second pcap ten times larger.
Then, on the same file, times:

* `sipstatus scan --format json` as a user runs it (all cores: one file,
  so a second core reads it ahead), on one core (taskset -c 0) and, on the
  split files, with all cores;
* `tshark -q -z sip,stat`;
* a Python dpkt loop (dpkt_count.py, run by VENV_PYTHON);

checks that each of them reports the counts the generator says the file
holds, and measures peak memory (`/usr/bin/time -v`, maximum resident set
size) of `sipstatus scan` on both file sizes; times it on one core on a
proxy-style text log of 1,000,000 status lines (gen_log.py).  Finally runs
bench_python_scan.py with VENV_PYTHON.  Prints a Markdown table with every
command and writes it to DIR/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


ANON: dict[str, int] = {}


def anon_kib(pid: int) -> int:
    """The process's resident anonymous memory (heap, stacks), without the
    pages of files it maps, which the kernel can drop at any time."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


CPU: dict[str, float] = {}


def run(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, max RSS in KiB (GNU time) and stdout of one run; the
    CPU seconds (user + system) go to CPU and the peak resident anonymous
    memory, sampled every 5 ms, to ANON."""
    t = time.perf_counter()
    p = subprocess.Popen(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    peak = 0
    children = f"/proc/{p.pid}/task/{p.pid}/children"
    while True:
        # wait4's resource usage has microseconds, where GNU time prints
        # hundredths of a second, too coarse for a run of 0.1 s; it is that
        # of GNU time and the command it waited for.
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid == p.pid:
            p.returncode = os.waitstatus_to_exitcode(status)
            break
        try:
            with open(children) as f:
                for child in f.read().split():
                    peak = max(peak, anon_kib(int(child)))
        except OSError:
            pass
        time.sleep(0.005)
    out, err = p.communicate()
    wall = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"bench_scan: {shlex.join(cmd)} failed ({p.returncode}):\n{err[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    ANON[shlex.join(cmd)] = peak
    CPU[shlex.join(cmd)] = usage.ru_utime + usage.ru_stime
    return wall, rss, out


def scan_counts(out: str) -> dict[str, object]:
    r = json.loads(out)
    return {"responses": r["responses"],
            "codes": {str(c["code"]): c["count"] for c in r["codes"]},
            "requests": r["requests"]}


def tshark_counts(out: str) -> dict[str, object]:
    codes = {m[0]: int(m[1]) for m in re.findall(r"^  SIP (\d+) .*: +(\d+) Packets$", out, re.M)}
    section = out.split("* List of SIP Request methods", 1)[1].split("* Average", 1)[0]
    methods = {m[0]: int(m[1]) for m in re.findall(r"^  (\S+) +: +(\d+) Packets$", section, re.M)}
    return {"responses": sum(codes.values()), "codes": dict(sorted(codes.items())),
            "requests": dict(sorted(methods.items()))}


def same(name: str, got: dict[str, object], want: dict[str, object]) -> None:
    if got != want:
        sys.exit(f"bench_scan: {name} counted {got}, the file holds {want}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sipstatus", required=True)
    p.add_argument("--python", required=True)
    p.add_argument("--work", type=Path, required=True)
    p.add_argument("--calls", type=int, default=100_000)
    a = p.parse_args()
    cores = os.cpu_count() or 1
    a.work.mkdir(parents=True, exist_ok=True)
    big = a.work / f"calls-{a.calls}.pcap"
    parts = a.work / f"calls-{a.calls}-parts{cores}"
    huge = a.work / f"calls-{a.calls * 10}.pcap"
    gen = [sys.executable, str(HERE / "gen_calls.py")]
    if not big.exists():
        subprocess.run(gen + ["--calls", str(a.calls), str(big)], check=True)
    if not parts.exists():
        subprocess.run(gen + ["--calls", str(a.calls), "--parts", str(cores), str(parts)], check=True)
    if not huge.exists():
        subprocess.run(gen + ["--calls", str(a.calls * 10), str(huge)], check=True)
    want = json.loads(subprocess.run(gen + ["--expected", "--calls", str(a.calls)],
                                     check=True, capture_output=True, text=True).stdout)
    want_huge = json.loads(subprocess.run(gen + ["--expected", "--calls", str(a.calls * 10)],
                                          check=True, capture_output=True, text=True).stdout)
    mb = big.stat().st_size / 1e6
    mb_huge = huge.stat().st_size / 1e6

    rows: list[tuple[str, str, float, int, float]] = []
    # Best of seven for the runs of a tenth of a second, whose times a burst
    # of other work on the machine can double, and best of two for tshark's
    # ten seconds, which average such bursts out; the file is then in the
    # page cache for all.
    scan_default = [a.sipstatus, "scan", "--format", "json", str(big)]
    best_default = min((run(scan_default) + (CPU[shlex.join(scan_default)],) for _ in range(7)),
                       key=lambda r: r[0])
    same("sipstatus scan (default)", scan_counts(best_default[2]), want)
    rows.append((f"sipstatus scan, as run (one file; {cores} cores: the file read ahead on a second)",
                 shlex.join(scan_default), best_default[0], best_default[1], best_default[3]))
    scan1 = ["taskset", "-c", "0", a.sipstatus, "scan", "--format", "json", str(big)]
    best = min((run(scan1) + (CPU[shlex.join(scan1)],) for _ in range(7)), key=lambda r: r[3])
    same("sipstatus scan", scan_counts(best[2]), want)
    rows.append(("sipstatus scan, one core", shlex.join(scan1), best[0], best[1], best[3]))
    scan_all = [a.sipstatus, "scan", "--format", "json", str(parts)]
    best_all = min((run(scan_all) + (CPU[shlex.join(scan_all)],) for _ in range(7)), key=lambda r: r[0])
    same("sipstatus scan (all cores)", scan_counts(best_all[2]), want)
    rows.append((f"sipstatus scan, {cores} cores, {cores} files", shlex.join(scan_all),
                 best_all[0], best_all[1], best_all[3]))
    tshark = ["tshark", "-r", str(big), "-q", "-z", "sip,stat"]
    t = min((run(tshark) + (CPU[shlex.join(tshark)],) for _ in range(2)), key=lambda r: r[3])
    same("tshark", tshark_counts(t[2]), want)
    rows.append(("tshark -z sip,stat", shlex.join(tshark), t[0], t[1], t[3]))
    dpkt = [a.python, str(HERE / "dpkt_count.py"), str(big)]
    d = run(dpkt)
    same("dpkt loop", json.loads(d[2]), want)
    rows.append(("Python dpkt loop", shlex.join(dpkt), d[0], d[1], CPU[shlex.join(dpkt)]))
    scan_huge = [a.sipstatus, "scan", "--format", "json", str(huge)]
    h = run(scan_huge)
    same("sipstatus scan (10x)", scan_counts(h[2]), want_huge)

    load = os.getloadavg()[0]
    lines = [f"{a.calls:,} calls, {mb:.0f} MB pcap (Ethernet/IPv4/UDP); {cores} cores; "
             f"load average {load:.1f} when the run ended; `benches/scan/gen_calls.py`. "
             "Two ratios: of wall time against `sipstatus scan` as a user runs it (first row), "
             "and of CPU time (user + system, which other work on the machine disturbs less "
             "than wall time) against `sipstatus scan` held to one core (second row). "
             "sipstatus rows: best of seven; tshark: best of two; dpkt: one run.", "",
             "| Tool | Command | Wall s | MB/s | CPU s | MB per CPU s | Max RSS "
             "| Wall time ÷ sipstatus as run | CPU time ÷ sipstatus on one core |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]

    def times(r: float) -> str:
        return f"{r:.0f}×" if r >= 10 else f"{r:.2f}×"

    base_wall = rows[0][2]
    base_cpu = rows[1][4]
    for name, cmd, sec, rss, cpu in rows:
        lines.append(f"| {name} | `{cmd}` | {sec:.2f} | {mb / sec:.0f} | {cpu:.3f} | {mb / cpu:.0f} | "
                     f"{rss / 1024:.0f} MiB | {times(sec / base_wall)} | {times(cpu / base_cpu)} |")
    scan_big = [a.sipstatus, "scan", "--format", "json", str(big)]
    b = run(scan_big)
    lines += ["", "Peak memory of `sipstatus scan` (GNU time's maximum RSS, which counts the "
              "pages of a memory-mapped input, and the sampled peak of anonymous memory, "
              "which does not):", "",
              "| Input | Command | Seconds | Max RSS | Peak anonymous |", "|---|---|---:|---:|---:|",
              f"| {mb:.0f} MB, {a.calls:,} calls | `{shlex.join(scan_big)}` | {b[0]:.2f} | "
              f"{b[1] / 1024:.0f} MiB | {ANON[shlex.join(scan_big)] / 1024:.0f} MiB |",
              f"| {mb_huge:.0f} MB, {a.calls * 10:,} calls | `{shlex.join(scan_huge)}` | {h[0]:.2f} | "
              f"{h[1] / 1024:.0f} MiB | {ANON[shlex.join(scan_huge)] / 1024:.0f} MiB |"]
    log = a.work / "log-1000000.txt"
    if not log.exists():
        subprocess.run([sys.executable, str(HERE / "gen_log.py"), str(log)], check=True)
    sys.path.insert(0, str(HERE))
    from gen_log import STATUS  # noqa: E402
    want_log: dict[str, int] = {}
    for i in range(1_000_000):
        code = STATUS[i % len(STATUS)][:3].decode()
        want_log[code] = want_log.get(code, 0) + 1
    scan_log = ["taskset", "-c", "0", a.sipstatus, "scan", "--format", "json", str(log)]
    best_log = min((run(scan_log) + (CPU[shlex.join(scan_log)],) for _ in range(3)),
                   key=lambda r: r[3])
    same("sipstatus scan (text log)", scan_counts(best_log[2])["codes"], dict(sorted(want_log.items())))
    mb_log = log.stat().st_size / 1e6
    lines += ["", f"Text: a proxy-style log of 1,000,000 status lines ({mb_log:.0f} MB, "
              "`benches/scan/gen_log.py`), best of three:", "",
              "| Command | Wall s | MB/s | CPU s | MB per CPU s |", "|---|---:|---:|---:|---:|",
              f"| `{shlex.join(scan_log)}` | {best_log[0]:.2f} | {mb_log / best_log[0]:.0f} | "
              f"{best_log[3]:.3f} | {mb_log / best_log[3]:.0f} |"]
    py = subprocess.run([a.python, str(HERE / "bench_python_scan.py")],
                        capture_output=True, text=True)
    lines += ["", "```", f"$ {a.python} benches/scan/bench_python_scan.py",
              (py.stdout or py.stderr).rstrip(), "```"]
    text = "\n".join(lines) + "\n"
    (a.work / "results.md").write_text(text)
    print(text)
    return py.returncode


if __name__ == "__main__":
    sys.exit(main())
