# sipstatus scan (crates/sipstatus-scan): the Dask example's dependency for
# `make test-python`, and the fuzz targets of the packet and text front ends.
#
#   make fuzz           every fuzz target for FUZZ_SECONDS each (default 60);
#                       needs nightly Rust, installs cargo-fuzz into .tools/
#   make fuzz-scan      the scanner's targets only

PY_DASK := "dask[distributed]>=2024.8"
FUZZ_SECONDS ?= 60
CARGO_FUZZ_VERSION := 0.13.2
CARGO_FUZZ_ROOT := $(CURDIR)/.tools/cargo-fuzz-$(CARGO_FUZZ_VERSION)
CARGO_FUZZ := $(CARGO_FUZZ_ROOT)/bin/cargo-fuzz
SCAN_FUZZ_TARGETS := scan_capture scan_text

.PHONY: python-dask python-test-cluster fuzz fuzz-scan

# examples/python/scan_cluster.py and its test need dask.distributed, which
# goes into the package's own venv only: the test runs there, on a
# LocalCluster, while the per-version suites skip it.
test-python: python-test-cluster

python-dask: | $(PY)
	@$(PY) -c "import dask.distributed" 2>/dev/null || \
		$(PY) -m pip install -q --disable-pip-version-check $(PY_DASK)

python-test-cluster: python-install python-dask
	$(PY) -m pytest -q -p no:cacheprovider bindings/python/tests/test_scan_cluster.py

$(CARGO_FUZZ):
	@echo "installing cargo-fuzz $(CARGO_FUZZ_VERSION) into $(CARGO_FUZZ_ROOT) (once)"
	env -u CARGO_TARGET_DIR $(CARGO) install cargo-fuzz --quiet --locked \
		--version $(CARGO_FUZZ_VERSION) --root $(CARGO_FUZZ_ROOT)

fuzz: fuzz-scan

fuzz-scan: $(CARGO_FUZZ)
	@for t in $(SCAN_FUZZ_TARGETS); do \
		echo "fuzz-scan: $$t for $(FUZZ_SECONDS) s"; \
		PATH="$(CARGO_FUZZ_ROOT)/bin:$$PATH" env -u CARGO_TARGET_DIR \
			$(CARGO) +nightly fuzz run --fuzz-dir fuzz-scan $$t -- \
			-max_total_time=$(FUZZ_SECONDS) -max_len=65536 || exit 1; \
	done
