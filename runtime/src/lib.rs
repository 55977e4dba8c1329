//! Support code shared by every generated connector client: transport, auth,
//! retries, rate limits, paging, errors and webhook verification.
//!
//! Generated clients describe each operation with static [`spec`] values and
//! send through a [`Transport`]:
//!
//! ```no_run
//! use connector_runtime::spec::{AuthScheme, OperationInfo, RateLimitSpec};
//! use connector_runtime::{Config, Credentials, Request, RequestOptions, Secret, Transport};
//!
//! static GET_CUSTOMER: OperationInfo = OperationInfo {
//!     name: "get_customer",
//!     method: connector_runtime::http::Method::GET,
//!     path_template: "/v1/customers/{id}",
//!     retry_safe: false,
//! };
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let mut config = Config::new("https://api.example.com", AuthScheme::Bearer, RateLimitSpec::STANDARD);
//! config.credentials = Credentials::Key(Secret::new("sk_live_123"));
//! let transport = Transport::new(config)?;
//!
//! let path = format!("/v1/customers/{}", connector_runtime::path::segment("cus 1/2"));
//! let customer: serde_json::Value = transport
//!     .send_json::<_, serde_json::Value>(Request::new(&GET_CUSTOMER, path), &RequestOptions::default())
//!     .await?;
//! # let _ = customer;
//! # Ok(())
//! # }
//! ```

mod dates;
mod error;
mod nullable_impl;
pub mod paging;
pub mod path;
mod secret;
pub mod spec;
mod transport;
pub mod webhook;

/// Helpers for `Option<Nullable<T>>` fields.
pub mod nullable {
    pub use crate::nullable_impl::deserialize;
}

pub use bytes;
pub use dates::{Date, DateTime};
pub use error::{BuildError, Error, ErrorResponse, TransportError, check_host_variable};
pub use futures::Stream;
pub use http;
pub use nullable_impl::Nullable;
pub use path::{ToParam, param_string};
pub use secret::Secret;
pub use transport::{
    Budget, Config, Credentials, FormError, RateLimitStatus, RawResponse, Request, RequestOptions,
    RetryPolicy, Transport, display_url,
};

/// A boxed stream of results, as paged operations return.
pub type BoxStream<T> = std::pin::Pin<Box<dyn Stream<Item = T> + Send + 'static>>;
