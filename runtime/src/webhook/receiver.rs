//! A ready-made axum endpoint for webhook deliveries: limit, verify, parse,
//! drop duplicates, answer at once and hand the event to the application.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::{BytesRejection, FailedToBufferBody};
use axum::extract::{DefaultBodyLimit, FromRequest, Request, State};
use axum::routing::post;
use bytes::Bytes;
use http::{HeaderMap, StatusCode, header};

use super::{Deduplicator, Verifier, VerifyError, WebhookError, event_id, event_name};

/// Largest body a [`Receiver`] accepts unless told otherwise: 1 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

type Parse<T> = Box<dyn Fn(&HeaderMap, &[u8]) -> Result<T, WebhookError> + Send + Sync>;
type OnEvent<T> = Box<dyn Fn(T) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// Receives one connector's webhooks over HTTP.
///
/// For every delivery it: rejects a body over the limit (413) without
/// reading more of it than the limit; verifies the signature over the raw
/// bytes (401); parses with the given function (400 when that fails); drops
/// an event id already seen (answered 200 so the sender stops retrying);
/// then answers 200 at once and runs the callback in its own task, so the
/// sender never waits for the application.
///
/// The event is marked seen before the callback runs: a callback that fails
/// does not get the event again from a redelivery. Keep work that must not
/// be lost behind a durable queue inside the callback.
///
/// Rejections are logged with `tracing::warn!`, with the reason only (never
/// the body or a secret).
///
/// ```no_run
/// # async fn run(verifier: connector_runtime::webhook::Verifier) -> std::io::Result<()> {
/// use std::time::Duration;
/// use connector_runtime::webhook::{Deduplicator, Receiver, WebhookError};
///
/// let receiver = Receiver::new(
///     verifier,
///     |_headers, body| {
///         serde_json::from_slice::<serde_json::Value>(body).map_err(|source| {
///             WebhookError::Decode { event: "any".into(), body: body.to_vec().into(), source }
///         })
///     },
///     |event| async move { println!("{event}") },
/// )
/// .body_limit(256 * 1024)
/// .deduplicate(Deduplicator::new(10_000, Duration::from_secs(3600)));
///
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
/// axum::serve(listener, receiver.router("/webhooks")).await
/// # }
/// ```
pub struct Receiver<T> {
    verifier: Verifier,
    limit: usize,
    parse: Parse<T>,
    dedup: Option<Deduplicator>,
    on_event: OnEvent<T>,
}

impl<T> std::fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receiver")
            .field("verifier", &self.verifier)
            .field("limit", &self.limit)
            .field("dedup", &self.dedup)
            .finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Receiver<T> {
    /// A receiver that checks deliveries with `verifier` (which also gives
    /// the spec used to find event names and ids), turns them into `T` with
    /// `parse` and hands each new event to `on_event`.
    ///
    /// `parse` sees the headers and the raw body after the signature has
    /// been verified; a generated `Event::verify_and_parse` works too (its
    /// second check costs one more HMAC).
    pub fn new<P, C, F>(verifier: Verifier, parse: P, on_event: C) -> Receiver<T>
    where
        P: Fn(&HeaderMap, &[u8]) -> Result<T, WebhookError> + Send + Sync + 'static,
        C: Fn(T) -> F + Send + Sync + 'static,
        F: Future<Output = ()> + Send + 'static,
    {
        Receiver {
            verifier,
            limit: DEFAULT_BODY_LIMIT,
            parse: Box::new(parse),
            dedup: None,
            on_event: Box::new(move |event| Box::pin(on_event(event))),
        }
    }

    /// Largest accepted body in bytes (default [`DEFAULT_BODY_LIMIT`]).
    pub fn body_limit(mut self, bytes: usize) -> Receiver<T> {
        self.limit = bytes;
        self
    }

    /// Drops deliveries whose event id `dedup` has already seen. Deliveries
    /// without an event id are always handled.
    pub fn deduplicate(mut self, dedup: Deduplicator) -> Receiver<T> {
        self.dedup = Some(dedup);
        self
    }

    /// An axum router that accepts `POST` deliveries at `path` (axum route
    /// syntax; a missing leading `/` is added). Merge or nest it into the
    /// application's router.
    pub fn router(self, path: &str) -> Router {
        let path = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        };
        let limit = self.limit;
        Router::new()
            .route(&path, post(receive::<T>))
            .layer(DefaultBodyLimit::max(limit))
            .with_state(Arc::new(self))
    }

    /// Handles one delivery whose body is already buffered and returns the
    /// status to answer; for servers other than axum. The callback runs in a
    /// new task on the current tokio runtime (outside of one, the delivery is
    /// answered 500 so that the sender tries again).
    pub fn handle(&self, headers: &HeaderMap, body: &[u8]) -> StatusCode {
        if body.len() > self.limit {
            return reject(WebhookError::TooLarge {
                limit: self.limit,
                size: body.len(),
            });
        }
        if let Err(error) = self.verifier.verify(headers, body) {
            return reject(WebhookError::Verify(error));
        }
        let event = match (self.parse)(headers, body) {
            Ok(event) => event,
            Err(error) => return reject(error),
        };

        let spec = self.verifier.spec();
        if let (Some(dedup), Some(id)) = (&self.dedup, event_id(spec, headers, body)) {
            if !dedup.first_time(&id) {
                tracing::info!(event_id = %id, "duplicate webhook delivery dropped");
                return StatusCode::OK;
            }
        }

        tracing::debug!(
            event = event_name(spec, headers, body)
                .as_deref()
                .unwrap_or("unknown"),
            "webhook accepted"
        );
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => {
                runtime.spawn((self.on_event)(event));
                StatusCode::OK
            }
            // Answering 2xx without running the callback would lose the
            // event; a 5xx makes the sender deliver it again later.
            Err(_) => {
                tracing::error!("webhook not handled: no tokio runtime to run the callback on");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }
}

async fn receive<T: Send + 'static>(
    State(receiver): State<Arc<Receiver<T>>>,
    request: Request,
) -> StatusCode {
    // A declared length over the limit is refused before any byte of the
    // body is read.
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|text| text.trim().parse::<usize>().ok());
    if let Some(size) = declared.filter(|size| *size > receiver.limit) {
        return reject(WebhookError::TooLarge {
            limit: receiver.limit,
            size,
        });
    }

    let headers = request.headers().clone();
    // The body limit layer set by `router` makes this stop reading as soon
    // as the limit is passed, whatever the length header said.
    match Bytes::from_request(request, &()).await {
        Ok(body) => receiver.handle(&headers, &body),
        Err(BytesRejection::FailedToBufferBody(FailedToBufferBody::LengthLimitError(_))) => {
            tracing::warn!(
                limit = receiver.limit,
                "webhook rejected: body is larger than the limit"
            );
            StatusCode::PAYLOAD_TOO_LARGE
        }
        Err(error) => {
            tracing::warn!(reason = %error.body_text(), "webhook rejected: could not read the body");
            StatusCode::BAD_REQUEST
        }
    }
}

/// Logs why a delivery was refused and picks the status that tells the
/// sender whether retrying can help.
fn reject(error: WebhookError) -> StatusCode {
    let status = match &error {
        WebhookError::Verify(VerifyError::NoSecrets) => StatusCode::INTERNAL_SERVER_ERROR,
        WebhookError::Verify(_) => StatusCode::UNAUTHORIZED,
        WebhookError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::BAD_REQUEST,
    };
    tracing::warn!(status = status.as_u16(), reason = %error, "webhook delivery refused");
    status
}
