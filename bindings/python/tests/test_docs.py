"""The examples in the README and the package docstring run as written."""

from __future__ import annotations

import doctest
from pathlib import Path

import sipstatus

README = Path(__file__).resolve().parents[1] / "README.md"
PROJECT_README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_examples() -> None:
    result = doctest.testfile(str(README), module_relative=False, verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_project_readme_python_examples() -> None:
    result = doctest.testfile(str(PROJECT_README), module_relative=False, verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_package_docstring_examples() -> None:
    result = doctest.testmod(sipstatus, verbose=False)
    assert result.attempted > 0 and result.failed == 0
