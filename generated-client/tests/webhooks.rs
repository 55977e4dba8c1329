//! Kustomer webhook deliveries, signed here with HMAC-SHA256 independently of
//! the runtime's signer, verified and decoded into typed events.

use connector_runtime::http::{HeaderMap, HeaderValue};
use kustomer::types::{ChangeOp, ConversationStatus, RelationshipData};
use kustomer::webhooks::{EVENT_NAMES, Event, VerifyError, WebhookError, verifier};
use kustomer::{Nullable, Secret};
use serde_json::{Value, json};

/// The signing token of the outbound webhook in `outbound-webhook.json`.
const TOKEN: &str = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7";
const SIGNATURE_HEADER: &str = "x-kustomer-webhook-signature";
const EVENT_HEADER: &str = "x-kustomer-webhook-event";

/// The raw bytes of a recorded delivery.
fn delivery(name: &str) -> Vec<u8> {
    integration_tests::fixture_bytes("kustomer", name)
}

/// Lowercase hex HMAC-SHA256 of `body` under `token`, as Kustomer signs.
fn sign(token: &str, body: &[u8]) -> String {
    integration_tests::hmac_sha256_hex(token, &[body])
}

fn headers(signature: Option<&str>, event: Option<&str>) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    if let Some(signature) = signature {
        headers.insert(
            SIGNATURE_HEADER,
            HeaderValue::from_str(signature).expect("hex is a valid header"),
        );
    }
    if let Some(event) = event {
        headers.insert(
            EVENT_HEADER,
            HeaderValue::from_str(event).expect("an event name is a valid header"),
        );
    }
    headers
}

/// Verifies and parses a delivery signed with the right token.
fn receive(name: &str, with_event_header: bool) -> Result<Event, WebhookError> {
    let body = delivery(name);
    let event_name = serde_json::from_slice::<Value>(&body).expect("json")["name"]
        .as_str()
        .map(str::to_owned);
    let event_header = event_name.as_deref().filter(|_| with_event_header);
    let headers = headers(Some(&sign(TOKEN, &body)), event_header);
    Event::verify_and_parse(&verifier([Secret::new(TOKEN)]), &headers, &body)
}

#[test]
fn customer_create_is_typed_and_has_no_changes() {
    let event = receive("webhook-customer-create.json", true).expect("a signed delivery verifies");

    assert_eq!(event.name(), "kustomer.customer.create");
    let Event::CustomerCreate(event) = event else {
        panic!("expected CustomerCreate, got {event:?}");
    };
    assert_eq!(event.id, "6716a41c7e3b2f0012d95a01");
    assert_eq!(event.org_name.as_deref(), Some("acme"));
    assert_eq!(event.changes, None, "a create carries no changes");
    assert_eq!(event.data.r#type, "customer");
    assert_eq!(event.data.id, "66f0a3c41e2b7d0013c4a5b6");
    assert_eq!(
        event.data.attributes.name,
        Some(Nullable::Value("Jonah Reyes".to_owned()))
    );
    assert_eq!(event.data.attributes.gender, Some(Nullable::Null));
    assert_eq!(event.extra.get("region"), Some(&json!("us-east-1")));
    assert_eq!(
        event.meta.as_ref().and_then(|meta| meta.custom_changed),
        Some(false)
    );
}

#[test]
fn conversation_update_carries_typed_changes() {
    // No event header: the name comes from the body.
    let event = receive("webhook-conversation-update.json", false).expect("verifies");

    let Event::ConversationUpdate(event) = event else {
        panic!("expected ConversationUpdate, got {event:?}");
    };
    assert_eq!(event.data.attributes.status, Some(ConversationStatus::Done));
    let Some(Nullable::Value(changes)) = &event.changes else {
        panic!("an update carries changes, got {:?}", event.changes);
    };
    let attributes = changes.attributes.as_ref().expect("changed attributes");
    let status = attributes.get("status").expect("status changed");
    assert_eq!(status.op, Some(ChangeOp::Replace));
    assert_eq!(status.before, Some(json!("open")));
    assert_eq!(status.after, Some(json!("done")));
    let rev = attributes.get("rev").expect("rev changed");
    assert_eq!(
        (rev.before.clone(), rev.after.clone()),
        (Some(json!(6)), Some(json!(7)))
    );
    assert!(attributes.contains_key("modificationHistory.statusAt"));
    assert_eq!(attributes.len(), 4);
    assert_eq!(changes.relationships.as_ref().map(|r| r.len()), Some(0));
}

#[test]
fn message_create_keeps_a_plural_relationship_type() {
    let event = receive("webhook-message-create.json", true).expect("verifies");

    let Event::MessageCreate(event) = event else {
        panic!("expected MessageCreate, got {event:?}");
    };
    assert_eq!(event.data.id, "67166320b4c9a20013f0e7a9");
    assert_eq!(event.changes, None);
    let customer = event
        .data
        .relationships
        .as_ref()
        .and_then(|relationships| relationships.get("customer"))
        .and_then(|relationship| relationship.data.as_ref());
    match customer {
        Some(Nullable::Value(RelationshipData::ResourceIdentifier(target))) => {
            assert_eq!(target.r#type, "customers");
            assert_eq!(target.id, "66f0a3c41e2b7d0013c4a5b1");
        }
        other => panic!("unexpected customer relationship {other:?}"),
    }
}

#[test]
fn an_unknown_event_keeps_its_name_and_raw_json() {
    let raw = delivery("webhook-unknown-event.json");
    let expected: Value = serde_json::from_slice(&raw).expect("json");
    assert!(!EVENT_NAMES.contains(&"kustomer.kobject.create"));

    for with_event_header in [true, false] {
        let event = receive("webhook-unknown-event.json", with_event_header).expect("verifies");
        assert_eq!(event.name(), "kustomer.kobject.create");
        match event {
            Event::Unknown { name, body } => {
                assert_eq!(name, "kustomer.kobject.create");
                assert_eq!(body, expected);
            }
            other => panic!("expected Event::Unknown, got {other:?}"),
        }
    }
}

#[test]
fn the_runtime_signer_agrees_with_an_independent_hmac() {
    let body = delivery("webhook-customer-create.json");
    let verifier = verifier([Secret::new(TOKEN)]);
    assert_eq!(verifier.sign(&body, None), sign(TOKEN, &body));
    assert!(!format!("{verifier:?}").contains(TOKEN));
}

#[test]
fn a_tampered_body_is_rejected_as_a_mismatch() {
    let body = delivery("webhook-customer-create.json");
    let signature = sign(TOKEN, &body);
    let tampered = String::from_utf8(body)
        .expect("utf-8")
        .replace("Jonah Reyes", "Jonas Reyes");

    let error = Event::verify_and_parse(
        &verifier([Secret::new(TOKEN)]),
        &headers(Some(&signature), Some("kustomer.customer.create")),
        tampered.as_bytes(),
    )
    .expect_err("a changed body fails");

    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "expected a mismatch, got {error:?}"
    );
}

#[test]
fn a_delivery_signed_with_another_token_is_rejected_and_the_token_not_shown() {
    let body = delivery("webhook-customer-create.json");
    let forged = sign("not-the-webhook-token", &body);

    let error = Event::verify_and_parse(
        &verifier([Secret::new(TOKEN)]),
        &headers(Some(&forged), Some("kustomer.customer.create")),
        &body,
    )
    .expect_err("a forged signature fails");

    assert!(
        matches!(error, WebhookError::Verify(VerifyError::Mismatch)),
        "expected a mismatch, got {error:?}"
    );
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(TOKEN) && !shown.contains(&sign(TOKEN, &body)));
}

#[test]
fn a_missing_or_malformed_signature_header_has_its_own_error() {
    let body = delivery("webhook-customer-create.json");
    let verifier = verifier([Secret::new(TOKEN)]);

    let missing = Event::verify_and_parse(
        &verifier,
        &headers(None, Some("kustomer.customer.create")),
        &body,
    )
    .expect_err("an unsigned delivery fails");
    assert!(
        matches!(missing, WebhookError::Verify(VerifyError::MissingSignature)),
        "expected a missing signature, got {missing:?}"
    );

    let malformed = Event::verify_and_parse(
        &verifier,
        &headers(Some("not hex at all"), Some("kustomer.customer.create")),
        &body,
    )
    .expect_err("a signature that is not hex fails");
    assert!(
        matches!(
            malformed,
            WebhookError::Verify(VerifyError::MalformedSignature { .. })
        ),
        "expected a malformed signature, got {malformed:?}"
    );
}

#[test]
fn a_rotated_token_still_verifies_while_both_are_configured() {
    let body = delivery("webhook-message-create.json");
    let signature = sign(TOKEN, &body);
    let both = verifier([Secret::new("the-previous-token"), Secret::new(TOKEN)]);

    let event = Event::verify_and_parse(&both, &headers(Some(&signature), None), &body)
        .expect("the second token matches");
    assert_eq!(event.name(), "kustomer.message.create");
}

#[test]
fn a_signed_body_of_the_wrong_shape_is_a_decode_error_keeping_the_bytes() {
    let body = br#"{"id":"6716a41c7e3b2f0012d95a01","name":"kustomer.customer.create","data":"not a resource"}"#;
    let headers = headers(Some(&sign(TOKEN, body)), None);

    let error = Event::verify_and_parse(&verifier([Secret::new(TOKEN)]), &headers, body)
        .expect_err("the body does not decode");

    match error {
        WebhookError::Decode {
            event, body: kept, ..
        } => {
            assert_eq!(event, "kustomer.customer.create");
            assert_eq!(kept, &body[..]);
        }
        other => panic!("expected WebhookError::Decode, got {other:?}"),
    }
}

#[test]
fn a_signed_body_naming_no_event_is_missing_its_event_name() {
    let body = br#"{"id":"6716a41c7e3b2f0012d95a01","data":{}}"#;
    let headers = headers(Some(&sign(TOKEN, body)), None);

    let error = Event::verify_and_parse(&verifier([Secret::new(TOKEN)]), &headers, body)
        .expect_err("no event name");

    assert!(
        matches!(error, WebhookError::MissingEventName),
        "expected MissingEventName, got {error:?}"
    );
}

#[test]
fn event_ids_come_from_the_body_for_dropping_duplicates() {
    let body = delivery("webhook-conversation-update.json");
    let headers = headers(Some(&sign(TOKEN, &body)), None);
    assert_eq!(
        Event::event_id(&headers, &body).as_deref(),
        Some("6716a4227e3b2f0012d95a3c")
    );
    assert_eq!(
        Event::event_name(&headers, &body).as_deref(),
        Some("kustomer.conversation.update")
    );
}

#[test]
fn a_swapped_event_header_cannot_relabel_a_signed_body() {
    // The header is not signed: someone on the path changes it, hoping the
    // customer body is decoded and handled as a tag event.
    let body = delivery("webhook-customer-create.json");
    let headers = headers(Some(&sign(TOKEN, &body)), Some("kustomer.tag.create"));
    let error = Event::verify_and_parse(&verifier([Secret::new(TOKEN)]), &headers, &body)
        .expect_err("a header that disagrees with the signed body is refused");
    let WebhookError::EventNameMismatch { header, body } = error else {
        panic!("expected EventNameMismatch, got {error:?}");
    };
    assert_eq!(header, "kustomer.tag.create");
    assert_eq!(body, "kustomer.customer.create");

    // Routing before parsing still reads the header, which is cheap.
    assert_eq!(
        Event::event_name(&headers, &delivery("webhook-customer-create.json")).as_deref(),
        Some("kustomer.tag.create")
    );
}

#[test]
fn an_empty_token_verifies_nothing() {
    // An unset environment variable must not turn into a key anyone can sign with.
    let body = delivery("webhook-customer-create.json");
    let headers = headers(Some(&sign("", &body)), None);
    let error = Event::verify_and_parse(&verifier([Secret::new("")]), &headers, &body)
        .expect_err("no usable secret");
    assert!(
        matches!(error, WebhookError::Verify(VerifyError::NoSecrets)),
        "{error:?}"
    );
}
