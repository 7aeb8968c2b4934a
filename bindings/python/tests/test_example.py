"""examples/python/count_status.py counts the status lines of its sample
trace, with each code's meaning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "python"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / "count_status.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_counts_the_sample_trace() -> None:
    result = run(str(EXAMPLES / "sample_trace.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["count", "code", "meaning"]
    assert lines[1].split()[:3] == ["3", "100", "Trying"]
    assert "     1  486   Busy Here [Client Error]" in lines
    assert "     1  202   Accepted [Success; deprecated]" in lines
    assert "     1  499   (unknown; treated as 400 Bad Request)" in lines
    assert lines[-1].split()[:2] == ["15", "responses,"]


def test_reads_standard_input() -> None:
    result = run(stdin="SIP/2.0 603 Decline\nSIP/2.0 603 Decline\nINVITE sip:x SIP/2.0\n")
    assert result.returncode == 0, result.stderr
    assert "     2  603   Decline [Global Failure]" in result.stdout.splitlines()


def test_a_trace_without_responses_is_an_error() -> None:
    result = run(stdin="INVITE sip:x SIP/2.0\n")
    assert result.returncode == 1
    assert result.stderr == "no SIP status lines found\n"
