//! Decoding Stripe's answers: fixture payloads round-trip with unknown fields
//! and values kept, expandable fields, errors, and `starting_after` paging.

mod common;

use common::{KEY, client, fixture, fixture_json, ok_json, received};
use futures::StreamExt;
use serde_json::json;
use stripe::types::{Charge, Customer, ErrorType, Expandable, PaymentIntent, PaymentIntentStatus};
use stripe::{Error, Nullable};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_customer_round_trips_with_unknown_fields() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/cus_RfT3kQz8LmN2aB"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    let customer = client(&server)
        .get_customer("cus_RfT3kQz8LmN2aB")
        .await
        .expect("the customer decodes");
    assert_eq!(
        customer
            .metadata
            .as_ref()
            .and_then(|metadata| metadata.get("crm_id"))
            .map(String::as_str),
        Some("crm-10293")
    );
    assert_eq!(
        serde_json::to_value(&customer).expect("encodes"),
        fixture_json("customer.json")
    );
}

#[test]
fn a_payment_intent_keeps_its_client_secret_out_of_debug() {
    let intent: PaymentIntent =
        serde_json::from_str(&fixture("payment-intent.json")).expect("the intent decodes");
    assert_eq!(intent.status, Some(PaymentIntentStatus::Succeeded));
    let secret = "pi_3QmZr2Lk8Tq1vXyZ0aBcDeFg_secret_Zq8RmT2vLx9NkP4sW7yB1cD3e";
    match &intent.client_secret {
        Some(Nullable::Value(value)) => assert_eq!(value.expose(), secret),
        other => panic!("expected a client secret, got {other:?}"),
    }
    assert!(!format!("{intent:?}").contains(secret));
    assert_eq!(
        intent.latest_charge,
        Some(Nullable::Value(Expandable::ObjectId(
            "ch_3QmZr2Lk8Tq1vXyZ0hIjKlMn".to_owned()
        )))
    );
    assert_eq!(
        serde_json::to_value(&intent).expect("encodes"),
        fixture_json("payment-intent.json"),
        "the secret is written back as received"
    );
}

#[test]
fn an_expanded_customer_decodes_as_the_object() {
    let charge: Charge = serde_json::from_str(&fixture("charge-expanded-customer.json"))
        .expect("the charge decodes");
    match &charge.customer {
        Some(Nullable::Value(Expandable::Object(customer))) => {
            assert!(customer.id.starts_with("cus_"));
        }
        other => panic!("expected an expanded customer, got {other:?}"),
    }
    assert_eq!(
        charge.payment_intent,
        Some(Nullable::Value(Expandable::ObjectId(
            "pi_3QmZr2Lk8Tq1vXyZ0aBcDeFg".to_owned()
        )))
    );
    assert_eq!(
        serde_json::to_value(&charge).expect("encodes"),
        fixture_json("charge-expanded-customer.json")
    );
}

#[test]
fn enum_values_the_spec_does_not_know_survive() {
    let mut value = fixture_json("customer.json");
    value["tax_exempt"] = json!("partially_exempt");
    let customer: Customer = serde_json::from_value(value.clone()).expect("decodes");
    assert_eq!(
        customer.tax_exempt,
        Some(Nullable::Value(stripe::types::TaxExempt::Unknown(
            "partially_exempt".to_owned()
        )))
    );
    assert_eq!(serde_json::to_value(&customer).expect("encodes"), value);
}

#[tokio::test]
async fn a_declined_card_is_an_api_error_with_everything_kept() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(
            "/v1/payment_intents/pi_3QmZs9Lk8Tq1vXyZ1eEfFgGh/confirm",
        ))
        .respond_with(
            ResponseTemplate::new(402)
                .insert_header("request-id", "req_Qx7fK2mLp9RtVw")
                .set_body_raw(fixture("error-card-declined.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let confirm = stripe::types::PaymentIntentConfirm {
        payment_method: Some("pm_card_visa_chargeDeclinedInsufficientFunds".to_owned()),
        ..Default::default()
    };
    let error = client(&server)
        .confirm_payment_intent("pi_3QmZs9Lk8Tq1vXyZ1eEfFgGh", confirm)
        .idempotency_key("confirm-pi_3QmZs9-1")
        .await
        .expect_err("a decline is an error");
    assert!(!format!("{error:?} {error}").contains(KEY));
    assert!(
        error
            .to_string()
            .contains("Your card has insufficient funds."),
        "the spec's message pointer reaches the display: {error}"
    );
    let Error::Api(response) = error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 402);
    assert_eq!(
        response
            .headers
            .get("request-id")
            .and_then(|value| value.to_str().ok()),
        Some("req_Qx7fK2mLp9RtVw")
    );
    assert_eq!(
        response.raw.as_ref(),
        fixture("error-card-declined.json").as_bytes()
    );
    let body = response.body.expect("the error body decodes");
    assert_eq!(body.error.r#type, ErrorType::CardError);
    assert_eq!(body.error.code.as_deref(), Some("card_declined"));
    assert_eq!(
        body.error.decline_code.as_deref(),
        Some("insufficient_funds")
    );
    assert_eq!(
        serde_json::to_value(&body).expect("encodes"),
        fixture_json("error-card-declined.json"),
        "`advice_code`, unknown to the spec, survives"
    );
}

#[tokio::test]
async fn a_missing_customer_is_a_404_api_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/cus_DoesNotExist00"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_raw(fixture("error-invalid-request.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server)
        .get_customer("cus_DoesNotExist00")
        .await
        .expect_err("a 404 is an error");
    assert_eq!(error.status().map(|status| status.as_u16()), Some(404));
    let Error::Api(response) = error else {
        panic!("expected Error::Api");
    };
    let body = response.body.expect("the error body decodes");
    assert_eq!(body.error.r#type, ErrorType::InvalidRequestError);
    assert_eq!(body.error.param.as_deref(), Some("id"));
}

/// Page 1 (`has_more: true`) for the first request, page 2 (`has_more:
/// false`) for the one that starts after page 1's last id.
async fn mount_customer_pages(server: &MockServer) {
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("limit", "2"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(ok_json("customers-page-1.json"))
        .expect(1)
        .mount(server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("limit", "2"))
        .and(query_param("starting_after", "cus_RfT2hWv6YpK9cD"))
        .respond_with(ok_json("customers-page-2.json"))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn items_start_after_the_last_id_until_has_more_is_false() {
    let server = MockServer::start().await;
    mount_customer_pages(&server).await;

    let ids: Vec<String> = client(&server)
        .list_customers()
        .limit(2)
        .items()
        .map(|item| item.expect("every customer decodes").id)
        .collect()
        .await;
    assert_eq!(
        ids,
        [
            "cus_RfT3kQz8LmN2aB",
            "cus_RfT2hWv6YpK9cD",
            "cus_RfS9dXr4TnB7eF"
        ]
    );

    let queries: Vec<Option<String>> = received(&server)
        .await
        .iter()
        .map(|request| request.url.query().map(str::to_owned))
        .collect();
    assert_eq!(
        queries,
        [
            Some("limit=2".to_owned()),
            Some("limit=2&starting_after=cus_RfT2hWv6YpK9cD".to_owned())
        ]
    );
}

#[tokio::test]
async fn pages_round_trip() {
    let server = MockServer::start().await;
    mount_customer_pages(&server).await;

    let pages: Vec<_> = client(&server)
        .list_customers()
        .limit(2)
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 2);
    let first = pages[0].as_ref().expect("page 1 decodes");
    let second = pages[1].as_ref().expect("page 2 decodes");
    assert!(first.has_more);
    assert!(!second.has_more);
    assert_eq!(
        serde_json::to_value(first).expect("encodes"),
        fixture_json("customers-page-1.json")
    );
    assert_eq!(
        serde_json::to_value(second).expect("encodes"),
        fixture_json("customers-page-2.json")
    );
    assert_eq!(second.data[0].name, Some(Nullable::Null));
}

#[tokio::test]
async fn an_error_on_a_later_page_ends_the_stream_with_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(ok_json("customers-page-1.json"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("starting_after", "cus_RfT2hWv6YpK9cD"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_raw(fixture("error-invalid-request.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let results: Vec<_> = client(&server).list_customers().items().collect().await;
    assert_eq!(results.len(), 3, "two customers, then the error");
    assert!(results[0].is_ok() && results[1].is_ok());
    let Some(Err(error)) = results.last() else {
        panic!("the stream ends with the error");
    };
    assert_eq!(error.status().map(|status| status.as_u16()), Some(404));
}

#[tokio::test]
async fn search_pages_follow_the_next_page_token() {
    let server = MockServer::start().await;
    let customer = fixture_json("customer.json");
    let mut other = customer.clone();
    other["id"] = json!("cus_RfS9dXr4TnB7eF");
    Mock::given(method("GET"))
        .and(path("/v1/customers/search"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "search_result", "data": [customer], "has_more": true,
            "next_page": "WzE3OTI5MzY5MzEsImN1c19SZlQza1F6OExtTjJhQiJd", "url": "/v1/customers/search"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/search"))
        .and(query_param(
            "page",
            "WzE3OTI5MzY5MzEsImN1c19SZlQza1F6OExtTjJhQiJd",
        ))
        .and(query_param("query", "email~'example.com'"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "search_result", "data": [other], "has_more": false,
            "next_page": null, "url": "/v1/customers/search"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let ids: Vec<String> = client(&server)
        .search_customers("email~'example.com'")
        .items()
        .map(|item| item.expect("every customer decodes").id)
        .collect()
        .await;
    assert_eq!(ids, ["cus_RfT3kQz8LmN2aB", "cus_RfS9dXr4TnB7eF"]);
}

/// A quick retry policy so that a retried test does not wait for Stripe's
/// half-second backoff.
fn quick_retries() -> stripe::RetryPolicy {
    stripe::RetryPolicy::new()
        .max_attempts(2)
        .initial_backoff(std::time::Duration::from_millis(1))
        .max_backoff(std::time::Duration::from_millis(2))
}

#[tokio::test]
async fn a_post_the_spec_marks_retry_safe_is_retried_and_a_create_is_not() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers/cus_RfT3kQz8LmN2aB"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/customers/cus_RfT3kQz8LmN2aB"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let updated = client
        .update_customer(
            "cus_RfT3kQz8LmN2aB",
            stripe::types::CustomerUpdate::default(),
        )
        .retry(quick_retries())
        .await
        .expect("the second attempt succeeds");
    assert_eq!(updated.id, "cus_RfT3kQz8LmN2aB");

    let error = client
        .create_customer(stripe::types::CustomerCreate::default())
        .retry(quick_retries())
        .await
        .expect_err("a create is sent once");
    assert_eq!(error.status().map(|status| status.as_u16()), Some(503));
}

#[tokio::test]
async fn a_429_after_the_last_attempt_is_rate_limited_with_the_wait() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/balance"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "2")
                .set_body_json(json!({"error": {
                    "type": "invalid_request_error",
                    "code": "rate_limit",
                    "message": "Too many requests hit the API too quickly."
                }})),
        )
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server)
        .get_balance()
        .await
        .expect_err("a 429 without retries is an error");
    let Error::RateLimited {
        retry_after,
        response,
    } = error
    else {
        panic!("expected RateLimited, got {error:?}");
    };
    assert_eq!(retry_after, Some(std::time::Duration::from_secs(2)));
    let body = response.body.expect("the error body decodes");
    assert_eq!(body.error.code.as_deref(), Some("rate_limit"));
}
