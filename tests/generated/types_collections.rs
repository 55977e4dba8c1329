// Generated from tests/fixtures/specs/types-collections.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// The `Tag` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Tag {
        /// The `name` field.
        pub name: String,
        /// The `color` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub color: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Tag {
        /// Builds the `Tag` object from its required fields (`name`); every optional field is absent.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: name.into(),
                color: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Tags in the order they were added.
    pub type Tags = Vec<Tag>;
    /// Another name for `map<string>`.
    pub type Labels = ::std::collections::BTreeMap<String, String>;
    /// A board of columns of cards.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Board {
        /// The `id` field.
        pub id: String,
        /// The `tags` field.
        pub tags: Tags,
        /// The `columns` field.
        pub columns: Vec<Vec<String>>,
        /// The `counts` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub counts: Option<::std::collections::BTreeMap<String, i64>>,
        /// The `tagsByColumn` field.
        #[serde(
            rename = "tagsByColumn",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub tags_by_column: Option<::std::collections::BTreeMap<String, Vec<Tag>>>,
        /// The `labels` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub labels: Option<Labels>,
        /// The `scores` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub scores: Option<Vec<::std::collections::BTreeMap<String, f64>>>,
        /// The `owner` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub owner: Option<Owner>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Board {
        /// Builds the `Board` object from its required fields (`id`, `tags`, `columns`); every optional field is absent.
        pub fn new(
            id: impl Into<String>,
            tags: Tags,
            columns: Vec<Vec<String>>,
        ) -> Self {
            Self {
                id: id.into(),
                tags,
                columns,
                counts: None,
                tags_by_column: None,
                labels: None,
                scores: None,
                owner: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Owner` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Owner {
        /// The `id` field.
        pub id: String,
        /// The `teams` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub teams: Option<Vec<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Owner {
        /// Builds the `Owner` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                teams: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
}
