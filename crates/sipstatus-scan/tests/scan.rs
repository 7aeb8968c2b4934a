//! The scanner on captures made in memory: every front end, link type and
//! transport, and the report's arithmetic.

mod support;

use sipstatus::StatusCode;
use sipstatus_scan::{ScanErrorKind, ScanOptions, ScanReport, SkipReason, scan_bytes, scan_reader};
use support::*;

fn scan(data: &[u8]) -> ScanReport {
    scan_bytes(data, false).expect("scans")
}

/// Everything but the input sizes, which differ between encodings.
fn counts(r: &ScanReport) -> serde_json::Value {
    let mut json = r.to_json();
    json.as_object_mut().unwrap().remove("input");
    json
}

fn count(r: &ScanReport, code: u16) -> u64 {
    r.code(code).map_or(0, |c| c.count())
}

#[test]
fn a_call_over_udp_is_counted_by_code_method_and_transaction() {
    let r = scan(&pcap(1, &calls_udp(1, "486 Busy Here"), false, false));
    assert_eq!(r.responses(), 3);
    assert_eq!(count(&r, 100), 1);
    assert_eq!(count(&r, 180), 1);
    assert_eq!(r.code(486).unwrap().phrases()["Busy Here"], 1);
    assert_eq!(r.requests()["INVITE"], 1);
    assert_eq!(r.requests()["ACK"], 1);
    assert_eq!(r.answers()["INVITE"][&StatusCode::RINGING], 1);
    let invite = &r.transactions()["INVITE"];
    assert_eq!(invite.get(&Some(StatusCode::BUSY_HERE)), Some(&1));
    assert_eq!(
        invite.len(),
        1,
        "provisional responses are no outcome: {invite:?}"
    );
    assert!(!r.transactions().contains_key("ACK"));
    assert_eq!(r.input().2, 5);
    assert!(SkipReason::ALL.iter().all(|&s| r.skipped(s) == 0));
}

#[test]
fn every_pcap_byte_order_and_resolution_reads_the_same() {
    let packets = calls_udp(3, "200 OK");
    let expected = counts(&scan(&pcap(1, &packets, false, false)));
    for (be, ns) in [(true, false), (false, true), (true, true)] {
        assert_eq!(
            counts(&scan(&pcap(1, &packets, be, ns))),
            expected,
            "be={be} ns={ns}"
        );
    }
}

#[test]
fn every_link_type_reads_the_same() {
    let packets = calls_udp(2, "603 Decline");
    let expected = counts(&scan(&pcap(101, &packets, false, false)));
    assert_eq!(count(&scan(&pcap(101, &packets, false, false)), 603), 2);
    for lt in [0, 1, 1001, 1002, 108, 113, 228, 276] {
        assert_eq!(
            counts(&scan(&pcap(lt, &packets, false, false))),
            expected,
            "link type {lt}"
        );
    }
    let v6: Vec<Vec<u8>> = call(9, "200 OK").iter().map(|m| udp6(m)).collect();
    for lt in [0, 1, 101, 108, 113, 229, 276, 1001] {
        assert_eq!(
            scan(&pcap(lt, &v6, false, false)).responses(),
            3,
            "IPv6 on link type {lt}"
        );
    }
}

#[test]
fn unknown_link_types_are_skipped_by_name() {
    let mut file = pcap(101, &calls_udp(1, "200 OK"), false, false);
    file[20] = 147; // LINKTYPE_USER0
    let r = scan(&file);
    assert_eq!(r.responses(), 0);
    assert_eq!(r.skipped(SkipReason::LinkType), 5);
}

#[test]
fn pcapng_with_several_interfaces_and_link_types() {
    let msgs = call(1, "480 Temporarily Unavailable");
    let packets = vec![
        (0, udp4(&msgs[0])),
        (1, udp6(&msgs[1])),
        (2, udp4(&msgs[2])),
        (0, udp4(&msgs[3])),
        (1, udp6(&msgs[4])),
    ];
    let mut file = pcapng(&[1, 113, 101], &packets);
    pcapng_simple(
        &mut file,
        &link(1, &udp4(&response("200 OK", "BYE", "x", 2, "z9hG4bKb"))),
    );
    let r = scan(&file);
    assert_eq!(r.responses(), 4);
    assert_eq!(count(&r, 480), 1);
    assert_eq!(r.answers()["BYE"][&StatusCode::OK], 1);
    assert_eq!(
        r.transactions()["INVITE"][&Some(StatusCode::TEMPORARILY_UNAVAILABLE)],
        1
    );
    assert_eq!(r.input().2, 6);
}

#[test]
fn a_packet_on_an_undeclared_interface_is_a_corrupt_capture() {
    let file = pcapng(&[1], &[(0, udp4(b"SIP/2.0 200 OK\r\n\r\n"))]);
    let mut bad = file.clone();
    // The EPB's interface id sits right after its type and length.
    let epb =
        file.len() - (12 + 20 + link(1, &udp4(b"SIP/2.0 200 OK\r\n\r\n")).len().div_ceil(4) * 4);
    bad[epb + 8] = 7;
    let err = scan_bytes(&bad, false).unwrap_err();
    assert_eq!(
        err.kind(),
        ScanErrorKind::CorruptCapture { offset: epb as u64 }
    );
    assert_eq!(
        err.to_string(),
        format!("<bytes>: corrupt capture at byte {epb}")
    );
}

#[test]
fn a_pcapng_block_shorter_than_any_block_is_a_corrupt_capture() {
    // Found by the scan_capture fuzz target: a Process Information block
    // (type 0x80000001) whose length, 8, is below the 12 bytes of type and
    // both lengths that every block has. pcap-parser 0.17 subtracts 12 from
    // it before checking, which overflows.
    let good = pcapng(&[1], &[(0, udp4(b"SIP/2.0 200 OK\r\n\r\n"))]);
    for block_type in [0x8000_0001u32, 6, 0x0bad] {
        for len in [0u32, 4, 8, 11] {
            let mut bad = good.clone();
            let at = bad.len() as u64;
            bad.extend_from_slice(&block_type.to_le_bytes());
            bad.extend_from_slice(&len.to_le_bytes());
            bad.extend_from_slice(&[0; 16]);
            let want = ScanErrorKind::CorruptCapture { offset: at };
            assert_eq!(
                scan_bytes(&bad, false).unwrap_err().kind(),
                want,
                "{block_type:#x} {len}"
            );
            let from_stream = scan_reader(Trickle(&bad), &ScanOptions::new());
            assert_eq!(
                from_stream.unwrap_err().kind(),
                want,
                "{block_type:#x} {len}"
            );
        }
    }
}

#[test]
fn gzip_of_a_capture_and_of_text() {
    let file = pcap(1, &calls_udp(4, "200 OK"), false, false);
    assert_eq!(counts(&scan(&gzip(&file))), counts(&scan(&file)));
    let text = b"proxy: <- SIP/2.0 503 Service Unavailable\nproxy: <- SIP/2.0 503 Overloaded\n";
    let r = scan(&gzip(text));
    assert_eq!(r.code(503).unwrap().phrases().len(), 2);
}

#[test]
fn gzip_of_gzip_and_broken_gzip_are_errors() {
    let text = b"SIP/2.0 200 OK\n";
    // A second layer of gzip inside the first is not a format we read.
    let err = scan_bytes(&gzip(&gzip(text)), false).unwrap_err();
    assert_eq!(err.kind(), ScanErrorKind::UnknownFormat);
    let mut broken = gzip(&pcap(1, &calls_udp(50, "200 OK"), false, false));
    let half = broken.len() / 2;
    broken.truncate(half);
    assert_eq!(
        scan_bytes(&broken, false).unwrap_err().kind(),
        ScanErrorKind::CorruptGzip
    );
}

#[test]
fn ipv4_fragments_are_reassembled_and_counted_once() {
    let big = request("INVITE", "frag@x", 1, "z9hG4bKf", &"a=x\r\n".repeat(600));
    assert!(big.len() > 3000);
    let mut packets = fragments4(&big, 1480, 77);
    assert!(packets.len() >= 3);
    packets.swap(0, 1); // out of order
    packets.push(udp4(&response("200 OK", "INVITE", "frag@x", 1, "z9hG4bKf")));
    let r = scan(&pcap(1, &packets, false, false));
    assert_eq!(r.requests()["INVITE"], 1);
    assert_eq!(r.transactions()["INVITE"][&Some(StatusCode::OK)], 1);
    assert_eq!(r.skipped(SkipReason::NotSip), 0);

    // A datagram that never completes is reported at the end.
    let mut missing = fragments4(&big, 1480, 78);
    missing.pop();
    let r = scan(&pcap(101, &missing, false, false));
    assert_eq!(r.requests().get("INVITE"), None);
    assert_eq!(r.skipped(SkipReason::Truncated), 1);
}

#[test]
fn ipv6_fragments_are_reassembled() {
    let big = response("200 OK", "REGISTER", "r@x", 5, &"z9hG4bK".repeat(400));
    let packets = fragments6(&big, 1232, 9);
    assert!(packets.len() >= 2);
    let r = scan(&pcap(229, &packets, false, false));
    assert_eq!(r.transactions()["REGISTER"][&Some(StatusCode::OK)], 1);
}

#[test]
fn tcp_several_messages_in_one_segment_and_one_across_several() {
    let msgs = call(1, "200 OK");
    let mut stream = Vec::new();
    for m in &msgs {
        stream.extend_from_slice(m);
    }
    stream.extend_from_slice(b"\r\n\r\n"); // a keep-alive
    let bye = request("BYE", "call-1@example.com", 2, "z9hG4bKbye", "");
    stream.extend_from_slice(&bye);

    let one_segment = vec![tcp4(999, "S", b""), tcp4(1000, "", &stream)];
    let r = scan(&pcap(1, &one_segment, false, false));
    assert_eq!(r.responses(), 3);
    assert_eq!(
        r.requests()["INVITE"] + r.requests()["ACK"] + r.requests()["BYE"],
        3
    );
    assert_eq!(r.skipped(SkipReason::KeepAlive), 1);

    // The same bytes in 7-byte segments, and one segment sent twice.
    let mut small = vec![tcp4(999, "S", b"")];
    for (i, chunk) in stream.chunks(7).enumerate() {
        small.push(tcp4(1000 + 7 * i as u32, "", chunk));
        if i == 10 {
            small.push(tcp4(1000 + 7 * i as u32, "", chunk));
        }
    }
    let split = scan(&pcap(1, &small, false, false));
    assert_eq!(counts(&split)["codes"], counts(&r)["codes"]);
    assert_eq!(split.requests(), r.requests());
    assert_eq!(split.skipped(SkipReason::TcpRetransmission), 1);
}

#[test]
fn tcp_gaps_and_cut_connections_are_reported() {
    let msg = response("200 OK", "OPTIONS", "o@x", 1, "z9hG4bKo");
    let (head, tail) = msg.split_at(20);
    // The first half, then a segment far ahead of it: the half is lost.
    let packets = vec![
        tcp4(1, "", head),
        tcp4(5000, "", &msg),
        tcp4(5000 + msg.len() as u32, "F", &msg[..30]),
    ];
    let r = scan(&pcap(101, &packets, false, false));
    assert_eq!(count(&r, 200), 1);
    assert_eq!(r.skipped(SkipReason::TcpGap), 1);
    assert_eq!(r.skipped(SkipReason::Truncated), 1, "FIN inside a message");
    let _ = tail;
}

#[test]
fn sip_is_found_on_any_port_and_hep_is_unpacked() {
    let msg = response("183 Session Progress", "INVITE", "h@x", 1, "z9hG4bKh");
    let mut hep = b"HEP3".to_vec();
    let mut chunks = Vec::new();
    for (kind, value) in [(0x000bu16, vec![1u8]), (0x000f, msg.clone())] {
        chunks.extend_from_slice(&0u16.to_be_bytes());
        chunks.extend_from_slice(&kind.to_be_bytes());
        chunks.extend_from_slice(&(6 + value.len() as u16).to_be_bytes());
        chunks.extend_from_slice(&value);
    }
    hep.extend_from_slice(&(6 + chunks.len() as u16).to_be_bytes());
    hep.extend_from_slice(&chunks);
    let r = scan(&pcap(
        101,
        &[udp4(&hep), udp4(b"GET / HTTP/1.1\r\n\r\n")],
        false,
        false,
    ));
    assert_eq!(count(&r, 183), 1);
    assert_eq!(r.skipped(SkipReason::NotSip), 1);
}

#[test]
fn what_is_not_sip_is_skipped_by_reason() {
    let arp = {
        let mut f = vec![0xff; 6];
        f.extend_from_slice(&[2, 0, 0, 0, 0, 1, 0x08, 0x06]);
        f.extend_from_slice(&[0, 1, 8, 0, 6, 4, 0, 1]);
        f.extend_from_slice(&[0; 20]);
        f
    };
    let mut icmp = Vec::new();
    etherparse::PacketBuilder::ipv4(A, B, 64)
        .icmpv4_echo_request(1, 1)
        .write(&mut icmp, b"ping")
        .unwrap();
    let mut file = pcap(
        101,
        &[icmp, udp4(b"\r\n\r\n"), udp4(b"SIP/2.0 2x0 OK\r\n\r\n")],
        false,
        false,
    );
    // An Ethernet ARP frame in a raw-IP file is a bad packet; build the
    // Ethernet case separately.
    let eth = pcap(1, &[], false, false);
    let mut eth_file = eth.clone();
    pcap_record_cut(&mut eth_file, &arp, arp.len());
    let r = scan(&eth_file);
    assert_eq!(r.skipped(SkipReason::NotIp), 1);

    let cut = link(
        101,
        &udp4(&response("200 OK", "INVITE", "c@x", 1, "z9hG4bKc")),
    );
    pcap_record_cut(&mut file, &cut, 40);
    let r = scan(&file);
    assert_eq!(r.skipped(SkipReason::NotUdpTcp), 1);
    assert_eq!(r.skipped(SkipReason::KeepAlive), 1);
    assert_eq!(r.skipped(SkipReason::Malformed), 1);
    assert_eq!(r.skipped(SkipReason::Truncated), 1);
    assert_eq!(r.responses(), 0);
}

#[test]
fn a_capture_cut_inside_a_record_keeps_what_came_before() {
    let file = pcap(1, &calls_udp(2, "200 OK"), false, false);
    let r = scan(&file[..file.len() - 10]);
    assert_eq!(r.responses(), 6);
    assert_eq!(r.requests()["ACK"], 1, "the second ACK was cut");
    assert_eq!(r.skipped(SkipReason::Truncated), 1);
}

#[test]
fn binary_that_is_no_capture_is_an_error() {
    let err = scan_bytes(b"\x7fELF\x02\x01\x01\x00\x00", false).unwrap_err();
    assert_eq!(err.kind(), ScanErrorKind::UnknownFormat);
    // A pcapng block shorter than a block header can be.
    let mut bad = pcapng(&[101], &[(0, udp4(b"SIP/2.0 200 OK\r\n\r\n"))]);
    let idb = 28;
    bad[idb + 4..idb + 8].copy_from_slice(&5u32.to_le_bytes());
    assert_eq!(
        scan_bytes(&bad, false).unwrap_err().kind(),
        ScanErrorKind::CorruptCapture { offset: idb as u64 }
    );
}

#[test]
fn a_retransmitted_final_response_is_one_outcome() {
    let msgs = call(1, "404 Not Found");
    let packets: Vec<Vec<u8>> = [&msgs[0], &msgs[3], &msgs[3], &msgs[3]]
        .iter()
        .map(|m| udp4(m))
        .collect();
    let r = scan(&pcap(101, &packets, false, false));
    assert_eq!(count(&r, 404), 3, "each response on the wire counts");
    assert_eq!(r.transactions()["INVITE"][&Some(StatusCode::NOT_FOUND)], 1);
}

#[test]
fn requests_without_a_final_response_are_unanswered() {
    let msgs = call(1, "200 OK");
    let r = scan(&pcap(101, &[udp4(&msgs[0]), udp4(&msgs[1])], false, false));
    assert_eq!(r.transactions()["INVITE"][&None], 1);
    assert_eq!(r.to_json()["transactions"]["INVITE"]["none"], 1);
}

#[test]
fn unknown_codes_keep_their_number_and_say_what_they_mean() {
    let text = b"SIP/2.0 499 Whatever\nSIP/2.0 699 Nope\nSIP/2.0 199 Early Dialog Terminated\n\
                 SIP/2.0 701 Local\nSIP/2.0 488 \n";
    let r = scan(text);
    let json = r.to_json();
    let codes = json["codes"].as_array().unwrap();
    let row = |c: u64| codes.iter().find(|r| r["code"] == c).unwrap().clone();
    assert_eq!(row(499)["treated_as"], 400);
    assert_eq!(row(499)["reason"], serde_json::Value::Null);
    assert_eq!(row(499)["class"], "client-error");
    assert_eq!(row(699)["treated_as"], 600);
    assert_eq!(row(199)["reason"], "Early Dialog Terminated");
    assert_eq!(row(701)["class"], "local");
    assert_eq!(row(488)["phrases"][""], 1);
    let order: Vec<u64> = codes.iter().map(|r| r["code"].as_u64().unwrap()).collect();
    assert_eq!(order, [199, 488, 499, 699, 701]);
}

#[test]
fn text_formats_tcpdump_sipp_and_proxy_logs() {
    let tcpdump = "12:00:00.000001 IP 192.0.2.1.5060 > 192.0.2.2.5060: SIP: INVITE sip:b@x SIP/2.0\n\
        E..@..@.@.....INVITE sip:b@x SIP/2.0\n\
        Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKt\n\
        Call-ID: t@x\n\
        CSeq: 1 INVITE\n\
        \n\
        E..@..@.@.....SIP/2.0 486 Busy Here\n\
        Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKt\n\
        Call-ID: t@x\n\
        CSeq: 1 INVITE\n\
        \n";
    let r = scan(tcpdump.as_bytes());
    assert_eq!(
        r.requests()["INVITE"],
        1,
        "the summary line repeats the dump"
    );
    assert_eq!(r.transactions()["INVITE"][&Some(StatusCode::BUSY_HERE)], 1);

    let sipp = "----------------------------------------------- 2026-11-24 12:00:00.000000\n\
        UDP message received [321] bytes :\n\n\
        SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h;branch=z9hG4bKs\r\nCall-ID: s@x\r\nCSeq: 1 INVITE\r\n\
        Content-Length: 0\r\n\r\n\n";
    let r = scan(sipp.as_bytes());
    assert_eq!(r.transactions()["INVITE"][&Some(StatusCode::OK)], 1);

    let proxy = "Nov 24 12:00:00 proxy[1]: reply SIP/2.0 503 Service Unavailable to 192.0.2.9\n\
        Nov 24 12:00:01 proxy[1]: this mentions SIP/2.0 in prose\n";
    let r = scan(proxy.as_bytes());
    assert_eq!(
        r.code(503).unwrap().phrases().keys().collect::<Vec<_>>(),
        ["Service Unavailable to 192.0.2.9"]
    );
    assert_eq!(r.skipped(SkipReason::Malformed), 0);
}

#[test]
fn a_message_body_is_not_read_as_messages() {
    let sipfrag = "NOTIFY sip:a@x SIP/2.0\nCall-ID: n@x\nCSeq: 3 NOTIFY\nContent-Length: 16\n\nSIP/2.0 200 OK\r\n";
    let r = scan(sipfrag.as_bytes());
    assert_eq!(r.responses(), 0);
    assert_eq!(r.requests()["NOTIFY"], 1);
}

/// A reader that hands out one byte at a time.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match (self.0.split_first(), buf.first_mut()) {
            (Some((b, rest)), Some(out)) => {
                *out = *b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

#[test]
fn streams_read_the_same_as_memory() {
    let mut text = Vec::new();
    for m in (0..20).flat_map(|n| call(n, "486 Busy Here")) {
        text.extend_from_slice(b"received:\n");
        text.extend_from_slice(&m);
        text.push(b'\n');
    }
    let file = pcap(1, &calls_udp(5, "200 OK"), true, true);
    for data in [text.clone(), file, gzip(&text)] {
        let from_stream = scan_reader(Trickle(&data), &ScanOptions::new()).unwrap();
        assert_eq!(counts(&from_stream), counts(&scan(&data)));
        assert_eq!(from_stream.input().1, data.len() as u64);
    }
    assert_eq!(count(&scan(&text), 486), 20);
}

#[test]
fn strict_mode_refuses_what_lenient_mode_reads() {
    let text = b"SIP/2.0 200\r\nSIP/2.0 200 OK\r\nsip/2.0 180  Ringing\nSIP/2.0 180 Ringing\n";
    assert_eq!(scan_bytes(text, false).unwrap().responses(), 3);
    let strict = scan_bytes(text, true).unwrap();
    assert_eq!(strict.responses(), 1);
    assert_eq!(
        strict.skipped(SkipReason::Malformed),
        2,
        "no phrase; a bare LF"
    );
}

#[test]
fn reports_merge_associatively_and_in_any_order() {
    let parts: Vec<ScanReport> = [
        scan(&pcap(1, &calls_udp(2, "200 OK"), false, false)),
        scan(b"SIP/2.0 486 Busy Here\nSIP/2.0 486 \n"),
        scan(&pcap(101, &calls_udp(1, "603 Decline"), false, false)),
        scan(b"\r\nSIP/2.0 99 X\n"),
    ]
    .into();
    let [a, b, c, d] = parts.clone().try_into().unwrap();
    let left = ((a.clone() + b.clone()) + c.clone()) + d.clone();
    let right = a.clone() + (b.clone() + (c.clone() + d.clone()));
    let shuffled = d + b + a + c;
    assert_eq!(left, right);
    assert_eq!(left, shuffled);
    assert_eq!(left, parts.into_iter().sum());
    assert_eq!(left.input().0, 4);
    assert_eq!(left.to_json(), right.to_json());
}

#[test]
fn many_tcp_connections_stay_within_the_flow_bound() {
    // More connections than the bound, each left with half a message.
    let n = sipstatus_scan::limits::TCP_FLOWS + 100;
    let msg = response("200 OK", "INVITE", "f@x", 1, "z9hG4bKf");
    let packets: Vec<Vec<u8>> = (0..n)
        .map(|i| {
            let mut out = Vec::new();
            etherparse::PacketBuilder::ipv4(A, [10, 0, (i >> 8) as u8, i as u8], 64)
                .tcp(5060, (i % 60000) as u16 + 1024, 1, 65535)
                .write(&mut out, &msg[..20])
                .unwrap();
            out
        })
        .collect();
    let r = scan(&pcap(101, &packets, false, false));
    let evicted = r.skipped(SkipReason::FlowEvicted);
    assert!(evicted > 0);
    assert_eq!(evicted + r.skipped(SkipReason::Truncated), n as u64);
}

#[test]
fn transaction_outcomes_give_the_rfc_6076_metrics() {
    let mut packets = calls_udp(2, "200 OK");
    packets.extend(
        (10..11)
            .flat_map(|n| call(n, "486 Busy Here"))
            .map(|m| udp4(&m)),
    );
    packets.push(udp4(&call(20, "200 OK")[0]));
    let r = scan(&pcap(1, &packets, false, false));
    let m = r.metrics();
    assert_eq!(m.ser, Some(50.0), "2 of 4 INVITEs answered 200");
    assert_eq!(m.seer, Some(75.0), "200 and 486 are effective");
    assert_eq!(m.ira, None, "no REGISTER");
    assert_eq!(r.to_json()["metrics"]["ser"], 50.0);
    assert_eq!(r.to_json()["transactions"]["INVITE"]["486"], 1);
    assert_eq!(r.to_json()["answers"]["INVITE"]["180"], 3);
    assert_eq!(r.to_json()["metrics"]["ira"], serde_json::Value::Null);
}

#[test]
fn json_reads_back_to_the_same_report() {
    let r = scan(&pcap(1, &calls_udp(3, "486 Busy Here"), false, false))
        + scan(b"SIP/2.0 499 \nSIP/2.0 99 X\n")
        + scan(&pcap(101, &[udp4(&call(5, "200 OK")[0])], false, false));
    assert_eq!(ScanReport::from_json(&r.to_json()), Ok(r.clone()));
    let mut bad = r.to_json();
    bad["skipped"]["no-such-reason"] = 1.into();
    assert_eq!(
        ScanReport::from_json(&bad),
        Err(sipstatus_scan::FromJsonError::Invalid { key: "skipped" })
    );
    let mut bad = r.to_json();
    bad["codes"][0]["code"] = 800.into();
    assert!(ScanReport::from_json(&bad).is_err());
    let mut bad = r.to_json();
    bad.as_object_mut().unwrap().remove("requests");
    assert_eq!(
        ScanReport::from_json(&bad),
        Err(sipstatus_scan::FromJsonError::Missing { key: "requests" })
    );
}

#[test]
fn phrases_per_code_are_bounded_and_the_rest_counted() {
    let text: String = (0..70)
        .map(|i| format!("SIP/2.0 200 OK number {i}\n"))
        .collect();
    let r = scan(text.as_bytes());
    let stats = r.code(200).unwrap();
    assert_eq!(stats.count(), 70);
    assert_eq!(
        stats.phrases().len(),
        sipstatus_scan::limits::PHRASES_PER_CODE
    );
    assert_eq!(stats.other_phrases(), 70 - 64);
    assert_eq!(
        stats.phrases().values().sum::<u64>() + stats.other_phrases(),
        70
    );
}

#[test]
fn repeated_status_lines_read_the_same_each_time() {
    // The same line again, a line that differs only in its phrase, its
    // line end or its case, and a malformed one between them.
    let log = b"SIP/2.0 200 OK\r\nSIP/2.0 200 OK\r\nSIP/2.0 200 Ok\r\nSIP/2.0 200 OK\n\
                SIP/2.0 200 OK\r\nSIP/2.0 2x0 OK\r\nSIP/2.0 200 \r\nSIP/2.0 200 OK\r\n\
                SIP/2.0 499 Custom\r\nSIP/2.0 499 Custom\r\nSIP/2.0 200 Ok\r\n";
    let r = scan(log);
    assert_eq!(count(&r, 200), 8);
    assert_eq!(count(&r, 499), 2);
    let phrases = r.code(200).unwrap().phrases();
    assert_eq!(phrases.get("OK"), Some(&5));
    assert_eq!(phrases.get("Ok"), Some(&2));
    assert_eq!(phrases.get(""), Some(&1));
    assert_eq!(r.code(499).unwrap().phrases().get("Custom"), Some(&2));
    // In strict mode a line without its CR is malformed, though the same
    // line with it was read before.
    let strict = b"SIP/2.0 200 OK\r\nSIP/2.0 200 OK\r\nSIP/2.0 200  OK\r\nSIP/2.0 200 OK\n";
    let strict = scan_bytes(strict, true).unwrap();
    assert_eq!(strict.code(200).unwrap().phrases().get("OK"), Some(&2));
    assert_eq!(strict.code(200).unwrap().phrases().get(" OK"), Some(&1));
    assert_eq!(strict.skipped(SkipReason::Malformed), 1);
}

#[test]
fn reading_ahead_in_a_second_thread_changes_no_count() {
    // Larger than the size from which a file is read ahead (32 MiB), with
    // calls of several outcomes so that the transactions and the window of
    // finished ones are at work across the pages brought in.
    let finals = [
        "200 OK",
        "486 Busy Here",
        "503 Service Unavailable",
        "404 Not Found",
    ];
    let mut packets = Vec::new();
    let mut size = 0;
    let mut n = 0;
    while size < 36 << 20 {
        for m in call(n, finals[n as usize % finals.len()]) {
            let p = udp4(&m);
            size += p.len() + 16;
            packets.push(p);
        }
        n += 1;
    }
    let data = pcap(1, &packets, false, false);
    let path =
        std::env::temp_dir().join(format!("sipstatus-read-ahead-{}.pcap", std::process::id()));
    std::fs::write(&path, &data).unwrap();
    let read = std::sync::atomic::AtomicU64::new(0);
    let progress = |n: u64| {
        read.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    };
    let ahead = sipstatus_scan::scan_file(
        &path,
        &ScanOptions::new().read_ahead(true).progress(&progress),
    );
    let plain = sipstatus_scan::scan_file(&path, &ScanOptions::new());
    std::fs::remove_file(&path).unwrap();
    let (ahead, plain) = (ahead.unwrap(), plain.unwrap());
    assert_eq!(ahead.to_json(), plain.to_json());
    assert_eq!(counts(&ahead), counts(&scan(&data)));
    assert_eq!(read.into_inner(), data.len() as u64);
    // Every call is a transaction of its own, answered once.
    for status in [200, 486, 503, 404] {
        assert!(count(&ahead, status).abs_diff(u64::from(n) / 4) <= 1);
    }
}

#[test]
fn files_on_several_threads_merge_as_one_after_the_other() {
    let dir = std::env::temp_dir().join(format!("sipstatus-scan-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let finals = [
        "200 OK",
        "486 Busy Here",
        "404 Not Found",
        "603 Decline",
        "180 Ringing",
    ];
    let mut files = Vec::new();
    for (i, status) in finals.iter().enumerate() {
        let path = dir.join(format!("{i}.pcap"));
        std::fs::write(
            &path,
            pcap(1, &calls_udp(3 + i as u32, status), false, false),
        )
        .unwrap();
        files.push(path);
        let path = dir.join(format!("{i}.log"));
        std::fs::write(&path, format!("SIP/2.0 {status}\n").repeat(i + 1)).unwrap();
        files.push(path);
    }
    let mut sequential = ScanReport::new();
    for f in &files {
        sequential += sipstatus_scan::scan_file(f, &ScanOptions::new()).unwrap();
    }
    let binary = dir.join("binary.dat");
    std::fs::write(&binary, b"\x00\x01binary").unwrap();
    let missing = dir.join("missing.pcap");
    let mut with_bad = files.clone();
    with_bad.insert(3, binary.clone());
    with_bad.push(missing.clone());
    for jobs in 1..=4 {
        let all = sipstatus_scan::scan_files(&files, &ScanOptions::new(), jobs, false);
        assert!(all.errors.is_empty());
        assert_eq!(all.report.to_json(), sequential.to_json(), "{jobs} jobs");
        // Without --keep-going: the first failure in input order, alone.
        for _ in 0..5 {
            let stopped = sipstatus_scan::scan_files(&with_bad, &ScanOptions::new(), jobs, false);
            let paths: Vec<_> = stopped
                .errors
                .iter()
                .map(|e| e.input().to_owned())
                .collect();
            assert_eq!(paths, std::slice::from_ref(&binary), "{jobs} jobs");
        }
        // With it: every failure in input order, and the counts of the rest.
        let kept = sipstatus_scan::scan_files(&with_bad, &ScanOptions::new(), jobs, true);
        let paths: Vec<_> = kept.errors.iter().map(|e| e.input().to_owned()).collect();
        assert_eq!(paths, [binary.clone(), missing.clone()], "{jobs} jobs");
        assert_eq!(kept.report.to_json(), sequential.to_json(), "{jobs} jobs");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
