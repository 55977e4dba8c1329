//! GitHub webhook deliveries signed here with an independent HMAC, then
//! verified and decoded by the generated `webhooks::Event`.

use github::Secret;
use github::types::{IssueState, IssuesAction};
use github::webhooks::{self, Event, HeaderMap, VerifyError, WebhookError};
use serde_json::Value;

const SECRET: &str = "It's a Secret to Everybody";
const DELIVERY: &str = "72d3162e-cc78-11e3-81ab-4c9367dc0958";

/// The raw bytes of a delivery under `tests/fixtures/github/`: the signature
/// covers them exactly.
fn delivery(name: &str) -> Vec<u8> {
    integration_tests::fixture_bytes("github", name)
}

/// `sha256=` and the lowercase hex HMAC-SHA256 of the raw body, as GitHub
/// computes `X-Hub-Signature-256`.
fn signature(secret: &str, body: &[u8]) -> String {
    format!(
        "sha256={}",
        integration_tests::hmac_sha256_hex(secret, &[body])
    )
}

/// The headers GitHub sends with a delivery.
fn headers(event: &str, signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("x-github-event", event.parse().expect("ascii"));
    headers.insert("x-github-delivery", DELIVERY.parse().expect("ascii"));
    headers.insert("x-hub-signature-256", signature.parse().expect("ascii"));
    headers.insert("content-type", "application/json".parse().expect("ascii"));
    headers
}

fn verifier() -> webhooks::Verifier {
    webhooks::verifier([Secret::new(SECRET)])
}

#[test]
fn the_signature_matches_githubs_documented_example() {
    // GitHub's documentation signs "Hello, World!" with this secret.
    assert_eq!(
        signature(SECRET, b"Hello, World!"),
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    );
}

#[test]
fn a_signed_issues_delivery_decodes_as_issues() {
    let body = delivery("webhook-issues-opened.json");
    let headers = headers("issues", &signature(SECRET, &body));

    let event = Event::verify_and_parse(&verifier(), &headers, &body).expect("a valid delivery");
    assert_eq!(event.name(), "issues");
    let Event::Issues(issues) = event else {
        panic!("expected the issues variant, got {event:?}");
    };
    assert_eq!(issues.action, IssuesAction::Opened);
    assert_eq!(issues.issue.number, 1347);
    assert_eq!(issues.issue.state, Some(IssueState::Open));
    let original: Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(
        serde_json::to_value(&issues).expect("encodes"),
        original,
        "unknown keys such as `organization` survive"
    );
    assert_eq!(Event::event_id(&headers, &body).as_deref(), Some(DELIVERY));
}

#[test]
fn a_signed_push_delivery_keeps_unix_second_timestamps() {
    let body = delivery("webhook-push.json");
    let headers = headers("push", &signature(SECRET, &body));

    let event = Event::verify_and_parse(&verifier(), &headers, &body).expect("a valid delivery");
    let Event::Push(push) = event else {
        panic!("expected the push variant, got {event:?}");
    };
    assert_eq!(push.r#ref, "refs/heads/main");
    let repository = push.repository.as_ref().expect("a repository");
    assert_eq!(repository.created_at, Some(1673687564));
    let original: Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(serde_json::to_value(&push).expect("encodes"), original);
}

#[test]
fn an_undeclared_event_is_kept_as_unknown() {
    let body = br#"{"action":"created","starred_at":"2026-11-02T10:00:00Z"}"#;
    let headers = headers("star", &signature(SECRET, body));

    let event = Event::verify_and_parse(&verifier(), &headers, body).expect("a valid delivery");
    assert_eq!(event.name(), "star");
    let Event::Unknown { name, body: value } = event else {
        panic!("expected Unknown, got {event:?}");
    };
    assert_eq!(name, "star");
    assert_eq!(value["action"], "created");
}

#[test]
fn a_tampered_body_is_rejected() {
    let body = delivery("webhook-issues-opened.json");
    let headers = headers("issues", &signature(SECRET, &body));
    let mut tampered = body.clone();
    let position = tampered
        .iter()
        .position(|byte| *byte == b'1')
        .expect("the body has a digit");
    tampered[position] = b'2';

    let error = Event::verify_and_parse(&verifier(), &headers, &tampered)
        .expect_err("a changed body fails");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "{error:?}"
    );
}

#[test]
fn a_wrong_secret_is_rejected_and_a_rotated_one_accepted() {
    let body = delivery("webhook-push.json");
    let headers = headers("push", &signature("an old secret", &body));

    let error =
        Event::verify_and_parse(&verifier(), &headers, &body).expect_err("another secret fails");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "{error:?}"
    );
    assert!(
        !format!("{error:?} {error}").contains(SECRET),
        "errors never show the secret"
    );

    let rotating = webhooks::verifier([Secret::new(SECRET), Secret::new("an old secret")]);
    assert!(Event::verify_and_parse(&rotating, &headers, &body).is_ok());
}

#[test]
fn missing_or_malformed_headers_are_rejected() {
    let body = delivery("webhook-issues-opened.json");
    let good = signature(SECRET, &body);

    let mut unsigned = headers("issues", &good);
    unsigned.remove("x-hub-signature-256");
    let error = Event::verify_and_parse(&verifier(), &unsigned, &body).expect_err("unsigned");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::MissingSignature)),
        "{error:?}"
    );

    let without_prefix = headers("issues", good.trim_start_matches("sha256="));
    let error =
        Event::verify_and_parse(&verifier(), &without_prefix, &body).expect_err("no prefix");
    assert!(matches!(error, WebhookError::Verify(_)), "{error:?}");

    let mut nameless = headers("issues", &good);
    nameless.remove("x-github-event");
    let error = Event::verify_and_parse(&verifier(), &nameless, &body).expect_err("no event name");
    assert!(matches!(error, WebhookError::MissingEventName), "{error:?}");
}

#[test]
fn a_signed_body_of_the_wrong_shape_keeps_the_body() {
    let body = br#"{"action":"opened","issue":{"title":"no id or number"}}"#;
    let headers = headers("issues", &signature(SECRET, body));

    let error = Event::verify_and_parse(&verifier(), &headers, body).expect_err("missing fields");
    let WebhookError::Decode {
        event, body: kept, ..
    } = error
    else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(event, "issues");
    assert_eq!(kept.as_ref(), body);
}
