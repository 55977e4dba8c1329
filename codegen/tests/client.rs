//! The generated fixture client against a local mock server: paths, query,
//! headers, bodies, paging, errors, hosts and webhooks, end to end.

/// The code generated from `tests/fixtures/helpdesk.yaml`, as checked in.
/// Included into a private module of a test binary, its public items and
/// re-exports look unused; in a library crate they are its API.
#[allow(dead_code, unused_imports)]
mod helpdesk {
    include!("generated/helpdesk.rs");
}

use futures::StreamExt;
use helpdesk::webhooks::{Event, VerifyError, WebhookError};
use helpdesk::{Client, Host, Nullable, types};
use hmac::Mac;
use serde_json::json;
use wiremock::matchers::{
    body_json, body_string, header, method, path, query_param, query_param_is_missing,
};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY: &str = "hd_live_4f9c2a7e1b";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .api_key(KEY)
        .retry(helpdesk::RetryPolicy::none())
        .no_budget()
        .build()
        .unwrap()
}

fn ticket(id: &str, subject: &str) -> serde_json::Value {
    json!({
        "id": id,
        "subject": subject,
        "status": "open",
        "priority": 2,
        "tags": ["billing"],
        "contactId": "64f1c2a9e4b0a1b2c3d4e5f6",
        "assignee": null,
        "createdAt": "2026-10-02T14:03:11.482Z",
        "custom": { "orderNumberStr": "A-1009" }
    })
}

#[tokio::test]
async fn get_by_email_encodes_the_path_segment_and_sends_the_key() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/contacts/email=sam%20smith+vip@example.com"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "64f1c2a9e4b0a1b2c3d4e5f6",
            "email": "sam smith+vip@example.com",
            "name": null,
            "locale": "en_US"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let contact = client(&server)
        .get_contact_by_email("sam smith+vip@example.com")
        .await
        .unwrap();
    assert_eq!(contact.id, "64f1c2a9e4b0a1b2c3d4e5f6");
    assert_eq!(contact.name, Some(Nullable::Null));
    assert_eq!(contact.extra.get("locale"), Some(&json!("en_US")));
}

#[tokio::test]
async fn list_sends_query_and_header_then_follows_links_over_three_pages() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets"))
        .and(query_param_is_missing("page"))
        .and(query_param("pageSize", "2"))
        .and(query_param("status", "open"))
        .and(query_param("ids", "t1,t2,t3,t4,t5"))
        .and(header("x-audit-reason", "weekly report"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [ticket("t1", "Refund"), ticket("t2", "Login")],
            "links": { "self": "/v1/tickets?pageSize=2", "next": "/v1/tickets?page=2&pageSize=2" }
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [ticket("t3", "Invoice"), ticket("t4", "Shipping")],
            "links": { "self": "/v1/tickets?page=2&pageSize=2", "next": "/v1/tickets?page=3&pageSize=2" }
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets"))
        .and(query_param("page", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [ticket("t5", "Cancel")],
            "links": { "self": "/v1/tickets?page=3&pageSize=2", "next": null }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let tickets: Vec<types::Ticket> = client(&server)
        .list_tickets()
        .page_size(2)
        .status(types::TicketStatus::Open)
        .ids(["t1", "t2", "t3", "t4", "t5"])
        .x_audit_reason("weekly report")
        .items()
        .map(|item| item.unwrap())
        .collect()
        .await;
    let ids: Vec<&str> = tickets.iter().map(|ticket| ticket.id.as_str()).collect();
    assert_eq!(ids, ["t1", "t2", "t3", "t4", "t5"]);
    assert_eq!(tickets[0].priority, Some(types::Priority::Normal));
}

#[tokio::test]
async fn repeated_list_params_and_pages() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [ticket("t1", "Refund")],
            "links": { "next": null }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let pages: Vec<_> = client(&server)
        .list_tickets()
        .tags(["billing", "vip"])
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].as_ref().unwrap().data.len(), 1);

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.query(), Some("tags=billing&tags=vip"));
}

#[tokio::test]
async fn create_sends_a_json_body_and_a_required_header() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/tickets"))
        .and(header("idempotency-key", "create-7f3a"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "subject": "Refund for order A-1009",
            "contactId": "64f1c2a9e4b0a1b2c3d4e5f6",
            "priority": 3,
            "tags": ["billing"]
        })))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(ticket("t9", "Refund for order A-1009")),
        )
        .expect(1)
        .mount(&server)
        .await;

    let body = types::TicketWrite {
        subject: "Refund for order A-1009".into(),
        contact_id: "64f1c2a9e4b0a1b2c3d4e5f6".into(),
        priority: Some(types::Priority::High),
        tags: Some(vec!["billing".into()]),
        ..Default::default()
    };
    let created = client(&server)
        .create_ticket("create-7f3a", body)
        .send()
        .await
        .unwrap();
    assert_eq!(created.id, "t9");
    assert_eq!(created.status, types::TicketStatus::Open);
}

#[tokio::test]
async fn patch_sends_an_explicit_null() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/tickets/t1"))
        .and(body_json(json!({ "assignee": null })))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket("t1", "Refund")))
        .expect(1)
        .mount(&server)
        .await;

    let patch = types::TicketPatch {
        assignee: Some(Nullable::Null),
        ..Default::default()
    };
    let updated = client(&server).update_ticket("t1", patch).await.unwrap();
    assert_eq!(updated.assignee, Some(Nullable::Null));
}

#[tokio::test]
async fn integer_path_params_are_formatted() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets/t%2F1/comments/12"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "body": "Refund sent." })))
        .expect(1)
        .mount(&server)
        .await;

    let comment = client(&server).get_comment("t/1", 12).await.unwrap();
    assert_eq!(comment["body"], "Refund sent.");
}

#[tokio::test]
async fn per_request_retry_and_timeout_override_the_client() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets/t1"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets/t1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ticket("t1", "Refund")))
        .expect(1)
        .mount(&server)
        .await;

    // The client never retries; this one request may try three times.
    let retry = helpdesk::RetryPolicy::new()
        .max_attempts(3)
        .initial_backoff(std::time::Duration::from_millis(1))
        .max_backoff(std::time::Duration::from_millis(5));
    let found = client(&server).get_ticket("t1").retry(retry).await.unwrap();
    assert_eq!(found.id, "t1");

    Mock::given(method("GET"))
        .and(path("/v1/tickets/slow"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(ticket("slow", "Slow"))
                .set_delay(std::time::Duration::from_secs(30)),
        )
        .mount(&server)
        .await;
    let error = client(&server)
        .get_ticket("slow")
        .timeout(std::time::Duration::from_millis(50))
        .await
        .unwrap_err();
    assert!(
        matches!(error, helpdesk::Error::Timeout { .. }),
        "expected a timeout, got {error:?}"
    );
}

#[tokio::test]
async fn delete_accepts_no_content() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/tickets/t1"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    client(&server).delete_ticket("t1").await.unwrap();
}

#[tokio::test]
async fn form_bodies_are_url_encoded() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string(
            "grant_type=password&username=sam%40example.com&password=s3cret+pass",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "eyJhbGciOiJIUzI1NiJ9.session",
            "expires_in": 86400
        })))
        .expect(1)
        .mount(&server)
        .await;

    let form = types::SessionForm {
        grant_type: "password".into(),
        username: "sam@example.com".into(),
        password: "s3cret pass".into(),
    };
    let session = client(&server).create_session(form).await.unwrap();
    assert_eq!(
        session.access_token.expose(),
        "eyJhbGciOiJIUzI1NiJ9.session"
    );
    assert!(!format!("{session:?}").contains("session\""));
}

#[tokio::test]
async fn error_responses_decode_into_the_error_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/tickets/missing"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({
            "errors": [{ "status": "404", "title": "Not Found", "detail": "no ticket missing" }]
        })))
        .mount(&server)
        .await;

    let error = client(&server).get_ticket("missing").await.unwrap_err();
    let helpdesk::Error::Api(response) = &error else {
        panic!("expected an api error, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 404);
    let body = response.body.as_ref().unwrap();
    let title = body.errors.as_ref().unwrap()[0].title.as_deref();
    assert_eq!(title, Some("Not Found"));
    // The spec's `errors.message` pointers put the server's words in the message.
    assert_eq!(
        error.to_string(),
        "server answered with status 404 Not Found: Not Found"
    );
    assert!(!format!("{error:?}{error}").contains(KEY));
}

#[tokio::test]
async fn test_connection_passes_and_fails_with_the_key() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/auth/tokens/current"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "name": "sync" })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/auth/tokens/current"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({ "message": "unauthorized" })),
        )
        .mount(&server)
        .await;

    client(&server).test_connection().await.unwrap();

    let wrong = Client::builder()
        .base_url(server.uri())
        .api_key("hd_live_wrong")
        .build()
        .unwrap();
    let error = wrong.test_connection().await.unwrap_err();
    assert_eq!(error.status().map(|status| status.as_u16()), Some(401));
}

#[test]
fn hosts_check_their_placeholders() {
    assert_eq!(
        Host::org("acme").url().unwrap(),
        "https://acme.api.helpdesk.example"
    );
    assert_eq!(Host::Us.url().unwrap(), "https://api.helpdesk.example");
    assert!(matches!(
        Host::org("acme.evil.example/").url(),
        Err(helpdesk::BuildError::InvalidHostVariable { .. })
    ));
    // The default server needs an org, so a client without a host or base
    // URL cannot be built.
    assert!(Client::builder().api_key(KEY).build().is_err());
    assert!(Client::builder().host(Host::Us).build().is_ok());
}

const SECRET: &str = "whsec_9b1d4c7e2f";

/// Signs a delivery the way the sender does, with the hmac crate directly.
fn signed_headers(event: Option<&str>, body: &[u8]) -> helpdesk::webhooks::HeaderMap {
    let timestamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let signature = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));

    let mut headers = helpdesk::webhooks::HeaderMap::new();
    headers.insert("x-helpdesk-signature", signature.parse().unwrap());
    headers.insert("x-helpdesk-timestamp", timestamp.parse().unwrap());
    if let Some(event) = event {
        headers.insert("x-helpdesk-event", event.parse().unwrap());
    }
    headers
}

#[test]
fn webhooks_verify_then_decode_by_name() {
    let verifier = helpdesk::webhooks::verifier([SECRET.into()]);
    let body = serde_json::to_vec(&json!({
        "id": "evt_01",
        "type": "helpdesk.ticket.create",
        "createdAt": "2026-10-02T14:03:12Z",
        "data": ticket("t1", "Refund")
    }))
    .unwrap();

    // Name from the body when the header is absent.
    let headers = signed_headers(None, &body);
    let event = Event::verify_and_parse(&verifier, &headers, &body).unwrap();
    let Event::TicketCreate(delivery) = &event else {
        panic!("expected a ticket creation, got {event:?}");
    };
    assert_eq!(delivery.data.id, "t1");
    assert_eq!(event.name(), "helpdesk.ticket.create");
    assert_eq!(Event::event_id(&headers, &body).as_deref(), Some("evt_01"));

    // A header that agrees with the signed body is fine; one that does not
    // is refused, since only the body is signed. Routing still reads it.
    let headers = signed_headers(Some("helpdesk.ticket.create"), &body);
    let event = Event::verify_and_parse(&verifier, &headers, &body).unwrap();
    assert!(matches!(event, Event::TicketCreate(_)));
    let headers = signed_headers(Some("helpdesk.ticket.update"), &body);
    let error = Event::verify_and_parse(&verifier, &headers, &body).unwrap_err();
    assert!(
        matches!(
            error,
            helpdesk::webhooks::WebhookError::EventNameMismatch { .. }
        ),
        "{error:?}"
    );
    assert_eq!(
        Event::event_name(&headers, &body).as_deref(),
        Some("helpdesk.ticket.update")
    );
    assert!(helpdesk::webhooks::EVENT_NAMES.contains(&"helpdesk.contact.create"));
}

#[test]
fn unknown_events_keep_their_json_and_bad_bodies_keep_their_bytes() {
    let verifier = helpdesk::webhooks::verifier([SECRET.into()]);

    let body = br#"{"id":"evt_02","type":"helpdesk.macro.run","data":{"macroId":"m1"}}"#;
    let headers = signed_headers(None, body);
    match Event::verify_and_parse(&verifier, &headers, body).unwrap() {
        Event::Unknown { name, body } => {
            assert_eq!(name, "helpdesk.macro.run");
            assert_eq!(body["data"]["macroId"], "m1");
        }
        other => panic!("expected an unknown event, got {other:?}"),
    }

    let body =
        br#"{"id":"evt_03","type":"helpdesk.contact.create","data":{"email":"x@example.com"}}"#;
    let headers = signed_headers(None, body);
    match Event::verify_and_parse(&verifier, &headers, body) {
        Err(WebhookError::Decode {
            event, body: kept, ..
        }) => {
            assert_eq!(event, "helpdesk.contact.create");
            assert_eq!(&kept[..], &body[..]);
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn a_bad_signature_is_rejected_before_the_body_is_read() {
    let verifier = helpdesk::webhooks::verifier([SECRET.into()]);
    let body = b"not json at all";
    let mut headers = signed_headers(Some("helpdesk.ticket.create"), body);
    headers.insert(
        "x-helpdesk-signature",
        "sha256=0000000000000000000000000000000000000000000000000000000000000000"
            .parse()
            .unwrap(),
    );
    assert!(matches!(
        Event::verify_and_parse(&verifier, &headers, body),
        Err(WebhookError::Verify(VerifyError::Mismatch))
    ));
}
