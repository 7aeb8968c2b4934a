# Traffic: the captures `sipstatus scan` is checked against, and its benchmarks.
#
#   make test-traffic   install SIPp, tcpdump and tshark when missing; check the
#                       generated fixtures are fresh; record a live SIPp call
#                       over UDP and TCP; scan every fixture with
#                       `sipstatus scan --format json` and compare with its
#                       expected.json; check that tshark's own reading agrees
#                       where tshark's rules allow (docs/scan-vs-tshark.md)
#   make bench-scan     generate a capture of 100,000 calls (and one ten times
#                       larger) under target/, and time `sipstatus scan`
#                       against tshark, a Python dpkt loop and, in Python,
#                       sipstatus.scan against a regex + Counter loop
#                       (docs/bench-scan.md; also run by `make bench`)

TRAFFIC_DIR := tests/traffic
TRAFFIC_OUT := $(CARGO_TARGET_DIR)/traffic
SIPSTATUS_RELEASE := $(CARGO_TARGET_DIR)/release/sipstatus
# Capturing on lo needs root; a CI runner has sudo without a password.
TRAFFIC_SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TRAFFIC_APT := $(TRAFFIC_SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600

.PHONY: test-traffic traffic-tools traffic-live traffic-build bench-scan

# wireshark-common asks whether non-root users may capture; answer "no"
# beforehand so the install never waits for a terminal.
traffic-tools:
	@if ! command -v sipp >/dev/null || ! command -v tcpdump >/dev/null || \
	    ! command -v tshark >/dev/null || ! command -v dumpcap >/dev/null; then \
		echo "wireshark-common wireshark-common/install-setuid boolean false" | \
			$(TRAFFIC_SUDO) debconf-set-selections; \
		$(TRAFFIC_APT) update -qq && \
		$(TRAFFIC_APT) install -y -qq sip-tester tcpdump tshark; \
	fi

traffic-build:
	$(CARGO) build --release --locked -p sipstatus-cli

traffic-live: traffic-tools
	rm -rf $(TRAFFIC_OUT)/live
	$(TRAFFIC_SUDO) $(TRAFFIC_DIR)/sipp/make-fixtures.sh $(TRAFFIC_OUT)/live

test-traffic: traffic-tools traffic-live traffic-build
	python3 $(TRAFFIC_DIR)/check.py fresh
	python3 $(TRAFFIC_DIR)/check.py scan $(SIPSTATUS_RELEASE) \
		$(TRAFFIC_DIR)/sipp $(TRAFFIC_DIR)/gen $(TRAFFIC_OUT)/live
	python3 $(TRAFFIC_DIR)/check.py tshark \
		$(TRAFFIC_DIR)/sipp $(TRAFFIC_DIR)/gen $(TRAFFIC_OUT)/live
	@echo "test-traffic: every fixture scanned as expected; tshark agrees by its rules"

bench: bench-scan

# dpkt is the Python peer; it goes into the package's venv beside the wheel.
bench-scan: traffic-tools traffic-build python-install
	@$(PY) -c "import dpkt" 2>/dev/null || \
		$(PY) -m pip install -q --disable-pip-version-check "dpkt>=1.9,<2"
	$(PY) benches/scan/bench_scan.py --sipstatus $(SIPSTATUS_RELEASE) \
		--python $(PY) --work $(CARGO_TARGET_DIR)/bench-scan
