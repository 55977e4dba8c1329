// Generated from tests/fixtures/specs/types-unknown-fields.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// A customer; the server adds fields over time.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Customer {
        /// The `id` field.
        pub id: String,
        /// The `name` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Customer {
        /// Builds the `Customer` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                name: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// A postal address with a fixed shape.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Address {
        /// The `street` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub street: Option<String>,
        /// The `city` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
    }
    /// A note whose own data has a field named `extra`.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Note {
        /// The `body` field.
        pub body: String,
        /// The `extra` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub extra: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra_fields: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Note {
        /// Builds the `Note` object from its required fields (`body`); every optional field is absent.
        pub fn new(body: impl Into<String>) -> Self {
            Self {
                body: body.into(),
                extra: None,
                extra_fields: ::serde_json::Map::new(),
            }
        }
    }
    /// An object with no named fields at all.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Marker {
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
}
