//! Responses of the generated Kustomer client decoded from recorded payloads:
//! typed fields, nulls, unknown fields and enum values, secrets, and errors.

mod common;

use common::{KEY, client, fixture, fixture_json};
use kustomer::types::{
    AuthToken, Channel, Conversation, ConversationEvent, ConversationStatus, Customer,
    CustomerEvent, Direction, Document, EmailType, ErrorBody, ErrorStatus, ListDocument, Message,
    MessageEvent, MessageStatus, OutboundWebhook, OutboundWebhookEvents, Polarity,
    RelationshipData, Tag, Team, User, WebhookEventName,
};
use kustomer::{DateTime, Error, Nullable};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use time::macros::datetime;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CUSTOMER_ID: &str = "66f0a3c41e2b7d0013c4a5b1";
const CONVERSATION_ID: &str = "6716630f8a1e5c00126b9d31";

/// Serves `body` with `status` for every GET to `route`.
async fn serve(route: &str, status: u16, body: impl Into<Vec<u8>>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(
            ResponseTemplate::new(status)
                .set_body_raw(body.into(), "application/json")
                .insert_header("x-request-id", "5b0e7c1a-3f24-4d8b-a9e6-71c2d0f4b853"),
        )
        .expect(1)
        .mount(&server)
        .await;
    server
}

/// Decodes `value` as `T` and encodes it again.
fn recode<T: DeserializeOwned + Serialize>(value: Value) -> Result<Value, String> {
    let decoded: T = serde_json::from_value(value).map_err(|error| error.to_string())?;
    serde_json::to_value(&decoded).map_err(|error| error.to_string())
}

/// Decodes and re-encodes one payload as one type.
type Recoder = fn(Value) -> Result<Value, String>;

/// Every payload that decodes as a whole, with the type it decodes as.
const RECODERS: &[(&str, Recoder)] = &[
    ("customer.json", recode::<Document<Customer>>),
    ("customers-page-1.json", recode::<ListDocument<Customer>>),
    ("customers-page-2.json", recode::<ListDocument<Customer>>),
    ("customers-page-3.json", recode::<ListDocument<Customer>>),
    ("conversation.json", recode::<Document<Conversation>>),
    ("message.json", recode::<Document<Message>>),
    ("team.json", recode::<Document<Team>>),
    ("user-current.json", recode::<Document<User>>),
    ("auth-token-current.json", recode::<Document<AuthToken>>),
    ("outbound-webhook.json", recode::<Document<OutboundWebhook>>),
    (
        "outbound-webhook-events.json",
        recode::<OutboundWebhookEvents>,
    ),
    ("tags-page-1.json", recode::<ListDocument<Tag>>),
    ("error-400.json", recode::<ErrorBody>),
    ("error-jsonapi-404.json", recode::<ErrorBody>),
    ("webhook-customer-create.json", recode::<CustomerEvent>),
    (
        "webhook-conversation-update.json",
        recode::<ConversationEvent>,
    ),
    ("webhook-message-create.json", recode::<MessageEvent>),
];

/// How a re-encoded payload differs from the original, by JSON pointer.
#[derive(Default)]
struct Differences {
    /// Anything but the spelling of a date-time: lost, added or changed values.
    values: Vec<String>,
    /// Date-times that name the same instant but are written differently.
    date_text: Vec<String>,
}

fn compare(pointer: &str, before: &Value, after: &Value, found: &mut Differences) {
    match (before, after) {
        (Value::Object(left), Value::Object(right)) => {
            for (key, value) in left {
                let here = format!("{pointer}/{key}");
                match right.get(key) {
                    Some(other) => compare(&here, value, other, found),
                    None => found.values.push(format!("{here}: lost")),
                }
            }
            for key in right.keys().filter(|key| !left.contains_key(*key)) {
                found.values.push(format!("{pointer}/{key}: added"));
            }
        }
        (Value::Array(left), Value::Array(right)) if left.len() == right.len() => {
            for (index, (value, other)) in left.iter().zip(right).enumerate() {
                compare(&format!("{pointer}/{index}"), value, other, found);
            }
        }
        (Value::String(left), Value::String(right)) if left != right => {
            let instant = |text: &str| DateTime::parse(text).ok();
            let note = format!("{pointer}: {left:?} became {right:?}");
            match (instant(left), instant(right)) {
                (Some(a), Some(b)) if a == b => found.date_text.push(note),
                _ => found.values.push(note),
            }
        }
        _ if before != after => found
            .values
            .push(format!("{pointer}: {before} became {after}")),
        _ => {}
    }
}

/// Decodes and re-encodes `value` with `recoder`, and lists what changed.
fn round_trip(name: &str, value: &Value, recoder: Recoder) -> Differences {
    let encoded = match recoder(value.clone()) {
        Ok(encoded) => encoded,
        Err(error) => panic!("{name} does not decode: {error}"),
    };
    let mut found = Differences::default();
    compare("", value, &encoded, &mut found);
    found
}

#[tokio::test]
async fn customer_decodes_custom_attributes_nulls_and_relationships() {
    let server = serve(
        &format!("/v1/customers/{CUSTOMER_ID}"),
        200,
        fixture("customer.json"),
    )
    .await;

    let customer = client(&server)
        .get_customer(CUSTOMER_ID)
        .await
        .expect("the customer decodes")
        .data;

    assert_eq!(customer.r#type, "customer");
    assert_eq!(customer.id, CUSTOMER_ID);
    let attributes = &customer.attributes;
    assert_eq!(
        attributes.name,
        Some(Nullable::Value("Dana Whitfield".to_owned()))
    );
    // Present nulls stay apart from absent fields.
    assert_eq!(attributes.signed_up_at, Some(Nullable::Null));
    assert_eq!(attributes.avatar_url, Some(Nullable::Null));
    assert_eq!(attributes.gender, Some(Nullable::Null));
    assert_eq!(attributes.locale, Some(Nullable::Null));
    assert_eq!(attributes.imported_at, None);
    assert_eq!(
        attributes.created_at,
        Some(DateTime::from(datetime!(2026-03-02 11:52:19.264 UTC)))
    );
    assert_eq!(attributes.rev, Some(17));

    let emails = attributes.emails.as_ref().expect("emails");
    assert_eq!(emails.len(), 2);
    assert_eq!(emails[0].email, "dana.whitfield@example.com");
    assert_eq!(emails[0].r#type, Some(EmailType::Work));
    assert_eq!(emails[1].r#type, Some(EmailType::Home));

    let custom = attributes.custom.as_ref().expect("custom attributes");
    assert_eq!(custom.get("loyaltyTierStr"), Some(&json!("gold")));
    assert_eq!(custom.get("lifetimeValueNum"), Some(&json!(1840.5)));
    assert_eq!(custom.get("marketingOptInBool"), Some(&json!(true)));
    assert_eq!(custom.get("referrerStr"), Some(&Value::Null));
    assert_eq!(custom.len(), 7);

    let sentiment = attributes.sentiment.as_ref().expect("sentiment");
    assert_eq!(sentiment.polarity, Some(Polarity::Neutral));
    // Fields the spec does not name are kept.
    assert_eq!(
        attributes.extra.get("satisfactionLevel"),
        Some(&json!({ "firstSatisfaction": { "sentByTeams": [] } }))
    );
    assert_eq!(attributes.extra.get("recentItems"), Some(&json!([])));

    let relationships = customer.relationships.as_ref().expect("relationships");
    let company = relationships.get("company").expect("company relationship");
    match &company.data {
        Some(Nullable::Value(RelationshipData::ResourceIdentifier(target))) => {
            assert_eq!(target.r#type, "company");
            assert_eq!(target.id, "66f0a3c41e2b7d0013c4a5c2");
        }
        other => panic!("unexpected company relationship data {other:?}"),
    }
    let messages = relationships
        .get("messages")
        .expect("messages relationship");
    assert_eq!(messages.data, None, "a links-only relationship has no data");
    assert_eq!(
        customer
            .links
            .as_ref()
            .and_then(|links| links.self_link.as_deref()),
        Some("/v1/customers/66f0a3c41e2b7d0013c4a5b1")
    );
}

#[tokio::test]
async fn conversation_decodes_status_history_and_relationships() {
    let server = serve(
        &format!("/v1/conversations/{CONVERSATION_ID}"),
        200,
        fixture("conversation.json"),
    )
    .await;

    let conversation = client(&server)
        .get_conversation(CONVERSATION_ID)
        .await
        .expect("the conversation decodes")
        .data;

    let attributes = &conversation.attributes;
    assert_eq!(attributes.status, Some(ConversationStatus::Open));
    assert_eq!(attributes.channels, Some(vec![Channel::Email]));
    assert_eq!(attributes.direction, Some(Direction::In));
    assert_eq!(attributes.priority, Some(3));
    assert_eq!(attributes.external_id, Some(Nullable::Null));
    assert_eq!(attributes.satisfaction, Some(Nullable::Null));
    let history = attributes
        .modification_history
        .as_ref()
        .expect("modification history");
    assert_eq!(history.brand_at, Some(Nullable::Null));
    assert_eq!(
        history.status_at,
        Some(Nullable::Value(DateTime::from(
            datetime!(2026-10-21 13:58:02.411 UTC)
        )))
    );
    assert_eq!(
        attributes.sla.as_ref().and_then(|sla| sla.get("metrics")),
        Some(&json!({ "nextReply": { "onTimeCount": 1, "lateCount": 0 } }))
    );
    assert_eq!(
        attributes.extra.get("billingStatus"),
        Some(&json!("billable"))
    );

    let relationships = conversation.relationships.as_ref().expect("relationships");
    for name in [
        "customer",
        "queue",
        "brand",
        "org",
        "createdBy",
        "modifiedBy",
    ] {
        assert!(
            matches!(
                relationships.get(name).and_then(|r| r.data.as_ref()),
                Some(Nullable::Value(RelationshipData::ResourceIdentifier(_)))
            ),
            "relationship {name} should carry an identifier"
        );
    }
}

#[tokio::test]
async fn message_decodes_email_meta_and_enums() {
    let server = serve(
        "/v1/messages/67166312b4c9a20013f0e742",
        200,
        fixture("message.json"),
    )
    .await;

    let message = client(&server)
        .get_message("67166312b4c9a20013f0e742")
        .await
        .expect("the message decodes")
        .data;

    let attributes = &message.attributes;
    assert_eq!(attributes.channel, Some(Channel::Email));
    assert_eq!(attributes.direction, Some(Direction::In));
    assert_eq!(attributes.status, Some(MessageStatus::Received));
    assert_eq!(attributes.direction_type.as_deref(), Some("initial-in"));
    assert_eq!(
        attributes.external_id,
        Some(Nullable::Value("<CAF4x9q2@mail.example.com>".to_owned()))
    );
    let meta = attributes.meta.as_ref().expect("meta");
    assert_eq!(meta.get("from"), Some(&json!("dana.whitfield@example.com")));
    assert_eq!(meta.get("inReplyTo"), Some(&Value::Null));
    assert_eq!(attributes.extra.get("attachmentCount"), Some(&json!(0)));
    assert_eq!(
        message
            .links
            .as_ref()
            .and_then(|links| links.related.as_deref()),
        Some("/v1/conversations/6716630f8a1e5c00126b9d31")
    );
}

#[tokio::test]
async fn outbound_webhook_token_is_redacted_but_readable() {
    let server = serve(
        "/v1/outbound-webhooks/671a0f3e9c2b4d0013a8e6f4",
        200,
        fixture("outbound-webhook.json"),
    )
    .await;
    let token_text = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7";

    let webhook = client(&server)
        .get_outbound_webhook("671a0f3e9c2b4d0013a8e6f4")
        .await
        .expect("the webhook decodes");

    let attributes = &webhook.data.attributes;
    let token = attributes.token.as_ref().expect("the signing token");
    assert_eq!(token.expose(), token_text);
    let shown = format!("{webhook:?}");
    assert!(!shown.contains(token_text), "the token leaked into Debug");
    assert!(shown.contains("[redacted]"), "{shown}");
    assert!(!format!("{token}").contains(token_text));
    assert_eq!(
        attributes.events,
        Some(vec![
            WebhookEventName::ConversationCreate,
            WebhookEventName::ConversationUpdate,
            WebhookEventName::MessageCreate,
        ])
    );
    assert_eq!(attributes.extra.get("failureCount"), Some(&json!(0)));
}

#[tokio::test]
async fn validation_error_keeps_status_headers_raw_body_and_parsed_errors() {
    let raw = fixture("error-400.json");
    let server = serve(&format!("/v1/customers/{CUSTOMER_ID}"), 400, raw.clone()).await;

    let error = client(&server)
        .get_customer(CUSTOMER_ID)
        .await
        .expect_err("a 400 is an error");

    assert_eq!(error.status().map(|status| status.as_u16()), Some(400));
    assert_eq!(error.raw_body(), Some(raw.as_bytes()));
    assert!(!error.to_string().contains(KEY));
    let Error::Api(response) = error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 400);
    assert_eq!(
        response
            .headers
            .get("x-request-id")
            .map(|value| value.as_bytes()),
        Some(&b"5b0e7c1a-3f24-4d8b-a9e6-71c2d0f4b853"[..])
    );
    assert_eq!(response.raw, raw.as_bytes());
    let body = response.body.expect("the error body decodes");
    let errors = body.errors.as_ref().expect("errors");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code.as_deref(), Some("bad_request"));
    assert_eq!(
        errors[0].message.as_deref(),
        Some("Invalid request body or parameters.")
    );
    assert_eq!(
        errors[0].meta.as_ref().and_then(|meta| meta.get("field")),
        Some(&json!("custom.lifetimeValue"))
    );
    assert_eq!(
        body.extra.get("requestId"),
        Some(&json!("5b0e7c1a-3f24-4d8b-a9e6-71c2d0f4b853"))
    );
}

#[tokio::test]
async fn json_api_not_found_keeps_the_error_object() {
    let raw = fixture("error-jsonapi-404.json");
    let missing = "6716630f8a1e5c00126b9d99";
    let server = serve(&format!("/v1/conversations/{missing}"), 404, raw.clone()).await;

    let error = client(&server)
        .get_conversation(missing)
        .await
        .expect_err("a 404 is an error");

    let Error::Api(response) = error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 404);
    assert_eq!(response.raw, raw.as_bytes());
    let body = response.body.expect("the error body decodes");
    let first = &body.errors.as_ref().expect("errors")[0];
    assert_eq!(first.status, Some(ErrorStatus::String("404".to_owned())));
    assert_eq!(first.code.as_deref(), Some("not_found"));
    assert_eq!(first.title.as_deref(), Some("Not Found"));
    assert_eq!(
        first.detail.as_deref(),
        Some("No conversation with id 6716630f8a1e5c00126b9d99 was found.")
    );
    let source = first.source.as_ref().expect("source");
    assert_eq!(source.pointer.as_deref(), Some("/data/id"));
    assert_eq!(source.parameter.as_deref(), Some("id"));
    assert_eq!(
        first.extra.get("traceId"),
        Some(&json!("1-6716a2c4-3e9b0d7f52a1c84e6f0b9d27"))
    );
}

#[tokio::test]
async fn error_body_that_is_not_json_is_kept_raw() {
    let page = "<html><body>502 Bad Gateway</body></html>";
    let server = serve(&format!("/v1/customers/{CUSTOMER_ID}"), 502, page).await;

    let error = client(&server)
        .get_customer(CUSTOMER_ID)
        .await
        .expect_err("a 502 is an error");

    let Error::Api(response) = error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 502);
    assert_eq!(response.raw, page.as_bytes());
    assert!(response.body.is_none());
}

#[tokio::test]
async fn success_with_the_wrong_shape_is_a_decode_error_keeping_the_bytes() {
    // A list where one customer is expected.
    let raw = fixture("customers-page-1.json");
    let server = serve(&format!("/v1/customers/{CUSTOMER_ID}"), 200, raw.clone()).await;

    let error = client(&server)
        .get_customer(CUSTOMER_ID)
        .await
        .expect_err("a list is not a customer");

    let Error::Decode {
        status,
        headers,
        body,
        ..
    } = error
    else {
        panic!("expected Error::Decode, got {error:?}");
    };
    assert_eq!(status.as_u16(), 200);
    assert_eq!(body, raw.as_bytes());
    assert!(headers.contains_key("x-request-id"));
}

#[tokio::test]
async fn success_that_is_not_json_is_a_decode_error() {
    let server = serve(&format!("/v1/customers/{CUSTOMER_ID}"), 200, "OK").await;

    let error = client(&server)
        .get_customer(CUSTOMER_ID)
        .await
        .expect_err("text is not a customer");

    assert!(
        matches!(&error, Error::Decode { body, .. } if body == "OK"),
        "expected Error::Decode, got {error:?}"
    );
    assert_eq!(error.raw_body(), Some(&b"OK"[..]));
}

#[test]
fn every_fixture_survives_a_decode_encode_round_trip() {
    let mut changed = Vec::new();
    for (name, recoder) in RECODERS {
        let found = round_trip(name, &fixture_json(name), *recoder);
        changed.extend(
            found
                .values
                .into_iter()
                .map(|note| format!("{name} {note}")),
        );
    }
    assert!(
        changed.is_empty(),
        "values changed:\n{}",
        changed.join("\n")
    );
}

#[test]
fn date_times_keep_their_text_through_a_round_trip() {
    // `2026-05-27T07:45:58.090Z` must not come back as `…58.09Z`: a
    // re-sent record should carry exactly the text the server gave.
    let mut changed = Vec::new();
    for (name, recoder) in RECODERS {
        let found = round_trip(name, &fixture_json(name), *recoder);
        changed.extend(
            found
                .date_text
                .into_iter()
                .map(|note| format!("{name} {note}")),
        );
    }
    assert!(
        changed.is_empty(),
        "date-times rewritten:\n{}",
        changed.join("\n")
    );
}

#[test]
fn unknown_enum_values_are_kept_and_sent_back_unchanged() {
    let mut conversation = fixture_json("conversation.json");
    let attributes = &mut conversation["data"]["attributes"];
    attributes["status"] = json!("waiting");
    attributes["channels"] = json!(["email", "tiktok"]);
    attributes["direction"] = json!("sideways");
    attributes["sentiment"]["polarity"] = json!(2);

    let found = round_trip(
        "conversation.json with new enum values",
        &conversation,
        recode::<Document<Conversation>>,
    );
    assert!(
        found.values.is_empty(),
        "values changed: {:?}",
        found.values
    );
    let decoded: Document<Conversation> =
        serde_json::from_value(conversation).expect("the conversation decodes");
    let attributes = &decoded.data.attributes;
    assert_eq!(
        attributes.status,
        Some(ConversationStatus::Unknown("waiting".to_owned()))
    );
    assert_eq!(
        attributes.channels,
        Some(vec![Channel::Email, Channel::Unknown("tiktok".to_owned())])
    );
    assert_eq!(
        attributes.direction,
        Some(Direction::Unknown("sideways".to_owned()))
    );
    assert_eq!(
        attributes.sentiment.as_ref().and_then(|s| s.polarity),
        Some(Polarity::Unknown(2))
    );
}
