//! Receiving webhooks: signature verification over the raw body, event name
//! and id lookup, duplicate suppression and (with the `axum` feature) a
//! ready-made HTTP receiver.

mod dedup;
#[cfg(feature = "axum")]
mod receiver;
mod verify;

use bytes::Bytes;
use http::HeaderMap;

use crate::spec::{Locator, WebhookSpec};

pub use dedup::Deduplicator;
#[cfg(feature = "axum")]
pub use receiver::{DEFAULT_BODY_LIMIT, Receiver};
pub use verify::{Verifier, VerifyError};

/// Why a webhook delivery could not be turned into an event.
///
/// Neither `Display` nor `Debug` shows the body or any secret: a decode
/// failure reports where decoding stopped; the body itself stays available
/// in [`WebhookError::Decode`] and the decoder's full message through
/// [`std::error::Error::source`].
#[derive(thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signature did not verify.
    #[error("webhook rejected: {0}")]
    Verify(#[from] VerifyError),
    /// Neither the event-name header nor the body names the event.
    #[error("webhook names no event: expected it in the event header or the body")]
    MissingEventName,
    /// The unsigned event-name header says one event and the signed body
    /// another: someone changed the header in transit.
    #[error("webhook event header says `{header}` but the signed body says `{body}`")]
    EventNameMismatch {
        /// The name in the header.
        header: String,
        /// The name in the signed body.
        body: String,
    },
    /// The body is not what the spec says this event carries.
    #[error(
        "could not decode the `{event}` webhook body: {} at line {} column {}",
        decode_category(source),
        source.line(),
        source.column()
    )]
    Decode {
        /// The event name the body was decoded for.
        event: String,
        /// The body as received.
        body: Bytes,
        /// What the decoder reported (its message may quote the body).
        #[source]
        source: serde_json::Error,
    },
    /// The body is larger than the receiver accepts.
    #[error("webhook body of {size} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
        /// The announced or received size in bytes.
        size: usize,
    },
}

impl std::fmt::Debug for WebhookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookError::Verify(error) => f.debug_tuple("Verify").field(error).finish(),
            WebhookError::MissingEventName => f.write_str("MissingEventName"),
            WebhookError::EventNameMismatch { header, body } => f
                .debug_struct("EventNameMismatch")
                .field("header", header)
                .field("body", body)
                .finish(),
            WebhookError::Decode {
                event,
                body,
                source,
            } => f
                .debug_struct("Decode")
                .field("event", event)
                .field("body_len", &body.len())
                .field("category", &decode_category(source))
                .field("line", &source.line())
                .field("column", &source.column())
                .finish_non_exhaustive(),
            WebhookError::TooLarge { limit, size } => f
                .debug_struct("TooLarge")
                .field("limit", limit)
                .field("size", size)
                .finish(),
        }
    }
}

fn decode_category(error: &serde_json::Error) -> &'static str {
    match error.classify() {
        serde_json::error::Category::Io => "read error",
        serde_json::error::Category::Syntax => "invalid json",
        serde_json::error::Category::Data => "unexpected shape",
        serde_json::error::Category::Eof => "truncated json",
    }
}

/// The event name of a delivery: from the spec's header when present, else
/// from the JSON pointer into the body (the body is parsed only then). A body
/// that is not JSON, or a value that is not a string or number, gives `None`.
///
/// ```
/// use connector_runtime::spec::*;
/// use connector_runtime::webhook::event_name;
///
/// static SPEC: WebhookSpec = WebhookSpec {
///     signature: SignatureSpec {
///         header: "x-signature",
///         algorithm: Algorithm::HmacSha256,
///         encoding: Encoding::Hex,
///         prefix: None,
///         separator: None,
///         signature_key: None,
///         timestamp: None,
///         payload: "{body}",
///     },
///     event_name: Locator { header: Some("x-event"), pointer: Some("/type") },
///     event_id: None,
/// };
///
/// let headers = connector_runtime::http::HeaderMap::new();
/// let name = event_name(&SPEC, &headers, br#"{"type":"order.paid"}"#);
/// assert_eq!(name.as_deref(), Some("order.paid"));
/// assert_eq!(event_name(&SPEC, &headers, b"not json"), None);
/// ```
pub fn event_name(spec: &'static WebhookSpec, headers: &HeaderMap, body: &[u8]) -> Option<String> {
    locate(&spec.event_name, headers, body)
}

/// The event name to trust once the signature has verified: the name in
/// the signed body when the spec locates one there, else the header.
///
/// [`event_name`] reads the header first because it is cheap and fine for
/// routing; but the header is not signed, so a delivery whose header
/// disagrees with its signed body is refused here rather than decoded as
/// the wrong event.
pub fn signed_event_name(
    spec: &'static WebhookSpec,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<String, WebhookError> {
    let locator = &spec.event_name;
    let in_header = header_value(locator, headers);
    let in_body = locator
        .pointer
        .and_then(|pointer| body_value(pointer, body));
    match (in_header, in_body) {
        (Some(header), Some(body)) if header != body => {
            Err(WebhookError::EventNameMismatch { header, body })
        }
        (_, Some(body)) => Ok(body),
        (Some(header), None) => Ok(header),
        (None, None) => Err(WebhookError::MissingEventName),
    }
}

/// The delivery's event id, located like [`event_name`]; `None` when the
/// spec names no id or the delivery carries none.
pub fn event_id(spec: &'static WebhookSpec, headers: &HeaderMap, body: &[u8]) -> Option<String> {
    spec.event_id
        .as_ref()
        .and_then(|locator| locate(locator, headers, body))
}

fn locate(locator: &Locator, headers: &HeaderMap, body: &[u8]) -> Option<String> {
    header_value(locator, headers).or_else(|| {
        locator
            .pointer
            .and_then(|pointer| body_value(pointer, body))
    })
}

fn header_value(locator: &Locator, headers: &HeaderMap) -> Option<String> {
    locator
        .header
        .and_then(|name| headers.get(name))
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
}

fn body_value(pointer: &str, body: &[u8]) -> Option<String> {
    let document: serde_json::Value = serde_json::from_slice(body).ok()?;
    document
        .pointer(pointer)
        .and_then(crate::paging::token_text)
}
