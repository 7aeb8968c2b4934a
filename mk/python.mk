# The Python package (bindings/python): a virtual environment of its own, the
# abi3 wheel built by maturin and installed, then pytest on every CPython 3.9+
# that pyenv has (the same wheel in a venv per version; a supported version
# pyenv lacks is named on a MISSING line), mypy --strict on the examples and
# the package, mypy.stubtest against the installed module, and an sdist that
# must build.
#
#   make test-python    all of that (part of `make test`)
#   make bench-python   SIPStatus against http.HTTPStatus (docs/bench-python.md;
#                       also run by `make bench`)

PYTHON ?= python3
PY_VENV ?= $(CURDIR)/.venv
PY := $(PY_VENV)/bin/python
PY_OUT := $(CARGO_TARGET_DIR)/python
# The tools, installed into the venv only when missing.
PY_TOOLS := "maturin>=1.9.4,<2" "pytest>=8,<10" "mypy>=1.15,<3" \
	"ziglang==0.15.2" "auditwheel>=6.2,<7"
# Wheels for an index: manylinux2014 (glibc 2.17 and later), linked by zig
# against that glibc's symbols whatever the building machine has. Builds
# from source (`pip install ./bindings/python`) stay native.
PY_WHEEL_FLAGS := --compatibility manylinux2014 --zig

.PHONY: test-python python-install bench-python

$(PY):
	$(PYTHON) -m venv $(PY_VENV)

# Builds the release wheel (abi3, so one file) and installs it in the venv.
python-install: | $(PY)
	@$(PY) -c "import maturin, pytest, mypy, ziglang, auditwheel" 2>/dev/null || \
		$(PY) -m pip install -q --disable-pip-version-check $(PY_TOOLS)
	rm -rf $(PY_OUT)/wheel
	PATH="$(PY_VENV)/bin:$$PATH" $(PY_VENV)/bin/maturin build --release --locked $(PY_WHEEL_FLAGS) \
		-m bindings/python/Cargo.toml -o $(PY_OUT)/wheel
	AUDITWHEEL=$(PY_VENV)/bin/auditwheel bindings/python/ci/check_dist.sh wheel \
		$(PY_OUT)/wheel/sipstatus-*-abi3-*.whl
	$(PY) -m pip install -q --disable-pip-version-check --force-reinstall --no-deps \
		$(PY_OUT)/wheel/sipstatus-*-abi3-*.whl

test-python: python-install
	$(CARGO) run -q --locked -p sipstatus-cli -- list --format json > $(PY_OUT)/codes.json
	SIPSTATUS_JSON=$(PY_OUT)/codes.json SIPSTATUS_CLI=$(CARGO_TARGET_DIR)/debug/sipstatus \
		FALLBACK_PYTHON=$(PY) bindings/python/ci/each_python.sh $(PY_OUT)/wheel $(PY_OUT) \
		bindings/python/tests
	$(PY) -m mypy --strict --cache-dir $(PY_OUT)/mypy-cache examples/python
	$(PY) -m mypy --strict --cache-dir $(PY_OUT)/mypy-cache bindings/python/python/sipstatus
	$(PY) -m mypy.stubtest sipstatus --allowlist bindings/python/stubtest-allowlist.txt
	rm -rf $(PY_OUT)/sdist $(PY_OUT)/from-sdist
	$(PY_VENV)/bin/maturin sdist -m bindings/python/Cargo.toml -o $(PY_OUT)/sdist
	bindings/python/ci/check_dist.sh sdist $(PY_OUT)/sdist/sipstatus-*.tar.gz
	PATH="$(PY_VENV)/bin:$$PATH" MATURIN_PEP517_ARGS="$(PY_WHEEL_FLAGS)" \
		$(PY) -m pip wheel -q --disable-pip-version-check --no-deps --no-build-isolation \
		-w $(PY_OUT)/from-sdist $(PY_OUT)/sdist/sipstatus-*.tar.gz
	AUDITWHEEL=$(PY_VENV)/bin/auditwheel bindings/python/ci/check_dist.sh wheel \
		$(PY_OUT)/from-sdist/sipstatus-*-abi3-*.whl
	@echo "test-python: manylinux2014 wheel, pytest on each CPython, mypy, stubtest, sdist and its wheel passed"

bench: bench-python

bench-python: python-install
	$(PY) bindings/python/bench/bench_lookup.py
