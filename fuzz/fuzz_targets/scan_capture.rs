//! The packet front end: any bytes behind a pcap header of a chosen link
//! type, or as a pcapng body, must scan without panicking, and the report
//! must read back from its JSON and merge with itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sipstatus_scan::{ScanReport, scan_bytes};

/// The link types the scanner decodes, and one it does not.
const LINKS: [u32; 9] = [0, 1, 101, 108, 113, 228, 229, 276, 147];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, body)) = data.split_first() else {
        return;
    };
    let mut file = Vec::with_capacity(body.len() + 28);
    if choice & 0x80 == 0 {
        let link = LINKS[usize::from(choice) % LINKS.len()];
        let big_endian = choice & 0x40 != 0;
        let word = |v: u32| {
            if big_endian {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        let half = |v: u16| {
            if big_endian {
                v.to_be_bytes()
            } else {
                v.to_le_bytes()
            }
        };
        file.extend_from_slice(&word(0xa1b2_c3d4));
        file.extend_from_slice(&half(2));
        file.extend_from_slice(&half(4));
        file.extend_from_slice(&[0; 8]);
        file.extend_from_slice(&word(262_144));
        file.extend_from_slice(&word(link));
    } else {
        // A pcapng section header; the body supplies the other blocks.
        file.extend_from_slice(&0x0a0d_0d0au32.to_le_bytes());
        file.extend_from_slice(&28u32.to_le_bytes());
        file.extend_from_slice(&0x1a2b_3c4du32.to_le_bytes());
        file.extend_from_slice(&[1, 0, 0, 0]);
        file.extend_from_slice(&[0xff; 8]);
        file.extend_from_slice(&28u32.to_le_bytes());
    }
    file.extend_from_slice(body);
    if let Ok(report) = scan_bytes(&file, choice & 0x20 != 0) {
        let back = ScanReport::from_json(&report.to_json()).expect("a report reads back");
        assert_eq!(back, report);
        let twice = report.clone() + report.clone();
        assert_eq!(twice.responses(), 2 * report.responses());
    }
});
