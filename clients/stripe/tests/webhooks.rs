//! Stripe webhook deliveries signed here with an independent HMAC over
//! `{t}.{body}`, then verified and decoded by the generated `webhooks::Event`.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;
use stripe::Secret;
use stripe::types::PaymentIntentStatus;
use stripe::webhooks::{self, Event, HeaderMap, VerifyError, WebhookError};

const SECRET: &str = "whsec_5f1b3e8c9a7d4b2e6f0a1c3d5e7f9b2d";

/// The raw bytes of a delivery under `tests/fixtures/stripe/`: the
/// signature covers them exactly.
fn delivery(name: &str) -> Vec<u8> {
    integration_tests::fixture_bytes("stripe", name)
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs()
}

/// The lowercase hex HMAC-SHA256 of `{timestamp}.{body}`, as Stripe signs.
fn mac(secret: &str, timestamp: u64, body: &[u8]) -> String {
    integration_tests::hmac_sha256_hex(secret, &[timestamp.to_string().as_bytes(), b".", body])
}

/// The headers of a delivery with this `Stripe-Signature` value.
fn headers(signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("stripe-signature", signature.parse().expect("ascii"));
    headers.insert(
        "content-type",
        "application/json; charset=utf-8".parse().expect("ascii"),
    );
    headers
}

/// `t=…,v1=…` signed now with the endpoint secret.
fn signed_now(body: &[u8]) -> HeaderMap {
    let timestamp = now();
    headers(&format!(
        "t={timestamp},v1={}",
        mac(SECRET, timestamp, body)
    ))
}

fn verifier() -> webhooks::Verifier {
    webhooks::verifier([Secret::new(SECRET)])
}

#[test]
fn a_payment_intent_succeeded_delivery_decodes_as_its_variant() {
    let body = delivery("webhook-payment-intent-succeeded.json");

    let event =
        Event::verify_and_parse(&verifier(), &signed_now(&body), &body).expect("a valid delivery");
    assert_eq!(event.name(), "payment_intent.succeeded");
    let Event::PaymentIntentSucceeded(delivery) = event else {
        panic!("expected PaymentIntentSucceeded, got {event:?}");
    };
    assert_eq!(delivery.r#type, "payment_intent.succeeded");
    let intent = &delivery.data.object;
    assert_eq!(intent.id, "pi_3QmZr2Lk8Tq1vXyZ0aBcDeFg");
    assert_eq!(intent.status, Some(PaymentIntentStatus::Succeeded));
    let original: Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(serde_json::to_value(&delivery).expect("encodes"), original);
    assert_eq!(
        Event::event_id(&signed_now(&body), &body).as_deref(),
        Some(original["id"].as_str().expect("an event id"))
    );
}

#[test]
fn a_customer_updated_delivery_keeps_the_previous_attributes() {
    let body = delivery("webhook-customer-updated.json");

    let event =
        Event::verify_and_parse(&verifier(), &signed_now(&body), &body).expect("a valid delivery");
    let Event::CustomerUpdated(delivery) = event else {
        panic!("expected CustomerUpdated, got {event:?}");
    };
    assert_eq!(delivery.data.object.id, "cus_RfT3kQz8LmN2aB");
    let previous = delivery
        .data
        .previous_attributes
        .as_ref()
        .expect("previous attributes");
    assert_eq!(previous["email"], "dana.whitfield@example.com");
    let original: Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(serde_json::to_value(&delivery).expect("encodes"), original);
}

#[test]
fn one_matching_signature_among_several_is_enough() {
    let body = delivery("webhook-customer-updated.json");
    let timestamp = now();
    let value = format!(
        "t={timestamp},v1={},v1={},v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39",
        mac("whsec_rolled_over_secret", timestamp, &body),
        mac(SECRET, timestamp, &body)
    );

    let event = Event::verify_and_parse(&verifier(), &headers(&value), &body)
        .expect("the second v1 matches");
    assert_eq!(event.name(), "customer.updated");
}

#[test]
fn an_undeclared_event_type_is_kept_as_unknown() {
    let body = br#"{"id":"evt_1QmZv0Lk8Tq1vXyZ","object":"event","type":"payout.paid","data":{"object":{"id":"po_1","object":"payout"}}}"#;

    let event =
        Event::verify_and_parse(&verifier(), &signed_now(body), body).expect("a valid delivery");
    let Event::Unknown { name, body: value } = event else {
        panic!("expected Unknown, got {event:?}");
    };
    assert_eq!(name, "payout.paid");
    assert_eq!(value["data"]["object"]["id"], "po_1");
}

#[test]
fn a_tampered_body_is_rejected() {
    let body = delivery("webhook-payment-intent-succeeded.json");
    let headers = signed_now(&body);
    let text = String::from_utf8(body).expect("utf-8");
    let tampered = text.replacen("\"amount\": 12990", "\"amount\": 1", 1);
    assert_ne!(tampered, text, "the fixture carries the amount");

    let error = Event::verify_and_parse(&verifier(), &headers, tampered.as_bytes())
        .expect_err("a changed body fails");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "{error:?}"
    );
}

#[test]
fn a_wrong_secret_is_rejected() {
    let body = delivery("webhook-customer-updated.json");
    let timestamp = now();
    let value = format!(
        "t={timestamp},v1={}",
        mac("whsec_someone_else", timestamp, &body)
    );

    let error = Event::verify_and_parse(&verifier(), &headers(&value), &body)
        .expect_err("another secret fails");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "{error:?}"
    );
    assert!(!format!("{error:?} {error}").contains(SECRET));
}

#[test]
fn a_timestamp_older_than_the_tolerance_is_rejected() {
    let body = delivery("webhook-customer-updated.json");
    // Correctly signed, but ten minutes old: a replay.
    let timestamp = now() - 600;
    let value = format!("t={timestamp},v1={}", mac(SECRET, timestamp, &body));

    let error = Event::verify_and_parse(&verifier(), &headers(&value), &body)
        .expect_err("an old delivery fails");
    assert!(
        matches!(
            error,
            WebhookError::Verify(VerifyError::TimestampOutOfTolerance { .. })
        ),
        "{error:?}"
    );
}

#[test]
fn a_changed_timestamp_breaks_the_signature() {
    let body = delivery("webhook-customer-updated.json");
    let timestamp = now();
    let value = format!("t={},v1={}", timestamp - 1, mac(SECRET, timestamp, &body));

    let error = Event::verify_and_parse(&verifier(), &headers(&value), &body)
        .expect_err("the timestamp is signed");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "{error:?}"
    );
}

#[test]
fn missing_or_incomplete_headers_are_rejected() {
    let body = delivery("webhook-customer-updated.json");

    let error =
        Event::verify_and_parse(&verifier(), &HeaderMap::new(), &body).expect_err("unsigned");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::MissingSignature)),
        "{error:?}"
    );

    let timestamp = now();
    let without_time = headers(&format!("v1={}", mac(SECRET, timestamp, &body)));
    let error =
        Event::verify_and_parse(&verifier(), &without_time, &body).expect_err("no timestamp");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::MissingTimestamp)),
        "{error:?}"
    );

    let without_mac = headers(&format!("t={timestamp}"));
    let error =
        Event::verify_and_parse(&verifier(), &without_mac, &body).expect_err("no signature");
    assert!(matches!(error, WebhookError::Verify(_)), "{error:?}");
}
