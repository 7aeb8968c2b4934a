"""Shared fixtures: the core's JSON export, the reference every member is
checked against.

`make test-python` runs `sipstatus list --format json` once and passes the
file's path in SIPSTATUS_JSON; without it, the fixture runs the command
itself through cargo.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def exported() -> list[dict[str, Any]]:
    """The rows of `sipstatus list --format json`, in code order."""
    path = os.environ.get("SIPSTATUS_JSON")
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = subprocess.run(
            [
                "cargo",
                "run",
                "-q",
                "--locked",
                "-p",
                "sipstatus-cli",
                "--",
                "list",
                "--format",
                "json",
            ],
            cwd=REPO,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    rows = json.loads(text)
    assert isinstance(rows, list) and rows, "the export is a non-empty JSON array"
    return rows
