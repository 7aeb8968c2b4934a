# sipstatus scan (crates/sipstatus-scan): the Dask example's dependency for
# `make test-python`. The scanner's fuzz targets (scan_capture, scan_text)
# are in fuzz/ and run by `make fuzz` (mk/fuzz.mk).

PY_DASK := "dask[distributed]>=2024.8"

.PHONY: python-dask python-test-cluster

# examples/python/scan_cluster.py and its test need dask.distributed, which
# goes into the package's own venv only: the test runs there, on a
# LocalCluster, while the per-version suites skip it.
test-python: python-test-cluster

python-dask: | $(PY)
	@$(PY) -c "import dask.distributed" 2>/dev/null || \
		$(PY) -m pip install -q --disable-pip-version-check $(PY_DASK)

python-test-cluster: python-install python-dask
	$(PY) -m pytest -q -p no:cacheprovider bindings/python/tests/test_scan_cluster.py
