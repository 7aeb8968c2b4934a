//! [`sipstatus_entry`]: the table as C sees it, built when the library is
//! compiled from the core's entries, pointing at the core's strings.

use core::ffi::c_char;

use sipstatus_core::{__ffi, Language, StatusCode, entries};

use crate::{sipstatus_class, sipstatus_registry_status};

/// One row of the table. Every string is static and NUL-terminated: never
/// free it. Get rows from `sipstatus_entry_at` or `sipstatus_lookup`; do not
/// allocate or copy them yourself, since later versions may append fields.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sipstatus_entry {
    /// The code (486).
    pub code: u16,
    /// The constant's name without prefix ("BUSY_HERE" for
    /// `SIPSTATUS_BUSY_HERE`).
    pub name: *const c_char,
    /// The reason phrase exactly as registered ("Busy Here").
    pub phrase: *const c_char,
    /// The class (a `sipstatus_class` value).
    pub status_class: sipstatus_class,
    /// The standing in the IANA registry (a `sipstatus_registry_status`
    /// value).
    pub registry_status: sipstatus_registry_status,
    /// The defining documents with their sections, joined by "; "
    /// ("RFC 3261 §21.4.24"), in UTF-8.
    pub reference: *const c_char,
    /// A description in English, one or two sentences.
    pub description_en: *const c_char,
    /// A description in German, in UTF-8.
    pub description_de: *const c_char,
}

/// How many rows the table holds.
const COUNT: usize = entries().len();

/// The rows, in code order. Pointers are not `Sync`, hence the wrapper.
struct Table([sipstatus_entry; COUNT]);

// SAFETY: the table and the strings it points to are immutable statics;
// nothing ever writes through these pointers, so sharing them between
// threads is sound.
unsafe impl Sync for Table {}

static TABLE: Table = Table(build());

/// Converts the core's rows; runs when the library is compiled.
const fn build() -> [sipstatus_entry; COUNT] {
    let empty = sipstatus_entry {
        code: 0,
        name: core::ptr::null(),
        phrase: core::ptr::null(),
        status_class: sipstatus_class::Invalid,
        registry_status: sipstatus_registry_status::Unknown,
        reference: core::ptr::null(),
        description_en: core::ptr::null(),
        description_de: core::ptr::null(),
    };
    let mut rows = [empty; COUNT];
    let mut i = 0;
    while i < COUNT {
        let entry = &entries()[i];
        rows[i] = sipstatus_entry {
            code: entry.code().as_u16(),
            name: __ffi::name(entry).as_ptr(),
            phrase: __ffi::phrase(entry).as_ptr(),
            status_class: sipstatus_class::from_core(entry.class()),
            registry_status: sipstatus_registry_status::from_core(entry.status()),
            reference: __ffi::reference(entry).as_ptr(),
            description_en: __ffi::description(entry, Language::English).as_ptr(),
            description_de: __ffi::description(entry, Language::German).as_ptr(),
        };
        i += 1;
    }
    rows
}

/// How many entries the table holds.
///
/// @return The number of entries: valid indexes for `sipstatus_entry_at` are
/// 0 to `sipstatus_count() - 1`.
///
/// Plain values out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_count() -> usize {
    ffi_panic_boundary! { COUNT }
}

/// The entry at a position of the table, in code order.
///
/// @param index The position, 0 to `sipstatus_count() - 1`.
/// @return The entry, or NULL for an index of `sipstatus_count()` or more.
///
/// The entry and its strings are static: never free them or write to them.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_entry_at(index: usize) -> *const sipstatus_entry {
    ffi_panic_boundary! {
        match TABLE.0.get(index) {
            Some(row) => row,
            None => core::ptr::null(),
        }
    }
}

/// The entry of a code.
///
/// @param code The number to look up, such as 486.
/// @return The entry, or NULL for a number the table does not hold.
///
/// The entry and its strings are static: never free them or write to them.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_lookup(code: u16) -> *const sipstatus_entry {
    ffi_panic_boundary! {
        // The core's dense per-code index: no search.
        match StatusCode::from_u16(code).ok().and_then(__ffi::position) {
            Some(index) => &TABLE.0[index],
            None => core::ptr::null(),
        }
    }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use super::*;

    /// The string at a field.
    fn text(ptr: *const c_char) -> &'static str {
        // SAFETY: the table's pointers are static NUL-terminated strings.
        unsafe { CStr::from_ptr(ptr) }.to_str().unwrap()
    }

    #[test]
    fn every_row_mirrors_the_core_and_shares_its_strings() {
        assert_eq!(sipstatus_count(), entries().len());
        for (index, entry) in entries().iter().enumerate() {
            // SAFETY: a non-NULL pointer into the static table.
            let row = unsafe { &*sipstatus_entry_at(index) };
            assert_eq!(row.code, entry.code().as_u16());
            assert_eq!(text(row.name), entry.name());
            assert_eq!(row.phrase, __ffi::phrase(entry).as_ptr());
            assert_eq!(text(row.phrase), entry.phrase());
            assert_eq!(row.status_class, sipstatus_class::from_core(entry.class()));
            assert_eq!(
                row.registry_status,
                sipstatus_registry_status::from_core(entry.status())
            );
            assert_eq!(text(row.reference), entry.references().join("; "));
            assert_eq!(
                text(row.description_en),
                entry.description(Language::English)
            );
            assert_eq!(
                text(row.description_de),
                entry.description(Language::German)
            );
            assert_eq!(sipstatus_lookup(row.code), row as *const sipstatus_entry);
        }
        assert!(sipstatus_entry_at(sipstatus_count()).is_null());
        assert!(sipstatus_entry_at(usize::MAX).is_null());
        assert!(sipstatus_lookup(499).is_null());
        assert!(sipstatus_lookup(0).is_null());
    }
}
