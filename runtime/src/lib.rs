//! Support code shared by every generated connector client: transport, auth,
//! retries, rate limits, paging, errors and webhook verification.

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
    RetryPolicy, Transport,
};

/// A boxed stream of results, as paged operations return.
pub type BoxStream<T> = std::pin::Pin<Box<dyn Stream<Item = T> + Send + 'static>>;
