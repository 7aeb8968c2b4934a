"""Scan a directory tree of captures on a Dask cluster: one task per file,
the reports merged on the cluster.

    python examples/python/scan_cluster.py /srv/captures
    python examples/python/scan_cluster.py /srv/captures --scheduler tcp://10.0.0.5:8786

Without --scheduler the example starts a LocalCluster on this machine. Each
worker runs ``sipstatus.scan`` on one file (the Rust scanner, with the GIL
released); the reports are then added pairwise on the workers. Because
``ScanReport`` addition is associative and commutative, the result is the
same as one ``sipstatus.scan`` of the whole tree, whatever the order in
which tasks finish. Prints the report as the JSON of ``sipstatus scan
--format json``.
"""

from __future__ import annotations

import argparse
import operator
import sys
from pathlib import Path
from typing import Any

import sipstatus
from dask.distributed import Client, LocalCluster


def capture_files(root: Path) -> list[str]:
    """Every file under ``root``, in name order (as ``sipstatus scan`` walks)."""
    return sorted(str(p) for p in root.rglob("*") if p.is_file())


def scan_tree(client: Client, root: Path, *, strict: bool = False) -> sipstatus.ScanReport:
    """Scans every file under ``root`` as its own task and merges the
    reports in a tree of pairwise additions on the cluster."""
    files = capture_files(root)
    if not files:
        return sipstatus.scan([])
    level: list[Any] = client.map(sipstatus.scan, files, strict=strict)
    while len(level) > 1:
        pairs = [client.submit(operator.add, a, b) for a, b in zip(level[::2], level[1::2])]
        level = pairs + level[len(pairs) * 2 :]
    report: sipstatus.ScanReport = level[0].result()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="the directory of captures and logs")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (default: a LocalCluster)")
    parser.add_argument("--strict", action="store_true", help="RFC 3261 status lines only")
    args = parser.parse_args(argv)
    # distributed's constructors carry no type annotations.
    if args.scheduler:
        with Client(args.scheduler) as client:  # type: ignore[no-untyped-call]
            report = scan_tree(client, args.root, strict=args.strict)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1)  # type: ignore[no-untyped-call]
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            report = scan_tree(client, args.root, strict=args.strict)
    sys.stdout.write(report.to_json() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
