//! The naming pass over arbitrary wire names: every identifier it hands out
//! is legal Rust, and no two in one scope are the same.

use std::collections::HashSet;

use proptest::prelude::*;
use serde_json::json;

/// Checks a spec whose object `Thing` has `fields` and whose enum `Choice`
/// has `values`, written as JSON (which is YAML too).
fn spec_with(fields: &[String], values: &[String]) -> connector_spec::CheckedSpec {
    let field_map: serde_json::Map<String, serde_json::Value> = fields
        .iter()
        .map(|name| (name.clone(), json!("string")))
        .collect();
    let text = json!({
        "name": "arbitrary",
        "title": "Arbitrary names",
        "hosts": { "default": "main", "servers": { "main": { "url": "https://api.example.com" } } },
        "auth": { "scheme": "bearer" },
        "types": {
            "Thing": { "fields": field_map },
            "Choice": { "values": values },
        },
    })
    .to_string();
    match connector_spec::check_str("arbitrary.yaml", &text) {
        Ok(spec) => spec,
        Err(diagnostics) => panic!("spec does not check:\n{diagnostics}\n{text}"),
    }
}

/// An identifier is legal when `syn` parses it back as one.
fn assert_legal(ident: &proc_macro2::Ident) {
    let text = ident.to_string();
    if let Err(error) = syn::parse_str::<syn::Ident>(&text) {
        panic!("`{text}` is not an identifier: {error}");
    }
}

fn assert_distinct(idents: &[proc_macro2::Ident]) {
    let texts: Vec<String> = idents
        .iter()
        .map(|ident| ident.to_string().trim_start_matches("r#").to_owned())
        .collect();
    let unique: HashSet<&String> = texts.iter().collect();
    assert_eq!(unique.len(), texts.len(), "names collide: {texts:?}");
}

/// Wire names as APIs write them, punctuation, digits, keywords and
/// non-ASCII included.
fn wire_names() -> impl Strategy<Value = Vec<String>> {
    let name = prop_oneof![
        "[a-zA-Z_][a-zA-Z0-9_]{0,8}",
        "[-+_.=<>!≠≥ a-z0-9]{0,6}",
        "\\PC{0,6}",
        Just("type".to_owned()),
        Just("self".to_owned()),
        Just("Self".to_owned()),
        Just("extra".to_owned()),
        Just("unknown".to_owned()),
        Just("Unknown".to_owned()),
    ];
    proptest::collection::vec(name, 1..10).prop_map(|names| {
        let mut seen = HashSet::new();
        names
            .into_iter()
            .filter(|name| seen.insert(name.clone()))
            .collect()
    })
}

proptest! {
    #[test]
    fn field_and_variant_names_are_legal_and_distinct(
        fields in wire_names(),
        values in wire_names(),
    ) {
        let spec = spec_with(&fields, &values);
        let names = connector_codegen::Names::new(&spec);

        let mut field_idents: Vec<_> = fields
            .iter()
            .map(|wire| names.field_ident("Thing", wire))
            .collect();
        field_idents.push(names.extra_ident("Thing"));
        field_idents.iter().for_each(assert_legal);
        assert_distinct(&field_idents);

        let mut variant_idents: Vec<_> = values
            .iter()
            .map(|wire| names.variant_ident("Choice", wire))
            .collect();
        variant_idents.push(proc_macro2::Ident::new("Unknown", proc_macro2::Span::call_site()));
        variant_idents.iter().for_each(assert_legal);
        assert_distinct(&variant_idents);
    }
}
