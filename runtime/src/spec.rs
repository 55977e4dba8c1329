//! What generated code tells the runtime about its connector: static values
//! taken from the spec, built as `static` items in the generated crate.

/// One operation, as retries and tracing need it.
#[derive(Debug, Clone)]
pub struct OperationInfo {
    /// The operation's name in the spec (`get_customer`).
    pub name: &'static str,
    /// HTTP method.
    pub method: http::Method,
    /// Path template as written in the spec (`/v1/customers/{id}`); safe to log.
    pub path_template: &'static str,
    /// The spec marks this non-idempotent operation as safe to retry.
    pub retry_safe: bool,
}

impl OperationInfo {
    /// Whether a failed attempt may be sent again: idempotent methods, or
    /// operations the spec marks safe.
    pub fn retryable(&self) -> bool {
        self.retry_safe
            || matches!(
                self.method,
                http::Method::GET
                    | http::Method::HEAD
                    | http::Method::PUT
                    | http::Method::DELETE
                    | http::Method::OPTIONS
            )
    }
}

/// How credentials are attached to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: Bearer <key>`.
    Bearer,
    /// `Authorization: Basic base64(username:password)`.
    Basic,
    /// The key in a header, after a prefix (which may be empty).
    Header {
        /// Header name (`x-api-key`).
        name: &'static str,
        /// Text before the key (`Token `), possibly empty.
        prefix: &'static str,
    },
    /// The key in a query parameter.
    Query {
        /// Parameter name (`api_key`).
        name: &'static str,
    },
    /// No credentials.
    None,
}

/// Encoding of a rate-limit reset header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetFormat {
    /// Seconds from now.
    Seconds,
    /// Unix time in seconds.
    UnixSeconds,
    /// Unix time in milliseconds.
    UnixMillis,
    /// Small numbers are seconds from now, large ones Unix seconds or milliseconds.
    Auto,
}

/// The rate-limit headers a server sends.
#[derive(Debug, Clone, Copy)]
pub struct RateLimitSpec {
    /// Header with the number of requests allowed per window.
    pub limit_header: Option<&'static str>,
    /// Header with the number of requests left in the window.
    pub remaining_header: Option<&'static str>,
    /// Header saying when the window resets.
    pub reset_header: Option<&'static str>,
    /// How the reset header is written.
    pub reset_format: ResetFormat,
    /// Header with a `Retry-After` style wait (seconds or an HTTP date).
    pub retry_after_header: Option<&'static str>,
}

impl RateLimitSpec {
    /// No rate-limit headers beyond the standard `retry-after`.
    pub const STANDARD: RateLimitSpec = RateLimitSpec {
        limit_header: None,
        remaining_header: None,
        reset_header: None,
        reset_format: ResetFormat::Auto,
        retry_after_header: Some("retry-after"),
    };
}

/// Where the next page of a list comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextPage {
    /// A URL at `pointer` in the body, absolute or relative to the host.
    BodyLink {
        /// JSON pointer to the link.
        pointer: &'static str,
    },
    /// The `rel="next"` entry of the `Link` header.
    LinkHeader,
    /// A token at `pointer` in the body, sent back in the query parameter `param`.
    BodyCursor {
        /// JSON pointer to the cursor.
        pointer: &'static str,
        /// Query parameter that carries it.
        param: &'static str,
    },
    /// The field at `pointer` of the last item, sent back in `param`.
    LastItem {
        /// JSON pointer into the last item (`/id`).
        pointer: &'static str,
        /// Query parameter that carries its value.
        param: &'static str,
    },
    /// Page numbers in `param`, from `start`; an empty page ends the list.
    PageNumber {
        /// Query parameter with the page number.
        param: &'static str,
        /// Number of the first page.
        start: u64,
    },
}

/// How a list operation pages.
#[derive(Debug, Clone, Copy)]
pub struct PagingSpec {
    /// JSON pointer to the array of items; empty for a bare array.
    pub items: &'static str,
    /// Where the next page comes from.
    pub next: NextPage,
    /// JSON pointer to a boolean that is `false` on the last page.
    pub stop_when_false: Option<&'static str>,
}

/// MAC algorithm of a webhook signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// HMAC with SHA-1.
    HmacSha1,
    /// HMAC with SHA-256.
    HmacSha256,
    /// HMAC with SHA-512.
    HmacSha512,
}

/// Text encoding of a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Lower- or upper-case hexadecimal.
    Hex,
    /// Standard base64.
    Base64,
}

/// A timestamp that is part of the signed message.
#[derive(Debug, Clone, Copy)]
pub struct TimestampSpec {
    /// Header of its own.
    pub header: Option<&'static str>,
    /// Key inside a `key=value` signature header.
    pub key: Option<&'static str>,
    /// Oldest accepted delivery, in seconds either side of now.
    pub tolerance_seconds: u64,
}

/// How a webhook delivery is signed.
#[derive(Debug, Clone, Copy)]
pub struct SignatureSpec {
    /// Header carrying the signature.
    pub header: &'static str,
    /// MAC algorithm.
    pub algorithm: Algorithm,
    /// How the MAC is written.
    pub encoding: Encoding,
    /// Text before the signature (`sha256=`).
    pub prefix: Option<&'static str>,
    /// The header is `key=value` pairs split by this (`,`).
    pub separator: Option<&'static str>,
    /// Key of the signature among those pairs (`v1`).
    pub signature_key: Option<&'static str>,
    /// A signed timestamp, checked against a tolerance.
    pub timestamp: Option<TimestampSpec>,
    /// What is signed: `{body}`, or a template like `{timestamp}.{body}`.
    pub payload: &'static str,
}

/// A value read from a header, else from a JSON pointer into the body.
#[derive(Debug, Clone, Copy)]
pub struct Locator {
    /// Header to read first.
    pub header: Option<&'static str>,
    /// JSON pointer into the body, used when the header is absent.
    pub pointer: Option<&'static str>,
}

/// Everything the runtime needs to receive a connector's webhooks.
#[derive(Debug, Clone, Copy)]
pub struct WebhookSpec {
    /// How deliveries are signed.
    pub signature: SignatureSpec,
    /// Where the event name is.
    pub event_name: Locator,
    /// Where a delivery's unique id is, for deduplication.
    pub event_id: Option<Locator>,
}
