//! Shared pieces of the end-to-end tests: the recorded Kustomer payloads and
//! a client pointed at a local mock server.

use kustomer::{Client, RetryPolicy};
use serde_json::Value;
use wiremock::MockServer;

/// The API key every test client sends; long enough to spot in any output.
pub const KEY: &str = "eyJhbGciOiJIUzI1NiJ9.test-key-never-printed.Qx7f";

/// The text of a payload under `tests/fixtures/kustomer/`.
pub fn fixture(name: &str) -> String {
    integration_tests::fixture("kustomer", name)
}

/// A payload parsed as plain JSON, for comparing with what the client sends or re-encodes.
pub fn fixture_json(name: &str) -> Value {
    integration_tests::fixture_json("kustomer", name)
}

/// A client of the mock server with no retries and no client-side budget, so
/// that every test sees exactly the requests it caused.
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
