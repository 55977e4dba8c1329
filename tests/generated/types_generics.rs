// Generated from tests/fixtures/specs/types-generics.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// One resource object, its attributes typed by `A`.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(
        bound(
            serialize = "A: ::serde::Serialize",
            deserialize = "A: ::serde::Deserialize<'de>"
        )
    )]
    pub struct Resource<A> {
        /// The `type` field.
        pub r#type: String,
        /// The `id` field.
        pub id: String,
        /// The `attributes` field.
        pub attributes: A,
        /// The `relationships` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub relationships: Option<::std::collections::BTreeMap<String, Relationship>>,
        /// The `links` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Links>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl<A> Resource<A> {
        /// Builds the `Resource` object from its required fields (`type`, `id`, `attributes`); every optional field is absent.
        pub fn new(
            r#type: impl Into<String>,
            id: impl Into<String>,
            attributes: A,
        ) -> Self {
            Self {
                r#type: r#type.into(),
                id: id.into(),
                attributes,
                relationships: None,
                links: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Relationship` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Relationship {
        /// The `data` field.
        #[serde(
            default,
            deserialize_with = "deserialize_present_json",
            skip_serializing_if = "Option::is_none"
        )]
        pub data: Option<::serde_json::Value>,
        /// The `links` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Links>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// The `Links` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Links {
        /// The `self` field.
        #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
        pub self_: Option<String>,
        /// The `next` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub next: Option<::connector_runtime::Nullable<String>>,
        /// The `prev` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub prev: Option<::connector_runtime::Nullable<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// A response with one primary resource.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(
        bound(
            serialize = "T: ::serde::Serialize",
            deserialize = "T: ::serde::Deserialize<'de>"
        )
    )]
    pub struct Document<T> {
        /// The `data` field.
        pub data: T,
        /// The `included` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub included: Option<Vec<::serde_json::Value>>,
        /// The `meta` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        /// The `links` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Links>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl<T> Document<T> {
        /// Builds the `Document` object from its required fields (`data`); every optional field is absent.
        pub fn new(data: T) -> Self {
            Self {
                data,
                included: None,
                meta: None,
                links: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// A response with a page of resources.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(
        bound(
            serialize = "T: ::serde::Serialize",
            deserialize = "T: ::serde::Deserialize<'de>"
        )
    )]
    pub struct ListDocument<T> {
        /// The `data` field.
        pub data: Vec<T>,
        /// The `meta` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub meta: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        /// The `links` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub links: Option<Links>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl<T> ListDocument<T> {
        /// Builds the `ListDocument` object from its required fields (`data`); every optional field is absent.
        pub fn new(data: Vec<T>) -> Self {
            Self {
                data,
                meta: None,
                links: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `CustomerAttributes` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct CustomerAttributes {
        /// The `name` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The `email` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// The `createdAt` field.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<::connector_runtime::DateTime>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// Another name for `Resource<CustomerAttributes>`.
    pub type Customer = Resource<CustomerAttributes>;
    /// Another name for `ListDocument<Resource<T>>`.
    pub type Page<T> = ListDocument<Resource<T>>;
    /// One of several shapes of `OneOrMany`, tried in order.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(untagged)]
    #[serde(
        bound(
            serialize = "T: ::serde::Serialize",
            deserialize = "T: ::serde::Deserialize<'de>"
        )
    )]
    pub enum OneOrMany<T> {
        /// The value as `T`.
        T(T),
        /// The value as `list<T>`.
        TList(Vec<T>),
        /// A value that fits none of the shapes above, kept as received.
        Other(::serde_json::Value),
    }
    /// One of several objects, told apart by their `op` field.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Change<T> {
        /// The value as `T`, when `op` is `upsert`.
        Upsert(T),
        /// The value as `Tombstone`, when `op` is `delete`.
        Delete(Tombstone),
        /// An object whose tag this spec does not know (or that has
        /// none), kept as received.
        Unknown(::serde_json::Value),
    }
    impl<T> Change<T> {
        /// The `op` of this object, if it has one.
        pub fn tag(&self) -> Option<&str> {
            match self {
                Self::Upsert(_) => Some("upsert"),
                Self::Delete(_) => Some("delete"),
                Self::Unknown(value) => {
                    value.get("op").and_then(::serde_json::Value::as_str)
                }
            }
        }
    }
    impl<T> ::serde::Serialize for Change<T>
    where
        T: ::serde::Serialize,
    {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            use ::serde::ser::SerializeMap as _;
            let (tag, fields) = match self {
                Self::Upsert(value) => ("upsert", ::serde_json::to_value(value)),
                Self::Delete(value) => ("delete", ::serde_json::to_value(value)),
                Self::Unknown(value) => {
                    return ::serde::Serialize::serialize(value, serializer);
                }
            };
            let fields = match fields
                .map_err(<__S::Error as ::serde::ser::Error>::custom)?
            {
                ::serde_json::Value::Object(fields) => fields,
                _ => {
                    return Err(
                        <__S::Error as ::serde::ser::Error>::custom(
                            "expected a variant of `Change` to serialize to an object",
                        ),
                    );
                }
            };
            let len = fields.len() + usize::from(!fields.contains_key("op"));
            let mut map = serializer.serialize_map(Some(len))?;
            map.serialize_entry("op", tag)?;
            for (key, value) in &fields {
                if key != "op" {
                    map.serialize_entry(key, value)?;
                }
            }
            map.end()
        }
    }
    impl<'de, T> ::serde::Deserialize<'de> for Change<T>
    where
        T: ::serde::de::DeserializeOwned,
    {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            let mut value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            let tag = value
                .get("op")
                .and_then(::serde_json::Value::as_str)
                .map(str::to_owned);
            match tag.as_deref() {
                Some("upsert") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "op");
                    }
                    <T as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Upsert)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `upsert` variant of `Change`: {error}"),
                        ))
                }
                Some("delete") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "op");
                    }
                    <Tombstone as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Delete)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `delete` variant of `Change`: {error}"),
                        ))
                }
                _ => Ok(Self::Unknown(value)),
            }
        }
    }
    /// The `Tombstone` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Tombstone {
        /// The `id` field.
        pub id: String,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Tombstone {
        /// Builds the `Tombstone` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// A value with a label; `Unit` is declared but never used.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(
        bound(
            serialize = "T: ::serde::Serialize",
            deserialize = "T: ::serde::Deserialize<'de>"
        )
    )]
    pub struct Labelled<T> {
        /// The `label` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub label: Option<String>,
        /// The `value` field.
        pub value: T,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl<T> Labelled<T> {
        /// Builds the `Labelled` object from its required fields (`value`); every optional field is absent.
        pub fn new(value: T) -> Self {
            Self {
                label: None,
                value,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Reading` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Reading {
        /// The `temperature` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub temperature: Option<Labelled<f64>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// Reads an optional `json` field so that a present `null` is
    /// `Some(Value::Null)` and stays apart from an absent field.
    fn deserialize_present_json<'de, __D: ::serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Option<::serde_json::Value>, __D::Error> {
        <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)
            .map(Some)
    }
}
