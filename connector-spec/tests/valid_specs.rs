//! Specs that pass the check, and what a `CheckedSpec` tells codegen about
//! them: the item type of every paged operation, warnings kept aside.

use std::path::Path;

use connector_spec::{CheckedSpec, Prim, Severity, TypeExpr};

fn valid(name: &str) -> CheckedSpec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/valid")
        .join(name);
    match connector_spec::load(&path) {
        Ok(checked) => checked,
        Err(diagnostics) => panic!("{name} should pass the check:\n{diagnostics}"),
    }
}

fn named(name: &str) -> TypeExpr {
    TypeExpr::Named {
        name: name.to_owned(),
        args: Vec::new(),
    }
}

const HEAD: &str = r#"
name: notes
title: Notes
hosts:
  default: main
  servers:
    main: { url: "https://api.example.com" }
auth: { scheme: bearer }
"#;

fn check(rest: &str) -> Result<CheckedSpec, connector_spec::Diagnostics> {
    connector_spec::check_str("inline.yaml", &format!("{HEAD}{rest}"))
}

#[test]
fn minimal_spec_passes_without_warnings() {
    let checked = valid("minimal.yaml");
    assert_eq!(checked.spec.name, "minimal");
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
    assert!(checked.file.ends_with("minimal.yaml"));
}

#[test]
fn full_spec_passes_and_keeps_the_file_order() {
    let checked = valid("full.yaml");
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
    assert_eq!(
        checked.spec.schema.as_deref(),
        Some("../../../connector.schema.json")
    );
    let operations: Vec<&str> = checked.spec.operations.keys().map(String::as_str).collect();
    assert_eq!(operations.first(), Some(&"get_me"));
    assert_eq!(operations.last(), Some(&"ticket_exists"));
    assert_eq!(
        checked.spec.webhooks.as_ref().map(|w| w.events.len()),
        Some(2)
    );
}

#[test]
fn page_items_resolve_through_envelopes_aliases_and_generics() {
    let checked = valid("full.yaml");
    let ticket = named("Ticket");
    // `TicketPage` is an alias of `Page<Ticket>`; `/data` is `list<T>`.
    assert_eq!(checked.page_item("list_tickets"), Some(&ticket));
    assert_eq!(checked.page_item("list_ticket_links"), Some(&ticket));
    // `""` is the whole body: a bare `list<Ticket>`.
    assert_eq!(checked.page_item("list_all_tickets"), Some(&ticket));
    // `/results/items` goes through `Results<T>` into `Envelope<T>`.
    assert_eq!(checked.page_item("search_tickets"), Some(&ticket));
    // `/pages/0` takes the first page of a `list<list<T>>`.
    assert_eq!(checked.page_item("list_ticket_book"), Some(&ticket));
    // Operations without paging have no item type.
    assert_eq!(checked.page_item("get_ticket"), None);
    assert_eq!(checked.page_item("no_such_operation"), None);
}

#[test]
fn page_item_of_a_list_of_scalars_is_the_scalar() {
    let checked = check(
        r#"
paging:
  plain: { items: /ids, next: { from: link_header } }
types:
  IdPage: { fields: { ids: "list<u64>" } }
operations:
  list_ids:
    method: GET
    path: /ids
    paging: plain
    response: { type: IdPage }
"#,
    )
    .unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(
        checked.page_item("list_ids"),
        Some(&TypeExpr::Prim(Prim::U64))
    );
}

#[test]
fn page_items_through_map_values_and_generic_arguments_of_arguments() {
    let checked = check(
        r#"
paging:
  nested: { items: /groups/first/data, next: { from: link_header } }
types:
  Page: { params: [T], fields: { data: "list<T>" } }
  Grouped: { params: [T], fields: { groups: "map<Page<T>>" } }
  Note: { fields: { id: string } }
operations:
  list_notes:
    method: GET
    path: /notes
    paging: nested
    response: { type: "Grouped<list<Note>>" }
"#,
    )
    .unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(
        checked.page_item("list_notes"),
        Some(&TypeExpr::List(Box::new(named("Note"))))
    );
}

#[test]
fn warnings_do_not_fail_the_check() {
    let checked = check(
        r#"
types:
  Filter: { fields: { q: string } }
operations:
  search:
    method: GET
    path: /search
    body: { type: Filter }
  moved:
    method: GET
    path: /moved
    response: { status: 302 }
  probe:
    method: HEAD
    path: /probe
    body: { type: Filter }
  forget:
    method: DELETE
    path: /filters
    body: { type: Filter }
"#,
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let messages: Vec<&str> = checked
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    // A DELETE body is allowed (RFC 9110) and documented by real APIs.
    assert_eq!(
        messages,
        [
            "`GET` request with a body: many servers and proxies drop it",
            "success response status 302 is not 2xx",
            "`HEAD` request with a body: many servers and proxies drop it",
        ]
    );
    assert!(
        checked
            .warnings
            .iter()
            .all(|w| w.severity == Severity::Warning)
    );
    assert_eq!(checked.warnings[0].line, 16);
    assert_eq!(checked.warnings[1].path, "operations.moved.response.status");
}

#[test]
fn unused_type_parameter_is_a_warning() {
    let checked = check("types:\n  Box: { params: [T, U], fields: { value: T } }\n")
        .unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(checked.warnings.len(), 1);
    assert_eq!(
        checked.warnings[0].message,
        "type parameter `U` is never used"
    );
    assert_eq!(checked.warnings[0].path, "types.Box.params[1]");
}

#[test]
fn undeclared_path_placeholders_are_implicit_strings() {
    let checked =
        check("operations:\n  get_note:\n    method: GET\n    path: /notes/{id}/v{version}\n")
            .unwrap_or_else(|d| panic!("{d}"));
    assert!(checked.warnings.is_empty());
}

#[test]
fn expr_parses_type_expressions_of_the_spec() {
    let checked = valid("full.yaml");
    let page = &checked.spec.types["Page"];
    let field = &page.fields.as_ref().expect("Page has fields")["data"];
    assert_eq!(
        checked.expr(&field.ty, &page.params),
        Ok(TypeExpr::List(Box::new(TypeExpr::Param("T".to_owned()))))
    );
    assert!(checked.expr("list<", &[]).is_err());
}

#[test]
fn every_spec_of_the_repository_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let specs: Vec<_> = std::fs::read_dir(&dir)
        .expect("the specs directory exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    assert!(!specs.is_empty(), "no specs under {}", dir.display());
    for path in specs {
        if let Err(diagnostics) = connector_spec::load(&path) {
            panic!("{} should pass the check:\n{diagnostics}", path.display());
        }
    }
}

#[test]
fn a_missing_file_is_one_located_error() {
    let err = connector_spec::load("tests/fixtures/valid/no-such-file.yaml").unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert!(
        err.0[0].message.starts_with("cannot read the spec: "),
        "{}",
        err.0[0].message
    );
    assert!(
        err.to_string()
            .ends_with("error: could not check `tests/fixtures/valid/no-such-file.yaml`: 1 error")
    );
}

#[test]
fn next_page_pointers_through_undeclared_fields_are_warnings() {
    let checked = check(
        r#"
paging:
  cursor:
    items: /data
    next: { from: body_cursor, pointer: /meta/cursor, param: cursor }
  after:
    items: /data
    next: { from: last_item, pointer: /uid, param: after }
types:
  Note: { fields: { id: string } }
  NotePage: { fields: { data: "list<Note>" } }
operations:
  list_notes:
    method: GET
    path: /notes
    paging: cursor
    response: { type: NotePage }
  list_notes_after:
    method: GET
    path: /notes/after
    paging: after
    response: { type: NotePage }
"#,
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let messages: Vec<&str> = checked
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "paging scheme `cursor` reads `/meta/cursor` from the page `NotePage`, which the spec does not declare: `NotePage` has no field `meta`",
            "paging scheme `after` reads `/uid` from the last item `Note`, which the spec does not declare: `Note` has no field `uid` (did you mean `id`?)",
        ]
    );
    assert_eq!(
        checked.page_item("list_notes_after"),
        checked.page_item("list_notes")
    );
}

#[test]
fn event_and_error_pointers_through_undeclared_fields_are_warnings() {
    let checked = check(
        r#"
errors: { type: ApiError, message: [/error/text] }
types:
  ApiError: { fields: { error: string } }
  NoteEvent: { fields: { id: string, type: string } }
webhooks:
  signature: { header: X-Signature, algorithm: hmac-sha1, encoding: base64 }
  event_name: { pointer: /name }
  event_id: { pointer: /id }
  events:
    note.created: { type: NoteEvent }
"#,
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let messages: Vec<&str> = checked
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "error message pointer `/error/text` does not resolve in `ApiError`: `string` has no field `text`",
            "`event_name` pointer `/name` does not resolve in event type `NoteEvent`: `NoteEvent` has no field `name`",
        ]
    );
}

#[test]
fn an_unknown_name_is_pointed_at_as_a_whole_word() {
    let err = check("types:\n  NoteId: { type: string }\n  Note: { fields: { ids: \"map<NoteId>\", id: \"list<Nte>\", x: \"Pair<NoteId, Not>\" } }\n")
        .expect_err("unknown types");
    let columns: Vec<(usize, &str)> = err
        .0
        .iter()
        .map(|d| (d.column, d.message.as_str()))
        .collect();
    // `  Note: { fields: { ids: "map<NoteId>", id: "list<Nte>", x: "Pair<NoteId, Not>" } }`
    assert_eq!(
        columns,
        [
            (51, "unknown type `Nte`"),
            (62, "unknown type `Pair`"),
            (75, "unknown type `Not`")
        ]
    );
}

#[test]
fn placeholder_columns_count_characters_not_bytes() {
    let err = check("operations:\n  get_café:\n    method: GET\n    path: /cafés/{id}/{x y}\n")
        .expect_err("bad names");
    let placeholder = err
        .0
        .iter()
        .find(|d| d.message.contains("placeholder"))
        .expect("a placeholder error");
    assert_eq!(
        placeholder.message,
        "path placeholder `{x y}` is not an identifier"
    );
    // `    path: /cafés/{id}/{x y}`: the `{` of `{x y}` is the 23rd character.
    assert_eq!(placeholder.column, 23);
    let carets = format!("\n   | {}^^^^^\n", " ".repeat(22));
    assert!(placeholder.to_string().contains(&carets), "{placeholder}");
}

#[test]
fn pointers_resolve_through_unions_and_json() {
    let checked = check(
        r#"
errors: { type: ApiError, message: [/errors/0/message, /errors/0/kind, /detail/anything] }
types:
  ApiError: { fields: { errors: "list<ErrorEntry>", detail: json } }
  ErrorEntry: { variants: [string, Problem] }
  Problem: { tag: kind, variants: { field: FieldProblem } }
  FieldProblem: { fields: { message: string } }
webhooks:
  signature: { header: X-Signature, algorithm: hmac-sha512, encoding: hex }
  event_name: { pointer: /type }
  events:
    anything: { type: json }
"#,
    )
    .unwrap_or_else(|d| panic!("{d}"));
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
}
