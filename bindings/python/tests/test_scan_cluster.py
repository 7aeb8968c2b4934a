"""examples/python/scan_cluster.py: a directory tree scanned on a Dask
cluster, one task per file, merges to the same report as one scan."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import sipstatus
from captures import write_tree

pytest.importorskip(
    "dask.distributed",
    reason="dask.distributed is in the package's own venv, where make test-python runs this",
)
from dask.distributed import Client, LocalCluster  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "python" / "scan_cluster.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scan_cluster", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_cluster_scan_equals_one_scan(tmp_path: Path) -> None:
    files = write_tree(tmp_path, files=7, calls=20)
    example = load_example()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        merged = example.scan_tree(client, tmp_path)
    single = sipstatus.scan(tmp_path)
    assert merged == single
    assert merged.to_dict()["input"]["files"] == len(files)
    assert merged.codes[sipstatus.SIPStatus.BUSY_HERE] > 0


def test_the_command_line_prints_the_json(tmp_path: Path) -> None:
    write_tree(tmp_path, files=3, calls=4)
    result = subprocess.run(
        [sys.executable, str(EXAMPLE), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == sipstatus.scan(tmp_path).to_dict()


def test_an_empty_tree_is_an_empty_report(tmp_path: Path) -> None:
    example = load_example()
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        assert example.scan_tree(client, tmp_path).responses == 0
