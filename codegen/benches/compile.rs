//! How long the compiler takes on a real spec: loading and checking the
//! Kustomer spec, and generating formatted Rust from the checked spec.
//!
//! `cargo bench -p connector-codegen`

use std::path::PathBuf;

fn spec_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs/kustomer.yaml")
}

fn main() {
    divan::main();
}

/// Reading, parsing and checking `specs/kustomer.yaml`.
#[divan::bench]
fn load_and_check(bencher: divan::Bencher) {
    let path = spec_path();
    bencher.bench(|| connector_spec::load(divan::black_box(&path)).is_ok());
}

/// Generating and formatting the client from the checked spec.
#[divan::bench]
fn generate(bencher: divan::Bencher) {
    let Ok(spec) = connector_spec::load(spec_path()) else {
        eprintln!("specs/kustomer.yaml does not check; nothing to measure");
        return;
    };
    bencher.bench(|| {
        connector_codegen::generate(divan::black_box(&spec)).map(|generated| generated.code.len())
    });
}
