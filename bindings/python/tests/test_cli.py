"""`python -m sipstatus` is the Rust `sipstatus` command, run through the
native module: it explains a code or a phrase, lists the table, and reports
bad input and output it cannot write as one line on stderr with the Rust
command's exit status, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sipstatus


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
        "  Q.850     31 Normal, unspecified (RFC 3398 §8.2.6.1, default for unlisted codes)",
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
        (["list", "--frobnicate"], 2, "unexpected argument '--frobnicate' found"),
        (["explain"], 2, "not provided: <CODE|PHRASE>...; usage: python -m sipstatus explain"),
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
    assert "Usage: python -m sipstatus [OPTIONS]" in help_text.stdout
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout == f"sipstatus {sipstatus.__version__}\n"


def test_main_runs_in_process_on_the_descriptors(capfd: pytest.CaptureFixture[str]) -> None:
    from sipstatus.__main__ import main

    assert main(["486"]) == 0
    assert main([b"busy", b"here", "--lang", "de"]) == 0
    assert main(["800"]) == 1
    out, err = capfd.readouterr()
    assert out.count("486 Busy Here\n") == 2 and "Klasse" in out
    assert err == "sipstatus: 800 is not a SIP status code: codes are three digits from 100 to 799\n"


# ---- What cannot be written, and arguments that are not UTF-8 ----------------

COMMANDS = {"python": [sys.executable, "-m", "sipstatus"]}
if RUST_CLI:
    COMMANDS["rust"] = [RUST_CLI]


def run_in_shell(command: list[str], args: str, redirection: str) -> subprocess.CompletedProcess[bytes]:
    """Runs a command with a descriptor redirected by sh (`>/dev/full`, `>&-`)."""
    return subprocess.run(
        ["sh", "-c", f'exec "$@" {args} {redirection}', "sh", *command],
        capture_output=True,
        timeout=60,
    )


def outcome(result: subprocess.CompletedProcess[bytes]) -> tuple[int, bytes]:
    """Exit status and stderr, with the program's name made the same."""
    return result.returncode, result.stderr.replace(b"python -m sipstatus", b"sipstatus")


UNWRITABLE = [
    ("486", ">/dev/full", 1, b"sipstatus: cannot write output: No space left on device"),
    ("list --format json", ">/dev/full", 1, b"sipstatus: cannot write output: No space left"),
    ("--help", ">/dev/full", 1, b"sipstatus: cannot write output: No space left on device"),
    ("--version", ">/dev/full", 1, b"sipstatus: cannot write output: No space left on device"),
    ("486", ">&-", 1, b"sipstatus: cannot write output: Bad file descriptor"),
    ("list", ">&-", 1, b"sipstatus: cannot write output: Bad file descriptor"),
]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize(("args", "redirection", "status", "message"), UNWRITABLE)
def test_output_that_cannot_be_written_is_one_line_and_exit_1(
    name: str, args: str, redirection: str, status: int, message: bytes
) -> None:
    result = run_in_shell(COMMANDS[name], args, redirection)
    assert result.returncode == status, result.stderr
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count(b"\n") == 1 and b"Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize(("args", "status"), [("99", 1), ("list --bogus", 2), ("486", 0)])
def test_an_unwritable_stderr_keeps_the_exit_status(name: str, args: str, status: int) -> None:
    for redirection in ("2>/dev/full", "2>&-", ">/dev/null 2>/dev/full"):
        assert run_in_shell(COMMANDS[name], args, redirection).returncode == status


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_an_argument_that_is_not_utf8_is_a_usage_error(name: str) -> None:
    result = subprocess.run([*COMMANDS[name], b"\xff\xfe"], capture_output=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith(b"sipstatus: invalid UTF-8 was detected")
    assert result.stderr.count(b"\n") == 1 and result.stdout == b""


def test_a_reader_that_stops_early_ends_both_commands_alike() -> None:
    outcomes = []
    for command in COMMANDS.values():
        process = subprocess.Popen([*command, "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None
        process.stdout.read(10)
        process.stdout.close()
        _, stderr = process.communicate(timeout=60)
        assert b"Traceback" not in stderr
        outcomes.append(process.returncode)
    assert len(set(outcomes)) == 1, outcomes


@pytest.mark.skipif(RUST_CLI is None, reason="SIPSTATUS_CLI (set by make test-python) names the Rust command")
@pytest.mark.parametrize(
    "args",
    [
        "800",
        "busy hear",
        "explain",
        "list --frobnicate",
        "--lang fr 486",
        "list --class 9xx",
        "",
        "486 >/dev/full",
        "--help >/dev/full",
        "486 >&-",
        "99 2>/dev/full",
    ],
)
def test_failures_match_the_rust_command(args: str) -> None:
    python = run_in_shell(COMMANDS["python"], args, "")
    rust = run_in_shell(COMMANDS["rust"], args, "")
    assert outcome(python) == outcome(rust)


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


TERMINAL_COMMANDS = list(COMMANDS.values())


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
