//! # libsipstatus: the C ABI of sipstatus
//!
//! The same table that Rust uses, for C and C++: no copy of the data, no
//! allocation, and no way for a call to crash the caller. cbindgen turns the
//! items of this crate into `include/sipstatus.h` (see `cbindgen.toml`).
//!
//! The contract, which `docs/c-api.md` spells out for C readers:
//! - Naming: `sipstatus_` for functions and types, `SIPSTATUS_` for
//!   constants and enum variants.
//! - Strings are static and NUL-terminated: never free them.
//! - NULL and out-of-range arguments are errors, reported as NULL, 0, false,
//!   an `..._INVALID`/`..._UNKNOWN` variant or a [`sipstatus_result`]; every
//!   pointer argument passes through one NULL check ([`args`]).
//! - No panic crosses the boundary: every exported body runs inside
//!   [`ffi_panic_boundary!`], which turns a panic into an error value. The
//!   libraries are built with `panic = "unwind"` so that the boundary can
//!   catch it; the C caller never sees an unwind or an abort.
//! - C never hands Rust an enum by value: parameters that name an enum value
//!   are plain integers, validated here, because an out-of-range
//!   discriminant would be undefined behaviour in Rust.
//! - Every function is thread-safe: everything it reads is immutable static
//!   data.
//!
//! How an item is documented: cbindgen copies each doc comment into the
//! header, and `make test-c` runs doxygen on the header with warnings as
//! errors (`Doxyfile`). So every type, enum value, field and constant has a
//! doc comment, and every exported function's comment has a one-line
//! summary, `@param name ...` for each parameter, `@return ...`, and the
//! ownership rule for what it takes and gives ("The string is static and
//! NUL-terminated: never free it."; "Plain values in and out: nothing to
//! free."; for a pointer argument, that the caller keeps it). `# Safety`
//! stays where clippy asks for it.

#[macro_use]
mod panic;
#[cfg(feature = "panic-probe")]
pub use panic::sipstatus_panic_probe;

mod args;
mod buffer;
mod class;
mod code;
pub mod constants;
mod entry;
mod fork;
mod headers;
mod metrics;
mod phrase;
mod q850;
pub mod q850_constants;
mod reason;
mod result;
mod status_line;
mod version;

pub use class::{sipstatus_class, sipstatus_registry_status};
pub use code::{
    sipstatus_canonical, sipstatus_class_label, sipstatus_class_of, sipstatus_description,
    sipstatus_is_final, sipstatus_is_known, sipstatus_is_provisional, sipstatus_phrase_or_class,
    sipstatus_reason_phrase, sipstatus_registry_status_of,
};
pub use entry::{sipstatus_count, sipstatus_entry, sipstatus_entry_at, sipstatus_lookup};
pub use fork::{
    sipstatus_best_response, sipstatus_choice, sipstatus_fork_rule, sipstatus_fork_rule_name,
    sipstatus_method,
};
pub use headers::{
    sipstatus_check_headers, sipstatus_header_level, sipstatus_header_rule,
    sipstatus_header_rule_at, sipstatus_header_rule_count,
};
pub use metrics::{
    sipstatus_is_failure_response, sipstatus_metric, sipstatus_metric_name, sipstatus_metric_role,
    sipstatus_metric_role_of, sipstatus_session_metrics, sipstatus_session_metrics_add,
    sipstatus_session_metrics_merge, sipstatus_session_metrics_value,
};
pub use phrase::sipstatus_from_reason_phrase;
pub use q850::{
    sipstatus_basis, sipstatus_cause_class, sipstatus_direction, sipstatus_disagreement,
    sipstatus_mapping, sipstatus_note_kind, sipstatus_profile, sipstatus_profile_name,
    sipstatus_q850_canonical, sipstatus_q850_class, sipstatus_q850_class_label,
    sipstatus_q850_constant_name, sipstatus_q850_description, sipstatus_q850_disagreements,
    sipstatus_q850_name, sipstatus_q850_reference, sipstatus_q850_to_sip, sipstatus_q850_to_sip_ex,
    sipstatus_sip_to_q850, sipstatus_sip_to_q850_ex,
};
pub use reason::{
    sipstatus_reason_cursor, sipstatus_reason_cursor_init, sipstatus_reason_next,
    sipstatus_reason_protocol, sipstatus_reason_unescape, sipstatus_reason_value,
    sipstatus_write_reason_sip,
};
pub use result::{sipstatus_result, sipstatus_result_text};
pub use status_line::{
    sipstatus_parse_mode, sipstatus_parse_status_line, sipstatus_phrase_kind,
    sipstatus_status_line, sipstatus_write_status_line,
};
pub use version::sipstatus_version;
