//! Shared pieces of the GitHub client tests: the recorded payloads and a
//! client of a local mock server.

use github::{Client, RetryPolicy};
use serde_json::Value;
use wiremock::{MockServer, Request, ResponseTemplate};

/// The token every test client sends; long enough to spot in any output.
pub const TOKEN: &str = "ghp_testTokenNeverPrinted0123456789abcd";

/// The text of a payload under `tests/fixtures/github/`.
pub fn fixture(name: &str) -> String {
    integration_tests::fixture("github", name)
}

/// A payload parsed as plain JSON, for comparing with what the client re-encodes.
pub fn fixture_json(name: &str) -> Value {
    integration_tests::fixture_json("github", name)
}

/// A `200` answer carrying a fixture as JSON.
pub fn ok_json(name: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(fixture(name), "application/json")
}

/// A client of the mock server with no retries and no client-side budget, so
/// that every test sees exactly the requests it caused.
pub fn client(server: &MockServer) -> Client {
    let built = Client::builder()
        .base_url(server.uri())
        .api_key(TOKEN)
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
