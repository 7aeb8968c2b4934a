//! Gives the shared library a versioned SONAME, so that programs linked
//! against it keep working across compatible upgrades and refuse
//! incompatible ones.
//!
//! As cargo-c does, a 0.x version keeps its minor number in the SONAME
//! (`libsipstatus.so.0.1`): before 1.0, a minor release may break the ABI.

fn main() {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_default();
    let minor = std::env::var("CARGO_PKG_VERSION_MINOR").unwrap_or_default();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let abi = if major == "0" {
        format!("0.{minor}")
    } else {
        major
    };
    // ELF platforms only; elsewhere the linker's default naming stays.
    if matches!(
        os.as_str(),
        "linux" | "android" | "freebsd" | "netbsd" | "openbsd" | "dragonfly" | "illumos"
    ) {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libsipstatus.so.{abi}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
