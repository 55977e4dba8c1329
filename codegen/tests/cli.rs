//! The `connector-codegen` binary on small inputs: exit codes and what it
//! prints for `check`, `summary`, `generate` and `new`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_connector-codegen"))
        .args(args)
        .output()
        .unwrap()
}

fn fixture() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/helpdesk.yaml")
        .display()
        .to_string()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "connector-codegen-cli-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn summary_prints_the_counts() {
    let output = run(&["summary", &fixture()]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("connector:  helpdesk"), "{stdout}");
    assert!(stdout.contains("types:      15"), "{stdout}");
    assert!(stdout.contains("operations: 9 (1 paged)"), "{stdout}");
    assert!(stdout.contains("events:     3"), "{stdout}");
}

#[test]
fn check_reports_every_error_and_fails() {
    let dir = temp_dir("check");
    let bad = dir.join("bad.yaml");
    std::fs::write(
        &bad,
        r#"name: bad
title: Bad
hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
auth: { scheme: bearer }
operations:
  get_thing:
    method: GET
    path: /things/{id}
    response: { type: Thingg }
  list_things:
    method: GET
    path: /things
    response: { type: "list<Thing>" }
types:
  Thing: { fields: { id: string } }
"#,
    )
    .unwrap();

    let output = run(&["check", &fixture(), bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stdout.contains("ok: "),
        "the good spec is reported: {stdout}"
    );
    assert!(stderr.contains("Thingg"), "{stderr}");
    assert!(
        stderr.contains("bad.yaml:9:"),
        "the error has a location: {stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn generate_writes_a_crate_and_prints_where() {
    let dir = temp_dir("generate");
    let out = dir.join("helpdesk");
    let output = run(&[
        "generate",
        &fixture(),
        "--out",
        out.to_str().unwrap(),
        "--runtime-path",
        "../runtime",
    ]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains(&format!("written to: {}", out.display())),
        "{stdout}"
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    // A relative runtime path is taken from where the command runs, and
    // written absolute so that it still holds from the new crate's directory.
    let runtime = std::path::absolute("../runtime").unwrap();
    assert!(
        manifest.contains(&format!("path = \"{}\"", runtime.display())),
        "{manifest}"
    );
    assert!(out.join("src/lib.rs").is_file());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn new_writes_a_starter_spec_that_checks() {
    let dir = temp_dir("new");
    let spec = dir.join("acme_crm.yaml");
    let output = run(&["new", "acme_crm", "--out", spec.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");

    let output = run(&["check", spec.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");

    // Never overwrites.
    let output = run(&["new", "acme_crm", "--out", spec.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));

    let output = run(&["new", "Acme CRM"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("expected a snake_case connector name"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn generate_regenerates_its_own_crate_but_never_overwrites_another() {
    let dir = temp_dir("overwrite");
    let out = dir.join("helpdesk");
    let out_text = out.to_str().unwrap();
    let first = run(&["generate", &fixture(), "--out", out_text]);
    assert!(first.status.success(), "{first:?}");
    let again = run(&["generate", &fixture(), "--out", out_text]);
    assert!(again.status.success(), "regenerating in place: {again:?}");

    // A hand-written crate in the way is left as it was.
    let mine = dir.join("mine");
    std::fs::create_dir_all(mine.join("src")).unwrap();
    std::fs::write(mine.join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
    std::fs::write(mine.join("src/lib.rs"), "pub fn mine() {}\n").unwrap();
    let refused = run(&["generate", &fixture(), "--out", mine.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1), "{refused:?}");
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert!(
        stderr.contains("was not written by connector-codegen"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(mine.join("src/lib.rs")).unwrap(),
        "pub fn mine() {}\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
