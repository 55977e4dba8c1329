// Generated from tests/fixtures/specs/types-inline.yaml by the `types` codegen.
// Do not edit: run `UPDATE_GENERATED=1 cargo test -p integration-tests --test types_generated`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// The `Order` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Order {
        /// The `id` field.
        pub id: String,
        /// Where and how the order ships.
        pub shipping: OrderShipping,
        /// The `lines` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lines: Option<Vec<OrderLine>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Order {
        /// Builds the `Order` object from its required fields (`id`, `shipping`); every optional field is absent.
        pub fn new(id: impl Into<String>, shipping: OrderShipping) -> Self {
            Self {
                id: id.into(),
                shipping,
                lines: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `OrderLine` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct OrderLine {
        /// The `sku` field.
        pub sku: String,
        /// The `quantity` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub quantity: Option<u32>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl OrderLine {
        /// Builds the `OrderLine` object from its required fields (`sku`); every optional field is absent.
        pub fn new(sku: impl Into<String>) -> Self {
            Self {
                sku: sku.into(),
                quantity: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The object in the `shipping` field of `Order`.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct OrderShipping {
        /// The `method` field.
        pub method: String,
        /// The `address` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub address: Option<::connector_runtime::Nullable<OrderShippingAddress>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl OrderShipping {
        /// Builds the `OrderShipping` object from its required fields (`method`); every optional field is absent.
        pub fn new(method: impl Into<String>) -> Self {
            Self {
                method: method.into(),
                address: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The object in the `address` field of `OrderShipping`.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct OrderShippingAddress {
        /// The `line1` field.
        pub line1: String,
        /// The `city` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub city: Option<String>,
        /// The `geo` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub geo: Option<OrderShippingAddressGeo>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl OrderShippingAddress {
        /// Builds the `OrderShippingAddress` object from its required fields (`line1`); every optional field is absent.
        pub fn new(line1: impl Into<String>) -> Self {
            Self {
                line1: line1.into(),
                city: None,
                geo: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The object in the `geo` field of `OrderShippingAddress`.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct OrderShippingAddressGeo {
        /// The `lat` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lat: Option<f64>,
        /// The `lng` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lng: Option<f64>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
}
