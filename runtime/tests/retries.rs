//! Retries, rate limits, dropped connections and timeouts against real
//! local servers (wiremock, and a raw TCP server for connection faults).

mod common;

use std::time::Duration;

use common::*;
use connector_runtime::spec::{RateLimitSpec, ResetFormat};
use connector_runtime::{Error, Request, RequestOptions, RetryPolicy, Transport};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn get(id: &str) -> Request {
    Request::new(
        &GET_CUSTOMER,
        format!("/v1/customers/{}", connector_runtime::path::segment(id)),
    )
}

fn create() -> Request {
    Request::new(&CREATE_CUSTOMER, "/v1/customers".to_owned())
        .json(&json!({"name": "Ada Lovelace", "emails": [{"type": "work", "email": "ada@example.com"}]}))
        .expect("json body")
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| r.len())
}

fn ok_customer() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"data": customer_json("cus_1", "Ada Lovelace")}))
}

#[tokio::test]
async fn rate_limited_429_waits_for_reset_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/cus_1"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("x-ratelimit-limit", "100")
                .insert_header("x-ratelimit-remaining", "0")
                .insert_header("x-ratelimit-reset", "0.4")
                .set_body_json(json!({"errors": [{"status": 429, "title": "Too Many Requests"}]})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/cus_1"))
        .respond_with(ok_customer())
        .mount(&server)
        .await;

    let transport = transport(&server.uri());
    let started = tokio::time::Instant::now();
    let body: Value = transport
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect("succeeds after the reset");
    assert_eq!(body["data"]["id"], "cus_1");
    assert_eq!(received(&server).await, 2);
    // The wait follows the reset header, not the 10-40 ms backoff.
    assert!(started.elapsed() >= Duration::from_millis(400));
}

#[tokio::test]
async fn rate_limited_429_honours_retry_after_and_unix_millis_reset() {
    static MILLIS: RateLimitSpec = RateLimitSpec {
        reset_format: ResetFormat::UnixMillis,
        ..RATE_LIMIT
    };
    let server = MockServer::start().await;
    // Taken before the reset is computed, so the bound below holds however
    // slowly the setup runs.
    let started = tokio::time::Instant::now();
    let reset_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        + Duration::from_millis(300);
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("x-ratelimit-remaining", "0")
                .insert_header("x-ratelimit-reset", reset_at.as_millis().to_string()),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({"data": customer_json("cus_2", "Ada Lovelace")})),
        )
        .mount(&server)
        .await;

    let mut config = config(&server.uri());
    config.rate_limit = MILLIS;
    let transport = Transport::new(config).expect("builds");
    // A 429 means the request was not processed, so even a POST is retried.
    let created: Value = transport
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect("created after the reset");
    assert_eq!(created["data"]["id"], "cus_2");
    assert_eq!(received(&server).await, 2);
    assert!(started.elapsed() >= Duration::from_millis(250));
}

#[tokio::test]
async fn rate_limited_until_retries_run_out_keeps_the_response() {
    let server = MockServer::start().await;
    let body =
        json!({"errors": [{"status": 429, "code": "rate_limited", "title": "Too Many Requests"}]});
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "0")
                .set_body_json(body.clone()),
        )
        .mount(&server)
        .await;

    let error = transport(&server.uri())
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect_err("still limited");
    match &error {
        Error::RateLimited {
            retry_after,
            response,
        } => {
            assert_eq!(*retry_after, Some(Duration::ZERO));
            assert_eq!(response.status, 429);
            assert_eq!(response.body.as_ref(), Some(&body));
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
    assert!(error.is_retryable());
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn exhausted_window_makes_later_requests_wait_for_the_reset() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ok_customer()
                .insert_header("x-ratelimit-limit", "2")
                .insert_header("x-ratelimit-remaining", "0")
                .insert_header("x-ratelimit-reset", "0.3"),
        )
        .mount(&server)
        .await;
    let transport = transport(&server.uri());
    let started = tokio::time::Instant::now();
    let raw = transport
        .send_raw::<Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect("first request");
    let limit = raw.rate_limit.expect("rate-limit headers parsed");
    assert_eq!(limit.limit, Some(2));
    assert_eq!(limit.remaining, Some(0));
    assert_eq!(limit.reset_after, Some(Duration::from_millis(300)));

    transport
        .clone()
        .send_empty::<Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect("second request");
    // Both calls together cannot be quicker than the reset the first announced.
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(received(&server).await, 2);
}

async fn flaky_server(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(status).set_body_json(
            json!({"errors": [{"status": status, "title": "upstream unavailable"}]}),
        ))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_customer())
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn server_errors_500_502_503_504_are_retried_then_succeed() {
    for status in [500, 502, 503, 504] {
        let server = flaky_server(status).await;
        let body: Value = transport(&server.uri())
            .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
            .await
            .unwrap_or_else(|error| panic!("status {status} was not retried: {error}"));
        assert_eq!(body["data"]["attributes"]["name"], "Ada Lovelace");
        assert_eq!(received(&server).await, 3, "status {status}");
    }
}

#[tokio::test]
async fn exhausted_retries_return_the_api_error_with_status_and_body() {
    let server = MockServer::start().await;
    let raw =
        r#"{"errors":[{"status":503,"code":"service_unavailable","title":"Service Unavailable"}]}"#;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).set_body_raw(raw, "application/json"))
        .mount(&server)
        .await;
    let error = transport(&server.uri())
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect_err("always 503");
    let Error::Api(response) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(response.status, 503);
    assert_eq!(response.raw, raw.as_bytes());
    assert_eq!(
        response.body.as_ref().map(|b| &b["errors"][0]["code"]),
        Some(&json!("service_unavailable"))
    );
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(error.raw_body(), Some(raw.as_bytes()));
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn client_errors_are_not_retried_and_undecodable_bodies_are_kept() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404).set_body_raw("<html>Not Found</html>", "text/html"),
        )
        .mount(&server)
        .await;
    let error = transport(&server.uri())
        .send_json::<Value, Value>(get("missing"), &RequestOptions::default())
        .await
        .expect_err("404");
    let Error::Api(response) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(response.status, 404);
    assert!(response.body.is_none());
    assert_eq!(response.raw, "<html>Not Found</html>".as_bytes());
    assert!(!error.is_retryable());
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn post_is_not_retried_on_503() {
    let server = flaky_server(503).await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let error = transport(&server.uri())
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect_err("503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn dropped_connection_is_retried_for_get() {
    let body = json!({"data": customer_json("cus_1", "Ada Lovelace")}).to_string();
    let server = RawServer::start(vec![
        Fault::Close,
        Fault::Respond(truncated_response(&body, 20)),
        Fault::Respond(http_response("200 OK", "application/json", &body)),
    ])
    .await;
    let found: Value = transport(&server.url)
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect("third attempt succeeds");
    assert_eq!(found["data"]["id"], "cus_1");
    assert_eq!(server.methods(), ["GET", "GET", "GET"]);
}

#[tokio::test]
async fn dropped_connection_after_sending_is_not_retried_for_post() {
    let server = RawServer::start(vec![
        Fault::Close,
        Fault::Respond(http_response("201 Created", "application/json", "{}")),
    ])
    .await;
    let error = transport(&server.url)
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect_err("the connection closed after the request was sent");
    assert!(
        matches!(error, Error::Transport { attempts: 1, .. }),
        "got {error:?}"
    );
    assert_eq!(server.methods(), ["POST"]);
}

#[tokio::test]
async fn body_cut_mid_way_is_not_retried_for_post() {
    let body = json!({"data": customer_json("cus_9", "Grace Hopper")}).to_string();
    let server = RawServer::start(vec![Fault::Respond(truncated_response(&body, 40))]).await;
    let error = transport(&server.url)
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect_err("truncated");
    let Error::Transport { source, attempts } = &error else {
        panic!("expected Transport, got {error:?}");
    };
    assert_eq!(*attempts, 1);
    assert_eq!(source.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(source.partial_body(), Some(&body.as_bytes()[..40]));
    assert_eq!(server.methods(), ["POST"]);
}

#[tokio::test]
async fn truncated_body_on_get_is_a_transport_error_after_retries() {
    let body = json!({"data": [customer_json("cus_1", "Ada"), customer_json("cus_2", "Grace")]})
        .to_string();
    let server = RawServer::start(vec![Fault::Respond(truncated_response(&body, 100))]).await;
    let error = transport(&server.url)
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect_err("always truncated");
    assert!(
        matches!(error, Error::Transport { attempts: 3, .. }),
        "got {error:?}"
    );
    assert!(error.is_retryable());
    assert_eq!(server.methods().len(), 3);
}

#[tokio::test]
async fn refused_connection_is_retried_even_for_post() {
    // Bind then drop a listener so the port refuses connections.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    let error = transport(&format!("http://{addr}"))
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect_err("nothing listens");
    let Error::Transport { source, attempts } = &error else {
        panic!("expected Transport, got {error:?}");
    };
    assert!(source.is_connect());
    assert_eq!(*attempts, 3);
}

#[tokio::test]
async fn slow_response_is_a_timeout() {
    let body = json!({"data": customer_json("cus_1", "Ada")}).to_string();
    let server = RawServer::start(vec![Fault::Delay(
        Duration::from_secs(3),
        http_response("200 OK", "application/json", &body),
    )])
    .await;
    let mut config = config(&server.url);
    config.request_timeout = Duration::from_millis(150);
    let transport = Transport::new(config).expect("builds");

    let error = transport
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect_err("too slow");
    assert!(
        matches!(error, Error::Timeout { attempts: 3, .. }),
        "got {error:?}"
    );
    assert_eq!(server.methods().len(), 3);

    // A timed-out POST may have been processed: it is not sent again.
    let error = transport
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect_err("too slow");
    assert!(
        matches!(error, Error::Timeout { attempts: 1, .. }),
        "got {error:?}"
    );
    assert_eq!(server.methods().iter().filter(|m| *m == "POST").count(), 1);
}

#[tokio::test]
async fn per_request_timeout_overrides_the_client() {
    let body = json!({"data": customer_json("cus_1", "Ada")}).to_string();
    let server = RawServer::start(vec![Fault::Delay(
        Duration::from_millis(300),
        http_response("200 OK", "application/json", &body),
    )])
    .await;
    let mut config = config(&server.url);
    config.request_timeout = Duration::from_millis(50);
    config.retry = RetryPolicy::none();
    let transport = Transport::new(config).expect("builds");

    let error = transport
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect_err("client timeout is shorter than the server");
    assert!(
        matches!(error, Error::Timeout { attempts: 1, .. }),
        "got {error:?}"
    );

    let options = RequestOptions {
        timeout: Some(Duration::from_secs(5)),
        ..RequestOptions::default()
    };
    let found: Value = transport
        .send_json::<Value, Value>(get("cus_1"), &options)
        .await
        .expect("longer timeout for this request");
    assert_eq!(found["data"]["id"], "cus_1");
}

#[tokio::test]
async fn per_request_retry_overrides_the_client() {
    let server = flaky_server(502).await;
    let mut config = config(&server.uri());
    config.retry = RetryPolicy::none();
    let transport = Transport::new(config).expect("builds");

    let error = transport
        .send_json::<Value, Value>(get("cus_1"), &RequestOptions::default())
        .await
        .expect_err("no retries by default");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(received(&server).await, 1);

    let options = RequestOptions {
        retry: Some(fast_retry().max_attempts(2)),
        ..RequestOptions::default()
    };
    let found: Value = transport
        .send_json::<Value, Value>(get("cus_1"), &options)
        .await
        .expect("the second 502 is retried once more and the third call succeeds");
    assert_eq!(found["data"]["id"], "cus_1");
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn retry_stops_at_max_elapsed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "30"))
        .mount(&server)
        .await;
    let options = RequestOptions {
        retry: Some(
            fast_retry()
                .max_attempts(5)
                .max_elapsed(Duration::from_secs(2)),
        ),
        ..RequestOptions::default()
    };
    let error = transport(&server.uri())
        .send_json::<Value, Value>(get("cus_1"), &options)
        .await
        .expect_err("the wait is longer than the policy allows");
    assert!(
        matches!(error, Error::RateLimited { retry_after: Some(wait), .. } if wait == Duration::from_secs(30)),
        "got {error:?}"
    );
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn delete_is_idempotent_and_retried() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    transport(&server.uri())
        .send_empty::<Value>(
            Request::new(&DELETE_CUSTOMER, "/v1/customers/cus_1".to_owned()),
            &RequestOptions::default(),
        )
        .await
        .expect("deleted on the second attempt");
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn connect_timeout_is_a_timeout_and_safe_to_retry_for_post() {
    // A listener that never accepts, with its accept queue filled: further
    // connection attempts get no answer, as with an unreachable host.
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind("127.0.0.1:0".parse().expect("address"))
        .expect("bind");
    let listener = socket.listen(1).expect("listen");
    let addr = listener.local_addr().expect("addr");
    let mut fillers = Vec::new();
    let mut queue_full = false;
    for _ in 0..16 {
        let attempt = tokio::net::TcpStream::connect(addr);
        match tokio::time::timeout(Duration::from_millis(200), attempt).await {
            Ok(Ok(stream)) => fillers.push(stream),
            Ok(Err(error)) => panic!("unexpected connect error: {error}"),
            Err(_) => {
                queue_full = true;
                break;
            }
        }
    }
    assert!(queue_full, "the accept queue never filled up");

    let mut config = config(&format!("http://{addr}"));
    config.connect_timeout = Duration::from_millis(100);
    let transport = Transport::new(config).expect("builds");
    let error = transport
        .send_json::<Value, Value>(create(), &RequestOptions::default())
        .await
        .expect_err("no connection");
    // Nothing was sent, so even a POST is attempted again.
    assert!(
        matches!(error, Error::Timeout { attempts: 3, .. }),
        "got {error:?}"
    );
    drop(fillers);
    drop(listener);
}
