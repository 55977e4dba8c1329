//! Support code shared by every generated connector client: transport, auth,
//! retries, rate limits, paging, errors and webhook verification.

mod error;
mod nullable_impl;
pub mod paging;
pub mod path;
mod secret;
pub mod spec;
mod transport;
pub mod webhook;

pub use secret::Secret;
pub use http;
