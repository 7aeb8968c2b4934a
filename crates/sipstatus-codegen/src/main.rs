//! `cargo run -p sipstatus-codegen` (run by `make generate`): rewrites every
//! generated file that differs from what the table gives now. Whether the
//! committed files are fresh is checked by one test, `tests/fresh.rs`.

use std::{fs, path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    if let Some(other) = std::env::args().nth(1) {
        eprintln!("sipstatus-codegen: unexpected argument {other:?}; it takes none");
        return ExitCode::from(2);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    for artefact in sipstatus_codegen::artefacts() {
        let path = root.join(artefact.path);
        if fs::read_to_string(&path).ok().as_deref() == Some(artefact.contents.as_str()) {
            continue;
        }
        if let Some(dir) = path.parent()
            && let Err(e) = fs::create_dir_all(dir)
        {
            eprintln!("sipstatus-codegen: cannot create {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
        if let Err(e) = fs::write(&path, &artefact.contents) {
            eprintln!("sipstatus-codegen: cannot write {}: {e}", artefact.path);
            return ExitCode::FAILURE;
        }
        println!("wrote {}", artefact.path);
    }
    ExitCode::SUCCESS
}
