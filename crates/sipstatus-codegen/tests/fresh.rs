//! Every committed generated file equals what the table gives now.

use std::{fs, path::Path};

#[test]
fn committed_artefacts_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stale = Vec::new();
    for artefact in sipstatus_codegen::artefacts() {
        let committed = fs::read_to_string(root.join(artefact.path)).unwrap_or_default();
        if committed != artefact.contents {
            stale.push(artefact.path);
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}; run `{}` and commit the result",
        sipstatus_codegen::REGENERATE
    );
}

#[test]
fn every_artefact_starts_with_the_do_not_edit_banner() {
    for artefact in sipstatus_codegen::artefacts() {
        let mut lines = artefact.contents.lines();
        let mut first = lines.next().unwrap_or_default();
        if first.starts_with("#compdef ") {
            // zsh reads a completion's `#compdef` line from the first line.
            first = lines.next().unwrap_or_default();
        }
        assert!(
            first.contains(sipstatus_codegen::REGENERATE) && first.contains("do not edit"),
            "{} lacks the banner: {first}",
            artefact.path
        );
    }
}

#[test]
fn no_generated_directory_holds_a_file_the_generator_no_longer_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let artefacts = sipstatus_codegen::artefacts();
    for dir in [
        "crates/sipstatus-cli/completions",
        "crates/sipstatus-cli/man",
    ] {
        for file in fs::read_dir(root.join(dir)).expect("the directory is committed") {
            let name = file.expect("a readable entry").file_name();
            let path = format!("{dir}/{}", name.to_string_lossy());
            assert!(
                artefacts.iter().any(|a| a.path == path),
                "{path} is no longer generated (a subcommand went away?): delete it"
            );
        }
    }
}
