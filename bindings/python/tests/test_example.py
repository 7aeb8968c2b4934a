"""examples/python/count_status.py counts the status lines of a real
`tcpdump -A` trace (examples/sipp/capture.sh), finding the same ones as the
Rust example, with each code's meaning as the table gives it."""

from __future__ import annotations

import collections
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import sipstatus

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
SAMPLE = EXAMPLES / "sipp" / "tcpdump-A.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "python" / "count_status.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def example_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "count_status", EXAMPLES / "python" / "count_status.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_codes() -> collections.Counter[int]:
    """The status lines of the sample, as examples/sipp/status-lines.txt lists
    them for both examples."""
    lines = (EXAMPLES / "sipp" / "status-lines.txt").read_text(encoding="utf-8").splitlines()
    return collections.Counter(int(line.split(" ", 1)[0]) for line in lines)


def test_counts_every_status_line_of_the_tcpdump_sample() -> None:
    result = run(str(SAMPLE))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["count", "code", "meaning"]
    counts = {int(line.split()[1]): int(line.split()[0]) for line in lines[1:-1]}
    assert counts == expected_codes()
    assert lines[1].split()[:3] == ["2", "200", "OK"]
    assert "     1  202   Accepted [Success; deprecated]" in lines
    assert "     1  488   Not Acceptable Here [Client Error]" in lines
    assert "     1  499   (unknown; treated as 400 Bad Request)" in lines
    assert "     1  555   Push Notification Service Not Supported [Server Error]" in lines
    assert lines[-1].split()[:2] == ["12", "responses,"]


def test_finds_status_lines_wherever_they_start() -> None:
    trace = (
        "E..$..@.@.g................#SIP/2.0 603 Declined\n"
        "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1\n"
        "INVITE sip:x SIP/2.0\n"
        "...sip/2.0\t488\n"
        "SIP/2.0 9999 Broken\n"
        "SIP/2.0 099 Too Low\n"
        "SIP/2.0 701 Party Hangs Up\r\n"
    )
    result = run(stdin=trace)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "     1  603   Decline [Global Failure]" in lines
    assert "     1  488   Not Acceptable Here [Client Error]" in lines
    assert "     1  701   Party Hangs Up [Local; non-standard]" in lines
    assert lines[-1].split()[:2] == ["3", "responses,"]


def test_a_trace_without_responses_is_an_error() -> None:
    result = run(stdin="INVITE sip:x SIP/2.0\n")
    assert result.returncode == 1
    assert result.stderr == "no SIP status lines found\n"


def test_reads_each_candidate_with_the_package_parser() -> None:
    find = example_module().find_status_line
    for text, at in [
        ("E..$..@.@.g....#SIP/2.0 603 Declined", 16),
        ("...sip/2.0\t488", 3),
        ("x SIP/2.0/UDP host SIP/2.0  486   Busy Here\r\n", 19),
    ]:
        found = find(text)
        assert isinstance(found, sipstatus.StatusLine)
        expected = sipstatus.parse_status_line(text[at:])
        assert (found.version, found.code, found.reason) == (
            expected.version,
            expected.code,
            expected.reason,
        )
    for text in ["Via: SIP/2.0/UDP 127.0.0.1", "SIP/2.0 9999 Broken", "SIP/2.0 099 Low"]:
        assert find(text) is None
        try:
            sipstatus.parse_status_line(text)
        except sipstatus.StatusLineError:
            pass
        else:
            raise AssertionError(f"{text!r} parsed")
