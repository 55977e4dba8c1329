//! `connector-codegen diff` on two versions of a help-desk spec: the report
//! it prints and the exit status CI pipelines gate on.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_connector-codegen"))
        .args(args)
        .output()
        .unwrap()
}

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/diff")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn a_release_with_breaking_changes_is_reported_and_exits_with_2() {
    let output = run(&["diff", &fixture("old.yaml"), &fixture("new.yaml")]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stdout}\n{stderr}");
    assert_eq!(stderr, "");
    insta::assert_snapshot!("old_to_new", stdout);
}

#[test]
fn going_back_reports_the_opposite_changes() {
    let output = run(&["diff", &fixture("new.yaml"), &fixture("old.yaml")]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stdout}");
    assert!(
        stdout.contains("  breaking  operation `list_contacts` (GET /v1/contacts) removed\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  breaking  event `helpdesk.contact.update` (`ContactUpdate`) removed\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("            enum `TicketStatus`: value `snoozed` (`Snoozed`) added\n"),
        "{stdout}"
    );
}

#[test]
fn an_unchanged_spec_exits_with_0() {
    let output = run(&["diff", &fixture("old.yaml"), &fixture("old.yaml")]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "helpdesk: no changes\n"
    );
}

#[test]
fn compatible_changes_only_exit_with_0() {
    let dir = std::env::temp_dir().join(format!("connector-codegen-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let old = std::fs::read_to_string(fixture("old.yaml")).unwrap();
    let new = old.replace(
        "    values: [open, snoozed, done]\n",
        "    values: [open, snoozed, done, archived]\n",
    );
    assert_ne!(old, new);
    let new_path = dir.join("compatible.yaml");
    std::fs::write(&new_path, new).unwrap();

    let output = run(&[
        "diff",
        &fixture("old.yaml"),
        &new_path.display().to_string(),
    ]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert_eq!(
        stdout,
        "helpdesk: 1 change, 0 breaking\n            \
         enum `TicketStatus`: value `archived` (`Archived`) added\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bad_spec_prints_its_diagnostics_and_exits_with_1() {
    let dir =
        std::env::temp_dir().join(format!("connector-codegen-diff-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let old = std::fs::read_to_string(fixture("old.yaml")).unwrap();
    let bad = old.replace(
        "    response: { type: Contact }\n",
        "    response: { type: Contactt }\n",
    );
    assert_ne!(old, bad);
    let bad_path = dir.join("bad.yaml");
    std::fs::write(&bad_path, bad).unwrap();

    let output = run(&[
        "diff",
        &fixture("old.yaml"),
        &bad_path.display().to_string(),
    ]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "");
    assert!(stderr.contains("Contactt"), "{stderr}");
    assert!(stderr.contains("bad.yaml"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}
