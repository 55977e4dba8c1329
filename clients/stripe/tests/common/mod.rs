//! Shared pieces of the Stripe client tests: the recorded payloads and a
//! client of a local mock server.

use serde_json::Value;
use stripe::{Client, RetryPolicy};
use wiremock::{MockServer, Request, ResponseTemplate};

/// The secret key every test client sends as the basic-auth user name.
pub const KEY: &str = "sk_test_51QmZq0Lk8Tq1vXyZneverPrintedKey0123";

/// The text of a payload under `tests/fixtures/stripe/`.
pub fn fixture(name: &str) -> String {
    integration_tests::fixture("stripe", name)
}

/// A payload parsed as plain JSON, for comparing with what the client re-encodes.
pub fn fixture_json(name: &str) -> Value {
    integration_tests::fixture_json("stripe", name)
}

/// A `200` answer carrying a fixture as JSON.
pub fn ok_json(name: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(fixture(name), "application/json")
}

/// A client of the mock server with no retries and no client-side budget, so
/// that every test sees exactly the requests it caused. Stripe takes the
/// secret key as the user name with an empty password.
pub fn client(server: &MockServer) -> Client {
    let built = Client::builder()
        .base_url(server.uri())
        .api_key(KEY)
        .retry(RetryPolicy::none())
        .no_budget()
        .build();
    match built {
        Ok(client) => client,
        Err(error) => panic!("a client of the mock server should build: {error}"),
    }
}

/// Every request the server received, in order.
pub async fn received(server: &MockServer) -> Vec<Request> {
    server
        .received_requests()
        .await
        .expect("request recording is on by default")
}
