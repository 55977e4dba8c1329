// Generated from tests/fixtures/specs/types-fields.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// A person in the address book.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Contact {
        /// Unique id assigned by the server.
        pub id: String,
        /// The `name` field.
        pub name: String,
        /// The `email` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// Phone number; `null` when it was removed.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub phone: Option<::connector_runtime::Nullable<String>>,
        /// When the contact was deleted; `null` while it exists.
        #[serde(rename = "deletedAt", default)]
        pub deleted_at: Option<::connector_runtime::DateTime>,
        /// The `age` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub age: Option<::connector_runtime::Nullable<i64>>,
        /// Replaced by `externalId`.
        #[deprecated]
        #[serde(rename = "legacyCode", default, skip_serializing_if = "Option::is_none")]
        pub legacy_code: Option<String>,
        /// The `externalId` field.
        #[serde(rename = "externalId", default, skip_serializing_if = "Option::is_none")]
        pub external_ref: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Contact {
        /// Builds the `Contact` object from its required fields (`id`, `name`, `deletedAt`); every optional field is absent.
        #[allow(deprecated)]
        pub fn new(
            id: impl Into<String>,
            name: impl Into<String>,
            deleted_at: Option<::connector_runtime::DateTime>,
        ) -> Self {
            Self {
                id: id.into(),
                name: name.into(),
                email: None,
                phone: None,
                deleted_at,
                age: None,
                legacy_code: None,
                external_ref: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Changes to a contact.
    ///
    /// A field left out stays as it is; a field sent as `null` is cleared.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct ContactPatch {
        /// The `name` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The `phone` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub phone: Option<::connector_runtime::Nullable<String>>,
        /// The `age` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub age: Option<::connector_runtime::Nullable<i64>>,
        /// The `tags` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub tags: Option<::connector_runtime::Nullable<Vec<String>>>,
    }
}
