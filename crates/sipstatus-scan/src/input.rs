//! Inputs: files (memory-mapped), readers (stdin), directories, and the
//! formats told apart by their first bytes.

use std::{
    fs::File,
    io::{self, Cursor, Read},
    path::{Path, PathBuf},
    sync::atomic::{AtomicBool, AtomicUsize, Ordering},
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

/// Bytes below this step are reported together.
const STEP: usize = 4 << 20;

/// Tells how far a scan of bytes in memory has come: progress to the
/// caller, and, for a file's mapping, pages already read back to the
/// kernel, so that memory does not grow with the file.
pub(crate) struct Advance<'a> {
    pub(crate) progress: Option<&'a (dyn Fn(u64) + Sync)>,
    pub(crate) release: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    reported: usize,
}

impl<'a> Advance<'a> {
    pub(crate) fn new(
        progress: Option<&'a (dyn Fn(u64) + Sync)>,
        release: Option<&'a (dyn Fn(usize, usize) + Sync)>,
    ) -> Advance<'a> {
        Advance {
            progress,
            release,
            reported: 0,
        }
    }

    /// The bytes before `pos` are done with.
    fn to(&mut self, pos: usize, last: bool) {
        if pos < self.reported + STEP && !(last && pos > self.reported) {
            return;
        }
        if let Some(progress) = self.progress {
            progress((pos - self.reported) as u64);
        }
        if let Some(release) = self.release {
            release(self.reported, pos);
        }
        self.reported = pos;
    }
}

/// A reader over bytes in memory that tells how far it has read.
struct Counting<'p, 'd> {
    data: &'d [u8],
    pos: usize,
    advance: Advance<'p>,
}

impl Read for Counting<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.data.len() - self.pos);
        buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        self.advance.to(self.pos, n == 0);
        Ok(n)
    }
}

/// Scans bytes held in memory (a file's mapping or a caller's buffer).
pub(crate) fn scan_slice(
    s: &mut Scanner,
    data: &[u8],
    mut advance: Advance<'_>,
) -> Result<(), ScanErrorKind> {
    match sniff(data) {
        Format::Pcap | Format::PcapNg => capture_slice(s, data, &mut advance),
        Format::Gzip => gzip(
            s,
            Box::new(Counting {
                data,
                pos: 0,
                advance,
            }),
        ),
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
                pos += used;
                advance.to(pos, pos == data.len());
            }
            Ok(())
        }
    }
}

/// The link types of a capture: the file's, or each pcapng interface's.
#[derive(Default)]
struct Links {
    legacy: i32,
    interfaces: Vec<i32>,
}

impl Links {
    /// Hands one block to the scanner; `offset` is where it starts.
    fn block(
        &mut self,
        s: &mut Scanner,
        block: PcapBlockOwned<'_>,
        offset: u64,
    ) -> Result<(), ScanErrorKind> {
        match block {
            PcapBlockOwned::LegacyHeader(h) => self.legacy = h.network.0,
            PcapBlockOwned::Legacy(b) => s.frame(self.legacy, b.data, b.origlen as usize),
            PcapBlockOwned::NG(Block::SectionHeader(_)) => self.interfaces.clear(),
            PcapBlockOwned::NG(Block::InterfaceDescription(idb)) => {
                self.interfaces.push(idb.linktype.0);
            }
            PcapBlockOwned::NG(Block::EnhancedPacket(epb)) => {
                match self.interfaces.get(epb.if_id as usize) {
                    Some(&link) => s.frame(link, epb.packet_data(), epb.origlen as usize),
                    None => return Err(ScanErrorKind::CorruptCapture { offset }),
                }
            }
            PcapBlockOwned::NG(Block::SimplePacket(spb)) => match self.interfaces.first() {
                Some(&link) => s.frame(link, spb.packet_data(), spb.origlen as usize),
                None => return Err(ScanErrorKind::CorruptCapture { offset }),
            },
            // Statistics, name resolution, secrets, custom blocks.
            PcapBlockOwned::NG(_) => {}
        }
        Ok(())
    }
}

type FrameParser = for<'b> fn(
    &'b [u8],
) -> pcap_parser::nom::IResult<
    &'b [u8],
    pcap_parser::LegacyPcapBlock<'b>,
    PcapError<&'b [u8]>,
>;

/// pcap or pcapng in memory, block by block with pcap-parser's parsers and
/// no copy.
fn capture_slice(
    s: &mut Scanner,
    data: &[u8],
    advance: &mut Advance<'_>,
) -> Result<(), ScanErrorKind> {
    use pcap_parser::{
        nom::Err as NomErr,
        pcap::{parse_pcap_frame, parse_pcap_frame_be, parse_pcap_frame_modified},
        pcapng::{parse_block_be, parse_block_le},
    };
    let mut links = Links::default();
    let corrupt = |rest: &[u8]| ScanErrorKind::CorruptCapture {
        offset: (data.len() - rest.len()) as u64,
    };
    let mut rest = data;
    let ng = sniff(data) == Format::PcapNg;
    let mut frame: FrameParser = parse_pcap_frame;
    if !ng {
        let (after, header) = pcap_parser::parse_pcap_header(data).map_err(|_| corrupt(data))?;
        frame = if header.is_modified_format() {
            parse_pcap_frame_modified
        } else if header.is_bigendian() {
            parse_pcap_frame_be
        } else {
            parse_pcap_frame
        };
        links.legacy = header.network.0;
        rest = after;
    }
    if !ng {
        // Legacy pcap: every record is a packet of the file's link type,
        // handed to the scanner as it comes.
        while !rest.is_empty() {
            match frame(rest) {
                Ok((after, b)) => {
                    s.frame(links.legacy, b.data, b.origlen as usize);
                    rest = after;
                    advance.to(data.len() - rest.len(), rest.is_empty());
                }
                Err(NomErr::Incomplete(_)) => {
                    // The capture ends inside a record: tcpdump was stopped hard.
                    s.tally.skip(SkipReason::Truncated);
                    advance.to(data.len(), true);
                    return Ok(());
                }
                Err(_) => return Err(corrupt(rest)),
            }
        }
        return Ok(());
    }
    let mut big_endian = false;
    while !rest.is_empty() {
        let offset = (data.len() - rest.len()) as u64;
        if impossible_block(rest, big_endian) {
            return Err(corrupt(rest));
        }
        let parse = if big_endian {
            parse_block_be
        } else {
            parse_block_le
        };
        let parsed = parse(rest).map(|(after, block)| {
            if let Block::SectionHeader(shb) = &block {
                big_endian = shb.big_endian();
            }
            (after, PcapBlockOwned::NG(block))
        });
        match parsed {
            Ok((after, block)) => {
                links.block(s, block, offset)?;
                rest = after;
                advance.to(data.len() - rest.len(), rest.is_empty());
            }
            Err(NomErr::Incomplete(_)) => {
                // The capture ends inside a record: tcpdump was stopped hard.
                s.tally.skip(SkipReason::Truncated);
                advance.to(data.len(), true);
                return Ok(());
            }
            Err(_) => return Err(corrupt(rest)),
        }
    }
    Ok(())
}

/// Whether the pcapng block at the start of `rest` gives a length below the
/// 12 bytes of its type and two length fields, which every block has.
/// pcap-parser 0.17 takes 12 from a Process Information block's length
/// before checking it against those 12 bytes (it counts that block's
/// header as 4), which overflows: such a block is refused before the parser
/// sees it. A section header is left to its parser, which reads its byte
/// order and checks its length first.
fn impossible_block(rest: &[u8], big_endian: bool) -> bool {
    match rest {
        [0x0a, 0x0d, 0x0d, 0x0a, ..] => false,
        [_, _, _, _, a, b, c, d, ..] => {
            let len = if big_endian {
                u32::from_be_bytes([*a, *b, *c, *d])
            } else {
                u32::from_le_bytes([*a, *b, *c, *d])
            };
            len < 12
        }
        _ => false,
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
    let mut links = Links::default();
    // The byte order of the pcapng section being read, once its header is.
    let mut section: Option<bool> = None;
    loop {
        let offset = rdr.consumed() as u64;
        if section.is_some_and(|big_endian| impossible_block(rdr.data(), big_endian)) {
            return Err(ScanErrorKind::CorruptCapture { offset });
        }
        match rdr.next() {
            Ok((used, block)) => {
                if let PcapBlockOwned::NG(Block::SectionHeader(shb)) = &block {
                    section = Some(shb.big_endian());
                }
                links.block(s, block, offset)?;
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

/// Ranges of pages handed to the kernel start and end at multiples of this:
/// of every page size in use (4, 16 and 64 KiB), as `madvise` wants.
const ALIGN: usize = 64 << 10;

/// Files smaller than this are scanned without a thread reading ahead.
const READ_AHEAD_FROM: usize = 32 << 20;

/// The thread reading ahead brings in this much at a time ...
const READ_AHEAD_WINDOW: usize = 1 << 20;

/// ... and stays at most this far ahead of the scan.
const READ_AHEAD_LEAD: usize = 4 << 20;

/// Brings the pages of `map` into memory a window at a time, ahead of the
/// scan (which stores in `passed` how far it has come), and drops those the
/// scan has passed (storing in `dropped` how far), until `stop`: the
/// scanning thread then neither waits for pages nor gives them back.
fn read_ahead(map: &memmap2::Mmap, passed: &AtomicUsize, dropped: &AtomicUsize, stop: &AtomicBool) {
    let mut at = 0;
    while !stop.load(Ordering::Acquire) {
        let behind = passed.load(Ordering::Acquire) / ALIGN * ALIGN;
        let done = dropped.load(Ordering::Relaxed);
        if behind > done {
            drop_pages(map, done, behind);
            dropped.store(behind, Ordering::Release);
        }
        if at >= map.len() || at >= behind + READ_AHEAD_LEAD {
            // Woken when the scan comes further, or stops.
            std::thread::park();
            continue;
        }
        // Never behind the scan: what it has passed it does not need.
        at = at.max(behind);
        let end = (at + READ_AHEAD_WINDOW).min(map.len());
        bring_in(map, at, end);
        at = end;
    }
}

/// Stops the thread reading ahead when dropped: at the end of the scan,
/// and also if it panics, so that the scope waiting for the thread ends.
struct Stop<'a> {
    stop: &'a AtomicBool,
    thread: Option<std::thread::Thread>,
}

impl Drop for Stop<'_> {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        if let Some(thread) = &self.thread {
            thread.unpark();
        }
    }
}

/// Gives the pages of `map[from..to]` (page-aligned) back to the kernel.
fn drop_pages(map: &memmap2::Mmap, from: usize, to: usize) {
    #[cfg(unix)]
    // SAFETY: MADV_DONTNEED on a read-only, file-backed mapping only drops
    // pages already read; a later access would read them from the file
    // again, and the scan never goes back.
    let _ =
        unsafe { map.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, from, to - from) };
    #[cfg(not(unix))]
    let _ = (map, from, to);
}

/// Maps the pages of `map[from..to]`, reading them from the file if they
/// are not in the page cache.
fn bring_in(map: &memmap2::Mmap, from: usize, to: usize) {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    if map
        .advise_range(memmap2::Advice::PopulateRead, from, to - from)
        .is_ok()
    {
        return;
    }
    // Kernels without MADV_POPULATE_READ (before Linux 5.14), other
    // systems: a read of one byte per page does the same.
    for page in (from..to).step_by(4096) {
        std::hint::black_box(map[page]);
    }
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
        // How far the scan has come, for the thread reading ahead, and up
        // to where that thread has dropped the pages.
        let passed = AtomicUsize::new(0);
        let dropped = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let ahead = (options.read_ahead && map.len() >= READ_AHEAD_FROM)
                .then(|| scope.spawn(|| read_ahead(&map, &passed, &dropped, &stop)));
            let release = |from: usize, to: usize| {
                // The thread reading ahead drops the pages, unless it is
                // held up (by the disk, as it waits for pages): then the
                // scan does, so that what stays mapped stays bounded.
                let behind = ahead
                    .as_ref()
                    .is_none_or(|_| dropped.load(Ordering::Acquire) + READ_AHEAD_LEAD < from);
                if behind && to / ALIGN > from / ALIGN {
                    drop_pages(&map, from / ALIGN * ALIGN, to / ALIGN * ALIGN);
                }
                if let Some(ahead) = &ahead {
                    passed.store(to, Ordering::Release);
                    ahead.thread().unpark();
                }
            };
            let _stop = Stop {
                stop: &stop,
                thread: ahead.as_ref().map(|ahead| ahead.thread().clone()),
            };
            scan_slice(&mut s, &map, Advance::new(options.progress, Some(&release)))
        })
        .map_err(err)?;
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
