// Generated from tests/fixtures/specs/types-unions.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// The `User` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct User {
        /// The `id` field.
        pub id: String,
        /// The `email` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl User {
        /// Builds the `User` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                email: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Team` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Team {
        /// The `id` field.
        pub id: String,
        /// The `members` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub members: Option<Vec<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Team {
        /// Builds the `Team` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                members: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// An automation; its own fields include the tag.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Bot {
        /// The `type` field.
        pub r#type: String,
        /// The `id` field.
        pub id: String,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Bot {
        /// Builds the `Bot` object from its required fields (`type`, `id`); every optional field is absent.
        pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
            Self {
                r#type: r#type.into(),
                id: id.into(),
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Who did something, told apart by `type`.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Actor {
        /// The value as `User`, when `type` is `user`.
        User(User),
        /// The value as `Team`, when `type` is `team`.
        Team(Team),
        /// The value as `Bot`, when `type` is `bot`.
        Bot(Bot),
        /// An object whose tag this spec does not know (or that has
        /// none), kept as received.
        Unknown(::serde_json::Value),
    }
    impl Actor {
        /// The `type` of this object, if it has one.
        pub fn tag(&self) -> Option<&str> {
            match self {
                Self::User(_) => Some("user"),
                Self::Team(_) => Some("team"),
                Self::Bot(_) => Some("bot"),
                Self::Unknown(value) => {
                    value.get("type").and_then(::serde_json::Value::as_str)
                }
            }
        }
    }
    impl ::serde::Serialize for Actor {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            use ::serde::ser::SerializeMap as _;
            let (tag, fields) = match self {
                Self::User(value) => ("user", ::serde_json::to_value(value)),
                Self::Team(value) => ("team", ::serde_json::to_value(value)),
                Self::Bot(value) => ("bot", ::serde_json::to_value(value)),
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
                            "expected a variant of `Actor` to serialize to an object",
                        ),
                    );
                }
            };
            let len = fields.len() + usize::from(!fields.contains_key("type"));
            let mut map = serializer.serialize_map(Some(len))?;
            map.serialize_entry("type", tag)?;
            for (key, value) in &fields {
                if key != "type" {
                    map.serialize_entry(key, value)?;
                }
            }
            map.end()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Actor {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            let mut value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            let tag = value
                .get("type")
                .and_then(::serde_json::Value::as_str)
                .map(str::to_owned);
            match tag.as_deref() {
                Some("user") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "type");
                    }
                    <User as ::serde::Deserialize>::deserialize(value)
                        .map(Self::User)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `user` variant of `Actor`: {error}"),
                        ))
                }
                Some("team") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "type");
                    }
                    <Team as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Team)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `team` variant of `Actor`: {error}"),
                        ))
                }
                Some("bot") => {
                    <Bot as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Bot)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!("invalid `bot` variant of `Actor`: {error}"),
                        ))
                }
                _ => Ok(Self::Unknown(value)),
            }
        }
    }
    /// An address, a user, or several addresses.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(untagged)]
    pub enum Recipient {
        /// The value as `User`.
        User(User),
        /// The value as `string`.
        String(String),
        /// The value as `list<string>`.
        StringList(Vec<String>),
        /// A value that fits none of the shapes above, kept as received.
        Other(::serde_json::Value),
    }
    /// An invoice, large enough that an enum holding it boxes it.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Invoice {
        /// The `id` field.
        pub id: String,
        /// The `number` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub number: Option<String>,
        /// The `customer` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub customer: Option<String>,
        /// The `currency` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub currency: Option<String>,
        /// The `memo` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub memo: Option<String>,
        /// The `status` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// The `issuedAt` field.
        #[serde(rename = "issuedAt", default, skip_serializing_if = "Option::is_none")]
        pub issued_at: Option<::connector_runtime::DateTime>,
        /// The `dueAt` field.
        #[serde(rename = "dueAt", default, skip_serializing_if = "Option::is_none")]
        pub due_at: Option<::connector_runtime::DateTime>,
        /// The `paidAt` field.
        #[serde(rename = "paidAt", default, skip_serializing_if = "Option::is_none")]
        pub paid_at: Option<::connector_runtime::DateTime>,
        /// The `total` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub total: Option<f64>,
        /// The `tax` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tax: Option<f64>,
        /// The `lines` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lines: Option<Vec<::serde_json::Value>>,
        /// The `metadata` field.
        #[serde(
            default,
            deserialize_with = "deserialize_present_json",
            skip_serializing_if = "Option::is_none"
        )]
        pub metadata: Option<::serde_json::Value>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Invoice {
        /// Builds the `Invoice` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                number: None,
                customer: None,
                currency: None,
                memo: None,
                status: None,
                issued_at: None,
                due_at: None,
                paid_at: None,
                total: None,
                tax: None,
                lines: None,
                metadata: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `Receipt` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Receipt {
        /// The `id` field.
        pub id: String,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Receipt {
        /// Builds the `Receipt` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// One of several objects, told apart by their `kind` field.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Billing {
        /// The value as `Invoice`, when `kind` is `invoice`.
        Invoice(Box<Invoice>),
        /// The value as `Receipt`, when `kind` is `receipt`.
        Receipt(Receipt),
        /// An object whose tag this spec does not know (or that has
        /// none), kept as received.
        Unknown(::serde_json::Value),
    }
    impl Billing {
        /// The `kind` of this object, if it has one.
        pub fn tag(&self) -> Option<&str> {
            match self {
                Self::Invoice(_) => Some("invoice"),
                Self::Receipt(_) => Some("receipt"),
                Self::Unknown(value) => {
                    value.get("kind").and_then(::serde_json::Value::as_str)
                }
            }
        }
    }
    impl ::serde::Serialize for Billing {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            use ::serde::ser::SerializeMap as _;
            let (tag, fields) = match self {
                Self::Invoice(value) => ("invoice", ::serde_json::to_value(value)),
                Self::Receipt(value) => ("receipt", ::serde_json::to_value(value)),
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
                            "expected a variant of `Billing` to serialize to an object",
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
    impl<'de> ::serde::Deserialize<'de> for Billing {
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
                Some("invoice") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "kind");
                    }
                    <Box<Invoice> as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Invoice)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "invalid `invoice` variant of `Billing`: {error}"
                            ),
                        ))
                }
                Some("receipt") => {
                    if let Some(fields) = value.as_object_mut() {
                        fields.retain(|key, _| key != "kind");
                    }
                    <Receipt as ::serde::Deserialize>::deserialize(value)
                        .map(Self::Receipt)
                        .map_err(|error| <__D::Error as ::serde::de::Error>::custom(
                            format_args!(
                                "invalid `receipt` variant of `Billing`: {error}"
                            ),
                        ))
                }
                _ => Ok(Self::Unknown(value)),
            }
        }
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
