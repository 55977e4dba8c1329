//! Retries of the generated Kustomer client against a local mock: a 429 waits
//! for the reset header, 5xx are retried only where a repeat is safe.

mod common;

use std::time::Duration;

use common::{client, fixture, fixture_json};
use kustomer::types::CustomerWrite;
use kustomer::{Error, Nullable, RetryPolicy};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CUSTOMER_ID: &str = "66f0a3c41e2b7d0013c4a5b1";

fn page_response(body: impl Into<Vec<u8>>) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into(), "application/json")
}

/// Two attempts, short backoffs: enough to see a retry without slowing the suite.
fn one_retry() -> RetryPolicy {
    RetryPolicy::new()
        .max_attempts(2)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(50))
        .max_elapsed(Duration::from_secs(5))
}

/// Answers `route` once with a 503 that asks for no wait, then with `ok`.
async fn unavailable_once(server: &MockServer, verb: &str, route: &str, ok: ResponseTemplate) {
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("retry-after", "0")
                .set_body_string("upstream unavailable"),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(verb))
        .and(path(route))
        .respond_with(ok)
        .with_priority(2)
        .mount(server)
        .await;
}

async fn request_count(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .expect("recording is on")
        .len()
}

#[tokio::test]
async fn a_429_with_a_reset_header_is_retried_once_then_succeeds() {
    let server = MockServer::start().await;
    let route = &format!("/v1/customers/{CUSTOMER_ID}");
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("x-ratelimit-limit", "1000")
                .insert_header("x-ratelimit-reset", "1")
                .set_body_json(json!({ "errors": [{ "code": "rate_limited" }] })),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(page_response(fixture("customer.json")))
        .with_priority(2)
        .expect(1)
        .mount(&server)
        .await;

    // The client itself never retries; the per-request policy allows one retry.
    let policy = RetryPolicy::new()
        .max_attempts(2)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(50))
        .max_elapsed(Duration::from_secs(5));
    let customer = client(&server)
        .get_customer(CUSTOMER_ID)
        .retry(policy)
        .await
        .expect("the retry succeeds");

    assert_eq!(customer.data.id, "66f0a3c41e2b7d0013c4a5b1");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 2);
}

#[tokio::test]
async fn a_429_without_retries_is_rate_limited_with_the_wait_and_the_body() {
    let server = MockServer::start().await;
    let body = json!({ "errors": [{ "code": "rate_limited", "message": "Too many requests" }] });
    Mock::given(method("GET"))
        .and(path(format!("/v1/customers/{CUSTOMER_ID}")))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("x-ratelimit-reset", "1")
                .set_body_json(&body),
        )
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server)
        .get_customer(CUSTOMER_ID)
        .await
        .expect_err("a 429 without retries fails");

    let Error::RateLimited {
        retry_after,
        response,
    } = error
    else {
        panic!("expected Error::RateLimited, got {error:?}");
    };
    assert_eq!(retry_after, Some(Duration::from_secs(1)));
    assert_eq!(response.status.as_u16(), 429);
    let raw: Value = serde_json::from_slice(&response.raw).expect("raw body kept");
    assert_eq!(raw, body);
    let code = response
        .body
        .and_then(|body| body.errors)
        .and_then(|errors| errors.into_iter().next())
        .and_then(|error| error.code);
    assert_eq!(code.as_deref(), Some("rate_limited"));
}

#[tokio::test]
async fn a_read_is_retried_after_a_503() {
    let server = MockServer::start().await;
    let route = format!("/v1/customers/{CUSTOMER_ID}");
    unavailable_once(
        &server,
        "GET",
        &route,
        page_response(fixture("customer.json")),
    )
    .await;

    let customer = client(&server)
        .get_customer(CUSTOMER_ID)
        .retry(one_retry())
        .await
        .expect("the second attempt succeeds");

    let expected = fixture_json("customer.json");
    assert_eq!(
        serde_json::to_value(&customer).expect("a customer encodes"),
        expected
    );
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn a_create_is_not_repeated_after_a_503() {
    let server = MockServer::start().await;
    let created =
        ResponseTemplate::new(201).set_body_raw(fixture("customer.json"), "application/json");
    unavailable_once(&server, "POST", "/v1/customers", created).await;

    let body = CustomerWrite {
        name: Some(Nullable::Value("Dana Whitfield".to_owned())),
        ..CustomerWrite::default()
    };
    let error = client(&server)
        .create_customer(body)
        .retry(one_retry())
        .await
        .expect_err("a POST the spec does not mark safe is sent once");

    let Error::Api(response) = error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 503);
    assert_eq!(response.raw, "upstream unavailable");
    assert!(response.body.is_none());
    assert_eq!(
        request_count(&server).await,
        1,
        "a create may have happened"
    );
}

#[tokio::test]
async fn a_post_the_spec_marks_safe_is_retried_after_a_503() {
    let server = MockServer::start().await;
    let route = "/v1/conversations/6716630f8a1e5c00126b9d31/tags";
    unavailable_once(
        &server,
        "POST",
        route,
        page_response(fixture("conversation.json")),
    )
    .await;

    client(&server)
        .append_conversation_tags("6716630f8a1e5c00126b9d31", vec!["vip".to_owned()])
        .retry(one_retry())
        .await
        .expect("appending tags twice is harmless, so it is retried");

    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.body, br#"["vip"]"#, "the retry sends the same body");
    }
}

#[tokio::test]
async fn a_response_slower_than_the_request_timeout_is_a_timeout() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/customers/{CUSTOMER_ID}")))
        .respond_with(page_response(fixture("customer.json")).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;

    let error = client(&server)
        .get_customer(CUSTOMER_ID)
        .timeout(Duration::from_millis(100))
        .await
        .expect_err("the server is too slow");

    assert!(
        matches!(error, Error::Timeout { attempts: 1, .. }),
        "expected Error::Timeout after one attempt, got {error:?}"
    );
}
