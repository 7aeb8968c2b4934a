//! The window of recently finished transactions: the keys of the last
//! [`limits::FINISHED_TRANSACTIONS`](crate::limits::FINISHED_TRANSACTIONS)
//! transactions that had a final response, so that a retransmission of
//! that response (RFC 3261 §17.2.1) does not count as a second outcome.
//!
//! Its memory is bounded: a ring of the keys in the order they finished and
//! a set of the same keys with twice as many slots (open addressing, linear
//! probing). Both start at [`FIRST`] keys and double as keys come,
//! up to the bound (6 MiB), so a small input, such as a few log lines handed
//! to `scan_bytes`, costs little; from the bound on, the oldest key leaves
//! when a new one comes, and any scan that finished more than half the
//! bound's transactions holds the same 6 MiB, however long its input.

/// The keys the window first makes room for.
const FIRST: usize = 1024;

/// The content of a free slot of the index. A key equal to it is not
/// stored there but noted in [`Finished::holds_empty`].
const EMPTY: u64 = u64::MAX;

/// The keys of the last `capacity` finished transactions.
pub(crate) struct Finished {
    capacity: usize,
    /// The keys, oldest at `next` once the ring is full.
    ring: Box<[u64]>,
    /// Keys in the ring.
    len: usize,
    /// Where the next key goes.
    next: usize,
    /// The keys again, each in the slot its bits choose or the first free
    /// one after it, so that a lookup reads one cache line of the index
    /// and none of the ring.
    index: Box<[u64]>,
    /// Whether the window holds the key [`EMPTY`].
    holds_empty: bool,
}

impl Finished {
    /// An empty window of at most `capacity` keys; nothing is allocated
    /// before the first [`insert`](Self::insert).
    pub(crate) fn new(capacity: usize) -> Finished {
        assert!(capacity > 0 && capacity <= usize::MAX / 4);
        Finished {
            capacity,
            ring: Box::default(),
            len: 0,
            next: 0,
            index: Box::default(),
            holds_empty: false,
        }
    }

    fn home(&self, key: u64) -> usize {
        // The keys are well-mixed 64-bit digests: their top bits will do.
        (key >> 32) as usize & (self.index.len() - 1)
    }

    /// The index slot that holds `key` (not [`EMPTY`]), if the window
    /// holds it.
    fn slot(&self, key: u64) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut i = self.home(key);
        loop {
            match self.index[i] {
                at if at == key => return Some(i),
                EMPTY => return None,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Asks the processor to fetch what [`insert`](Self::insert) and
    /// [`contains`](Self::contains) will read for `key`: its index slot
    /// and, once the ring is full, the slot of the key the next insert
    /// evicts. The index is larger than a core's caches and keys land in
    /// it at random, so each of those reads would otherwise wait for
    /// memory; fetched while other work runs, they do not.
    pub(crate) fn prefetch(&self, key: u64) {
        if self.index.is_empty() {
            return;
        }
        prefetch(&self.index[self.home(key)]);
        if self.len == self.capacity {
            prefetch(&self.index[self.home(self.ring[self.next])]);
        }
    }

    /// Whether `key` finished within the window.
    pub(crate) fn contains(&self, key: u64) -> bool {
        if key == EMPTY {
            return self.holds_empty;
        }
        self.slot(key).is_some()
    }

    /// Records that `key` finished; `false` when it already had.
    pub(crate) fn insert(&mut self, key: u64) -> bool {
        if self.contains(key) {
            return false;
        }
        if self.len == self.ring.len() && self.ring.len() < self.capacity {
            self.grow();
        }
        if self.len == self.capacity {
            let oldest = self.ring[self.next];
            if oldest == EMPTY {
                self.holds_empty = false;
            } else if let Some(slot) = self.slot(oldest) {
                self.remove_slot(slot);
            }
        } else {
            self.len += 1;
        }
        self.ring[self.next] = key;
        self.place(key);
        self.next = (self.next + 1) % self.capacity;
        true
    }

    /// Makes room for twice as many keys (at first [`FIRST`]), up to
    /// `capacity`. Before the ring is full no key has left it, so its keys
    /// stand at `0..len` in order and `next` is `len`; they move to the
    /// larger ring as they are, and the index is built anew.
    fn grow(&mut self) {
        let size = (self.ring.len() * 2).clamp(FIRST.min(self.capacity), self.capacity);
        // The old index goes first and the old ring as the new one takes
        // its place, so the peak is that of the new window alone.
        self.index = Box::default();
        let mut ring = vec![EMPTY; size].into_boxed_slice();
        ring[..self.len].copy_from_slice(&self.ring[..self.len]);
        self.ring = ring;
        self.index = vec![EMPTY; (2 * size).next_power_of_two()].into_boxed_slice();
        for at in 0..self.len {
            self.place(self.ring[at]);
        }
    }

    /// Enters `key` in the index: in its home slot or the first free one
    /// after it ([`EMPTY`] only in the flag).
    fn place(&mut self, key: u64) {
        if key == EMPTY {
            self.holds_empty = true;
            return;
        }
        let mask = self.index.len() - 1;
        let mut i = self.home(key);
        while self.index[i] != EMPTY {
            i = (i + 1) & mask;
        }
        self.index[i] = key;
    }

    /// Empties a slot of the index, moving back the entries after it that
    /// would otherwise no longer be found from their home slot.
    fn remove_slot(&mut self, mut hole: usize) {
        let mask = self.index.len() - 1;
        let mut i = hole;
        loop {
            i = (i + 1) & mask;
            let key = self.index[i];
            if key == EMPTY {
                break;
            }
            let home = self.home(key);
            // The entry may move into the hole unless its home lies after
            // the hole (cyclically) and at or before its own slot.
            let stays = if hole <= i {
                hole < home && home <= i
            } else {
                hole < home || home <= i
            };
            if !stays {
                self.index[hole] = key;
                hole = i;
            }
        }
        self.index[hole] = EMPTY;
    }
}

/// A hint to fetch the cache line that holds `slot`; it changes nothing
/// else.
#[cfg(target_arch = "x86_64")]
fn prefetch(slot: &u64) {
    use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
    // SAFETY: a prefetch is only a hint: it reads nothing into the program
    // and cannot fault, and the address is that of a live reference.
    unsafe { _mm_prefetch::<_MM_HINT_T0>(std::ptr::from_ref(slot).cast()) };
}

#[cfg(not(target_arch = "x86_64"))]
fn prefetch(_: &u64) {}

#[cfg(test)]
mod tests {
    use std::collections::{HashSet, VecDeque};

    use super::*;

    /// The window as a set and a queue, which the ring and index must
    /// agree with.
    struct Model {
        set: HashSet<u64>,
        order: VecDeque<u64>,
        capacity: usize,
    }

    impl Model {
        fn insert(&mut self, key: u64) -> bool {
            if !self.set.insert(key) {
                return false;
            }
            self.order.push_back(key);
            if self.order.len() > self.capacity
                && let Some(old) = self.order.pop_front()
            {
                self.set.remove(&old);
            }
            true
        }
    }

    #[test]
    fn the_window_keeps_the_last_keys_as_a_set_and_a_queue_do() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for capacity in [1, 2, 3, 7, 64, 100, 1023, 1024, 1025, 3000] {
            let mut window = Finished::new(capacity);
            let mut model = Model {
                set: HashSet::new(),
                order: VecDeque::new(),
                capacity,
            };
            assert!(!window.contains(5));
            for _ in 0..20_000.max(8 * capacity) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Few distinct keys, so that repeats and evictions are
                // common; keys that share their home slot, so that probing
                // and moving back are exercised.
                // Now and then the key that marks a free slot of the index.
                let key = if state.is_multiple_of(97) {
                    EMPTY
                } else {
                    (state % (3 * capacity as u64 + 2)) << 32 | (state >> 60)
                };
                assert_eq!(window.insert(key), model.insert(key), "key {key:#x}");
                let probe = (state.rotate_left(17) % (3 * capacity as u64 + 2)) << 32;
                assert_eq!(window.contains(probe), model.set.contains(&probe));
            }
            for key in &model.order {
                assert!(window.contains(*key));
            }
        }
    }

    #[test]
    fn memory_doubles_from_the_first_key_up_to_the_bound_and_stays() {
        let mut window = Finished::new(5000);
        assert!(window.ring.is_empty() && window.index.is_empty());
        window.insert(1 << 32);
        assert_eq!((window.ring.len(), window.index.len()), (1024, 2048));
        let mut sizes = vec![window.ring.len()];
        for key in 2..50_000u64 {
            window.insert(key << 32);
            if sizes.last() != Some(&window.ring.len()) {
                sizes.push(window.ring.len());
            }
        }
        assert_eq!(sizes, [1024, 2048, 4096, 5000]);
        assert_eq!((window.len, window.index.len()), (5000, 16384));
        // The last 5000 keys are there, the ones before are not.
        assert!(window.contains((50_000 - 5000) << 32));
        assert!(!window.contains((50_000 - 5001) << 32));
        // A small window is made at its full size at once.
        let mut small = Finished::new(100);
        small.insert(7);
        assert_eq!((small.ring.len(), small.index.len()), (100, 256));
    }
}
