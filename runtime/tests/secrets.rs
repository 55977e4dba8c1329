//! The API key never shows up in Debug or Display output, in error messages
//! or in tracing output, for any auth scheme.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::*;
use connector_runtime::spec::{AuthScheme, RateLimitSpec};
use connector_runtime::{Config, Credentials, Error, Request, RequestOptions, Secret, Transport};
use serde_json::{Value, json};
use tracing_subscriber::fmt::MakeWriter;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Collects everything the subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        self.0
            .lock()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    }
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut buffer) = self.0.lock() {
            buffer.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

fn schemes() -> Vec<(AuthScheme, Credentials)> {
    let key = || Credentials::Key(Secret::new(API_KEY));
    vec![
        (AuthScheme::Bearer, key()),
        (AuthScheme::Query { name: "api_key" }, key()),
        (
            AuthScheme::Header {
                name: "x-api-key",
                prefix: "",
            },
            key(),
        ),
        (
            AuthScheme::Basic,
            Credentials::Basic {
                username: "agent@example.com".to_owned(),
                password: Secret::new(API_KEY),
            },
        ),
        // Some APIs take the secret key as the username, with no password.
        (
            AuthScheme::Basic,
            Credentials::Basic {
                username: API_KEY.to_owned(),
                password: Secret::new(""),
            },
        ),
        (AuthScheme::Basic, key()),
    ]
}

fn assert_clean(what: &str, text: &str) {
    assert!(!text.contains(API_KEY), "{what} leaked the key: {text}");
}

/// Every failure kind a call can end in, as Debug and Display text.
async fn failures(
    server: &MockServer,
    dead_url: &str,
    auth: AuthScheme,
    credentials: Credentials,
) -> Vec<String> {
    let build = |url: &str| {
        let mut config = Config::new(url, auth, RateLimitSpec::STANDARD);
        config.credentials = credentials.clone();
        config.retry = fast_retry();
        Transport::new(config).expect("builds")
    };
    let live = build(&server.uri());
    let dead = build(dead_url);
    let get = |id: &str| Request::new(&GET_CUSTOMER, format!("/v1/customers/{id}"));

    let mut errors: Vec<Error<Value>> = Vec::new();
    for id in ["server-error", "rate-limited", "not-json"] {
        if let Err(error) = live
            .send_json::<Value, Value>(get(id), &RequestOptions::default())
            .await
        {
            errors.push(error);
        }
    }
    if let Err(error) = dead
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
    {
        errors.push(error);
    }
    assert_eq!(errors.len(), 4, "every call should fail");

    let mut texts = vec![format!("{live:?}"), format!("{:?}", credentials)];
    for error in &errors {
        texts.push(error.to_string());
        texts.push(format!("{error:?}"));
        let mut source = std::error::Error::source(error);
        while let Some(inner) = source {
            texts.push(inner.to_string());
            texts.push(format!("{inner:?}"));
            source = inner.source();
        }
    }
    texts
}

async fn failing_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/v1/customers/server-error"))
        .respond_with(
            ResponseTemplate::new(500).set_body_json(
                json!({"errors": [{"status": 500, "title": "Internal Server Error"}]}),
            ),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/v1/customers/rate-limited"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path("/v1/customers/not-json"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw("<html>maintenance</html>", "text/html"),
        )
        .mount(&server)
        .await;
    server
}

async fn dead_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    format!("http://{addr}")
}

#[tokio::test]
async fn key_never_appears_in_debug_display_errors_or_traces() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    // The only test in this binary, on one thread: the thread-local
    // subscriber sees every event, and no other test races the interest cache.
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = failing_server().await;
    let dead = dead_url().await;
    for (auth, credentials) in schemes() {
        for text in failures(&server, &dead, auth, credentials).await {
            assert_clean(&format!("{auth:?}"), &text);
        }
    }

    let mut config = config(&server.uri());
    config.auth = AuthScheme::Query { name: "api_key" };
    assert_clean("config", &format!("{config:?}"));
    assert_clean(
        "secret",
        &format!("{} {:?}", Secret::new(API_KEY), Secret::new(API_KEY)),
    );

    let logs = captured.text();
    assert_clean("tracing output", &logs);
    // The capture really saw the calls: spans name the operation and template, and retries are logged.
    assert!(logs.contains("get_customer"), "{logs}");
    assert!(logs.contains("/v1/customers/{id}"), "{logs}");
    assert!(logs.contains("retrying request"), "{logs}");
    // Bodies are not logged either.
    assert!(!logs.contains("maintenance"), "{logs}");
}
