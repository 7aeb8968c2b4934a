//! What several test files share.

/// A small deterministic generator (a 64-bit LCG): the same inputs on every
/// run, so a failure is reproducible.
pub(crate) struct Lcg(pub(crate) u64);

impl Lcg {
    /// The next 31 bits of the sequence.
    pub(crate) fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u32
    }
}
