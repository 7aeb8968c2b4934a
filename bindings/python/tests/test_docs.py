"""The examples in the README and the package docstring run as written."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

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


GENERATED_STUBS = [
    Path(sipstatus.__file__).with_name(name) for name in ("_status.pyi", "_q850.pyi")
]


@pytest.mark.parametrize("stubs", GENERATED_STUBS, ids=lambda path: path.name)
def test_each_docstring_is_written_once_in_the_runtime_module(stubs: Path) -> None:
    # The generated stubs give names and types; the text is the runtime
    # module's (_status.py, _q850.py).
    import ast

    tree = ast.parse(stubs.read_text(encoding="utf-8"))
    strings = [
        node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]
    assert strings == [ast.get_docstring(tree, clean=False)], strings


def test_every_public_class_method_and_property_has_its_docstring() -> None:
    for cls in (sipstatus.SIPStatus, sipstatus.StatusClass, sipstatus.RegistryStatus):
        assert cls.__doc__
        for name, attribute in vars(cls).items():
            if name.startswith("_") and name != "__str__":
                continue
            if callable(attribute) or isinstance(attribute, property):
                assert attribute.__doc__, f"{cls.__name__}.{name}"
