//! The text front end: any text must scan without panicking, and reading it
//! as a stream in small pieces must count exactly what reading it from
//! memory counts.
#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;
use sipstatus_scan::{ScanOptions, scan_bytes, scan_reader};

/// Hands out at most `step` bytes per read.
struct Pieces<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&step, rest)) = data.split_first() else {
        return;
    };
    // Text, as the format sniffing sees it: no NUL, no capture magic.
    let mut text = b"#".to_vec();
    text.extend(rest.iter().map(|&b| if b == 0 { b' ' } else { b }));
    let memory = scan_bytes(&text, false).expect("text always scans");
    let stream = scan_reader(
        Pieces {
            data: &text,
            step: usize::from(step) + 1,
        },
        &ScanOptions::new(),
    )
    .expect("text always scans");
    assert_eq!(memory.to_json(), stream.to_json());
});
