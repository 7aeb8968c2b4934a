//! Packets: link layers, IPv4/IPv6 (with fragment reassembly), UDP, and TCP
//! with per-connection reassembly and Content-Length framing. Decoding is
//! etherparse's; this module decides what to do with each layer.

use std::collections::HashMap;

use etherparse::{
    EtherType, IpNumber, NetSlice, SlicedPacket, TcpSlice, TransportSlice, UdpSlice,
    defrag::IpDefragBuf,
};

use crate::{
    limits,
    message::{self, Frame},
    report::SkipReason,
    scanner::Scanner,
};

/// pcap link types (the tcpdump.org LINKTYPE_ values) the scanner decodes.
pub(crate) mod linktype {
    pub(crate) const NULL: i32 = 0;
    pub(crate) const ETHERNET: i32 = 1;
    pub(crate) const RAW_OPENBSD: i32 = 12;
    pub(crate) const RAW_BSD: i32 = 14;
    pub(crate) const RAW: i32 = 101;
    pub(crate) const LOOP: i32 = 108;
    pub(crate) const LINUX_SLL: i32 = 113;
    pub(crate) const IPV4: i32 = 228;
    pub(crate) const IPV6: i32 = 229;
    pub(crate) const LINUX_SLL2: i32 = 276;
}

/// Source and destination address and port of one direction of a TCP
/// connection (IPv4 addresses in the first four bytes).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct FlowKey {
    src: [u8; 16],
    dst: [u8; 16],
    ports: [u16; 2],
}

struct Flow {
    /// The sequence number of the next byte expected.
    next: u32,
    /// Bytes of a message that is not complete yet.
    pending: Vec<u8>,
    last_seen: u64,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct FragKey {
    src: [u8; 16],
    dst: [u8; 16],
    id: u32,
    protocol: u8,
}

/// The packet layers' open state.
#[derive(Default)]
pub(crate) struct Packets {
    clock: u64,
    flows: HashMap<FlowKey, Flow>,
    pending_bytes: usize,
    fragments: HashMap<FragKey, (IpDefragBuf, u64)>,
}

impl Packets {
    /// Drops what is still open at the end of the input; returns how many
    /// partial messages and datagrams that was.
    pub(crate) fn finish(&mut self) -> u64 {
        let flows = self
            .flows
            .values()
            .filter(|f| !f.pending.is_empty())
            .count();
        (flows + self.fragments.len()) as u64
    }
}

fn addr4(a: [u8; 4]) -> [u8; 16] {
    let mut out = [0; 16];
    out[..4].copy_from_slice(&a);
    out
}

/// Keeps the more recently used half of a table.
fn evict_older_half<K, V>(map: &mut HashMap<K, V>, age: impl Fn(&V) -> u64) -> Vec<V>
where
    K: Eq + std::hash::Hash + Copy,
{
    let mut ages: Vec<u64> = map.values().map(&age).collect();
    let mid = ages.len() / 2;
    let cutoff = *ages.select_nth_unstable(mid).1;
    let old: Vec<K> = map
        .iter()
        .filter(|(_, v)| age(v) <= cutoff)
        .map(|(k, _)| *k)
        .collect();
    old.iter().filter_map(|k| map.remove(k)).collect()
}

impl Scanner {
    /// One captured frame of the given link type; `wire_len` is its length
    /// on the wire (more than `data.len()` when the snap length cut it).
    pub(crate) fn frame(&mut self, link: i32, data: &[u8], wire_len: usize) {
        self.tally.packets += 1;
        self.packets.clock += 1;
        if let Some(payload) = plain_udp4(link, data) {
            return self.datagram(payload);
        }
        let sliced = match slice(link, data) {
            Ok(sliced) => sliced,
            Err(reason) => return self.tally.skip(reason),
        };
        match sliced {
            Ok(packet) => self.ip_packet(&packet),
            Err(_) if data.len() < wire_len => self.tally.skip(SkipReason::Truncated),
            Err(_) => self.tally.skip(SkipReason::BadPacket),
        }
    }

    fn ip_packet(&mut self, packet: &SlicedPacket<'_>) {
        let (src, dst) = match &packet.net {
            Some(NetSlice::Ipv4(ip)) => (
                addr4(ip.header().source()),
                addr4(ip.header().destination()),
            ),
            Some(NetSlice::Ipv6(ip)) => (ip.header().source(), ip.header().destination()),
            Some(NetSlice::Arp(_)) | None => return self.tally.skip(SkipReason::NotIp),
        };
        if packet.is_ip_payload_fragmented() {
            return self.fragment(packet, src, dst);
        }
        match &packet.transport {
            Some(TransportSlice::Udp(udp)) => self.datagram(udp.payload()),
            Some(TransportSlice::Tcp(tcp)) => self.segment(src, dst, tcp),
            _ => self.tally.skip(SkipReason::NotUdpTcp),
        }
    }

    /// An IPv4 fragment or an IPv6 packet with a Fragment header
    /// (RFC 791 §3.2, RFC 8200 §4.5).
    fn fragment(&mut self, packet: &SlicedPacket<'_>, src: [u8; 16], dst: [u8; 16]) {
        let (id, offset, more, payload) = match &packet.net {
            Some(NetSlice::Ipv4(ip)) => {
                let h = ip.header();
                (
                    u32::from(h.identification()),
                    h.fragments_offset(),
                    h.more_fragments(),
                    ip.payload(),
                )
            }
            Some(NetSlice::Ipv6(ip)) => {
                let frag = ip
                    .extensions()
                    .clone()
                    .into_iter()
                    .find_map(|ext| match ext {
                        etherparse::Ipv6ExtensionSlice::Fragment(f) => Some(f.to_header()),
                        _ => None,
                    });
                let Some(frag) = frag else {
                    return self.tally.skip(SkipReason::BadPacket);
                };
                (
                    frag.identification,
                    frag.fragment_offset,
                    frag.more_fragments,
                    ip.payload(),
                )
            }
            _ => return self.tally.skip(SkipReason::NotIp),
        };
        let key = FragKey {
            src,
            dst,
            id,
            protocol: payload.ip_number.0,
        };
        let clock = self.packets.clock;
        if !self.packets.fragments.contains_key(&key)
            && self.packets.fragments.len() >= limits::FRAGMENTED_DATAGRAMS
        {
            let evicted = evict_older_half(&mut self.packets.fragments, |(_, age)| *age);
            self.tally
                .skip_n(SkipReason::FragmentEvicted, evicted.len() as u64);
        }
        let entry = self.packets.fragments.entry(key).or_insert_with(|| {
            (
                IpDefragBuf::new(payload.ip_number, Vec::new(), Vec::new()),
                clock,
            )
        });
        entry.1 = clock;
        if entry.0.add(offset, more, payload.payload).is_err() {
            self.packets.fragments.remove(&key);
            return self.tally.skip(SkipReason::BadPacket);
        }
        if !entry.0.is_complete() {
            return;
        }
        let Some((buf, _)) = self.packets.fragments.remove(&key) else {
            return;
        };
        let protocol = buf.ip_number();
        let (data, _) = buf.take_bufs();
        match protocol {
            IpNumber::UDP => match UdpSlice::from_slice(&data) {
                Ok(udp) => self.datagram(udp.payload()),
                Err(_) => self.tally.skip(SkipReason::BadPacket),
            },
            IpNumber::TCP => match TcpSlice::from_slice(&data) {
                Ok(tcp) => self.segment(src, dst, &tcp),
                Err(_) => self.tally.skip(SkipReason::BadPacket),
            },
            _ => self.tally.skip(SkipReason::NotUdpTcp),
        }
    }

    /// One TCP segment: appended to its connection's stream, from which
    /// every complete message is counted once.
    fn segment(&mut self, src: [u8; 16], dst: [u8; 16], tcp: &TcpSlice<'_>) {
        let key = FlowKey {
            src,
            dst,
            ports: [tcp.source_port(), tcp.destination_port()],
        };
        let payload = tcp.payload();
        let seq = tcp.sequence_number();
        let start = if tcp.syn() { seq.wrapping_add(1) } else { seq };
        let closing = tcp.fin() || tcp.rst();
        let Some((expected, mut pending)) = self.take_flow(key, start, payload.len(), tcp.syn())
        else {
            return;
        };
        let ahead = start.wrapping_sub(expected) as i32;
        let mut data = payload;
        if ahead > 0 {
            // Bytes were not captured: what was buffered cannot complete.
            self.tally.skip(SkipReason::TcpGap);
            pending.clear();
        } else if ahead < 0 {
            let seen = ahead.unsigned_abs() as usize;
            if seen >= data.len() {
                if !data.is_empty() {
                    self.tally.skip(SkipReason::TcpRetransmission);
                }
                data = &[];
            } else {
                data = &data[seen..];
            }
        }
        if pending.is_empty() {
            let used = self.stream(data, closing);
            pending.extend_from_slice(&data[used..]);
        } else if !data.is_empty() {
            pending.extend_from_slice(data);
            let used = self.stream(&pending, closing);
            pending.drain(..used);
        }
        self.put_back(key, pending, closing);
    }

    /// Takes a connection's buffered bytes and the sequence number it
    /// expects next, creating the connection if needed; `None` for a
    /// segment without payload of a connection not followed.
    fn take_flow(
        &mut self,
        key: FlowKey,
        start: u32,
        len: usize,
        syn: bool,
    ) -> Option<(u32, Vec<u8>)> {
        if !self.packets.flows.contains_key(&key) {
            if len == 0 && !syn {
                return None;
            }
            if self.packets.flows.len() >= limits::TCP_FLOWS {
                let evicted = evict_older_half(&mut self.packets.flows, |f| f.last_seen);
                self.drop_flows(evicted);
            }
        }
        let clock = self.packets.clock;
        let flow = self.packets.flows.entry(key).or_insert_with(|| Flow {
            next: start,
            pending: Vec::new(),
            last_seen: clock,
        });
        flow.last_seen = clock;
        if syn {
            // A new connection on the same addresses and ports.
            flow.next = start;
            self.packets.pending_bytes -= flow.pending.len();
            flow.pending.clear();
        }
        let expected = flow.next;
        let end = start.wrapping_add(len as u32);
        if (end.wrapping_sub(flow.next) as i32) > 0 {
            flow.next = end;
        }
        let pending = std::mem::take(&mut flow.pending);
        self.packets.pending_bytes -= pending.len();
        Some((expected, pending))
    }

    fn drop_flows(&mut self, evicted: Vec<Flow>) {
        for flow in evicted {
            if !flow.pending.is_empty() {
                self.packets.pending_bytes -= flow.pending.len();
                self.tally.skip(SkipReason::FlowEvicted);
            }
        }
    }

    /// Stores a connection's unconsumed bytes again, or ends it.
    fn put_back(&mut self, key: FlowKey, mut pending: Vec<u8>, closing: bool) {
        if closing {
            if !pending.is_empty() {
                self.tally.skip(SkipReason::Truncated);
            }
            self.packets.flows.remove(&key);
            return;
        }
        if pending.len() > limits::MAX_MESSAGE {
            self.tally.skip(SkipReason::Oversize);
            pending = Vec::new();
        } else if pending.is_empty() && pending.capacity() > 4096 {
            pending = Vec::new();
        }
        let Some(flow) = self.packets.flows.get_mut(&key) else {
            return;
        };
        self.packets.pending_bytes += pending.len();
        flow.pending = pending;
        if self.packets.pending_bytes > limits::TCP_PENDING_BYTES {
            let keys: Vec<FlowKey> = self
                .packets
                .flows
                .iter()
                .filter(|(_, f)| !f.pending.is_empty())
                .map(|(k, _)| *k)
                .collect();
            let mut with_data: HashMap<FlowKey, Flow> = keys
                .iter()
                .filter_map(|k| self.packets.flows.remove(k).map(|f| (*k, f)))
                .collect();
            let evicted = evict_older_half(&mut with_data, |f| f.last_seen);
            self.packets.flows.extend(with_data);
            self.drop_flows(evicted);
        }
    }

    /// Counts every complete message at the start of a stream; returns how
    /// many bytes were used.
    fn stream(&mut self, buf: &[u8], closing: bool) -> usize {
        let mut pos = 0;
        loop {
            let rest = &buf[pos..];
            let blank = rest
                .iter()
                .position(|&b| b != b'\r' && b != b'\n')
                .unwrap_or(rest.len());
            if blank > 0 {
                // CRLF keep-alives between messages (RFC 5626 §3.5.1).
                if blank >= 2 {
                    self.tally.skip(SkipReason::KeepAlive);
                }
                pos += blank;
                continue;
            }
            if rest.is_empty() {
                return pos;
            }
            let (line, next) = message::first_line(rest);
            let Some(next) = next else {
                if !closing && message::could_start(line) {
                    return pos;
                }
                self.tally.skip(SkipReason::NotSip);
                return buf.len();
            };
            let Some(start) = message::start_line(line, &rest[..next]) else {
                // Not at a message: pick the stream up again at the next
                // line that starts one.
                self.tally.skip(SkipReason::NotSip);
                pos += next + resync(&rest[next..]).unwrap_or(rest.len() - next);
                continue;
            };
            match message::frame(rest, next) {
                (Frame::Complete(len), h) => {
                    self.message(start, &h);
                    pos += len;
                }
                (Frame::Incomplete, _) => return pos,
            }
        }
    }
}

/// etherparse's reading of a frame of the given link type, or why it is
/// not read at all.
fn slice(
    link: i32,
    data: &[u8],
) -> Result<Result<SlicedPacket<'_>, etherparse::err::packet::SliceError>, SkipReason> {
    Ok(match link {
        linktype::ETHERNET => SlicedPacket::from_ethernet(data),
        linktype::RAW
        | linktype::RAW_OPENBSD
        | linktype::RAW_BSD
        | linktype::IPV4
        | linktype::IPV6 => SlicedPacket::from_ip(data),
        // A 4-byte address family, in host or network order; the IP
        // header's version nibble says the same and needs no byte order.
        linktype::NULL | linktype::LOOP => match data.get(4..) {
            Some(ip) => SlicedPacket::from_ip(ip),
            None => return Err(SkipReason::Truncated),
        },
        linktype::LINUX_SLL => SlicedPacket::from_linux_sll(data),
        linktype::LINUX_SLL2 => match (data.get(..2), data.get(20..)) {
            (Some(proto), Some(rest)) => SlicedPacket::from_ether_type(
                EtherType(u16::from_be_bytes([proto[0], proto[1]])),
                rest,
            ),
            _ => return Err(SkipReason::Truncated),
        },
        _ => return Err(SkipReason::LinkType),
    })
}

/// The UDP payload of the most common frame, Ethernet II or raw IP carrying
/// an unfragmented IPv4 packet without options and a UDP datagram whose
/// lengths are consistent, read from fixed offsets; `None` for every other
/// frame, which etherparse decodes. Where both read a frame they agree: the
/// test `the_plain_udp_path_agrees_with_etherparse` checks it on every
/// fixture and on frames built to sit on each condition's edge.
fn plain_udp4(link: i32, data: &[u8]) -> Option<&[u8]> {
    let ip = match link {
        linktype::ETHERNET if data.get(12..14)? == [0x08, 0x00] => &data[14..],
        linktype::RAW | linktype::RAW_OPENBSD | linktype::RAW_BSD | linktype::IPV4 => data,
        linktype::NULL | linktype::LOOP => data.get(4..)?,
        _ => return None,
    };
    // Version 4 and a 20-byte header (RFC 791 §3.1); protocol 17 is UDP.
    let &[0x45, _, len_hi, len_lo, _, _, flags, offset, _, 17, ..] = ip else {
        return None;
    };
    // More Fragments or a fragment offset: reassembly, not this path.
    if (u16::from_be_bytes([flags, offset]) & 0x3fff) != 0 {
        return None;
    }
    // Total Length bounds the packet; link padding after it is not UDP.
    let udp = ip.get(20..usize::from(u16::from_be_bytes([len_hi, len_lo])))?;
    let &[_, _, _, _, udp_hi, udp_lo, ..] = udp else {
        return None;
    };
    // UDP Length (RFC 768): the header and the data; 0 leaves the length to
    // the IP layer, as etherparse reads it.
    match usize::from(u16::from_be_bytes([udp_hi, udp_lo])) {
        0 if udp.len() >= 8 => Some(&udp[8..]),
        n @ 8.. => udp.get(8..n),
        _ => None,
    }
}

/// The offset of the next line that is a start line.
fn resync(buf: &[u8]) -> Option<usize> {
    let mut pos = 0;
    while pos < buf.len() {
        let (line, next) = message::first_line(&buf[pos..]);
        if message::start_line(line, line).is_some() {
            return Some(pos);
        }
        pos += next?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The UDP payload etherparse finds in an unfragmented IPv4 packet.
    fn etherparse_udp4(link: i32, data: &[u8]) -> Option<&[u8]> {
        let packet = slice(link, data).ok()?.ok()?;
        if !matches!(packet.net, Some(NetSlice::Ipv4(_))) || packet.is_ip_payload_fragmented() {
            return None;
        }
        match packet.transport {
            Some(TransportSlice::Udp(udp)) => Some(udp.payload()),
            _ => None,
        }
    }

    /// Both readings of one frame; returns whether the fixed-offset path
    /// read it.
    fn agree(link: i32, data: &[u8], what: &str) -> bool {
        let fast = plain_udp4(link, data);
        if let Some(payload) = fast {
            let slow = etherparse_udp4(link, data)
                .unwrap_or_else(|| panic!("{what}: etherparse reads no UDP payload"));
            assert_eq!(
                (payload.as_ptr(), payload.len()),
                (slow.as_ptr(), slow.len()),
                "{what}: the payloads differ"
            );
        }
        fast.is_some()
    }

    /// Every frame of a pcap or pcapng file, with its link type.
    fn frames(file: &[u8]) -> Vec<(i32, Vec<u8>)> {
        let mut out = Vec::new();
        let mut reader = pcap_parser::create_reader(1 << 20, file).expect("a capture");
        let (mut legacy, mut interfaces) = (0, Vec::new());
        loop {
            match reader.next() {
                Ok((used, block)) => {
                    use pcap_parser::{PcapBlockOwned as B, pcapng::Block as Ng};
                    match block {
                        B::LegacyHeader(h) => legacy = h.network.0,
                        B::Legacy(b) => out.push((legacy, b.data.to_vec())),
                        B::NG(Ng::InterfaceDescription(idb)) => interfaces.push(idb.linktype.0),
                        B::NG(Ng::EnhancedPacket(epb)) => {
                            out.push((interfaces[epb.if_id as usize], epb.data.to_vec()));
                        }
                        _ => {}
                    }
                    reader.consume(used);
                }
                Err(pcap_parser::PcapError::Eof) => return out,
                Err(pcap_parser::PcapError::Incomplete(_)) => reader.refill().expect("refill"),
                Err(e) => panic!("{e:?}"),
            }
        }
    }

    #[test]
    fn the_plain_udp_path_agrees_with_etherparse_on_every_fixture() {
        let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = crate_dir.join("../../tests/traffic");
        if crate_dir.join(".cargo_vcs_info.json").exists() {
            // Tested from its published .crate (`make package-check`): the
            // fixtures are the repository's, not the package's.
            eprintln!("no fixtures outside the repository: not run from a .crate");
            return;
        }
        let (mut files, mut read, mut fast) = (0, 0, 0);
        for dir in ["gen", "sipp"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("the fixtures") {
                let path = entry.expect("a directory entry").path();
                let name = path.display().to_string();
                if !(name.ends_with(".pcap") || name.ends_with(".pcapng")) {
                    continue;
                }
                files += 1;
                let data = std::fs::read(&path).expect("a readable fixture");
                for (i, (link, frame)) in frames(&data).iter().enumerate() {
                    read += 1;
                    fast += usize::from(agree(*link, frame, &format!("{name} frame {i}")));
                    // Cut short anywhere, a frame is read the same way or
                    // left to etherparse.
                    for cut in 0..frame.len() {
                        agree(
                            *link,
                            &frame[..cut],
                            &format!("{name} frame {i} cut at {cut}"),
                        );
                    }
                }
            }
        }
        assert!(files >= 20, "{files} captures");
        assert!(read > 100 && fast > read / 4, "{fast} of {read} frames");
    }

    /// An Ethernet frame: IPv4 (20-byte header) carrying UDP, with
    /// `padding` bytes after the IP packet.
    fn ethernet_udp4(payload: &[u8], padding: usize) -> Vec<u8> {
        let mut out = Vec::new();
        etherparse::PacketBuilder::ethernet2([2, 0, 0, 0, 0, 1], [2, 0, 0, 0, 0, 2])
            .ipv4([192, 0, 2, 1], [192, 0, 2, 2], 64)
            .udp(5060, 5060)
            .write(&mut out, payload)
            .expect("a frame");
        out.resize(out.len() + padding, 0);
        out
    }

    #[test]
    fn the_plain_udp_path_agrees_with_etherparse_on_every_edge() {
        let payload = b"OPTIONS sip:a SIP/2.0\r\n\r\n";
        let base = ethernet_udp4(payload, 6);
        assert!(agree(linktype::ETHERNET, &base, "base"));
        assert_eq!(plain_udp4(linktype::ETHERNET, &base), Some(&payload[..]));
        let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
        let mut set = |what: &str, at: usize, bytes: &[u8]| {
            let mut frame = base.clone();
            frame[at..at + bytes.len()].copy_from_slice(bytes);
            cases.push((what.to_owned(), frame));
        };
        for ethertype in [[0x86, 0xdd], [0x81, 0x00], [0x08, 0x06]] {
            set("ether type", 12, &ethertype);
        }
        for first in [0x44, 0x46, 0x4f, 0x55, 0x65] {
            set("version and header length", 14, &[first]);
        }
        for flags in [0x20, 0x40, 0x80, 0x00] {
            for offset in [0x00, 0x01] {
                set("flags and offset", 20, &[flags, offset]);
            }
        }
        for protocol in [6, 1, 0, 51] {
            set("protocol", 23, &[protocol]);
        }
        let total = base.len() - 14 - 6;
        for len in [
            0,
            19,
            20,
            27,
            28,
            total - 1,
            total,
            total + 6,
            total + 7,
            0xffff,
        ] {
            set("total length", 16, &(len as u16).to_be_bytes());
        }
        let udp = total - 20;
        for len in [0, 1, 7, 8, 9, udp - 1, udp, udp + 1, 0xffff] {
            set("UDP length", 14 + 20 + 4, &(len as u16).to_be_bytes());
        }
        for (what, frame) in &cases {
            agree(linktype::ETHERNET, frame, what);
            for link in [linktype::RAW, linktype::IPV4] {
                agree(link, &frame[14..], what);
            }
            let mut null = vec![2, 0, 0, 0];
            null.extend_from_slice(&frame[14..]);
            agree(linktype::NULL, &null, what);
            for cut in 0..frame.len() {
                agree(linktype::ETHERNET, &frame[..cut], what);
            }
        }
        // A UDP length of 0 leaves the length to IP, as etherparse reads it.
        let mut zero = base.clone();
        zero[14 + 20 + 4..14 + 20 + 6].copy_from_slice(&[0, 0]);
        assert!(agree(linktype::ETHERNET, &zero, "UDP length 0"));
        // Every other link type goes to etherparse.
        for link in [
            linktype::LINUX_SLL,
            linktype::LINUX_SLL2,
            linktype::IPV6,
            147,
        ] {
            assert_eq!(plain_udp4(link, &base), None);
        }
    }
}
