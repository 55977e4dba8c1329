//! Input meant to hurt: deep nesting, alias bombs, huge scalars, huge files.
//! Every case ends in diagnostics, never a panic, a hang or a stack overflow.

use connector_spec::{MAX_SPEC_BYTES, check_str};

const HEAD: &str = "name: notes\ntitle: Notes\nhosts:\n  default: main\n  servers:\n    main: { url: \"https://api.example.com\" }\nauth: { scheme: bearer }\n";

fn first_error(text: &str) -> String {
    match check_str("hostile.yaml", text) {
        Ok(_) => panic!("the input passed the check"),
        Err(diagnostics) => diagnostics.0[0].message.clone(),
    }
}

#[test]
fn ten_thousand_nested_flow_lists_are_refused() {
    let text = format!(
        "{HEAD}description: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert_eq!(
        first_error(&text),
        "maps and lists nest deeper than 64 levels"
    );
}

#[test]
fn a_thousand_nested_block_maps_are_refused() {
    let mut text = String::from(HEAD);
    text.push_str("types:\n");
    for depth in 0..1_000 {
        text.push_str(&" ".repeat(depth + 1));
        text.push_str("a:\n");
    }
    assert_eq!(
        first_error(&text),
        "maps and lists nest deeper than 64 levels"
    );
}

#[test]
fn ten_thousand_nested_block_lists_on_one_line_are_refused() {
    let text = format!("{HEAD}description: \n  {}x\n", "- ".repeat(10_000));
    assert_eq!(
        first_error(&text),
        "maps and lists nest deeper than 64 levels"
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = format!("\u{feff}{HEAD}types:\n  Note: {{ fields: {{ id: Nope }} }}\n");
    let diagnostics = check_str("hostile.yaml", &text).expect_err("fails");
    assert_eq!(diagnostics.0.len(), 1);
    assert_eq!(diagnostics.0[0].message, "unknown type `Nope`");
    assert_eq!((diagnostics.0[0].line, diagnostics.0[0].column), (9, 25));
}

#[test]
fn carets_line_up_under_tabs() {
    let text =
        format!("{HEAD}types:\n  Note: {{ description: \"a\tb\", fields: {{ id: Nope }} }}\n");
    let rendered = check_str("hostile.yaml", &text)
        .expect_err("fails")
        .to_string();
    assert!(
        rendered.contains(&format!("  | {}\t{}^^^^\n", " ".repeat(25), " ".repeat(18))),
        "{rendered}"
    );
}

#[test]
fn unclosed_nesting_is_refused() {
    let text = format!("{HEAD}description: {}", "{a: ".repeat(50_000));
    first_error(&text);
}

#[test]
fn an_alias_bomb_where_lists_are_expected_is_refused_quickly() {
    let mut text = format!("{HEAD}types:\n  Bomb:\n    fields: {{ a: string }}\n    params:\n");
    text.push_str("      - &x0 [a, a, a, a, a, a, a, a, a, a]\n");
    for level in 1..12 {
        let previous = format!("*x{}", level - 1);
        let items = vec![previous; 10].join(", ");
        text.push_str(&format!("      - &x{level} [{items}]\n"));
    }
    assert!(first_error(&text).starts_with("invalid type: sequence, expected a string"));
}

#[test]
fn an_alias_bomb_of_strings_is_refused() {
    // Aliases of scalars expand cheaply; many of them are still bounded.
    let mut text = format!("{HEAD}types:\n  Bomb:\n    fields: {{ a: &a string }}\n    params: [");
    text.push_str(&vec!["*a"; 100_000].join(", "));
    text.push_str("]\n");
    // The parameter `string` has the name of a type, and is declared twice.
    let diagnostics = check_str("hostile.yaml", &text).expect_err("fails");
    assert!(diagnostics.0.len() > 1);
}

#[test]
fn a_huge_scalar_is_checked_like_any_other() {
    let text = format!(
        "{HEAD}description: {}\ntypes:\n  Note: {{ fields: {{ id: Nope }} }}\n",
        "x".repeat(1_000_000)
    );
    assert_eq!(first_error(&text), "unknown type `Nope`");
}

#[test]
fn a_huge_type_expression_is_an_error() {
    let expr = format!("{}string{}", "list<".repeat(20_000), ">".repeat(20_000));
    let text = format!("{HEAD}types:\n  Note: {{ fields: {{ id: \"{expr}\" }} }}\n");
    assert!(first_error(&text).contains("nests deeper than 32 levels"));
}

#[test]
fn a_spec_over_the_size_cap_is_refused_before_parsing() {
    let text = format!("{HEAD}description: \"{}\"\n", "x".repeat(MAX_SPEC_BYTES));
    assert_eq!(
        first_error(&text),
        format!(
            "the spec is {} bytes, expected at most {MAX_SPEC_BYTES}",
            text.len()
        )
    );
}

#[test]
fn binary_garbage_is_refused() {
    let text: String = (0u32..2000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x3000))
        .collect();
    first_error(&text);
}

#[test]
fn tabs_and_control_characters_are_refused() {
    first_error("name:\t\u{0}\u{7}\n\tbad: [\u{1b}");
}

#[test]
fn yaml_tags_and_merge_keys_are_refused_or_ignored_without_panic() {
    let text = format!(
        "{HEAD}types:\n  Base: &base {{ fields: {{ id: string }} }}\n  Note:\n    <<: *base\n    description: !!binary aGk=\n"
    );
    let _ = check_str("hostile.yaml", &text);
}

#[test]
fn many_duplicate_keys_give_a_bounded_report() {
    let mut text = format!("{HEAD}types:\n  Note:\n    fields:\n");
    for _ in 0..50_000 {
        text.push_str("      id: string\n");
    }
    let diagnostics = check_str("hostile.yaml", &text).expect_err("duplicates");
    assert!(
        diagnostics.0.len() <= 500,
        "{} diagnostics",
        diagnostics.0.len()
    );
    assert_eq!(diagnostics.0[0].message, "duplicate key `id`");
    assert_eq!(diagnostics.0[0].line, 12);
}
