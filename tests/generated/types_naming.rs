// Generated from tests/fixtures/specs/types-naming.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// Counts of reactions, keyed as the wire names them.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Reactions {
        /// The `reactions-+1` field.
        #[serde(
            rename = "reactions-+1",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reactions_plus_1: Option<i64>,
        /// The `reactions--1` field.
        #[serde(
            rename = "reactions--1",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub reactions_minus_1: Option<i64>,
        /// The `+1` field.
        #[serde(rename = "+1", default, skip_serializing_if = "Option::is_none")]
        pub plus_1: Option<i64>,
        /// The `-1` field.
        #[serde(rename = "-1", default, skip_serializing_if = "Option::is_none")]
        pub minus_1: Option<i64>,
        /// The `type` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// The `ref` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#ref: Option<String>,
        /// The `self` field.
        #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
        pub self_: Option<String>,
        /// The `gen` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#gen: Option<String>,
        /// The `async` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#async: Option<String>,
        /// The `2fa` field.
        #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
        pub n_2fa: Option<bool>,
        /// The `>=` field.
        #[serde(rename = ">=", default, skip_serializing_if = "Option::is_none")]
        pub gte: Option<i64>,
        /// The `≠` field.
        #[serde(rename = "≠", default, skip_serializing_if = "Option::is_none")]
        pub ne: Option<i64>,
        /// The `__count__` field.
        #[serde(rename = "__count__", default, skip_serializing_if = "Option::is_none")]
        pub underscore_count_underscore: Option<i64>,
        /// The `count` field.
        #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
        pub count_field: Option<i64>,
        /// The `Count` field.
        #[serde(rename = "Count", default, skip_serializing_if = "Option::is_none")]
        pub count_2: Option<i64>,
        /// The field whose wire name is empty.
        #[serde(rename = "", default, skip_serializing_if = "Option::is_none")]
        pub empty: Option<String>,
        /// The `extra` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub extra: Option<String>,
        /// The `filter[createdAt][gte]` field.
        #[serde(
            rename = "filter[createdAt][gte]",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub filter_created_at_gte: Option<String>,
        /// The `café` field.
        #[serde(rename = "café", default, skip_serializing_if = "Option::is_none")]
        pub cafe: Option<String>,
        /// The `renamed` field.
        #[serde(rename = "renamed", default, skip_serializing_if = "Option::is_none")]
        pub count: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra_fields: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// How a filter compares.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Comparator {
        /// The value `=`.
        Eq,
        /// The value `>=`.
        Gte,
        /// The value `<=`.
        Lte,
        /// The value `>`.
        Gt,
        /// The value `<`.
        Lt,
        /// The value `≠`.
        Ne,
        /// The value `!=`.
        NeValue,
        /// The value `unknown`.
        UnknownValue,
        /// The value `self`.
        Self_,
        /// The value `Self`.
        SelfValue,
        /// The value `2nd`.
        N2nd,
        /// The empty string.
        Empty,
        /// A value this spec does not know, kept as received.
        Unknown(String),
    }
    impl Comparator {
        /// The value as it is written on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Eq => "=",
                Self::Gte => ">=",
                Self::Lte => "<=",
                Self::Gt => ">",
                Self::Lt => "<",
                Self::Ne => "≠",
                Self::NeValue => "!=",
                Self::UnknownValue => "unknown",
                Self::Self_ => "self",
                Self::SelfValue => "Self",
                Self::N2nd => "2nd",
                Self::Empty => "",
                Self::Unknown(value) => value,
            }
        }
    }
    impl From<&str> for Comparator {
        fn from(value: &str) -> Self {
            match value {
                "=" => Self::Eq,
                ">=" => Self::Gte,
                "<=" => Self::Lte,
                ">" => Self::Gt,
                "<" => Self::Lt,
                "≠" => Self::Ne,
                "!=" => Self::NeValue,
                "unknown" => Self::UnknownValue,
                "self" => Self::Self_,
                "Self" => Self::SelfValue,
                "2nd" => Self::N2nd,
                "" => Self::Empty,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for Comparator {
        fn from(value: String) -> Self {
            match value.as_str() {
                "=" => Self::Eq,
                ">=" => Self::Gte,
                "<=" => Self::Lte,
                ">" => Self::Gt,
                "<" => Self::Lt,
                "≠" => Self::Ne,
                "!=" => Self::NeValue,
                "unknown" => Self::UnknownValue,
                "self" => Self::Self_,
                "Self" => Self::SelfValue,
                "2nd" => Self::N2nd,
                "" => Self::Empty,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::fmt::Display for Comparator {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for Comparator {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Comparator {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// The `Self` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Self_ {
        /// The `value` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// The `Option` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct OptionType {
        /// The `value` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub value: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// Another name for `list<Option>`.
    pub type ResultType = Vec<OptionType>;
    /// One of several shapes of `Selection`, tried in order.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(untagged)]
    pub enum Selection {
        /// The value as `Self`.
        Self_(Self_),
        /// The value as `Option`.
        Option(OptionType),
        /// The value as `string`.
        String(String),
        /// A value that fits none of the shapes above, kept as received.
        Other(::serde_json::Value),
    }
    /// A one-letter type name, as generic code likes to use.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct S {
        /// The `id` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub id: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// A generic tagged union whose parameter and variants have one-letter names.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Pick<D> {
        /// The value as `D`, when `kind` is `first`.
        First(D),
        /// The value as `S`, when `kind` is `second`.
        Second(S),
        /// An object whose tag this spec does not know (or that has
        /// none), kept as received.
        Unknown(::serde_json::Value),
    }
    impl<D> Pick<D> {
        /// The `kind` of this object, if it has one.
        pub fn tag(&self) -> Option<&str> {
            match self {
                Self::First(_) => Some("first"),
                Self::Second(_) => Some("second"),
                Self::Unknown(value) => {
                    value.get("kind").and_then(::serde_json::Value::as_str)
                }
            }
        }
    }
    impl<D> ::serde::Serialize for Pick<D>
    where
        D: ::serde::Serialize,
    {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            use ::serde::ser::SerializeMap as _;
            let (tag, fields) = match self {
                Self::First(value) => ("first", ::serde_json::to_value(value)),
                Self::Second(value) => ("second", ::serde_json::to_value(value)),
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
                            "expected a variant of `Pick` to serialize to an object",
                        ),
                    );
                }
            };
            let len = fields.len() + usize::from(!fields.contains_key("kind"));
            let mut map = serializer.serialize_map(Some(len))?;
            map.serialize_entry("kind", tag)?;
            for (key, value) in &fields {
                if key != "kind" {
                    map.serialize_entry(key, value)?;
                }
            }
            map.end()
        }
    }
    impl<'de, D> ::serde::Deserialize<'de> for Pick<D>
    where
        D: ::serde::de::DeserializeOwned,
    {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            let mut value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            let tag = value
                .get("kind")
                .and_then(::serde_json::Value::as_str)
                .map(str::to_owned);
            match tag.as_deref() {
                Some("first") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "kind");
                    }
                    <D as ::serde::Deserialize>::deserialize(value)
                        .map(Self::First)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `first` variant of `Pick`: {error}"),
                        ))
                }
                Some("second") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "kind");
                    }
                    <S as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Second)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `second` variant of `Pick`: {error}"),
                        ))
                }
                _ => Ok(Self::Unknown(value)),
            }
        }
    }
}
