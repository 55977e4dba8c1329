//! A ready Kustomer webhook receiver: verifies `X-Kustomer-Webhook-Signature`
//! over the raw body, rejects bodies over 256 KiB, drops repeated deliveries
//! by event id, answers 200 at once and handles each typed event afterwards.
//!
//! `cargo run -p kustomer --example receiver` listens on 127.0.0.1:3000 and
//! prints a `curl` line that delivers a correctly signed sample event. Set
//! `KUSTOMER_WEBHOOK_TOKEN` to the token of your outbound webhook (two tokens
//! separated by a comma while rotating).

use std::time::Duration;

use connector_runtime::webhook::{Deduplicator, Receiver, WebhookError};
use kustomer::Secret;
use kustomer::webhooks::{Event, HeaderMap};

/// Decodes a delivery; the receiver has checked the signature before this
/// runs. The event name is taken from the signed body.
fn parse(headers: &HeaderMap, body: &[u8]) -> Result<Event, WebhookError> {
    Event::parse(headers, body)
}

async fn handle(event: Event) {
    match event {
        Event::CustomerCreate(event) | Event::CustomerUpdate(event) => {
            let name = event.data.attributes.name.as_ref().and_then(|n| n.value());
            println!("{}: customer {} ({name:?})", event.name, event.data.id);
        }
        Event::ConversationUpdate(event) => {
            let changed: Vec<&String> = event
                .changes
                .as_ref()
                .and_then(|changes| changes.value())
                .and_then(|changes| changes.attributes.as_ref())
                .map(|attributes| attributes.keys().collect())
                .unwrap_or_default();
            println!(
                "{}: conversation {} changed {changed:?}",
                event.name, event.data.id
            );
        }
        Event::Unknown { name, body } => {
            println!("{name}: not in the spec, kept as JSON: {body}");
        }
        other => println!("{}", other.name()),
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // Rejected and duplicate deliveries are logged, without bodies or tokens.
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let tokens =
        std::env::var("KUSTOMER_WEBHOOK_TOKEN").unwrap_or_else(|_| "local-demo-token".into());
    let verifier = kustomer::webhooks::verifier(tokens.split(',').map(Secret::new));

    let sample = r#"{"id":"6a1f0000000000000000e001","name":"kustomer.customer.create","org":"5f3d1c2b9a8e7d6c5b4a3921","createdAt":"2026-10-21T14:02:11.925Z","data":{"type":"customer","id":"6a1f0000000000000000c001","attributes":{"name":"Ada Lovelace"}}}"#;
    println!("listening on http://127.0.0.1:3000/kustomer; try:");
    println!(
        "curl -i http://127.0.0.1:3000/kustomer -H 'content-type: application/json' \
         -H 'x-kustomer-webhook-event: kustomer.customer.create' \
         -H 'x-kustomer-webhook-signature: {}' -d '{sample}'",
        verifier.sign(sample.as_bytes(), None)
    );

    // Kustomer delivers at least once and retries for about an hour.
    let receiver = Receiver::new(verifier, parse, handle)
        .body_limit(256 * 1024)
        .deduplicate(Deduplicator::new(100_000, Duration::from_secs(2 * 3600)));

    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    axum::serve(listener, receiver.router("/kustomer")).await
}
