// Generated from tests/fixtures/specs/types-scalars.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// One reading of a sensor.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Measurement {
        /// The `takenAt` field.
        #[serde(rename = "takenAt")]
        pub taken_at: ::connector_runtime::DateTime,
        /// The `day` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub day: Option<::connector_runtime::Date>,
        /// The `small` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub small: Option<i32>,
        /// The `unsigned` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub unsigned: Option<u32>,
        /// The `counter` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub counter: Option<u64>,
        /// The `signed` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub signed: Option<i64>,
        /// The `integer` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub integer: Option<i64>,
        /// The `ratio` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub ratio: Option<f64>,
        /// The `exact` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub exact: Option<f64>,
        /// The `flag` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub flag: Option<bool>,
        /// The `raw` field.
        #[serde(
            default,
            deserialize_with = "deserialize_present_json",
            skip_serializing_if = "Option::is_none"
        )]
        pub raw: Option<::serde_json::Value>,
        /// The `apiKey` field.
        #[serde(rename = "apiKey", default, skip_serializing_if = "Option::is_none")]
        pub api_key: Option<::connector_runtime::Secret>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Measurement {
        /// Builds the `Measurement` object from its required fields (`takenAt`); every optional field is absent.
        pub fn new(taken_at: ::connector_runtime::DateTime) -> Self {
            Self {
                taken_at,
                day: None,
                small: None,
                unsigned: None,
                counter: None,
                signed: None,
                integer: None,
                ratio: None,
                exact: None,
                flag: None,
                raw: None,
                api_key: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Settings whose fields all have defaults.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Settings {
        /// The `retries` field.
        pub retries: u32,
        /// The `verbose` field.
        pub verbose: bool,
        /// The `label` field.
        pub label: String,
        /// The `extra_headers` field.
        pub extra_headers: ::std::collections::BTreeMap<String, String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Settings {
        /// Builds the `Settings` object from its required fields (`retries`, `verbose`, `label`, `extra_headers`); every optional field is absent.
        pub fn new(
            retries: u32,
            verbose: bool,
            label: impl Into<String>,
            extra_headers: ::std::collections::BTreeMap<String, String>,
        ) -> Self {
            Self {
                retries,
                verbose,
                label: label.into(),
                extra_headers,
                extra: ::serde_json::Map::new(),
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
