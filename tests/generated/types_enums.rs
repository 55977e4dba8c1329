// Generated from tests/fixtures/specs/types-enums.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// Where a conversation is in its life.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ConversationStatus {
        /// The value `open`.
        Open,
        /// The value `snoozed`.
        Snoozed,
        /// Closed by an agent.
        Done,
        /// A value this spec does not know, kept as received.
        Unknown(String),
    }
    impl ConversationStatus {
        /// The value as it is written on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "open",
                Self::Snoozed => "snoozed",
                Self::Done => "done",
                Self::Unknown(value) => value,
            }
        }
    }
    impl From<&str> for ConversationStatus {
        fn from(value: &str) -> Self {
            match value {
                "open" => Self::Open,
                "snoozed" => Self::Snoozed,
                "done" => Self::Done,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for ConversationStatus {
        fn from(value: String) -> Self {
            match value.as_str() {
                "open" => Self::Open,
                "snoozed" => Self::Snoozed,
                "done" => Self::Done,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::fmt::Display for ConversationStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ConversationStatus {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ConversationStatus {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// How urgent a conversation is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Priority {
        /// The value `1`.
        Lowest,
        /// The value `3`.
        Normal,
        /// Answer within the hour.
        Urgent,
        /// The value `-1`.
        Unset,
        /// A value this spec does not know, kept as received.
        Unknown(i64),
    }
    impl Priority {
        /// The value as it is written on the wire.
        pub fn value(&self) -> i64 {
            match self {
                Self::Lowest => 1i64,
                Self::Normal => 3i64,
                Self::Urgent => 5i64,
                Self::Unset => -1i64,
                Self::Unknown(value) => *value,
            }
        }
    }
    impl From<i64> for Priority {
        fn from(value: i64) -> Self {
            match value {
                1i64 => Self::Lowest,
                3i64 => Self::Normal,
                5i64 => Self::Urgent,
                -1i64 => Self::Unset,
                other => Self::Unknown(other),
            }
        }
    }
    impl ::std::fmt::Display for Priority {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::std::fmt::Display::fmt(&self.value(), f)
        }
    }
    impl ::serde::Serialize for Priority {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_i64(self.value())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Priority {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// The values of `Channel`; open to values added later.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Channel {
        /// The value `email`.
        Email,
        /// The value `sms`.
        Sms,
        /// The value `chat`.
        Chat,
        /// The value `voice-mail`.
        VoiceMail,
        /// The value `WhatsApp`.
        WhatsApp,
        /// The value `in_app`.
        InApp,
        /// A value this spec does not know, kept as received.
        Unknown(String),
    }
    impl Channel {
        /// The value as it is written on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Email => "email",
                Self::Sms => "sms",
                Self::Chat => "chat",
                Self::VoiceMail => "voice-mail",
                Self::WhatsApp => "WhatsApp",
                Self::InApp => "in_app",
                Self::Unknown(value) => value,
            }
        }
    }
    impl From<&str> for Channel {
        fn from(value: &str) -> Self {
            match value {
                "email" => Self::Email,
                "sms" => Self::Sms,
                "chat" => Self::Chat,
                "voice-mail" => Self::VoiceMail,
                "WhatsApp" => Self::WhatsApp,
                "in_app" => Self::InApp,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for Channel {
        fn from(value: String) -> Self {
            match value.as_str() {
                "email" => Self::Email,
                "sms" => Self::Sms,
                "chat" => Self::Chat,
                "voice-mail" => Self::VoiceMail,
                "WhatsApp" => Self::WhatsApp,
                "in_app" => Self::InApp,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::fmt::Display for Channel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for Channel {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Channel {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// A thread of messages with one customer.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Conversation {
        /// The `id` field.
        pub id: String,
        /// The `status` field.
        pub status: ConversationStatus,
        /// The `priority` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<Priority>,
        /// The `channels` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub channels: Option<Vec<Channel>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Conversation {
        /// Builds the `Conversation` object from its required fields (`id`, `status`); every optional field is absent.
        pub fn new(id: impl Into<String>, status: ConversationStatus) -> Self {
            Self {
                id: id.into(),
                status,
                priority: None,
                channels: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
}
