//! Property tests over generated input: whatever the text, checking it ends
//! in a `CheckedSpec` or in located diagnostics that render, and never
//! panics. Case counts are in the test names and the configs below; together
//! they run 5,300 cases.

use connector_spec::types::parse;
use connector_spec::{Prim, TypeExpr, check_str};
use proptest::prelude::*;

const VALID: &str = include_str!("fixtures/valid/full.yaml");

/// Checks `text` and uses every part of the outcome, as a caller would.
fn check_fully(text: &str) {
    match check_str("fuzz.yaml", text) {
        Ok(checked) => {
            for name in checked.spec.operations.keys() {
                let _ = checked.page_item(name);
            }
            for warning in &checked.warnings {
                let _ = warning.to_string();
            }
        }
        Err(diagnostics) => {
            assert!(!diagnostics.0.is_empty(), "an error without diagnostics");
            for diagnostic in &diagnostics.0 {
                assert!(diagnostic.line >= 1 && diagnostic.column >= 1);
                assert!(!diagnostic.message.is_empty());
            }
            let rendered = diagnostics.to_string();
            assert!(rendered.contains("error: could not check `fuzz.yaml`"));
        }
    }
}

const TOKENS: &[&str] = &[
    "name: ",
    "title: ",
    "hosts:",
    "servers:",
    "default: ",
    "auth:",
    "scheme: ",
    "types:",
    "operations:",
    "paging:",
    "webhooks:",
    "fields:",
    "values:",
    "variants:",
    "params:",
    "tag: ",
    "type: ",
    "path: ",
    "method: ",
    "GET",
    "response:",
    "items: ",
    "next:",
    "from: ",
    "pointer: ",
    "\n",
    "\n  ",
    "\n    ",
    "  ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ": ",
    ",",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!str ",
    "!!map ",
    "---\n",
    "...\n",
    "\"",
    "'",
    "# c",
    "|\n",
    ">-\n",
    "Note",
    "list<",
    "map<",
    ">",
    "<",
    "/v1/{id}",
    "{id",
    "~",
    "\t",
    "\\",
    "? ",
    "<<: ",
    "null",
    "~0",
    "true",
    "-1",
    "99999999999999999999",
    "0x1F",
    ".inf",
    "é",
    "\u{feff}",
    "\r\n",
    "\u{0}",
];

fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|tokens| tokens.concat())
}

/// One edit of the valid spec, on whole lines so that the text stays UTF-8.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Indent(usize, usize),
    Dedent(usize),
    InsertToken(usize, usize, &'static str),
    TruncateLine(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (any::<usize>(), 1usize..5).prop_map(|(a, n)| Mutation::Indent(a, n)),
        any::<usize>().prop_map(Mutation::Dedent),
        (any::<usize>(), any::<usize>(), prop::sample::select(TOKENS))
            .prop_map(|(a, b, t)| Mutation::InsertToken(a, b, t)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::TruncateLine(a, b)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for mutation in mutations {
        if lines.is_empty() {
            break;
        }
        let len = lines.len();
        match *mutation {
            Mutation::DeleteLine(a) => {
                lines.remove(a % len);
            }
            Mutation::DuplicateLine(a) => {
                let line = lines[a % len].clone();
                lines.insert(a % len, line);
            }
            Mutation::SwapLines(a, b) => lines.swap(a % len, b % len),
            Mutation::Indent(a, n) => lines[a % len].insert_str(0, &" ".repeat(n)),
            Mutation::Dedent(a) => {
                let line = &mut lines[a % len];
                if line.starts_with(' ') {
                    line.remove(0);
                }
            }
            Mutation::InsertToken(a, b, token) => {
                let line = &mut lines[a % len];
                let boundaries: Vec<usize> = line
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([line.len()])
                    .collect();
                line.insert_str(boundaries[b % boundaries.len()], token);
            }
            Mutation::TruncateLine(a, b) => {
                let line = &mut lines[a % len];
                let keep: String = line.chars().take(b % (line.chars().count() + 1)).collect();
                *line = keep;
            }
        }
    }
    lines.join("\n")
}

fn nesting() -> impl Strategy<Value = String> {
    (
        0usize..6000,
        prop::sample::select(&["[", "{a: ", "- ", "a:\n"][..]),
        any::<bool>(),
    )
        .prop_map(|(depth, open, closed)| {
            let mut text = String::from("name: deep\ndescription: ");
            for level in 0..depth {
                if open == "a:\n" || open == "- " {
                    text.push('\n');
                    text.push_str(&" ".repeat(level.min(200)));
                }
                text.push_str(open);
            }
            if closed {
                let close = match open {
                    "[" => "]",
                    "{a: " => "}",
                    _ => "",
                };
                text.push_str(&close.repeat(depth));
            }
            text
        })
}

fn alias_bomb() -> impl Strategy<Value = String> {
    (1usize..14, 2usize..12, prop::sample::select(&["types:\n  B:\n    params:", "description:", "operations:", "paging:"][..]))
        .prop_map(|(levels, width, key)| {
            let mut text = format!(
                "name: bomb\ntitle: Bomb\nhosts: {{ default: m, servers: {{ m: {{ url: \"https://a.example.com\" }} }} }}\nauth: {{ scheme: none }}\n{key}\n"
            );
            text.push_str(&format!("  - &x0 [{}]\n", vec!["lol"; width].join(", ")));
            for level in 1..levels {
                let items = vec![format!("*x{}", level - 1); width].join(", ");
                text.push_str(&format!("  - &x{level} [{items}]\n"));
            }
            text
        })
}

fn type_expr() -> impl Strategy<Value = TypeExpr> {
    let leaf = prop_oneof![
        prop::sample::select(Prim::NAMES).prop_map(|(_, prim)| TypeExpr::Prim(prim)),
        // `T` is the type parameter, so names are at least two characters.
        "[A-Z][a-zA-Z0-9_]{1,8}".prop_map(|name| TypeExpr::Named { name, args: vec![] }),
        Just(TypeExpr::Param("T".to_owned())),
    ];
    leaf.prop_recursive(6, 40, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| TypeExpr::List(Box::new(t))),
            inner.clone().prop_map(|t| TypeExpr::Map(Box::new(t))),
            ("[A-Z][a-z]{1,6}", prop::collection::vec(inner, 1..4))
                .prop_map(|(name, args)| TypeExpr::Named { name, args }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn random_bytes_never_panic_600_cases(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check_fully(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn token_soup_never_panics_600_cases(text in token_soup()) {
        check_fully(&text);
    }

    #[test]
    fn token_soup_after_a_valid_head_never_panics_600_cases(text in token_soup()) {
        let head: String = VALID.lines().take(20).collect::<Vec<_>>().join("\n");
        check_fully(&format!("{head}\n{text}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1200))]

    #[test]
    fn mutated_valid_specs_never_panic_1200_cases(mutations in prop::collection::vec(mutation(), 1..6)) {
        check_fully(&mutate(VALID, &mutations));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn deep_nesting_never_overflows_150_cases(text in nesting()) {
        check_fully(&text);
    }

    #[test]
    fn alias_bombs_are_bounded_150_cases(text in alias_bomb()) {
        check_fully(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn type_expressions_round_trip_through_display_1000_cases(expr in type_expr()) {
        let text = expr.to_string();
        prop_assert_eq!(parse(&text, &["T".to_owned()]), Ok(expr));
    }

    #[test]
    fn any_text_as_a_type_expression_never_panics_1000_cases(text in "[a-zA-Z<>, \\-_é0-9]{0,40}") {
        if let Err(err) = parse(&text, &["T".to_owned()]) {
            prop_assert!(err.offset <= text.len());
            prop_assert!(text.is_char_boundary(err.offset));
        }
    }
}
