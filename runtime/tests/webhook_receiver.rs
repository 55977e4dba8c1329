//! The axum webhook receiver end to end: a real server on 127.0.0.1, real
//! signed deliveries sent with reqwest.
#![cfg(feature = "axum")]

use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use bytes::Bytes;
use connector_runtime::Secret;
use connector_runtime::http::HeaderMap;
use connector_runtime::spec::{Algorithm, Encoding, Locator, SignatureSpec, WebhookSpec};
use connector_runtime::webhook::{Deduplicator, Receiver, Verifier, WebhookError, event_name};
use serde::Deserialize;
use tokio::sync::{mpsc, oneshot};

static CRM: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "X-Kustomer-Webhook-Signature",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Hex,
        prefix: None,
        separator: None,
        signature_key: None,
        timestamp: None,
        payload: "{body}",
    },
    event_name: Locator {
        header: Some("X-Kustomer-Webhook-Event"),
        pointer: Some("/name"),
    },
    event_id: Some(Locator {
        header: None,
        pointer: Some("/id"),
    }),
};

const TOKEN: &str = "4c3b1c2a-whk-token-2026";
const CUSTOMER_CREATE: &[u8] =
    include_bytes!("../../tests/fixtures/kustomer/webhook-customer-create.json");
const CONVERSATION_UPDATE: &[u8] =
    include_bytes!("../../tests/fixtures/kustomer/webhook-conversation-update.json");
const LIMIT: usize = 16 * 1024;

/// What the application gets: the envelope fields it routes on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Delivery {
    id: String,
    name: String,
    data: serde_json::Value,
}

fn parse(headers: &HeaderMap, body: &[u8]) -> Result<Delivery, WebhookError> {
    let event = event_name(&CRM, headers, body).ok_or(WebhookError::MissingEventName)?;
    serde_json::from_slice(body).map_err(|source| WebhookError::Decode {
        event,
        body: Bytes::copy_from_slice(body),
        source,
    })
}

/// A receiver served on an ephemeral loopback port. Dropping the server
/// (via `finish`) closes the channel, so the test can count every event
/// the callback saw without waiting on a clock.
struct Server {
    address: SocketAddr,
    events: mpsc::UnboundedReceiver<Delivery>,
    shutdown: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    async fn start(secrets: Vec<Secret>, dedup: Option<Deduplicator>) -> Server {
        captured_logs();
        let (sender, events) = mpsc::unbounded_channel();
        let mut receiver = Receiver::new(Verifier::new(&CRM, secrets), parse, move |event| {
            let sender = sender.clone();
            async move {
                // The receiver may already be gone when a test has its
                // answer; nothing to do about a closed channel then.
                let _ = sender.send(event);
            }
        })
        .body_limit(LIMIT);
        if let Some(dedup) = dedup {
            receiver = receiver.deduplicate(dedup);
        }
        let router = receiver.router("/webhooks/kustomer");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (shutdown, stop) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stop.await;
                })
                .await
                .unwrap();
        });
        Server {
            address,
            events,
            shutdown,
            task,
        }
    }

    fn url(&self) -> String {
        format!("http://{}/webhooks/kustomer", self.address)
    }

    /// Stops the server and returns every event the callback received.
    async fn finish(self) -> Vec<Delivery> {
        let Server {
            mut events,
            shutdown,
            task,
            ..
        } = self;
        let _ = shutdown.send(());
        task.await.unwrap();
        let mut seen = Vec::new();
        // Guards against a hang only; every sender is gone once the server
        // and the spawned callbacks are done.
        let collect = async {
            while let Some(event) = events.recv().await {
                seen.push(event);
            }
        };
        tokio::time::timeout(Duration::from_secs(30), collect)
            .await
            .unwrap();
        seen
    }
}

async fn deliver(url: &str, body: &[u8], signature: &str) -> reqwest::StatusCode {
    // A fresh client per delivery, so no pooled connection outlives a test.
    let client = reqwest::Client::new();
    client
        .post(url)
        .header("content-type", "application/json")
        .header("x-kustomer-webhook-signature", signature)
        .body(body.to_vec())
        .send()
        .await
        .unwrap()
        .status()
}

fn sign(body: &[u8]) -> String {
    Verifier::new(&CRM, [Secret::new(TOKEN)]).sign(body, None)
}

/// Logs of the whole test binary, to check that rejections are logged and
/// that nothing secret or received ends up there.
fn captured_logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&logs);
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || LogWriter(Arc::clone(&sink)))
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        logs
    })
    .clone()
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs_text() -> String {
    String::from_utf8_lossy(&captured_logs().lock().unwrap()).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valid_delivery_reaches_the_callback_once_even_if_delivered_twice() {
    let dedup = Deduplicator::new(1000, Duration::from_secs(3600));
    let server = Server::start(vec![Secret::new(TOKEN)], Some(dedup)).await;
    let signature = sign(CUSTOMER_CREATE);

    assert_eq!(
        deliver(&server.url(), CUSTOMER_CREATE, &signature).await,
        200
    );
    // The sender retries the same event (same envelope id): still 200, so
    // it stops retrying, but the application is not called again.
    assert_eq!(
        deliver(&server.url(), CUSTOMER_CREATE, &signature).await,
        200
    );
    let other = sign(CONVERSATION_UPDATE);
    assert_eq!(
        deliver(&server.url(), CONVERSATION_UPDATE, &other).await,
        200
    );

    let mut events = server.finish().await;
    events.sort_by(|a, b| a.name.cmp(&b.name));
    let names: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["kustomer.conversation.update", "kustomer.customer.create"]
    );
    let customer = &events[1];
    assert_eq!(customer.id, "6716a41c7e3b2f0012d95a01");
    assert_eq!(customer.data["attributes"]["name"], "Jonah Reyes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_dedup_every_delivery_reaches_the_callback() {
    let server = Server::start(vec![Secret::new(TOKEN)], None).await;
    let signature = sign(CUSTOMER_CREATE);
    for _ in 0..2 {
        assert_eq!(
            deliver(&server.url(), CUSTOMER_CREATE, &signature).await,
            200
        );
    }
    assert_eq!(server.finish().await.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_signatures_get_401_and_never_reach_the_callback() {
    let server = Server::start(vec![Secret::new(TOKEN)], None).await;
    let forged = Verifier::new(&CRM, [Secret::new("attacker-guess")]).sign(CUSTOMER_CREATE, None);
    assert_eq!(deliver(&server.url(), CUSTOMER_CREATE, &forged).await, 401);

    // A genuine signature for another body.
    let moved = sign(CONVERSATION_UPDATE);
    assert_eq!(deliver(&server.url(), CUSTOMER_CREATE, &moved).await, 401);

    assert_eq!(deliver(&server.url(), CUSTOMER_CREATE, "").await, 401);
    assert_eq!(deliver(&server.url(), CUSTOMER_CREATE, "xyz").await, 401);

    let client = reqwest::Client::new();
    let unsigned = client
        .post(server.url())
        .body(CUSTOMER_CREATE.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(unsigned.status(), 401);

    assert!(server.finish().await.is_empty());
    let logs = logs_text();
    assert!(logs.contains("webhook rejected"), "{logs}");
    assert!(logs.contains("signature does not match the body"), "{logs}");
    // Rejections name the reason only: no body, no secret.
    assert!(!logs.contains("Jonah"), "{logs}");
    assert!(!logs.contains(TOKEN), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_get_413() {
    let server = Server::start(vec![Secret::new(TOKEN)], None).await;
    let mut big = CUSTOMER_CREATE.to_vec();
    big.truncate(big.len() - 2);
    big.extend_from_slice(b",\"padding\":\"");
    big.extend(std::iter::repeat_n(b'x', LIMIT));
    big.extend_from_slice(b"\"}");
    let signature = sign(&big);
    assert_eq!(deliver(&server.url(), &big, &signature).await, 413);

    // No length announced (chunked): the limit applies while reading.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        big.chunks(1024).map(|chunk| Ok(chunk.to_vec())).collect();
    let client = reqwest::Client::new();
    let streamed = client
        .post(server.url())
        .header("x-kustomer-webhook-signature", &signature)
        .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .send()
        .await
        .unwrap();
    assert_eq!(streamed.status(), 413);

    assert!(server.finish().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecodable_bodies_get_400() {
    let server = Server::start(vec![Secret::new(TOKEN)], None).await;

    // Correctly signed, but not JSON.
    let text = b"name=kustomer.customer.create&id=1";
    let signed = sign(text);
    let client = reqwest::Client::new();
    let response = client
        .post(server.url())
        .header("x-kustomer-webhook-signature", &signed)
        .header("x-kustomer-webhook-event", "kustomer.customer.create")
        .body(text.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);

    // JSON, but without the fields the event needs.
    let partial = br#"{"name":"kustomer.customer.create","org":"5f1c2a9e8b3d4c0012a7e901"}"#;
    assert_eq!(deliver(&server.url(), partial, &sign(partial)).await, 400);

    // No event name anywhere.
    let anonymous = br#"{"id":"6716a41c7e3b2f0012d95a09","data":{}}"#;
    assert_eq!(
        deliver(&server.url(), anonymous, &sign(anonymous)).await,
        400
    );

    assert!(server.finish().await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_without_secrets_answers_500() {
    let server = Server::start(Vec::new(), None).await;
    let signature = sign(CUSTOMER_CREATE);
    assert_eq!(
        deliver(&server.url(), CUSTOMER_CREATE, &signature).await,
        500
    );
    assert!(server.finish().await.is_empty());
}

#[test]
fn handle_outside_a_runtime_answers_500_instead_of_losing_the_event() {
    let receiver = Receiver::new(
        Verifier::new(&CRM, [Secret::new(TOKEN)]),
        parse,
        |_event| async {},
    );
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-kustomer-webhook-signature",
        sign(CUSTOMER_CREATE).parse().unwrap(),
    );
    assert_eq!(receiver.handle(&headers, CUSTOMER_CREATE), 500);
    // Rejections do not need a runtime.
    headers.insert("x-kustomer-webhook-signature", "00".parse().unwrap());
    assert_eq!(receiver.handle(&headers, CUSTOMER_CREATE), 401);
}
