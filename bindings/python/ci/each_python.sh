#!/usr/bin/env bash
# Runs the pytest suite on every CPython from 3.9 on that pyenv has on this
# machine, with the one abi3 wheel installed into a virtual environment per
# version (kept under $PY_OUT/venv-X.Y.Z and reused; pytest is installed into
# each once). A supported version that pyenv does not have gets a visible
# MISSING line; the suite of every version found must pass.
#
#   FALLBACK_PYTHON=... each_python.sh WHEEL_DIR PY_OUT PYTEST_ARGS...
set -euo pipefail

wheel_dir=$1
out=$2
shift 2
wheel=$(ls "$wheel_dir"/sipstatus-*-abi3-*.whl)
versions="${PYENV_ROOT:-$HOME/.pyenv}/versions"
# The versions the wheel claims (pyproject.toml's classifiers).
supported="3.9 3.10 3.11 3.12 3.13"

# The newest patch release pyenv has of each minor version from 3.9 on.
found=$(ls -1 "$versions" 2>/dev/null |
    grep -E '^3\.[0-9]+\.[0-9]+$' |
    awk -F. '$2 >= 9' |
    sort -t. -k1,1n -k2,2n -k3,3n |
    awk -F. '{ newest[$1 "." $2] = $0 } END { for (m in newest) print newest[m] }' |
    sort -t. -k1,1n -k2,2n)

missing=0
for minor in $supported; do
    if ! grep -q "^$minor\." <<<"$found"; then
        echo "test-python: MISSING CPython $minor: pyenv has no $minor.x under $versions; its tests did not run"
        missing=$((missing + 1))
    fi
done

failed=""
if [ -z "$found" ]; then
    # No pyenv at all: the suite still runs, on the interpreter of the
    # package's own venv ($FALLBACK_PYTHON, where the wheel is installed).
    echo "test-python: no CPython 3.9+ under $versions; running pytest on $FALLBACK_PYTHON only"
    "$FALLBACK_PYTHON" -m pytest -q -p no:cacheprovider "$@"
    exit
fi
for version in $found; do
    venv="$out/venv-$version"
    python="$venv/bin/python"
    if [ ! -x "$python" ]; then
        "$versions/$version/bin/python" -m venv "$venv"
    fi
    "$python" -c "import pytest" 2>/dev/null ||
        "$python" -m pip install -q --disable-pip-version-check "pytest>=8,<10"
    "$python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
    echo "test-python: CPython $version"
    if ! "$python" -m pytest -q -p no:cacheprovider "$@"; then
        failed="$failed $version"
    fi
done

if [ -n "$failed" ]; then
    echo "test-python: pytest failed on CPython$failed"
    exit 1
fi
echo "test-python: pytest passed on CPython $(echo $found | tr ' ' ',' | sed 's/,/, /g')" \
    "($missing supported version(s) missing)"
