//! The Kustomer quickstart with the generated client: check the key, create a
//! customer, open a conversation, add a message, list customers over three
//! pages, then verify and parse a signed webhook delivery.
//!
//! `cargo run -p kustomer --example quickstart` runs against a local stand-in
//! for Kustomer. With `KUSTOMER_API_KEY` and `KUSTOMER_ORG` set it talks to
//! the real API instead, and creates real records in that org.

use std::time::Duration;

use axum::body::Bytes;
use axum::http::HeaderMap;
use futures::StreamExt;
use kustomer::types::{
    Channel, ConversationCreate, CustomerWrite, Direction, Email, EmailType, MessageCreate,
    OutboundWebhookCreate, WebhookEventName,
};
use kustomer::webhooks::{Event, Verifier};
use kustomer::{Client, Host, Nullable, Secret};
use kustomer_standin::StandIn;
use tokio::sync::mpsc;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A delivery as it arrived: headers and the raw body, before any parsing.
type Delivery = (HeaderMap, Bytes);

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let credentials = match (
        std::env::var("KUSTOMER_API_KEY"),
        std::env::var("KUSTOMER_ORG"),
    ) {
        (Ok(key), Ok(org)) => Some((key, org)),
        _ => None,
    };
    let stand_in = match credentials {
        Some(_) => None,
        None => {
            let stand_in = StandIn::start("demo-api-key").await?;
            stand_in.seed_customers(4);
            Some(stand_in)
        }
    };
    let client = match (&credentials, &stand_in) {
        (Some((key, org)), _) => {
            println!("talking to https://{org}.api.kustomerapp.com");
            Client::builder()
                .host(Host::org(org))
                .api_key(key.as_str())
                .build()?
        }
        (None, Some(stand_in)) => {
            println!(
                "no KUSTOMER_API_KEY/KUSTOMER_ORG: using a local stand-in at {}",
                stand_in.base_url()
            );
            Client::builder()
                .base_url(stand_in.base_url())
                .api_key("demo-api-key")
                .build()?
        }
        (None, None) => return Err("neither credentials nor a stand-in".into()),
    };

    // 1. Check the key: works with any valid key, whatever its roles.
    let token = client.get_current_auth_token().await?;
    let attributes = &token.data.attributes;
    println!(
        "1. key ok: {:?}, ending in {:?}, {} roles",
        attributes.name.as_deref().unwrap_or("(unnamed)"),
        attributes.last_token_chars.as_deref().unwrap_or("?"),
        attributes.roles.as_ref().map_or(0, Vec::len),
    );

    // Register a webhook receiver first, so the creates below are delivered
    // to it. The real API cannot reach this machine, so with credentials the
    // delivery is simulated below instead.
    let mut receiver = None;
    if stand_in.is_some() {
        let (url, deliveries) = start_receiver().await?;
        let webhook = client
            .create_outbound_webhook(OutboundWebhookCreate {
                name: "Quickstart receiver".into(),
                url,
                events: vec![WebhookEventName::CustomerCreate],
                ..Default::default()
            })
            .await?;
        let secret = webhook
            .data
            .attributes
            .token
            .ok_or("the created webhook has no signing token")?;
        println!(
            "   webhook {} registered (token {secret:?})",
            webhook.data.id
        );
        receiver = Some((kustomer::webhooks::verifier([secret]), deliveries));
    }

    // 2. Create a customer.
    let customer = client
        .create_customer(CustomerWrite {
            name: Some(Nullable::Value("Ada Lovelace".into())),
            emails: Some(vec![Email {
                r#type: Some(EmailType::Work),
                ..Email::new("ada@example.com")
            }]),
            ..Default::default()
        })
        .await?;
    println!("2. created customer {}", customer.data.id);

    // 3. Open a conversation for that customer.
    let conversation = client
        .create_conversation(ConversationCreate {
            customer: customer.data.id.clone(),
            name: Some("Where is my order?".into()),
            priority: Some(3),
            ..Default::default()
        })
        .await?;
    println!("3. opened conversation {}", conversation.data.id);

    // 4. Record an inbound message in it.
    let message = client
        .create_conversation_message(
            conversation.data.id.clone(),
            MessageCreate {
                direction: Some(Direction::In),
                preview: Some("Hi, my order #4417 has not arrived.".into()),
                ..MessageCreate::new(Channel::Email, "quickstart")
            },
        )
        .await?;
    println!("4. added message {}", message.data.id);

    // 5. List customers, two per page, following `links.next` for three pages.
    let mut pages = client.list_customers().page_size(2).pages().take(3);
    let mut number = 0;
    while let Some(page) = pages.next().await {
        let page = page?;
        number += 1;
        let names: Vec<String> = page
            .data
            .iter()
            .map(|customer| match &customer.attributes.name {
                Some(Nullable::Value(name)) => name.clone(),
                _ => customer.id.clone(),
            })
            .collect();
        println!("5. page {number}: {}", names.join(", "));
    }

    // 6. Verify and parse a signed delivery.
    let (verifier, (headers, body)) = match receiver {
        Some((verifier, mut deliveries)) => {
            let delivery = tokio::time::timeout(Duration::from_secs(10), deliveries.recv())
                .await?
                .ok_or("the receiver stopped before a delivery arrived")?;
            (verifier, delivery)
        }
        None => simulated_delivery(),
    };
    match Event::verify_and_parse(&verifier, &headers, &body)? {
        Event::CustomerCreate(event) => println!(
            "6. verified {} ({} bytes): customer {} created at {}",
            event.name,
            body.len(),
            event.data.id,
            event
                .created_at
                .map_or_else(|| "?".to_owned(), |at| at.to_string()),
        ),
        other => println!("6. verified {}", other.name()),
    }

    // A tampered body is rejected before it is parsed.
    let mut tampered = body.to_vec();
    tampered.extend_from_slice(b" ");
    if let Err(error) = Event::verify_and_parse(&verifier, &headers, &tampered) {
        println!("   tampered copy rejected: {error}");
    }
    Ok(())
}

/// Serves `POST /kustomer` on a free loopback port and hands each delivery,
/// untouched, to the returned channel.
async fn start_receiver() -> Result<(String, mpsc::Receiver<Delivery>), BoxError> {
    let (sender, deliveries) = mpsc::channel::<Delivery>(16);
    let app = axum::Router::new().route(
        "/kustomer",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let sender = sender.clone();
            async move {
                // Answer at once; the work happens on the other end of the channel.
                let _ = sender.send((headers, body)).await;
                axum::http::StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let url = format!("http://{}/kustomer", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, deliveries))
}

/// A delivery signed here with a demo token, for runs against the real API.
fn simulated_delivery() -> (Verifier, Delivery) {
    let verifier = kustomer::webhooks::verifier([Secret::new("demo-webhook-token")]);
    let body = Bytes::from_static(
        br#"{"id":"6a1f0000000000000000e001","name":"kustomer.customer.create","org":"5f3d1c2b9a8e7d6c5b4a3921","createdAt":"2026-10-21T14:02:11.925Z","data":{"type":"customer","id":"6a1f0000000000000000c001","attributes":{"name":"Ada Lovelace"}}}"#,
    );
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-kustomer-webhook-event",
        axum::http::HeaderValue::from_static("kustomer.customer.create"),
    );
    if let Ok(signature) = axum::http::HeaderValue::from_str(&verifier.sign(&body, None)) {
        headers.insert("x-kustomer-webhook-signature", signature);
    }
    (verifier, (headers, body))
}
