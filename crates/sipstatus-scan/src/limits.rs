//! The bounds that keep a scan's memory independent of the input's size.
//!
//! A scan holds only state that is still open: TCP connections with part of
//! a message buffered, IP datagrams in reassembly, transactions waiting for
//! their final response, and a window of recently finished transactions (so
//! that a retransmitted final response is not counted twice as an outcome).
//! Each is bounded; when a bound is reached the oldest half is dropped and
//! counted under a [`SkipReason`](crate::SkipReason), never silently. With
//! these values a scan stays below about 200 MiB whatever it reads.
//!
//! What a scan holds does not grow with the length of its input, only with
//! how much is open at once:
//! - the window of finished transactions is bounded: a ring of at most
//!   [`FINISHED_TRANSACTIONS`] 8-byte keys and a set of them with twice as
//!   many 8-byte slots (6 MiB), which start at 1,024 keys and double as
//!   transactions finish, so a short input costs little and every capture
//!   with more than half that many finished transactions holds exactly the
//!   same, however long it is;
//! - the counters are fixed tables (one row per code 100–799, per method up
//!   to [`METHODS`], [`PHRASES_PER_CODE`] phrases of at most
//!   [`PHRASE_BYTES`] per code);
//! - open transactions, TCP connections and IP datagrams in reassembly take
//!   memory as they are open at the same time, up to the bounds below;
//! - a memory-mapped file's pages are handed back to the kernel every few
//!   MiB as the scan passes them.
//!
//! ```
//! use sipstatus_scan::limits;
//!
//! assert!(limits::MAX_MESSAGE >= 64 * 1024);
//! assert!(limits::OPEN_TRANSACTIONS >= 100_000);
//! ```

/// The largest SIP message reassembled from a TCP stream (bytes). A message
/// that grows past it is dropped as
/// [`SkipReason::Oversize`](crate::SkipReason::Oversize).
pub const MAX_MESSAGE: usize = 64 * 1024;

/// TCP connections followed at once. Beyond it the least recently active
/// half is dropped ([`SkipReason::FlowEvicted`](crate::SkipReason::FlowEvicted)
/// for those with a partial message).
pub const TCP_FLOWS: usize = 65_536;

/// Bytes of partial messages buffered over all TCP connections.
pub const TCP_PENDING_BYTES: usize = 64 * 1024 * 1024;

/// IP datagrams in reassembly at once (each at most 64 KiB). Beyond it the
/// oldest half is dropped
/// ([`SkipReason::FragmentEvicted`](crate::SkipReason::FragmentEvicted)).
pub const FRAGMENTED_DATAGRAMS: usize = 1024;

/// Transactions whose request was seen and whose final response was not
/// (yet). Beyond it the oldest half is counted as unanswered
/// ([`SkipReason::TransactionEvicted`](crate::SkipReason::TransactionEvicted)).
pub const OPEN_TRANSACTIONS: usize = 1 << 20;

/// Finished transactions remembered, so that a retransmitted final response
/// does not count as a second outcome: the most recent ones, the oldest
/// forgotten as each new one finishes. Their memory grows by doubling from
/// 1,024 keys to this bound (6 MiB), and stays there.
pub const FINISHED_TRANSACTIONS: usize = 1 << 18;

/// Different reason phrases kept per code in one scan; further ones are
/// counted in [`CodeStats::other_phrases`](crate::CodeStats::other_phrases).
pub const PHRASES_PER_CODE: usize = 64;

/// The longest reason phrase kept (bytes); a longer one is cut there.
pub const PHRASE_BYTES: usize = 128;

/// Different methods kept in one scan; further ones count under `(other)`.
pub const METHODS: usize = 256;
