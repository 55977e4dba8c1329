//! The connector spec language: a serde model of the YAML format, its JSON
//! Schema, and the loader and checker that turn a file into a `CheckedSpec`.

pub mod model;
pub mod types;

pub use model::Spec;
pub use types::{Prim, TypeExpr};
