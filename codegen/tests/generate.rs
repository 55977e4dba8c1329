//! Generation of the fixture spec: snapshots of code and docs, the checked-in
//! copy that `client.rs` compiles, determinism, and the standalone crate.

use std::path::{Path, PathBuf};

use connector_codegen::{Generated, RuntimeDep};
use connector_spec::CheckedSpec;

/// The header of a checked-in copy of generated code.
fn generated_header(fixture: &str) -> String {
    format!(
        "// Generated from tests/fixtures/{fixture}.yaml by connector-codegen; do not edit.\n\
         // Regenerate with `UPDATE_GENERATED=1 cargo test -p connector-codegen --test generate`.\n\n"
    )
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> CheckedSpec {
    load_fixture("helpdesk")
}

fn load_fixture(name: &str) -> CheckedSpec {
    let path = manifest_dir().join(format!("tests/fixtures/{name}.yaml"));
    match connector_spec::load(&path) {
        Ok(spec) => spec,
        Err(diagnostics) => panic!("the fixture spec does not check:\n{diagnostics}"),
    }
}

fn generated() -> Generated {
    match connector_codegen::generate(&fixture()) {
        Ok(generated) => generated,
        Err(error) => panic!("generation failed: {error}"),
    }
}

#[test]
fn code_snapshot() {
    insta::assert_snapshot!("helpdesk_code", generated().code);
}

#[test]
fn docs_snapshot() {
    insta::assert_snapshot!("helpdesk_docs", generated().docs);
}

/// `tests/client.rs` and `tests/edge.rs` compile these copies; they must
/// match what the generator emits today.
#[test]
fn checked_in_copies_are_fresh() {
    let mut stale = Vec::new();
    for (fixture, copy) in [("helpdesk", "helpdesk"), ("edge", "edge_cases")] {
        let code = match connector_codegen::generate(&load_fixture(fixture)) {
            Ok(generated) => generated.code,
            Err(error) => panic!("generation of {fixture} failed: {error}"),
        };
        let expected = format!("{}{code}", generated_header(fixture));
        let path = manifest_dir().join(format!("tests/generated/{copy}.rs"));
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::write(&path, &expected).unwrap();
            continue;
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != expected {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale: {stale:?}; regenerate with `UPDATE_GENERATED=1 cargo test -p connector-codegen --test generate`"
    );
}

#[test]
fn edge_snapshot() {
    let generated = connector_codegen::generate(&load_fixture("edge")).unwrap();
    insta::assert_snapshot!("edge_code", generated.code);
}

#[test]
fn output_is_deterministic() {
    let first = generated();
    let second = generated();
    assert_eq!(first.code, second.code);
    assert_eq!(first.docs, second.docs);
}

#[test]
fn summary_counts_the_fixture() {
    let summary = generated().summary;
    assert_eq!(summary.connector, "helpdesk");
    assert_eq!(summary.types, 15);
    assert_eq!(summary.operations, 9);
    assert_eq!(summary.paged_operations, 1);
    assert_eq!(summary.events, 3);
    assert_eq!(
        summary.to_string(),
        "helpdesk: 15 types, 9 operations (1 paged), 3 events"
    );
}

#[test]
fn every_public_item_is_documented() {
    let code = generated().code;
    let file = syn::parse_file(&code).unwrap();
    let mut undocumented = Vec::new();
    collect_undocumented(&file.items, "", &mut undocumented);
    assert!(undocumented.is_empty(), "no docs on: {undocumented:?}");
}

fn has_doc(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| attr.path().is_ident("doc"))
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn collect_undocumented(items: &[syn::Item], path: &str, out: &mut Vec<String>) {
    for item in items {
        let (vis, attrs, name) = match item {
            syn::Item::Struct(item) => (&item.vis, &item.attrs, item.ident.to_string()),
            syn::Item::Enum(item) => (&item.vis, &item.attrs, item.ident.to_string()),
            syn::Item::Fn(item) => (&item.vis, &item.attrs, item.sig.ident.to_string()),
            syn::Item::Static(item) => (&item.vis, &item.attrs, item.ident.to_string()),
            syn::Item::Const(item) => (&item.vis, &item.attrs, item.ident.to_string()),
            syn::Item::Type(item) => (&item.vis, &item.attrs, item.ident.to_string()),
            syn::Item::Mod(item) => {
                let name = format!("{path}{}::", item.ident);
                if is_pub(&item.vis) && !has_doc(&item.attrs) {
                    out.push(name.clone());
                }
                if let Some((_, items)) = &item.content {
                    collect_undocumented(items, &name, out);
                }
                continue;
            }
            syn::Item::Impl(item) => {
                for inner in &item.items {
                    if let syn::ImplItem::Fn(function) = inner
                        && is_pub(&function.vis)
                        && !has_doc(&function.attrs)
                    {
                        out.push(format!("{path}{}", function.sig.ident));
                    }
                }
                continue;
            }
            _ => continue,
        };
        if is_pub(vis) && !has_doc(attrs) {
            out.push(format!("{path}{name}"));
        }
    }
}

#[test]
fn write_crate_writes_a_standalone_crate() {
    let dir = std::env::temp_dir().join(format!(
        "connector-codegen-write-crate-{}",
        std::process::id()
    ));
    let runtime = Path::new("/opt/src/runtime");
    let summary =
        connector_codegen::write_crate(&fixture(), &dir, RuntimeDep::Path(runtime.into())).unwrap();
    assert_eq!(summary.operations, 9);

    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"helpdesk\""), "{manifest}");
    assert!(
        manifest.contains("connector-runtime = { path = \"/opt/src/runtime\" }"),
        "{manifest}"
    );
    assert!(manifest.contains("[workspace]"), "{manifest}");

    let lib = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
    assert!(lib.starts_with("//! # Helpdesk\n"), "{lib}");
    let file = syn::parse_file(&lib).unwrap();
    assert!(
        !file.attrs.is_empty(),
        "the docs become inner doc attributes"
    );
    assert!(lib.ends_with(&generated().code));

    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn write_crate_depends_on_a_runtime_version() {
    let dir = std::env::temp_dir().join(format!(
        "connector-codegen-write-crate-version-{}",
        std::process::id()
    ));
    connector_codegen::write_crate(&fixture(), &dir, RuntimeDep::Version("0.1".into())).unwrap();
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("connector-runtime = { version = \"0.1\" }"),
        "{manifest}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_spec_without_webhooks_has_no_webhooks_module() {
    let spec = connector_spec::check_str(
        "tiny.yaml",
        r#"
name: tiny
title: Tiny
hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
auth: { scheme: header, name: x-api-key }
operations:
  ping:
    method: GET
    path: /ping
"#,
    )
    .unwrap();
    let generated = connector_codegen::generate(&spec).unwrap();
    assert!(!generated.code.contains("pub mod webhooks"));
    assert!(generated.code.contains("AuthScheme::Header"));
    assert!(generated.code.contains("pub fn api_key"));
    assert!(!generated.code.contains("pub fn basic_auth"));
    assert!(
        generated
            .code
            .contains("pub type Error = ::connector_runtime::Error<::serde_json::Value>;")
    );
}

#[test]
fn basic_auth_emits_the_basic_and_key_setters() {
    let spec = connector_spec::check_str(
        "basic.yaml",
        r#"
name: basic
title: Basic
hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
auth: { scheme: basic }
operations:
  ping:
    method: GET
    path: /ping
"#,
    )
    .unwrap();
    let code = connector_codegen::generate(&spec).unwrap().code;
    assert!(code.contains("pub fn basic_auth"));
    // APIs that take a secret key over basic auth get the key setter too,
    // so the key never has to pass through a plain `String`.
    assert!(code.contains("pub fn api_key"));
}

/// Every connector spec of the repository generates code that parses, with
/// docs on every public item.
#[test]
fn every_spec_of_the_repository_generates() {
    let specs = manifest_dir().join("../specs");
    let mut count = 0;
    for entry in std::fs::read_dir(&specs).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|ext| ext.to_str()) != Some("yaml") {
            continue;
        }
        let spec = match connector_spec::load(&path) {
            Ok(spec) => spec,
            Err(diagnostics) => panic!("{} does not check:\n{diagnostics}", path.display()),
        };
        let generated = match connector_codegen::generate(&spec) {
            Ok(generated) => generated,
            Err(error) => panic!("{} does not generate: {error}", path.display()),
        };
        let file = syn::parse_file(&generated.code).unwrap();
        let mut undocumented = Vec::new();
        collect_undocumented(&file.items, "", &mut undocumented);
        assert!(
            undocumented.is_empty(),
            "{}: no docs on {undocumented:?}",
            path.display()
        );
        assert!(generated.docs.contains("```rust,no_run"));
        count += 1;
    }
    assert!(count > 0, "no specs found in {}", specs.display());
}

#[test]
fn write_crate_reports_a_path_it_cannot_write() {
    let file = std::env::temp_dir().join(format!(
        "connector-codegen-not-a-dir-{}",
        std::process::id()
    ));
    std::fs::write(&file, "a file, not a directory").unwrap();
    let error =
        connector_codegen::write_crate(&fixture(), &file.join("crate"), RuntimeDep::default())
            .unwrap_err();
    assert!(
        matches!(error, connector_codegen::CodegenError::Io { .. }),
        "{error:?}"
    );
    assert!(error.to_string().starts_with("could not write "), "{error}");
    std::fs::remove_file(&file).unwrap();
}
