//! A webhook receiver on 127.0.0.1:3000 for a spec given inline: verifies
//! `x-signature` (hex HMAC-SHA256 of the raw body), drops repeated event ids
//! and prints each new event. Run with `--features axum`; it prints a `curl`
//! line that delivers a correctly signed sample event.

use std::time::Duration;

use connector_runtime::Secret;
use connector_runtime::spec::{Algorithm, Encoding, Locator, SignatureSpec, WebhookSpec};
use connector_runtime::webhook::{Deduplicator, Receiver, Verifier, WebhookError, event_name};

static SPEC: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "x-signature",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Hex,
        prefix: None,
        separator: None,
        signature_key: None,
        timestamp: None,
        payload: "{body}",
    },
    event_name: Locator {
        header: Some("x-event"),
        pointer: Some("/name"),
    },
    event_id: Some(Locator {
        header: None,
        pointer: Some("/id"),
    }),
};

/// The event as this example's application sees it.
#[derive(Debug)]
struct Event {
    name: String,
    body: serde_json::Value,
}

fn parse(headers: &connector_runtime::http::HeaderMap, body: &[u8]) -> Result<Event, WebhookError> {
    let name = event_name(&SPEC, headers, body).ok_or(WebhookError::MissingEventName)?;
    match serde_json::from_slice(body) {
        Ok(body) => Ok(Event { name, body }),
        Err(source) => Err(WebhookError::Decode {
            event: name,
            body: body.to_vec().into(),
            source,
        }),
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt().init();
    let secret = std::env::var("WEBHOOK_SECRET").unwrap_or_else(|_| "local-test-secret".to_owned());
    let verifier = Verifier::new(&SPEC, [Secret::new(secret)]);

    let sample = r#"{"id":"evt_1","name":"order.paid","data":{"total":42}}"#;
    println!(
        "curl -i http://127.0.0.1:3000/webhooks -H 'x-signature: {}' -d '{sample}'",
        verifier.sign(sample.as_bytes(), None)
    );

    let receiver = Receiver::new(verifier, parse, |event: Event| async move {
        println!("{}: {}", event.name, event.body);
    })
    .body_limit(64 * 1024)
    .deduplicate(Deduplicator::new(10_000, Duration::from_secs(3600)));

    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    axum::serve(listener, receiver.router("/webhooks")).await
}
