//! The rustc-style rendering of diagnostics, byte for byte.

use connector_spec::{Diagnostic, Diagnostics, Severity};

fn unknown_type() -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        file: "specs/example.yaml".to_owned(),
        line: 120,
        column: 13,
        path: "operations.get_customer.response.type".to_owned(),
        message: "unknown type `Custmer`".to_owned(),
        hint: Some("did you mean `Customer`?".to_owned()),
        source_line: Some("      type: Custmer".to_owned()),
    }
}

#[test]
fn an_error_renders_like_rustc() {
    let expected = "\
error: unknown type `Custmer`
  --> specs/example.yaml:120:13
    |
120 |       type: Custmer
    |             ^^^^^^^
    = help: did you mean `Customer`?
    = at: operations.get_customer.response.type
";
    assert_eq!(unknown_type().to_string(), expected);
}

#[test]
fn a_warning_without_hint_or_excerpt_renders_its_location() {
    let warning = Diagnostic {
        severity: Severity::Warning,
        hint: None,
        source_line: None,
        line: 7,
        column: 1,
        ..unknown_type()
    };
    assert_eq!(
        warning.to_string(),
        "warning: unknown type `Custmer`\n --> specs/example.yaml:7:1\n  = at: operations.get_customer.response.type\n"
    );
}

#[test]
fn diagnostics_end_with_the_error_count() {
    let warning = Diagnostic {
        severity: Severity::Warning,
        ..unknown_type()
    };
    let all = Diagnostics(vec![unknown_type(), warning, unknown_type()]);
    assert_eq!(all.error_count(), 2);
    let text = all.to_string();
    assert!(text.ends_with("\nerror: could not check `specs/example.yaml`: 2 errors"));
    assert_eq!(text.matches("error: unknown type").count(), 2);
    assert_eq!(text.matches("warning: unknown type").count(), 1);

    let one = Diagnostics(vec![unknown_type()]);
    assert!(one.to_string().ends_with(": 1 error"));
}

#[test]
fn a_quoted_value_is_underlined_with_its_quotes() {
    let quoted = Diagnostic {
        column: 11,
        source_line: Some("    path: \"v1/notes\"  # comment".to_owned()),
        ..unknown_type()
    };
    assert!(
        quoted
            .to_string()
            .contains("\n    |           ^^^^^^^^^^\n"),
        "{quoted}"
    );
}

#[test]
fn a_plain_value_stops_at_a_comment_and_in_flow_at_a_comma() {
    let commented = Diagnostic {
        column: 11,
        source_line: Some("    type: Custmer  # the buyer".to_owned()),
        ..unknown_type()
    };
    assert!(
        commented
            .to_string()
            .contains("\n    |           ^^^^^^^\n"),
        "{commented}"
    );

    let flow = Diagnostic {
        column: 23,
        source_line: Some("    response: { type: Custmer, status: 200 }".to_owned()),
        ..unknown_type()
    };
    assert!(
        flow.to_string()
            .contains(&format!("\n    | {}^^^^^^^\n", " ".repeat(22))),
        "{flow}"
    );
}
