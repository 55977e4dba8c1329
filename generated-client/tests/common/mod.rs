//! Shared pieces of the end-to-end tests: the recorded Kustomer payloads and
//! a client pointed at a local mock server.

use std::path::PathBuf;

use kustomer::{Client, RetryPolicy};
use serde_json::Value;
use wiremock::MockServer;

/// The API key every test client sends; long enough to spot in any output.
pub const KEY: &str = "eyJhbGciOiJIUzI1NiJ9.test-key-never-printed.Qx7f";

/// The text of a payload under `tests/fixtures/kustomer/`.
pub fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/kustomer")
        .join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => panic!("cannot read fixture {}: {error}", path.display()),
    }
}

/// A payload parsed as plain JSON, for comparing with what the client sends or re-encodes.
pub fn fixture_json(name: &str) -> Value {
    match serde_json::from_str(&fixture(name)) {
        Ok(value) => value,
        Err(error) => panic!("fixture {name} is not json: {error}"),
    }
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
