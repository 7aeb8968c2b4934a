//! Writing into a caller's buffer, snprintf-style: as much as fits, always
//! NUL-terminated when there is room for anything, and the size the whole
//! text needs reported.

use core::ffi::c_char;

use crate::{args, sipstatus_result};

/// Writes `needed` through `out_needed` unless it is NULL: every writer
/// reports 0 before it checks its arguments, and the size when it is done.
///
/// # Safety
/// `out_needed` is NULL or points to a writable `size_t`.
pub(crate) unsafe fn report_needed(out_needed: *mut usize, needed: usize) {
    if !out_needed.is_null() {
        // SAFETY: non-NULL and writable by the caller's contract.
        unsafe { out_needed.write(needed) };
    }
}

/// A caller's buffer of `cap` bytes that counts what it was asked to hold.
pub(crate) struct Buffer<'b> {
    buf: &'b mut [u8],
    needed: usize,
}

impl<'b> Buffer<'b> {
    /// The `cap` bytes at `buf`; NULL is allowed only with `cap` 0, to ask
    /// for the size alone.
    ///
    /// # Errors
    /// `NullArgument` for NULL with a `cap` above 0, `InvalidArgument` for a
    /// `cap` above `PTRDIFF_MAX`.
    ///
    /// # Safety
    /// Unless NULL, `buf` points to `cap` writable bytes that nothing else
    /// reads or writes during `'b`.
    pub(crate) unsafe fn new(buf: *mut c_char, cap: usize) -> Result<Buffer<'b>, sipstatus_result> {
        if cap == 0 {
            return Ok(Buffer {
                buf: &mut [],
                needed: 0,
            });
        }
        let ptr = args::non_null(buf.cast_const())?;
        if isize::try_from(cap).is_err() {
            return Err(sipstatus_result::InvalidArgument);
        }
        // SAFETY: non-NULL, at most isize::MAX bytes, writable and not
        // aliased by the caller's contract.
        let buf = unsafe { core::slice::from_raw_parts_mut(ptr.as_ptr().cast::<u8>(), cap) };
        Ok(Buffer { buf, needed: 0 })
    }

    /// Appends bytes: those that fit before the last byte (kept for the
    /// NUL) are copied, all are counted.
    pub(crate) fn push(&mut self, bytes: &[u8]) {
        let room = self.buf.len().saturating_sub(1).saturating_sub(self.needed);
        let n = room.min(bytes.len());
        if n > 0 {
            self.buf[self.needed..self.needed + n].copy_from_slice(&bytes[..n]);
        }
        self.needed += bytes.len();
    }

    /// NUL-terminates, reports the needed size (without the NUL) through
    /// `out_needed` unless NULL, and says whether all of it fitted.
    ///
    /// # Safety
    /// `out_needed` is NULL or points to a writable `size_t`.
    pub(crate) unsafe fn finish(self, out_needed: *mut usize) -> sipstatus_result {
        let needed = self.needed;
        if let Some(last) = self.buf.len().checked_sub(1) {
            self.buf[needed.min(last)] = 0;
        }
        // SAFETY: `out_needed` is NULL or writable by the caller's contract.
        unsafe { report_needed(out_needed, needed) };
        if needed < self.buf.len() {
            sipstatus_result::Ok
        } else {
            sipstatus_result::BufferTooSmall
        }
    }
}

impl core::fmt::Write for Buffer<'_> {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        self.push(text.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(cap: usize, parts: &[&[u8]]) -> (sipstatus_result, usize, Vec<u8>) {
        let mut storage = vec![0xaa_u8; cap];
        let mut needed = 0;
        // SAFETY: a live buffer of `cap` bytes and a live out-variable.
        let result = unsafe {
            let mut buffer = Buffer::new(storage.as_mut_ptr().cast(), cap).unwrap();
            for part in parts {
                buffer.push(part);
            }
            buffer.finish(&mut needed)
        };
        (result, needed, storage)
    }

    #[test]
    fn fits_truncates_or_only_counts() {
        assert_eq!(
            fill(6, &[b"ab", b"cde"]),
            (sipstatus_result::Ok, 5, b"abcde\0".to_vec())
        );
        assert_eq!(
            fill(5, &[b"ab", b"cde"]),
            (sipstatus_result::BufferTooSmall, 5, b"abcd\0".to_vec())
        );
        assert_eq!(
            fill(1, &[b"ab"]),
            (sipstatus_result::BufferTooSmall, 2, b"\0".to_vec())
        );
        assert_eq!(
            fill(0, &[b"ab"]),
            (sipstatus_result::BufferTooSmall, 2, Vec::new())
        );
    }

    #[test]
    fn null_only_without_room() {
        // SAFETY: NULL is allowed with cap 0 and rejected otherwise.
        unsafe {
            assert!(Buffer::new(core::ptr::null_mut(), 0).is_ok());
            assert!(matches!(
                Buffer::new(core::ptr::null_mut(), 4),
                Err(sipstatus_result::NullArgument)
            ));
        }
    }
}
