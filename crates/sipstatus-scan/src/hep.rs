//! HEPv3, the encapsulation Homer capture agents send: `HEP3`, a total
//! length, then chunks of (vendor, type, length, value), all big-endian.
//! Chunk 0x000f carries the captured message; chunk 0x000b names its
//! protocol (1 is SIP).

const PROTOCOL_TYPE: u16 = 0x000b;
const CAPTURED_PAYLOAD: u16 = 0x000f;
const SIP: u8 = 1;

fn be16(b: &[u8]) -> u16 {
    u16::from_be_bytes([b[0], b[1]])
}

/// The captured SIP message of a HEPv3 packet, or `None` when the packet is
/// malformed, carries another protocol, or has no payload chunk.
pub(crate) fn payload(packet: &[u8]) -> Option<&[u8]> {
    let total = usize::from(be16(packet.get(4..6)?));
    let mut rest = packet.get(6..total)?;
    let mut found = None;
    while !rest.is_empty() {
        let header = rest.get(..6)?;
        let (vendor, kind, len) = (
            be16(header),
            be16(&header[2..]),
            usize::from(be16(&header[4..])),
        );
        let value = rest.get(6..len)?;
        if vendor == 0 {
            match kind {
                PROTOCOL_TYPE if value.first() != Some(&SIP) => return None,
                CAPTURED_PAYLOAD => found = Some(value),
                _ => {}
            }
        }
        rest = &rest[len..];
    }
    found
}

#[cfg(test)]
pub(crate) fn encode(protocol: u8, message: &[u8]) -> Vec<u8> {
    let mut chunks = Vec::new();
    let mut chunk = |kind: u16, value: &[u8]| {
        chunks.extend_from_slice(&0u16.to_be_bytes());
        chunks.extend_from_slice(&kind.to_be_bytes());
        chunks.extend_from_slice(&(6 + value.len() as u16).to_be_bytes());
        chunks.extend_from_slice(value);
    };
    chunk(0x0001, &[2]); // IPv4
    chunk(0x0002, &[17]); // UDP
    chunk(0x0003, &[127, 0, 0, 1]);
    chunk(0x0004, &[127, 0, 0, 2]);
    chunk(0x0007, &5060u16.to_be_bytes());
    chunk(0x0008, &5060u16.to_be_bytes());
    chunk(PROTOCOL_TYPE, &[protocol]);
    chunk(CAPTURED_PAYLOAD, message);
    let mut packet = b"HEP3".to_vec();
    packet.extend_from_slice(&(6 + chunks.len() as u16).to_be_bytes());
    packet.extend_from_slice(&chunks);
    packet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sip_payload_is_found() {
        let packet = encode(SIP, b"SIP/2.0 200 OK\r\n\r\n");
        assert_eq!(payload(&packet), Some(&b"SIP/2.0 200 OK\r\n\r\n"[..]));
    }

    #[test]
    fn other_protocols_and_bad_lengths_are_refused() {
        assert_eq!(payload(&encode(5, b"x")), None);
        let mut packet = encode(SIP, b"SIP/2.0 200 OK\r\n\r\n");
        packet.truncate(packet.len() - 1);
        assert_eq!(payload(&packet), None);
        assert_eq!(payload(b"HEP3\x00"), None);
    }
}
