#!/bin/sh
# Makes tcpdump-A.txt, the sample trace the examples are tested on: a SIPp
# caller (uac.xml) and a SIPp answerer (uas.xml) talk over the loopback
# interface while `tcpdump -A` prints every packet, as a user would run it.
#
#   sudo examples/sipp/capture.sh            # needs tcpdump and sipp (Debian:
#                                            # apt-get install tcpdump sip-tester)
#
# tcpdump -A prints the packet's IP and UDP header bytes as text in front of
# the payload, so a status line starts in the middle of its output line.
set -eu
cd "$(dirname "$0")"
out=tcpdump-A.txt
port=5070
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tcpdump -i lo -A -n -l "udp port $port" > "$tmp/dump" 2> "$tmp/tcpdump.log" &
dump=$!
sleep 1
sipp -sf uas.xml -i 127.0.0.1 -p "$port" -m 1 -nostdin -trace_err \
	-error_file "$tmp/uas.err" > /dev/null 2>&1 &
uas=$!
sleep 1
sipp -sf uac.xml -i 127.0.0.1 -p 5061 -m 1 -nostdin -s status -trace_err \
	-error_file "$tmp/uac.err" "127.0.0.1:$port" > /dev/null 2>&1
wait "$uas"
sleep 1
kill -INT "$dump"
wait "$dump" || true
# The capture's own timestamps and ports change with every run; the rest is
# what tcpdump printed.
mv "$tmp/dump" "$out"
echo "wrote examples/sipp/$out ($(wc -c < "$out") bytes)"
