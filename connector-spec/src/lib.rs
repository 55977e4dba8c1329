//! The connector spec language: a serde model of the YAML format, its JSON
//! Schema, and the loader and checker that turn a file into a `CheckedSpec`.
#![warn(missing_docs)]

mod check;
mod decode;
mod diagnostic;
mod inline;
mod load;
mod locate;
pub mod model;
mod node;
mod schema;
pub mod types;

use indexmap::IndexMap;

pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use load::{MAX_SPEC_BYTES, check_str, load};
pub use model::Spec;
pub use schema::json_schema;
pub use types::{Prim, TypeExpr, TypeExprError};

/// A spec that passed every check: every type expression parses and
/// resolves, generic arities match, paths and params agree, paging schemes
/// exist and their item pointers resolve.
///
/// ```
/// let spec = connector_spec::check_str("tiny.yaml", r#"
/// name: tiny
/// title: Tiny
/// hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
/// auth: { scheme: bearer }
/// paging:
///   cursor: { items: /data, next: { from: body_cursor, pointer: /next, param: cursor } }
/// types:
///   Page: { params: [T], fields: { data: "list<T>", next: string } }
///   Note: { fields: { id: string } }
/// operations:
///   list_notes:
///     method: GET
///     path: /notes
///     paging: cursor
///     response: { type: "Page<Note>" }
/// "#).unwrap();
/// assert_eq!(spec.page_item("list_notes").unwrap().to_string(), "Note");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedSpec {
    /// The spec as written.
    pub spec: Spec,
    /// Display name of the source file.
    pub file: String,
    /// Warnings of the check; errors would have failed it.
    pub warnings: Vec<Diagnostic>,
    /// Item type of every paged operation, by operation name.
    page_items: IndexMap<String, TypeExpr>,
}

impl CheckedSpec {
    /// The item type of a paged operation: `spec.paging[op.paging].items`
    /// resolved through the operation's response type (generic arguments
    /// substituted). `None` if the operation is not paged.
    pub fn page_item(&self, operation: &str) -> Option<&TypeExpr> {
        self.page_items.get(operation)
    }

    /// Parses the type expression of a field, body, response or event.
    /// Every expression of a checked spec parses; an error means `text` did
    /// not come from this spec.
    pub fn expr(&self, text: &str, params: &[String]) -> Result<TypeExpr, TypeExprError> {
        types::parse(text, params)
    }
}
