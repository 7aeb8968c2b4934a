//! Inputs: files (memory-mapped), readers (stdin), directories, and the
//! formats told apart by their first bytes.

use std::{
    fs::File,
    io::{self, Cursor, Read},
    path::{Path, PathBuf},
};

use flate2::read::MultiGzDecoder;
use pcap_parser::{PcapBlockOwned, PcapError, pcapng::Block, traits::PcapNGPacketBlock};

use crate::{
    ScanError, ScanErrorKind, ScanOptions, report::ScanReport, report::SkipReason,
    scanner::Scanner, text,
};

/// How much of a stream is read before its format is decided: enough for a
/// pcapng section header with its options.
const HEAD: usize = 64 * 1024;

/// The pcap-parser buffer: room for any packet of a 256 KiB snap length.
const CAPTURE_BUFFER: usize = 1 << 20;

/// The largest capture block accepted.
const MAX_BLOCK: usize = 64 << 20;

/// Text is scanned in windows of this size, so that progress can be told.
const TEXT_WINDOW: usize = 8 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Pcap,
    PcapNg,
    Gzip,
    Text,
    Binary,
}

fn sniff(head: &[u8]) -> Format {
    match head {
        [0xd4, 0xc3, 0xb2, 0xa1, ..]
        | [0xa1, 0xb2, 0xc3, 0xd4, ..]
        | [0x4d, 0x3c, 0xb2, 0xa1, ..]
        | [0xa1, 0xb2, 0x3c, 0x4d, ..] => Format::Pcap,
        [0x0a, 0x0d, 0x0d, 0x0a, ..] => Format::PcapNg,
        [0x1f, 0x8b, ..] => Format::Gzip,
        _ if head.iter().take(4096).any(|&b| b == 0) => Format::Binary,
        _ => Format::Text,
    }
}

/// A reader that reports how many bytes it has handed out.
struct Counting<'p, R> {
    inner: R,
    progress: Option<&'p (dyn Fn(u64) + Sync)>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(progress) = self.progress {
            progress(n as u64);
        }
        Ok(n)
    }
}

/// Scans bytes held in memory (a file's mapping or a caller's buffer).
pub(crate) fn scan_slice(
    s: &mut Scanner,
    data: &[u8],
    options: &ScanOptions<'_>,
) -> Result<(), ScanErrorKind> {
    let counting = Counting {
        inner: data,
        progress: options.progress,
    };
    match sniff(data) {
        Format::Pcap | Format::PcapNg => capture(s, counting),
        Format::Gzip => gzip(s, Box::new(counting)),
        Format::Binary => Err(ScanErrorKind::UnknownFormat),
        Format::Text => {
            let mut pos = 0;
            while pos < data.len() {
                let end = (pos + TEXT_WINDOW).min(data.len());
                let used = text::scan(s, &data[pos..end], end == data.len());
                // A window always ends at least one message further on,
                // except a last one that cannot be cut short.
                let used = if used == 0 {
                    text::scan(s, &data[pos..end], true)
                } else {
                    used
                };
                if let Some(progress) = options.progress {
                    progress(used as u64);
                }
                pos += used;
            }
            Ok(())
        }
    }
}

fn gzip(s: &mut Scanner, reader: Box<dyn Read + Send + '_>) -> Result<(), ScanErrorKind> {
    stream(s, Box::new(MultiGzDecoder::new(reader)), false).map_err(|e| match e {
        ScanErrorKind::Read(_) => ScanErrorKind::CorruptGzip,
        other => other,
    })
}

/// Scans a stream whose format is not known yet.
pub(crate) fn stream(
    s: &mut Scanner,
    mut reader: Box<dyn Read + Send + '_>,
    gzip_allowed: bool,
) -> Result<(), ScanErrorKind> {
    let mut head = vec![0; HEAD];
    let mut filled = 0;
    while filled < HEAD {
        match reader.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ScanErrorKind::Read(e.kind())),
        }
    }
    head.truncate(filled);
    let format = sniff(&head);
    let whole = Cursor::new(head).chain(reader);
    match format {
        Format::Pcap | Format::PcapNg => capture(s, whole),
        Format::Gzip if gzip_allowed => gzip(s, Box::new(whole)),
        Format::Gzip | Format::Binary => Err(ScanErrorKind::UnknownFormat),
        Format::Text => text_stream(s, whole),
    }
}

fn text_stream<R: Read>(s: &mut Scanner, mut reader: R) -> Result<(), ScanErrorKind> {
    let mut buf: Vec<u8> = Vec::with_capacity(TEXT_WINDOW);
    let mut chunk = vec![0; 1 << 20];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ScanErrorKind::Read(e.kind())),
        };
        buf.extend_from_slice(&chunk[..n]);
        let eof = n == 0;
        let used = text::scan(s, &buf, eof);
        buf.drain(..used);
        if eof {
            return Ok(());
        }
    }
}

/// pcap or pcapng, through pcap-parser: both byte orders, micro- and
/// nanosecond timestamps, any number of sections and interfaces.
fn capture<R: Read + Send>(s: &mut Scanner, reader: R) -> Result<(), ScanErrorKind> {
    let mut rdr = pcap_parser::create_reader(CAPTURE_BUFFER, reader).map_err(|e| match e {
        PcapError::ReadError => ScanErrorKind::Read(io::ErrorKind::Other),
        _ => ScanErrorKind::CorruptCapture { offset: 0 },
    })?;
    let mut capacity = CAPTURE_BUFFER;
    let mut legacy_link = 1;
    let mut interfaces: Vec<i32> = Vec::new();
    loop {
        let offset = rdr.consumed() as u64;
        match rdr.next() {
            Ok((used, block)) => {
                match block {
                    PcapBlockOwned::LegacyHeader(h) => legacy_link = h.network.0,
                    PcapBlockOwned::Legacy(b) => s.frame(legacy_link, b.data, b.origlen as usize),
                    PcapBlockOwned::NG(Block::SectionHeader(_)) => interfaces.clear(),
                    PcapBlockOwned::NG(Block::InterfaceDescription(idb)) => {
                        interfaces.push(idb.linktype.0);
                    }
                    PcapBlockOwned::NG(Block::EnhancedPacket(epb)) => {
                        match interfaces.get(epb.if_id as usize) {
                            Some(&link) => s.frame(link, epb.packet_data(), epb.origlen as usize),
                            None => return Err(ScanErrorKind::CorruptCapture { offset }),
                        }
                    }
                    PcapBlockOwned::NG(Block::SimplePacket(spb)) => match interfaces.first() {
                        Some(&link) => s.frame(link, spb.packet_data(), spb.origlen as usize),
                        None => return Err(ScanErrorKind::CorruptCapture { offset }),
                    },
                    // Statistics, name resolution, secrets, custom blocks.
                    PcapBlockOwned::NG(_) => {}
                }
                rdr.consume(used);
            }
            Err(PcapError::Eof) => return Ok(()),
            Err(PcapError::Incomplete(_)) => rdr
                .refill()
                .map_err(|_| ScanErrorKind::Read(io::ErrorKind::Other))?,
            Err(PcapError::UnexpectedEof) => {
                // The capture ends inside a record: tcpdump was stopped hard.
                s.tally.skip(SkipReason::Truncated);
                return Ok(());
            }
            Err(PcapError::BufferTooSmall) if capacity < MAX_BLOCK => {
                capacity *= 2;
                rdr.grow(capacity);
                rdr.refill()
                    .map_err(|_| ScanErrorKind::Read(io::ErrorKind::Other))?;
            }
            Err(PcapError::ReadError) => return Err(ScanErrorKind::Read(io::ErrorKind::Other)),
            Err(_) => return Err(ScanErrorKind::CorruptCapture { offset }),
        }
    }
}

/// The files under the given paths: a directory is walked (in name order,
/// without following links to directories), anything else kept as given.
pub(crate) fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ScanError> {
    let mut out = Vec::new();
    for path in paths {
        walk(path, &mut out, true)?;
    }
    Ok(out)
}

fn walk(path: &Path, out: &mut Vec<PathBuf>, top: bool) -> Result<(), ScanError> {
    let err = |e: io::Error| ScanError::new(path, ScanErrorKind::Read(e.kind()));
    if path == Path::new("-") && top {
        out.push(path.to_owned());
        return Ok(());
    }
    let meta = if top {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    }
    .map_err(err)?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(err)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(err)?;
        entries.sort();
        for entry in entries {
            walk(&entry, out, false)?;
        }
    } else if top || meta.is_file() || meta.file_type().is_symlink() {
        out.push(path.to_owned());
    }
    Ok(())
}

/// Scans one file.
pub(crate) fn file(path: &Path, options: &ScanOptions<'_>) -> Result<ScanReport, ScanError> {
    let err = |kind| ScanError::new(path, kind);
    let file = File::open(path).map_err(|e| err(ScanErrorKind::Read(e.kind())))?;
    let meta = file
        .metadata()
        .map_err(|e| err(ScanErrorKind::Read(e.kind())))?;
    let mut s = Scanner::new(options.strict);
    if meta.is_dir() {
        return Err(err(ScanErrorKind::Read(io::ErrorKind::IsADirectory)));
    }
    let bytes = if meta.is_file() && meta.len() > 0 {
        // SAFETY: the mapping is only read. A file truncated by another
        // process while it is scanned can make reads fault (SIGBUS), the
        // one risk every memory-mapped reader takes; captures being written
        // are appended to, which is safe.
        let map =
            unsafe { memmap2::Mmap::map(&file) }.map_err(|e| err(ScanErrorKind::Read(e.kind())))?;
        #[cfg(unix)]
        let _ = map.advise(memmap2::Advice::Sequential);
        scan_slice(&mut s, &map, options).map_err(err)?;
        map.len() as u64
    } else {
        // FIFOs, character devices, /proc files: read as a stream.
        let counted = CountBytes::new(file);
        let total = counted.total.clone();
        stream(&mut s, Box::new(counted), true).map_err(err)?;
        total.load(std::sync::atomic::Ordering::Relaxed)
    };
    let mut report = s.finish();
    report.files = 1;
    report.bytes = bytes;
    Ok(report)
}

/// A reader that totals the bytes read.
pub(crate) struct CountBytes<R> {
    inner: R,
    pub(crate) total: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R> CountBytes<R> {
    pub(crate) fn new(inner: R) -> CountBytes<R> {
        CountBytes {
            inner,
            total: Default::default(),
        }
    }
}

impl<R: Read> Read for CountBytes<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.total
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_their_first_bytes() {
        assert_eq!(sniff(&[0xd4, 0xc3, 0xb2, 0xa1, 2, 0]), Format::Pcap);
        assert_eq!(sniff(&[0xa1, 0xb2, 0x3c, 0x4d]), Format::Pcap);
        assert_eq!(sniff(&[0x0a, 0x0d, 0x0d, 0x0a]), Format::PcapNg);
        assert_eq!(sniff(&[0x1f, 0x8b, 8]), Format::Gzip);
        assert_eq!(sniff(b"SIP/2.0 200 OK"), Format::Text);
        assert_eq!(sniff(b""), Format::Text);
        assert_eq!(sniff(b"\x7fELF\x02\x01\x01\x00"), Format::Binary);
    }
}
