//! The JSON Schema of the spec format, for YAML editors and validators.

/// The JSON Schema of the format, pretty-printed.
///
/// ```
/// let schema = connector_spec::json_schema();
/// assert!(schema.contains("\"operations\""));
/// ```
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(crate::model::Spec);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
