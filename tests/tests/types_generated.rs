//! The `types` module generated for every `types-*` fixture spec: insta
//! snapshots of it, and the checked-in copies under `tests/generated/` that
//! `types_compile.rs` compiles, kept in sync.

use std::path::{Path, PathBuf};

/// Fixture specs under `fixtures/specs/`, without the `.yaml`.
const FIXTURES: &[&str] = &[
    "types-fields",
    "types-enums",
    "types-unknown-fields",
    "types-collections",
    "types-unions",
    "types-recursive",
    "types-generics",
    "types-scalars",
    "types-naming",
    "types-inline",
];

/// Set to rewrite the checked-in copies instead of comparing them.
const UPDATE_VAR: &str = "UPDATE_GENERATED";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn generated_path(fixture: &str) -> PathBuf {
    root()
        .join("generated")
        .join(format!("{}.rs", fixture.replace('-', "_")))
}

/// Loads a fixture, runs the naming pass and formats its `types` module.
fn generate(fixture: &str) -> String {
    let path = root()
        .join("fixtures/specs")
        .join(format!("{fixture}.yaml"));
    let spec = match connector_spec::load(&path) {
        Ok(spec) => spec,
        Err(diagnostics) => panic!("fixture {fixture} does not check:\n{diagnostics}"),
    };
    // The one warning a fixture may have: a type parameter that is never
    // used, which codegen drops from the Rust type.
    let unexpected: Vec<_> = spec
        .warnings
        .iter()
        .filter(|warning| !warning.message.ends_with("is never used"))
        .collect();
    assert!(
        unexpected.is_empty(),
        "fixture {fixture} has warnings: {unexpected:?}"
    );
    let names = connector_codegen::Names::new(&spec);
    let tokens = connector_codegen::types::types_module(&spec, &names);
    let file: syn::File = match syn::parse2(tokens) {
        Ok(file) => file,
        Err(error) => panic!("generated code of {fixture} does not parse: {error}"),
    };
    format!(
        "// Generated from tests/fixtures/specs/{fixture}.yaml by the `types` codegen.\n\
         // Do not edit: run `{UPDATE_VAR}=1 cargo test -p integration-tests --test types_generated`.\n\n{}",
        prettyplease::unparse(&file)
    )
}

#[test]
fn generated_types_match_snapshots() {
    for fixture in FIXTURES {
        insta::assert_snapshot!(*fixture, generate(fixture));
    }
}

#[test]
fn checked_in_generated_types_are_current() {
    let update = std::env::var_os(UPDATE_VAR).is_some();
    let mut stale = Vec::new();
    for fixture in FIXTURES {
        let code = generate(fixture);
        let path = generated_path(fixture);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == code {
            continue;
        }
        if update {
            if let Err(error) = std::fs::write(&path, &code) {
                panic!("cannot write {}: {error}", path.display());
            }
        } else {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "generated code is stale, run `{UPDATE_VAR}=1 cargo test -p integration-tests --test types_generated`: {stale:?}"
    );
}

#[test]
fn generation_is_deterministic() {
    for fixture in FIXTURES {
        assert_eq!(generate(fixture), generate(fixture), "{fixture}");
    }
}
