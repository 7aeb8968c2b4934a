//! `cargo run -p sipstatus-codegen`: rewrites every generated file.
//! With `--check`, writes nothing and exits 1 if any file is stale.

use std::{fs, path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => {
            eprintln!(
                "sipstatus-codegen: unknown argument {other:?}; usage: sipstatus-codegen [--check]"
            );
            return ExitCode::from(2);
        }
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stale = 0;
    for artefact in sipstatus_codegen::artefacts() {
        let path = root.join(artefact.path);
        let current = fs::read_to_string(&path).ok();
        if current.as_deref() == Some(artefact.contents.as_str()) {
            continue;
        }
        if check {
            eprintln!("stale: {}", artefact.path);
            stale += 1;
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
    if stale > 0 {
        eprintln!(
            "{stale} generated file(s) are stale; run `{}`",
            sipstatus_codegen::REGENERATE
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
