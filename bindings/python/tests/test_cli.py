"""`python -m sipstatus` behaves like the Rust `sipstatus` command: it
explains a code or a phrase, lists the table, and reports bad input as one
line on stderr with a non-zero exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "sipstatus", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_explains_a_code() -> None:
    result = run("486")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "486 Busy Here"
    assert "  class     4xx Client Error" in lines
    assert "  status    registered" in lines
    assert "  reference RFC 3261 §21.4.24" in lines
    assert "  constant  BUSY_HERE" in lines


def test_explains_a_phrase_in_german() -> None:
    result = run("explain", "busy here", "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("486 Busy Here\n  Klasse      4xx Client-Fehler\n")
    assert "Angerufen" in result.stdout


def test_the_language_may_come_first_and_words_need_no_quotes() -> None:
    result = run("--lang", "de", "busy", "HERE")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("486 Busy Here\n")
    assert "Klasse" in result.stdout


def test_says_how_an_alias_matched() -> None:
    result = run("internal server error")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("500 Server Internal Error\n  matched   an alias")


def test_explains_a_code_the_table_does_not_hold_by_rfc_3261() -> None:
    result = run("499")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "499 (not in the table)",
        "  class     4xx Client Error",
        "  a UAC treats it as (RFC 3261 §8.1.3.2): 400 Bad Request",
    ]


def test_lists_a_class() -> None:
    result = run("list", "--class", "6xx")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()[1:]
    assert rows and all(row.startswith("6") for row in rows)


def test_lists_the_json_export_of_the_rust_command(exported: list[dict[str, Any]]) -> None:
    result = run("list", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == exported
    path = os.environ.get("SIPSTATUS_JSON")
    if path:
        # Byte for byte, not only the same data.
        assert result.stdout == Path(path).read_text(encoding="utf-8")


RUST_CLI = os.environ.get("SIPSTATUS_CLI")


@pytest.mark.skipif(RUST_CLI is None, reason="SIPSTATUS_CLI (set by make test-python) names the Rust command")
@pytest.mark.parametrize(
    "args",
    [
        ["486"],
        ["explain", "busy", "here", "--lang", "de"],
        ["Declined"],
        ["unsupported certificate"],
        ["499"],
        ["188"],
        ["701"],
        ["list"],
        ["list", "--class", "6xx", "--format", "csv", "--lang", "de"],
        ["list", "--format", "markdown"],
        ["800"],
        ["busy", "hear"],
    ],
)
def test_prints_what_the_rust_command_prints(args: list[str]) -> None:
    # Output and query errors are the Rust command's own, byte for byte; only
    # usage errors are framed by each language's argument parser.
    assert RUST_CLI is not None
    ours = run(*args)
    rust = subprocess.run(
        [RUST_CLI, *args], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert (ours.returncode, ours.stdout, ours.stderr) == (rust.returncode, rust.stdout, rust.stderr)


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["800"], 1, "800 is not a SIP status code"),
        (["0486"], 1, "0486 is not a SIP status code"),
        (["busy", "hear"], 1, '"busy hear" is not a known reason phrase'),
        (["explain", "   "], 1, "reason phrase is empty"),
        ([], 2, "give a code or a phrase"),
        (["--lang", "fr", "486"], 2, 'unknown language "fr"'),
        (["list", "--class", "9xx"], 2, 'unknown class "9xx"'),
        (["list", "--format", "xml"], 2, 'unknown format "xml"'),
        (["list", "--frobnicate"], 2, "unrecognized arguments: --frobnicate"),
        (["explain"], 2, "the following arguments are required"),
    ],
)
def test_bad_input_is_one_line_on_stderr(args: list[str], status: int, message: str) -> None:
    result = run(*args)
    assert result.returncode == status
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("sipstatus: ")
    assert message in result.stderr


def test_help_and_version() -> None:
    help_text = run("--help")
    assert help_text.returncode == 0 and "explain" in help_text.stdout
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("sipstatus ")


def on_terminal(command: list[str], columns: int, env_columns: str | None) -> str:
    """What a command prints to a terminal `columns` wide (a pseudo-terminal
    with that window size), with COLUMNS set to `env_columns` or unset."""
    import fcntl
    import struct
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if env_columns is not None:
        env["COLUMNS"] = env_columns
    process = subprocess.Popen(command, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every writer of the terminal is gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


TERMINAL_COMMANDS = [[RUST_CLI]] if RUST_CLI else []


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize("command", TERMINAL_COMMANDS, ids=lambda c: " ".join(c))
def test_a_terminal_gets_output_wrapped_to_its_width(command: list[str]) -> None:
    explained = on_terminal([*command, "486"], 50, None)
    assert widest(explained) <= 50 and explained.startswith("486 Busy Here\n")
    # COLUMNS, when set, is the width.
    assert widest(on_terminal([*command, "486"], 200, "44")) <= 44
    table = on_terminal([*command, "list"], 120, None)
    assert widest(table) <= 120
    assert len(table.splitlines()) > len(run("list").stdout.splitlines())
    help_text = on_terminal([*command, "--help"], 60, None)
    assert widest(help_text) <= 60 and "Usage:" in help_text
    # A pipe gets whole lines, whatever COLUMNS says.
    piped = subprocess.run(
        [*command, "list"], capture_output=True, text=True, env=dict(os.environ, COLUMNS="44")
    )
    assert widest(piped.stdout) > 150
