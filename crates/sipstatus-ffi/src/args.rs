//! The one NULL check, and the conversions of pointer arguments that build
//! on it.

use core::{ffi::c_char, ptr::NonNull};

use crate::sipstatus_result;

/// The NULL check that every pointer argument goes through.
pub(crate) fn non_null<T>(ptr: *const T) -> Result<NonNull<T>, sipstatus_result> {
    NonNull::new(ptr.cast_mut()).ok_or(sipstatus_result::NullArgument)
}

/// The `len` bytes at `text`.
///
/// # Errors
/// `NullArgument` for NULL, `InvalidArgument` for a length no object can
/// have (more than `PTRDIFF_MAX`).
///
/// # Safety
/// Unless NULL, `text` points to `len` readable bytes that stay unchanged
/// for `'a`.
pub(crate) unsafe fn bytes<'a>(
    text: *const c_char,
    len: usize,
) -> Result<&'a [u8], sipstatus_result> {
    let text = non_null(text)?;
    if isize::try_from(len).is_err() {
        return Err(sipstatus_result::InvalidArgument);
    }
    // SAFETY: non-NULL, at most isize::MAX bytes, and readable for `len`
    // bytes by the caller's contract.
    Ok(unsafe { core::slice::from_raw_parts(text.as_ptr().cast::<u8>(), len) })
}

/// Reads a short NUL-terminated tag such as "en" into `buf`, never reading
/// past the NUL nor past `N` bytes: a tag longer than `N - 1` bytes comes
/// back `N` bytes long, which no valid tag is.
///
/// # Errors
/// `NullArgument` for NULL.
///
/// # Safety
/// Unless NULL, `text` points to a NUL-terminated string.
pub(crate) unsafe fn short_tag<const N: usize>(
    text: *const c_char,
    buf: &mut [u8; N],
) -> Result<&[u8], sipstatus_result> {
    let text = non_null(text)?.cast::<u8>();
    let mut len = 0;
    while len < N {
        // SAFETY: every byte before the NUL is readable, and the loop stops
        // at the NUL.
        let byte = unsafe { text.add(len).read() };
        if byte == 0 {
            break;
        }
        buf[len] = byte;
        len += 1;
    }
    Ok(&buf[..len])
}

/// The language a tag names: NULL means English, "en" or "de" in any case
/// name theirs; anything else is `None`.
///
/// # Safety
/// Unless NULL, `lang` points to a NUL-terminated string.
pub(crate) unsafe fn language(lang: *const c_char) -> Option<sipstatus_core::Language> {
    if non_null(lang).is_err() {
        return Some(sipstatus_core::Language::English);
    }
    // One byte more than a tag, so that "eng" is not taken as "en".
    let mut buf = [0; 3];
    // SAFETY: `lang` is NUL-terminated by the caller's contract.
    let tag = unsafe { short_tag(lang, &mut buf) }.ok()?;
    sipstatus_core::Language::from_tag(tag).ok()
}

/// Writes through an out-pointer.
///
/// # Errors
/// `NullArgument` for NULL.
///
/// # Safety
/// Unless NULL, `out` points to a writable, aligned `T`.
pub(crate) unsafe fn write<T>(out: *mut T, value: T) -> Result<(), sipstatus_result> {
    let out = non_null(out.cast_const())?;
    // SAFETY: non-NULL, and writable and aligned by the caller's contract.
    unsafe { out.as_ptr().write(value) };
    Ok(())
}

/// The `len` values at `items`; NULL is allowed for an empty array.
///
/// # Errors
/// `NullArgument` for NULL with a `len` above 0, `InvalidArgument` for a
/// length no array can have (more than `PTRDIFF_MAX` bytes).
///
/// # Safety
/// Unless NULL, `items` points to `len` readable, aligned values that stay
/// unchanged for `'a`.
pub(crate) unsafe fn slice<'a, T>(
    items: *const T,
    len: usize,
) -> Result<&'a [T], sipstatus_result> {
    if len == 0 {
        return Ok(&[]);
    }
    let items = non_null(items)?;
    match len.checked_mul(size_of::<T>()) {
        Some(bytes) if isize::try_from(bytes).is_ok() => {}
        _ => return Err(sipstatus_result::InvalidArgument),
    }
    // SAFETY: non-NULL, at most isize::MAX bytes, and readable for `len`
    // values by the caller's contract.
    Ok(unsafe { core::slice::from_raw_parts(items.as_ptr(), len) })
}

/// An output array of `len` elements at `items`, checked but not read:
/// the elements may be uninitialised, so they are written one by one with
/// [`write_at`] rather than through a slice. NULL is allowed when `len` is 0.
///
/// # Errors
/// `NullArgument` for NULL with a `len` above 0, `InvalidArgument` for a
/// length no array can have (more than `PTRDIFF_MAX` bytes).
pub(crate) fn array_out<T>(items: *mut T, len: usize) -> Result<OutArray<T>, sipstatus_result> {
    if len == 0 {
        return Ok(OutArray {
            start: NonNull::dangling(),
            len: 0,
        });
    }
    let start = non_null(items.cast_const())?;
    match len.checked_mul(size_of::<T>()) {
        Some(bytes) if isize::try_from(bytes).is_ok() => Ok(OutArray { start, len }),
        _ => Err(sipstatus_result::InvalidArgument),
    }
}

/// A checked output array: see [`array_out`].
pub(crate) struct OutArray<T> {
    start: NonNull<T>,
    len: usize,
}

impl<T> OutArray<T> {
    /// Writes `value` at `index` if the array has room for it, and says
    /// whether it had.
    ///
    /// # Safety
    /// The array was checked by [`array_out`] from a pointer to `len`
    /// writable, aligned elements.
    pub(crate) unsafe fn write_at(&mut self, index: usize, value: T) -> bool {
        if index >= self.len {
            return false;
        }
        // SAFETY: index < len, and the caller's contract makes the `len`
        // elements writable and aligned.
        unsafe { self.start.as_ptr().add(index).write(value) };
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn null_is_an_error_everywhere() {
        assert_eq!(
            non_null(core::ptr::null::<u8>()),
            Err(sipstatus_result::NullArgument)
        );
        // SAFETY: NULL is allowed and checked.
        unsafe {
            assert_eq!(
                bytes(core::ptr::null(), 0),
                Err(sipstatus_result::NullArgument)
            );
            assert_eq!(
                short_tag(core::ptr::null(), &mut [0; 3]),
                Err(sipstatus_result::NullArgument)
            );
            assert_eq!(
                write(core::ptr::null_mut(), 1u16),
                Err(sipstatus_result::NullArgument)
            );
        }
    }

    #[test]
    fn an_impossible_length_is_an_error_before_any_read() {
        let text = c"OK";
        // SAFETY: the length is rejected before the bytes are touched.
        let result = unsafe { bytes(text.as_ptr(), usize::MAX) };
        assert_eq!(result, Err(sipstatus_result::InvalidArgument));
    }

    #[test]
    fn a_tag_is_read_up_to_its_nul_or_its_limit() {
        let mut buf = [0; 3];
        // SAFETY: NUL-terminated literals.
        unsafe {
            assert_eq!(short_tag(c"de".as_ptr(), &mut buf), Ok(&b"de"[..]));
            assert_eq!(short_tag(c"".as_ptr(), &mut buf), Ok(&b""[..]));
            assert_eq!(short_tag(c"english".as_ptr(), &mut buf), Ok(&b"eng"[..]));
        }
    }
}
