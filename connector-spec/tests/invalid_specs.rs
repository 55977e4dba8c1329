//! Every spec under `tests/fixtures/invalid/` fails the check; the rendered
//! diagnostics are snapshots, so a change in wording or location shows up in
//! review.

use std::path::{Path, PathBuf};

fn invalid_fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/invalid");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/invalid exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_invalid_fixture_fails_with_located_diagnostics() {
    let files = invalid_fixtures();
    assert!(
        files.len() >= 30,
        "expected at least 30 fixtures, found {}",
        files.len()
    );

    for path in files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("fixture names are utf-8")
            .to_owned();
        let text = std::fs::read_to_string(&path).expect("read fixture");
        let display = format!("tests/fixtures/invalid/{stem}.yaml");
        let diagnostics = match connector_spec::check_str(&display, &text) {
            Ok(_) => panic!("{display} passed the check, expected errors"),
            Err(diagnostics) => diagnostics,
        };

        assert!(diagnostics.error_count() > 0, "{display}: no errors");
        for diagnostic in &diagnostics.0 {
            assert_eq!(diagnostic.file, display);
            assert!(
                diagnostic.line >= 1 && diagnostic.column >= 1,
                "{diagnostic}"
            );
            let lines = text.lines().count().max(1);
            assert!(
                diagnostic.line <= lines,
                "{display}: line out of range\n{diagnostic}"
            );
            assert!(!diagnostic.message.is_empty());
            assert!(
                !diagnostic.message.starts_with(char::is_uppercase),
                "messages are lower case: {}",
                diagnostic.message
            );
        }

        // `load` reads the same file to the same diagnostics.
        let loaded = connector_spec::load(&path).expect_err("load fails as check_str does");
        assert_eq!(loaded.0.len(), diagnostics.0.len(), "{display}");

        insta::assert_snapshot!(stem, diagnostics.to_string());
    }
}
