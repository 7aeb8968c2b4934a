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
        let sliced = match link {
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
                None => return self.tally.skip(SkipReason::Truncated),
            },
            linktype::LINUX_SLL => SlicedPacket::from_linux_sll(data),
            linktype::LINUX_SLL2 => match (data.get(..2), data.get(20..)) {
                (Some(proto), Some(rest)) => SlicedPacket::from_ether_type(
                    EtherType(u16::from_be_bytes([proto[0], proto[1]])),
                    rest,
                ),
                _ => return self.tally.skip(SkipReason::Truncated),
            },
            _ => return self.tally.skip(SkipReason::LinkType),
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
