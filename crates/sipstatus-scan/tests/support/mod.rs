//! Captures made in memory for the tests: SIP messages, packets of every
//! link type (built with etherparse), and pcap, pcapng and gzip files.
#![allow(dead_code, unreachable_pub)]

use std::io::Write;

use etherparse::{IpFragOffset, IpNumber, Ipv4Header, PacketBuilder, UdpHeader};

pub const A: [u8; 4] = [192, 0, 2, 1];
pub const B: [u8; 4] = [192, 0, 2, 2];
pub const A6: [u8; 16] = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
pub const B6: [u8; 16] = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];

/// A SIP request with the headers the scanner reads.
pub fn request(method: &str, call: &str, cseq: u32, branch: &str, body: &str) -> Vec<u8> {
    format!(
        "{method} sip:bob@example.com SIP/2.0\r\n\
         Via: SIP/2.0/UDP 192.0.2.1:5060;branch={branch}\r\n\
         From: <sip:alice@example.com>;tag=1\r\n\
         To: <sip:bob@example.com>\r\n\
         Call-ID: {call}\r\n\
         CSeq: {cseq} {method}\r\n\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A SIP response to a request made by [`request`].
pub fn response(status: &str, method: &str, call: &str, cseq: u32, branch: &str) -> Vec<u8> {
    format!(
        "SIP/2.0 {status}\r\n\
         Via: SIP/2.0/UDP 192.0.2.1:5060;branch={branch}\r\n\
         From: <sip:alice@example.com>;tag=1\r\n\
         To: <sip:bob@example.com>;tag=2\r\n\
         Call-ID: {call}\r\n\
         CSeq: {cseq} {method}\r\n\
         Content-Length: 0\r\n\r\n"
    )
    .into_bytes()
}

/// One call: INVITE, 100, 180, the final response, and ACK.
pub fn call(n: u32, final_status: &str) -> Vec<Vec<u8>> {
    let call = format!("call-{n}@example.com");
    let branch = format!("z9hG4bK-{n}");
    vec![
        request("INVITE", &call, 1, &branch, "v=0\r\n"),
        response("100 Trying", "INVITE", &call, 1, &branch),
        response("180 Ringing", "INVITE", &call, 1, &branch),
        response(final_status, "INVITE", &call, 1, &branch),
        request("ACK", &call, 1, &branch, ""),
    ]
}

/// A UDP datagram over IPv4, as raw IP.
pub fn udp4(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    PacketBuilder::ipv4(A, B, 64)
        .udp(5060, 5060)
        .write(&mut out, payload)
        .unwrap();
    out
}

/// A UDP datagram over IPv6, as raw IP.
pub fn udp6(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    PacketBuilder::ipv6(A6, B6, 64)
        .udp(5060, 5060)
        .write(&mut out, payload)
        .unwrap();
    out
}

/// A TCP segment over IPv4, as raw IP.
pub fn tcp4(seq: u32, flags: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut b = PacketBuilder::ipv4(A, B, 64).tcp(40000, 5060, seq, 65535);
    if flags.contains('S') {
        b = b.syn();
    }
    if flags.contains('F') {
        b = b.fin();
    }
    if flags.contains('R') {
        b = b.rst();
    }
    b.write(&mut out, payload).unwrap();
    out
}

/// A UDP datagram over IPv4 cut into fragments of at most `size` payload
/// bytes (a multiple of 8), as raw IP packets.
pub fn fragments4(payload: &[u8], size: usize, id: u16) -> Vec<Vec<u8>> {
    let udp = UdpHeader::with_ipv4_checksum(
        5060,
        5060,
        &Ipv4Header::new(0, 64, IpNumber::UDP, A, B).unwrap(),
        payload,
    )
    .unwrap();
    let mut datagram = udp.to_bytes().to_vec();
    datagram.extend_from_slice(payload);
    datagram
        .chunks(size)
        .enumerate()
        .map(|(i, chunk)| {
            let mut h = Ipv4Header::new(chunk.len() as u16, 64, IpNumber::UDP, A, B).unwrap();
            h.identification = id;
            h.more_fragments = (i + 1) * size < datagram.len();
            h.fragment_offset = IpFragOffset::try_new((i * size / 8) as u16).unwrap();
            h.header_checksum = h.calc_header_checksum();
            let mut out = Vec::new();
            h.write(&mut out).unwrap();
            out.extend_from_slice(chunk);
            out
        })
        .collect()
}

/// A UDP datagram over IPv6 cut into fragments (RFC 8200 §4.5).
pub fn fragments6(payload: &[u8], size: usize, id: u32) -> Vec<Vec<u8>> {
    let mut datagram = Vec::new();
    let len = (8 + payload.len()) as u16;
    datagram.extend_from_slice(&5060u16.to_be_bytes());
    datagram.extend_from_slice(&5060u16.to_be_bytes());
    datagram.extend_from_slice(&len.to_be_bytes());
    datagram.extend_from_slice(&[0, 0]);
    datagram.extend_from_slice(payload);
    datagram
        .chunks(size)
        .enumerate()
        .map(|(i, chunk)| {
            let more = (i + 1) * size < datagram.len();
            let mut out = vec![0x60, 0, 0, 0];
            out.extend_from_slice(&((8 + chunk.len()) as u16).to_be_bytes());
            out.push(44); // Fragment header
            out.push(64);
            out.extend_from_slice(&A6);
            out.extend_from_slice(&B6);
            out.push(17); // UDP
            out.push(0);
            let offset = (i * size) as u16 | u16::from(more);
            out.extend_from_slice(&offset.to_be_bytes());
            out.extend_from_slice(&id.to_be_bytes());
            out.extend_from_slice(chunk);
            out
        })
        .collect()
}

/// Link layers in front of a raw IP packet, by pcap link type.
pub fn link(linktype: u32, ip: &[u8]) -> Vec<u8> {
    let v6 = ip[0] >> 4 == 6;
    let ethertype: u16 = if v6 { 0x86dd } else { 0x0800 };
    let mut out = Vec::new();
    match linktype {
        101 | 228 | 229 => {}
        // BSD loopback: address family in host order (null) or network
        // order (loop); 24 is AF_INET6 on NetBSD/OpenBSD.
        0 => out.extend_from_slice(&(if v6 { 24u32 } else { 2 }).to_le_bytes()),
        108 => out.extend_from_slice(&(if v6 { 24u32 } else { 2 }).to_be_bytes()),
        1 => {
            out.extend_from_slice(&[2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]);
            out.extend_from_slice(&ethertype.to_be_bytes());
        }
        // Ethernet with an 802.1Q tag, then 802.1ad + 802.1Q (QinQ); the
        // pseudo link types 1001/1002 only exist in these tests.
        1001 | 1002 => {
            out.extend_from_slice(&[2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]);
            if linktype == 1002 {
                out.extend_from_slice(&[0x88, 0xa8, 0x00, 0x64]);
            }
            out.extend_from_slice(&[0x81, 0x00, 0x00, 0x0a]);
            out.extend_from_slice(&ethertype.to_be_bytes());
        }
        113 => {
            out.extend_from_slice(&[0, 0, 0, 1, 0, 6, 2, 0, 0, 0, 0, 1, 0, 0]);
            out.extend_from_slice(&ethertype.to_be_bytes());
        }
        276 => {
            out.extend_from_slice(&ethertype.to_be_bytes());
            out.extend_from_slice(&[0, 0, 0, 0, 0, 1, 0, 1, 0, 6, 2, 0, 0, 0, 0, 1, 0, 0]);
        }
        _ => panic!("no test link type {linktype}"),
    }
    out.extend_from_slice(ip);
    out
}

/// The pcap link type of a test link type.
pub fn file_linktype(linktype: u32) -> u32 {
    match linktype {
        1001 | 1002 => 1,
        other => other,
    }
}

/// A classic pcap file: `big_endian` and `nanos` choose the magic.
pub fn pcap(linktype: u32, packets: &[Vec<u8>], big_endian: bool, nanos: bool) -> Vec<u8> {
    let w32 = |out: &mut Vec<u8>, v: u32| {
        out.extend_from_slice(&if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        })
    };
    let w16 = |out: &mut Vec<u8>, v: u16| {
        out.extend_from_slice(&if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        })
    };
    let mut out = Vec::new();
    w32(&mut out, if nanos { 0xa1b2_3c4d } else { 0xa1b2_c3d4 });
    w16(&mut out, 2);
    w16(&mut out, 4);
    w32(&mut out, 0);
    w32(&mut out, 0);
    w32(&mut out, 262_144);
    w32(&mut out, file_linktype(linktype));
    for (i, p) in packets.iter().enumerate() {
        let frame = link(linktype, p);
        w32(&mut out, 1_700_000_000 + i as u32);
        w32(&mut out, 1000 * i as u32);
        w32(&mut out, frame.len() as u32);
        w32(&mut out, frame.len() as u32);
        out.extend_from_slice(&frame);
    }
    out
}

/// A pcap record whose captured length is shorter than the frame.
pub fn pcap_record_cut(out: &mut Vec<u8>, frame: &[u8], keep: usize) {
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(keep as u32).to_le_bytes());
    out.extend_from_slice(&(frame.len() as u32).to_le_bytes());
    out.extend_from_slice(&frame[..keep]);
}

fn pad4(out: &mut Vec<u8>) {
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
}

fn block(out: &mut Vec<u8>, kind: u32, body: &[u8]) {
    let mut b = body.to_vec();
    pad4(&mut b);
    let len = (12 + b.len()) as u32;
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&b);
    out.extend_from_slice(&len.to_le_bytes());
}

/// A pcapng file (little-endian): one section, an interface per link type,
/// each packet an Enhanced Packet Block on the interface given.
pub fn pcapng(interfaces: &[u32], packets: &[(usize, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut shb = Vec::new();
    shb.extend_from_slice(&0x1a2b_3c4du32.to_le_bytes());
    shb.extend_from_slice(&1u16.to_le_bytes());
    shb.extend_from_slice(&0u16.to_le_bytes());
    shb.extend_from_slice(&u64::MAX.to_le_bytes());
    block(&mut out, 0x0a0d_0d0a, &shb);
    for &lt in interfaces {
        let mut idb = Vec::new();
        idb.extend_from_slice(&(file_linktype(lt) as u16).to_le_bytes());
        idb.extend_from_slice(&0u16.to_le_bytes());
        idb.extend_from_slice(&262_144u32.to_le_bytes());
        block(&mut out, 1, &idb);
    }
    for (iface, p) in packets {
        let frame = link(interfaces[*iface], p);
        let mut epb = Vec::new();
        epb.extend_from_slice(&(*iface as u32).to_le_bytes());
        epb.extend_from_slice(&0u32.to_le_bytes());
        epb.extend_from_slice(&0u32.to_le_bytes());
        epb.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        epb.extend_from_slice(&(frame.len() as u32).to_le_bytes());
        epb.extend_from_slice(&frame);
        block(&mut out, 6, &epb);
    }
    out
}

/// A Simple Packet Block (on the section's first interface).
pub fn pcapng_simple(out: &mut Vec<u8>, frame: &[u8]) {
    let mut spb = Vec::new();
    spb.extend_from_slice(&(frame.len() as u32).to_le_bytes());
    spb.extend_from_slice(frame);
    block(out, 3, &spb);
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// Every message of `calls` calls, as UDP over IPv4.
pub fn calls_udp(calls: u32, final_status: &str) -> Vec<Vec<u8>> {
    (0..calls)
        .flat_map(|n| call(n, final_status))
        .map(|m| udp4(&m))
        .collect()
}
