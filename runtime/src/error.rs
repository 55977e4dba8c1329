//! Every way a call can fail, keeping whatever the server sent.

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use std::time::Duration;

/// Every failure of a call. `E` is the connector's error-body type.
///
/// Display messages never contain a secret: URLs are not printed, and
/// bodies are kept as data rather than formatted into the message.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// Could not build the request (bad body, bad URL); nothing was sent.
    #[error("invalid request: {message}")]
    InvalidRequest {
        /// What was wrong.
        message: String,
    },
    /// Connect failure, reset, closed connection, or a body that could not
    /// be read after the status arrived.
    #[error("transport failed after {attempts} attempt(s): {source}")]
    Transport {
        /// The underlying failure, with any URL removed.
        #[source]
        source: TransportError,
        /// How many attempts were made.
        attempts: u32,
    },
    /// No response within the timeout.
    #[error("no response within the timeout after {attempts} attempt(s) ({elapsed:?} in total)")]
    Timeout {
        /// Time spent on the call, retries included.
        elapsed: Duration,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The server answered 429 and was still limiting when retries ran out.
    #[error("rate limited by the server (status {}){}", response.status, RetryAfterText(*retry_after))]
    RateLimited {
        /// How long the server asked to wait, if it said.
        retry_after: Option<Duration>,
        /// The last 429 response.
        response: ErrorResponse<E>,
    },
    /// A non-2xx response.
    #[error("server answered with status {}{}", .0.status, MessageText(.0.message.as_deref()))]
    Api(ErrorResponse<E>),
    /// A 2xx whose body did not decode into the expected type.
    #[error("could not decode the response body (status {status}): {source}")]
    Decode {
        /// Status of the response.
        status: StatusCode,
        /// Headers of the response.
        headers: HeaderMap,
        /// The body exactly as received.
        body: Bytes,
        /// What the decoder rejected.
        #[source]
        source: serde_json::Error,
    },
    /// Paging saw a next link or cursor it had already followed.
    #[error("paging returned to a page it had already fetched (token {token:?})")]
    PagingCycle {
        /// The repeated link or cursor.
        token: String,
    },
}

struct RetryAfterText(Option<Duration>);

impl std::fmt::Display for RetryAfterText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(wait) => write!(f, ", retry after {wait:?}"),
            None => Ok(()),
        }
    }
}

/// A non-2xx response, kept whole.
#[derive(Debug, Clone)]
pub struct ErrorResponse<E> {
    /// Status of the response.
    pub status: StatusCode,
    /// Headers of the response.
    pub headers: HeaderMap,
    /// The body exactly as received.
    pub raw: Bytes,
    /// The body decoded into the connector's error type, when it decoded.
    pub body: Option<E>,
    /// The server's own one-line message, read from the body at the
    /// pointers the spec names for it.
    pub message: Option<String>,
}

impl<E> Error<E> {
    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::RateLimited { response, .. } | Error::Api(response) => Some(response.status),
            Error::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The body as received, when a response arrived.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::RateLimited { response, .. } | Error::Api(response) => Some(&response.raw),
            Error::Decode { body, .. } => Some(body),
            _ => None,
        }
    }

    /// The response headers, when a response arrived.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::RateLimited { response, .. } | Error::Api(response) => Some(&response.headers),
            Error::Decode { headers, .. } => Some(headers),
            _ => None,
        }
    }

    /// Whether trying the same call again later may succeed: transport
    /// failures, timeouts, rate limits and 500/502/503/504.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout { .. } | Error::RateLimited { .. } => true,
            Error::Api(response) => is_retryable_status(response.status),
            _ => false,
        }
    }
}

/// Server errors that usually pass: overload, bad gateway, restarts.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 500 | 502 | 503 | 504)
}

/// A connection-level failure. Its message never includes the request URL,
/// which may carry a query-parameter credential.
#[derive(Debug)]
pub struct TransportError {
    message: String,
    source: Option<reqwest::Error>,
    partial: Option<(StatusCode, Bytes)>,
}

impl TransportError {
    pub(crate) fn from_reqwest(error: reqwest::Error) -> TransportError {
        let error = error.without_url();
        let message = describe(&error);
        TransportError {
            message,
            source: Some(error),
            partial: None,
        }
    }

    pub(crate) fn set_partial(&mut self, status: StatusCode, body: Bytes) {
        self.partial = Some((status, body));
    }

    /// The status of a response whose body broke off, if one arrived.
    pub fn status(&self) -> Option<StatusCode> {
        self.partial.as_ref().map(|(status, _)| *status)
    }

    /// The part of the body that arrived before the connection broke.
    pub fn partial_body(&self) -> Option<&[u8]> {
        self.partial.as_ref().map(|(_, body)| body.as_ref())
    }

    /// Whether the failure happened while connecting, before anything was sent.
    pub fn is_connect(&self) -> bool {
        self.source.as_ref().is_some_and(reqwest::Error::is_connect)
    }
}

/// Summarises the error chain in one line, since callers that print only the
/// top level would otherwise see just "error sending request".
fn describe(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        let part = inner.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        cause = inner.source();
    }
    text
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|error| error as &(dyn std::error::Error + 'static))
    }
}

/// Failure to build a `Transport`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL is not an absolute http(s) URL.
    #[error("invalid base url {0:?}: expected an absolute http or https url")]
    InvalidBaseUrl(String),
    /// A host placeholder value does not match the spec's pattern.
    #[error("invalid value {value:?} for host variable `{name}`: expected a match of `{pattern}`")]
    InvalidHostVariable {
        /// The placeholder.
        name: String,
        /// The rejected value.
        value: String,
        /// The pattern from the spec.
        pattern: String,
    },
    /// The HTTP client could not be built (e.g. TLS setup).
    #[error("could not build the http client: {0}")]
    Http(TransportError),
}

/// Checks a host placeholder value against the spec's pattern (a full match).
///
/// ```
/// use connector_runtime::check_host_variable;
/// assert!(check_host_variable("org", "acme", "[a-z0-9-]+").is_ok());
/// assert!(check_host_variable("org", "evil.com/x", "[a-z0-9-]+").is_err());
/// ```
pub fn check_host_variable(name: &str, value: &str, pattern: &str) -> Result<(), BuildError> {
    let rejected = || BuildError::InvalidHostVariable {
        name: name.to_owned(),
        value: value.to_owned(),
        pattern: pattern.to_owned(),
    };
    let regex = regex_lite::Regex::new(&format!("^(?:{pattern})$")).map_err(|_| rejected())?;
    if regex.is_match(value) {
        Ok(())
    } else {
        Err(rejected())
    }
}

/// `: <message>` after a status, when the server gave one.
struct MessageText<'a>(Option<&'a str>);

impl std::fmt::Display for MessageText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(message) => write!(f, ": {message}"),
            None => Ok(()),
        }
    }
}
