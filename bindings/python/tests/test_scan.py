"""sipstatus.scan and ScanReport: the Rust scanner from Python, checked
against the command's JSON."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import subprocess
import threading
from pathlib import Path

import pytest
import sipstatus
from captures import call, pcap, write_tree
from sipstatus import ScanError, ScanReport, SIPStatus, scan


def test_bytes_of_a_capture() -> None:
    report = scan(pcap(call(1, "486 Busy Here") + call(2, "499 Whatever")))
    assert report.responses == 6
    assert report.codes == {
        SIPStatus.TRYING: 2,
        SIPStatus.RINGING: 2,
        SIPStatus.BUSY_HERE: 1,
        499: 1,
    }
    assert isinstance(list(report.codes)[3], int)
    assert report.requests == {"ACK": 2, "INVITE": 2}
    assert report.phrases[SIPStatus.BUSY_HERE] == {"Busy Here": 1}
    assert report.answers["INVITE"][SIPStatus.RINGING] == 2
    assert report.transactions["INVITE"] == {SIPStatus.BUSY_HERE: 1, 499: 1}
    assert report.metrics["ira"] is None
    assert report.metrics["ser"] == 0.0
    assert report.skipped["not-sip"] == 0
    assert repr(report) == "<ScanReport: 6 responses, 4 requests>"


def test_paths_directories_and_iterables(tmp_path: Path) -> None:
    files = write_tree(tmp_path)
    whole = scan(tmp_path)
    assert scan(str(tmp_path)) == whole
    assert scan(files) == whole
    assert scan(iter(str(f) for f in files)) == whole
    assert whole.to_dict()["input"]["files"] == len(files)
    assert whole.codes[SIPStatus.SERVICE_UNAVAILABLE] == 1
    assert whole.phrases[SIPStatus.NOT_ACCEPTABLE_HERE] == {"": 1}


def test_gzip_and_text_logs() -> None:
    text = b"x SIP/2.0 180 Ringing\r\ny SIP/2.0 180 Ringing\r\n"
    assert scan(gzip.compress(text)).to_dict()["codes"] == scan(text).to_dict()["codes"]
    assert scan(bytearray(text)).codes == {SIPStatus.RINGING: 2}


def test_strict_parsing() -> None:
    text = b"SIP/2.0 200\r\nSIP/2.0 200 OK\r\n"
    assert scan(text).responses == 2
    strict = scan(text, strict=True)
    assert strict.responses == 1
    assert strict.skipped["malformed"] == 1


def test_reports_add_associatively(tmp_path: Path) -> None:
    files = write_tree(tmp_path)
    parts = [scan(f) for f in files]
    left = parts[0]
    for p in parts[1:]:
        left = left + p
    right = parts[-1]
    for p in reversed(parts[:-1]):
        right = p + right
    assert left == right == sum(parts) == scan(files)
    assert (parts[0] + parts[1]) + parts[2] == parts[0] + (parts[1] + parts[2])
    with pytest.raises(TypeError):
        parts[0] + 1  # type: ignore[operator]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_reports_pickle_by_their_json(protocol: int) -> None:
    report = scan(pcap(call(1, "200 OK")))
    data = pickle.dumps(report, protocol)
    assert b"_native" not in data
    assert pickle.loads(data) == report
    assert ScanReport.from_json(report.to_json()) == report


def test_bad_input_raises_scan_error(tmp_path: Path) -> None:
    with pytest.raises(ScanError, match="missing.pcap: cannot read it"):
        scan(tmp_path / "missing.pcap")
    with pytest.raises(ValueError, match="<bytes>: not a capture or a text"):
        scan(b"\x00\x01binary")
    assert ScanError.__module__ == "sipstatus"
    with pytest.raises(TypeError, match="source must be"):
        scan(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="each source path must be str or os.PathLike, not int"):
        scan(["a.pcap", 7])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        ScanReport.from_json('{"codes": 1}')
    with pytest.raises(TypeError):
        ScanReport(object())  # type: ignore[arg-type]


def test_the_first_bad_file_in_order_is_the_error(tmp_path: Path) -> None:
    files = write_tree(tmp_path, files=6)
    corrupt = tmp_path / "binary.dat"
    corrupt.write_bytes(b"\x00\x01binary" * 8)
    # Files are scanned on several threads; the error is still that of the
    # first file in the list that fails, as one after the other.
    listed = files[:3] + [corrupt] + files[3:] + [tmp_path / "missing.pcap"]
    for _ in range(5):
        with pytest.raises(ScanError, match="binary.dat: not a capture or a text"):
            scan(listed)
    with pytest.raises(ScanError, match="missing.pcap: cannot read it"):
        scan([tmp_path / "missing.pcap", corrupt])


def test_a_path_named_dash_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").write_bytes(b"SIP/2.0 486 Busy Here\r\n")
    assert scan("-").codes == {SIPStatus.BUSY_HERE: 1}
    assert scan(["-", "-"]).codes == {SIPStatus.BUSY_HERE: 2}


def test_threads_scan_at_once(tmp_path: Path) -> None:
    files = write_tree(tmp_path, files=4, calls=200)
    expected = scan(files)
    results: list[ScanReport] = []
    threads = [threading.Thread(target=lambda: results.append(scan(files))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_the_same_json_as_the_command(tmp_path: Path) -> None:
    cli = os.environ.get("SIPSTATUS_CLI")
    if not cli:
        pytest.skip("SIPSTATUS_CLI names the command's binary (make test-python sets it)")
    write_tree(tmp_path)
    out = subprocess.run(
        [cli, "scan", "--format", "json", str(tmp_path)], check=True, capture_output=True
    ).stdout
    assert scan(tmp_path).to_dict() == json.loads(out)


def test_scan_and_its_report_are_public() -> None:
    for name in ("scan", "ScanReport", "ScanError"):
        assert name in sipstatus.__all__
    assert ScanReport.__module__ == "sipstatus"
