//! `crates/sipstatus-ffi/src/constants.rs`: a literal Rust constant for every
//! code, plus the version, for cbindgen to turn into `#define`s.
//!
//! cbindgen reads source text, so it cannot see the core's associated
//! constants or anything a macro expands; the C-ABI crate therefore gets this
//! file, with one plain `pub const` per table row.

use sipstatus::entries;

/// The workspace version, which every crate of it shares.
const VERSION: [&str; 3] = [
    env!("CARGO_PKG_VERSION_MAJOR"),
    env!("CARGO_PKG_VERSION_MINOR"),
    env!("CARGO_PKG_VERSION_PATCH"),
];

pub(crate) fn render() -> String {
    let mut out = crate::banner("//");
    out.push_str(
        "//! `SIPSTATUS_<NAME>` for every code of the table, and the version: literal\n\
         //! constants, because cbindgen cannot see what a macro expands.\n\n",
    );
    for (part, value) in ["MAJOR", "MINOR", "PATCH"].iter().zip(VERSION) {
        out.push_str(&format!(
            "/// The {} version of this library, when it was compiled.\n\
             pub const SIPSTATUS_VERSION_{part}: u32 = {value};\n\n",
            part.to_lowercase(),
        ));
    }
    for entry in entries() {
        out.push_str(&format!(
            "/// `{} {}` ({}).\npub const SIPSTATUS_{}: u16 = {};\n",
            entry.code().as_u16(),
            entry.phrase(),
            entry.references().join("; "),
            entry.name(),
            entry.code().as_u16(),
        ));
    }
    out
}
