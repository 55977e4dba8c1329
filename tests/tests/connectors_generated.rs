//! Snapshots of the code generated for every connector spec of the
//! repository, so a change to the generator shows up as a reviewed diff.

use std::path::PathBuf;

use connector_codegen::Generated;

/// Loads, checks and generates `specs/<name>.yaml`.
fn generate(name: &str) -> Generated {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../specs")
        .join(format!("{name}.yaml"));
    let spec = match connector_spec::load(&path) {
        Ok(spec) => spec,
        Err(diagnostics) => panic!("{} does not check:\n{diagnostics}", path.display()),
    };
    match connector_codegen::generate(&spec) {
        Ok(generated) => generated,
        Err(error) => panic!("{} does not generate: {error}", path.display()),
    }
}

#[test]
fn kustomer_code() {
    insta::assert_snapshot!("kustomer", generate("kustomer").code);
}

#[test]
fn github_code() {
    insta::assert_snapshot!("github", generate("github").code);
}

#[test]
fn stripe_code() {
    insta::assert_snapshot!("stripe", generate("stripe").code);
}

#[test]
fn generation_is_deterministic() {
    for name in ["kustomer", "github", "stripe"] {
        let first = generate(name);
        let second = generate(name);
        assert_eq!(first.code, second.code, "{name}: code differs between runs");
        assert_eq!(first.docs, second.docs, "{name}: docs differ between runs");
    }
}

#[test]
fn summaries_count_what_the_specs_declare() {
    let github = generate("github").summary;
    assert_eq!(github.connector, "github");
    assert_eq!(github.operations, 20);
    assert_eq!(github.paged_operations, 7);
    assert_eq!(github.events, 6);

    let stripe = generate("stripe").summary;
    assert_eq!(stripe.connector, "stripe");
    assert_eq!(stripe.operations, 20);
    assert_eq!(stripe.paged_operations, 6);
    assert_eq!(stripe.events, 12);
}
