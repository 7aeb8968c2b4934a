#!/usr/bin/env bash
# Records the SIPp fixtures: a calling SIPp (uac.xml) and an answering SIPp
# (uas.xml) on 127.0.0.1, over UDP and over TCP, each run captured twice at
# once, by tcpdump (pcap) and by dumpcap (pcapng), plus the calling side's
# -trace_msg log and a `tcpdump -A` rendering of the UDP capture, and a gzip
# copy of the UDP pcap.  Then writes expected.json from scenario.py.
#
#   make-fixtures.sh [OUTDIR]     default: the directory of this script
#
# Needs root (capturing on lo), sipp (Debian sip-tester), tcpdump and dumpcap
# (Debian wireshark-common / tshark).  Ports 5060 (answering) and 5061
# (calling) must be free on 127.0.0.1.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "${1:-$here}" && cd "${1:-$here}" && pwd)
calls=${CALLS:-2}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# One run: $1 is SIPp's transport letter (u or t), $2 the file stem.
record() {
    local transport=$1 stem=$2
    tcpdump -i lo -U -Z root -s 0 -w "$work/$stem.pcap" 'port 5060' 2>"$work/tcpdump.err" &
    local tcpdump_pid=$!
    dumpcap -q -i lo -f 'port 5060' -w "$work/$stem.pcapng" 2>"$work/dumpcap.err" &
    local dumpcap_pid=$!
    pids+=("$tcpdump_pid" "$dumpcap_pid")
    # Both capture processes report on stderr once the socket is open.
    for _ in $(seq 50); do
        grep -q listening "$work/tcpdump.err" 2>/dev/null &&
            grep -q Capturing "$work/dumpcap.err" 2>/dev/null && break
        sleep 0.1
    done
    sipp -sf "$here/uas.xml" -i 127.0.0.1 -p 5060 -t "${transport}1" -m "$calls" \
        -nostdin -trace_err -error_file "$work/uas-$stem.err" >"$work/uas.out" 2>&1 &
    local uas_pid=$!
    pids+=("$uas_pid")
    sleep 0.5
    timeout 60 sipp -sf "$here/uac.xml" 127.0.0.1:5060 -i 127.0.0.1 -p 5061 \
        -t "${transport}1" -m "$calls" -l 1 -nostdin \
        -trace_msg -message_file "$work/$stem.trace_msg.log" \
        -trace_err -error_file "$work/uac-$stem.err" >"$work/uac.out" 2>&1 || {
        echo "make-fixtures: the calling SIPp failed ($stem):" >&2
        tail -20 "$work/uac.out" >&2
        exit 1
    }
    timeout 10 tail --pid="$uas_pid" -f /dev/null || kill "$uas_pid"
    sleep 0.5
    kill -INT "$tcpdump_pid" "$dumpcap_pid"
    wait "$tcpdump_pid" "$dumpcap_pid" || true
    grep -q "Successful call.*| *$calls *$" "$work/uac.out" || {
        echo "make-fixtures: expected $calls successful calls ($stem):" >&2
        grep "call" "$work/uac.out" >&2
        exit 1
    }
}

record u sipp-udp
record t sipp-tcp

cp "$work"/sipp-udp.pcap "$work"/sipp-udp.pcapng "$work"/sipp-tcp.pcap "$work"/sipp-tcp.pcapng "$out/"
cp "$work/sipp-udp.trace_msg.log" "$out/"
gzip -9 -n -c "$work/sipp-udp.pcap" >"$out/sipp-udp.pcap.gz"
# -q: without it tcpdump repeats each Status-Line in its one-line summary
# ("SIP: SIP/2.0 200 OK"), and a text scan would see every response twice.
tcpdump -n -tt -q -A -r "$work/sipp-udp.pcap" >"$out/sipp-udp.tcpdump.txt" 2>/dev/null
python3 "$here/scenario.py" --fixtures "$calls" >"$out/expected.json"
echo "make-fixtures: wrote $(ls "$out" | wc -l) files to $out"
