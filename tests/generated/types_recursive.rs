// Generated from tests/fixtures/specs/types-recursive.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// A category in a tree of categories.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Category {
        /// The `name` field.
        pub name: String,
        /// The `parent` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent: Option<Box<Category>>,
        /// The `children` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub children: Option<Vec<Category>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Category {
        /// Builds the `Category` object from its required fields (`name`); every optional field is absent.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: name.into(),
                parent: None,
                children: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Comment` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Comment {
        /// The `body` field.
        pub body: String,
        /// The `reply` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub reply: Option<::connector_runtime::Nullable<Box<Comment>>>,
        /// The `thread` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub thread: Option<Box<Thread>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Comment {
        /// Builds the `Comment` object from its required fields (`body`); every optional field is absent.
        pub fn new(body: impl Into<String>) -> Self {
            Self {
                body: body.into(),
                reply: None,
                thread: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Thread` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Thread {
        /// The `title` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The `first` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub first: Option<Box<Comment>>,
        /// The `byAuthor` field.
        #[serde(rename = "byAuthor", default, skip_serializing_if = "Option::is_none")]
        pub by_author: Option<::std::collections::BTreeMap<String, Comment>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// An arithmetic expression.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(untagged)]
    pub enum Expr {
        /// The value as `number`.
        Number(f64),
        /// The value as `Binary`.
        Binary(Box<Binary>),
        /// A value that fits none of the shapes above, kept as received.
        Other(::serde_json::Value),
    }
    /// The `Binary` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Binary {
        /// The `op` field.
        pub op: String,
        /// The `left` field.
        pub left: Box<Expr>,
        /// The `right` field.
        pub right: Box<Expr>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Binary {
        /// Builds the `Binary` object from its required fields (`op`, `left`, `right`); every optional field is absent.
        pub fn new(op: impl Into<String>, left: Expr, right: Expr) -> Self {
            Self {
                op: op.into(),
                left: Box::new(left),
                right: Box::new(right),
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Wrapper` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(
        bound(
            serialize = "T: ::serde::Serialize",
            deserialize = "T: ::serde::Deserialize<'de>"
        )
    )]
    pub struct Wrapper<T> {
        /// The `value` field.
        pub value: T,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl<T> Wrapper<T> {
        /// Builds the `Wrapper` object from its required fields (`value`); every optional field is absent.
        pub fn new(value: T) -> Self {
            Self {
                value,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Folder` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Folder {
        /// The `name` field.
        pub name: String,
        /// The `parent` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub parent: Option<Box<Wrapper<Folder>>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Folder {
        /// Builds the `Folder` object from its required fields (`name`); every optional field is absent.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: name.into(),
                parent: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// A JSON-like tree of named branches.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(transparent)]
    pub struct Tree(pub ::std::collections::BTreeMap<String, Tree>);
}
