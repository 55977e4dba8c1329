//! The checked-in JSON Schema must match the model; the short forms of
//! fields and enum values must be part of it.

use std::path::Path;

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/connector.schema.json");

#[test]
fn checked_in_schema_matches_the_model() {
    let fresh = connector_spec::json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_FILE, &fresh).expect("write connector.schema.json");
        return;
    }
    let checked_in = std::fs::read_to_string(Path::new(SCHEMA_FILE)).unwrap_or_default();
    assert!(
        checked_in == fresh,
        "connector-spec/connector.schema.json is stale or missing; regenerate it with \
         `UPDATE_SCHEMA=1 cargo test -p connector-spec --test schema`"
    );
}

fn schema() -> serde_json::Value {
    serde_json::from_str(&connector_spec::json_schema()).expect("the schema is json")
}

fn any_of_types(definition: &serde_json::Value) -> Vec<String> {
    definition["anyOf"]
        .as_array()
        .map(|options| {
            options
                .iter()
                .map(|option| match &option["type"] {
                    serde_json::Value::String(ty) => ty.clone(),
                    _ => option.to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn field_accepts_a_type_expression_or_the_long_form() {
    let schema = schema();
    let field = &schema["$defs"]["Field"];
    let types = any_of_types(field);
    assert_eq!(
        types.first().map(String::as_str),
        Some("string"),
        "{field:#}"
    );
    assert_eq!(types.len(), 2, "{field:#}");
    let long = &field["anyOf"][1];
    assert_eq!(long["type"], "object");
    assert!(long["properties"]["type"].is_object());
    assert!(long["properties"]["fields"].is_object());
    // Either a type expression or an object written in place.
    assert_eq!(
        long["oneOf"],
        serde_json::json!([{ "required": ["type"] }, { "required": ["fields"] }])
    );
    assert!(field["description"].is_string());
}

#[test]
fn enum_value_accepts_a_string_an_integer_or_the_long_form() {
    let schema = schema();
    let value = &schema["$defs"]["EnumValue"];
    let types = any_of_types(value);
    assert_eq!(
        types.get(..2),
        Some(&["string".to_owned(), "integer".to_owned()][..])
    );
    assert_eq!(value["anyOf"][2]["type"], "object", "{value:#}");
}

#[test]
fn schema_key_and_top_level_keys_are_described() {
    let schema = schema();
    let properties = &schema["properties"];
    for key in [
        "$schema",
        "name",
        "title",
        "hosts",
        "auth",
        "operations",
        "types",
    ] {
        assert!(properties[key].is_object(), "missing property `{key}`");
    }
    assert_eq!(
        schema["required"],
        serde_json::json!(["name", "title", "hosts", "auth"])
    );
    assert_eq!(schema["additionalProperties"], false);
}
