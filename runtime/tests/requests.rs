//! What goes on the wire (auth, bodies, query, user agent) and how response
//! bodies decode, against a local wiremock server.

mod common;

use common::*;
use connector_runtime::spec::{AuthScheme, RateLimitSpec};
use connector_runtime::{Config, Credentials, Error, Request, RequestOptions, Secret, Transport};
use serde::Deserialize;
use serde_json::{Value, json};
use wiremock::matchers::{body_json, body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn with_auth(server: &MockServer, auth: AuthScheme, credentials: Credentials) -> Transport {
    let mut config = Config::new(server.uri(), auth, RateLimitSpec::STANDARD);
    config.credentials = credentials;
    config.user_agent = "acme-sync/2.1".to_owned();
    Transport::new(config).expect("builds")
}

async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 1);
    requests.remove(0)
}

fn get() -> Request {
    Request::new(&GET_CUSTOMER, "/v1/customers/cus_1".to_owned())
}

async fn ok_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": customer_json("cus_1", "Ada")})),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn bearer_auth_and_user_agent_go_in_headers() {
    let server = ok_server().await;
    with_auth(
        &server,
        AuthScheme::Bearer,
        Credentials::Key(Secret::new(API_KEY)),
    )
    .send_empty::<Value>(get(), &RequestOptions::default())
    .await
    .expect("ok");
    let request = only_request(&server).await;
    assert_eq!(
        request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    assert_eq!(
        request
            .headers
            .get("user-agent")
            .and_then(|v| v.to_str().ok()),
        Some("acme-sync/2.1")
    );
    assert_eq!(request.url.query(), None);
}

#[tokio::test]
async fn basic_auth_encodes_username_and_password() {
    let server = ok_server().await;
    let credentials = Credentials::Basic {
        username: "ada@example.com".to_owned(),
        password: Secret::new("correct horse"),
    };
    with_auth(&server, AuthScheme::Basic, credentials)
        .send_empty::<Value>(get(), &RequestOptions::default())
        .await
        .expect("ok");
    let request = only_request(&server).await;
    // base64("ada@example.com:correct horse")
    assert_eq!(
        request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some("Basic YWRhQGV4YW1wbGUuY29tOmNvcnJlY3QgaG9yc2U=")
    );
}

#[tokio::test]
async fn custom_header_auth_uses_name_and_prefix() {
    let server = ok_server().await;
    let auth = AuthScheme::Header {
        name: "x-api-key",
        prefix: "Token ",
    };
    with_auth(&server, auth, Credentials::Key(Secret::new(API_KEY)))
        .send_empty::<Value>(get(), &RequestOptions::default())
        .await
        .expect("ok");
    let request = only_request(&server).await;
    assert_eq!(
        request
            .headers
            .get("x-api-key")
            .and_then(|v| v.to_str().ok()),
        Some(format!("Token {API_KEY}").as_str())
    );
    assert!(request.headers.get("authorization").is_none());
}

#[tokio::test]
async fn query_auth_appends_the_key_after_the_query() {
    let server = ok_server().await;
    let auth = AuthScheme::Query { name: "api_key" };
    with_auth(&server, auth, Credentials::Key(Secret::new(API_KEY)))
        .send_empty::<Value>(
            get().query("include", "conversations"),
            &RequestOptions::default(),
        )
        .await
        .expect("ok");
    let request = only_request(&server).await;
    assert_eq!(
        request.url.query(),
        Some(format!("include=conversations&api_key={API_KEY}").as_str())
    );
    assert!(request.headers.get("authorization").is_none());
}

#[tokio::test]
async fn no_auth_sends_no_credential() {
    let server = ok_server().await;
    with_auth(
        &server,
        AuthScheme::None,
        Credentials::Key(Secret::new(API_KEY)),
    )
    .send_empty::<Value>(get(), &RequestOptions::default())
    .await
    .expect("ok");
    let request = only_request(&server).await;
    assert!(request.headers.get("authorization").is_none());
    assert!(!request.url.as_str().contains(API_KEY));
}

#[tokio::test]
async fn query_params_keep_call_order_and_encoding() {
    let server = ok_server().await;
    let request = get()
        .query("filter[createdAt][gte]", "2026-10-21T14:02:11.925Z")
        .query("tag", "vip & gold")
        .query("tag", "early/adopter")
        .header("x-request-id", "req-42");
    transport(&server.uri())
        .send_empty::<Value>(request, &RequestOptions::default())
        .await
        .expect("ok");
    let received = only_request(&server).await;
    let pairs: Vec<(String, String)> = received
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    assert_eq!(
        pairs,
        [
            (
                "filter[createdAt][gte]".to_owned(),
                "2026-10-21T14:02:11.925Z".to_owned()
            ),
            ("tag".to_owned(), "vip & gold".to_owned()),
            ("tag".to_owned(), "early/adopter".to_owned()),
        ]
    );
    assert_eq!(
        received
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("req-42")
    );
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/customers/cus_1"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    transport(&format!("{}/api/", server.uri()))
        .send_empty::<Value>(get(), &RequestOptions::default())
        .await
        .expect("the prefix and the path join with one slash");
}

#[tokio::test]
async fn json_body_is_sent_with_content_type() {
    let server = MockServer::start().await;
    let customer = json!({"name": "Ada Lovelace", "emails": [{"type": "work", "email": "ada@example.com"}], "tags": null});
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .and(header("content-type", "application/json"))
        .and(body_json(&customer))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(json!({"data": customer_json("cus_3", "Ada Lovelace")})),
        )
        .mount(&server)
        .await;
    let request = Request::new(&CREATE_CUSTOMER, "/v1/customers".to_owned())
        .json(&customer)
        .expect("serializes");
    let created: Value = transport(&server.uri())
        .send_json::<Value, Value>(request, &RequestOptions::default())
        .await
        .expect("created");
    assert_eq!(created["data"]["id"], "cus_3");
}

#[tokio::test]
async fn form_body_nests_objects_and_indexes_arrays() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "cus_4"})))
        .mount(&server)
        .await;
    let form = json!({
        "email": "ada@example.com",
        "metadata": {"plan": "pro", "seats": 5},
        "tags": ["vip", "beta tester"]
    });
    let request = Request::new(&CREATE_CUSTOMER, "/v1/customers".to_owned())
        .form(&form)
        .expect("encodes");
    transport(&server.uri())
        .send_empty::<Value>(request, &RequestOptions::default())
        .await
        .expect("ok");
    let received = only_request(&server).await;
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&received.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let expected: Vec<(String, String)> = [
        ("email", "ada@example.com"),
        ("metadata[plan]", "pro"),
        ("metadata[seats]", "5"),
        ("tags[0]", "vip"),
        ("tags[1]", "beta tester"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    assert_eq!(pairs, expected);
}

#[tokio::test]
async fn form_body_with_plain_text_matches_exactly() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(body_string("name=Ada+Lovelace&active=true"))
        .and(query_param("expand", "owner"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let request = Request::new(&CREATE_CUSTOMER, "/v1/customers".to_owned())
        .query("expand", "owner")
        .form(&json!({"name": "Ada Lovelace", "active": true}))
        .expect("encodes");
    transport(&server.uri())
        .send_empty::<Value>(request, &RequestOptions::default())
        .await
        .expect("the form body matched");
}

#[derive(Debug, Deserialize)]
struct Customer {
    id: String,
}

#[derive(Debug, Deserialize)]
struct Envelope {
    data: Customer,
}

async fn serving(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn wrong_content_type_still_decodes_json() {
    let body = json!({"data": customer_json("cus_1", "Ada")}).to_string();
    let server = serving(ResponseTemplate::new(200).set_body_raw(body, "text/plain")).await;
    let found: Envelope = transport(&server.uri())
        .send_json::<Envelope, Value>(get(), &RequestOptions::default())
        .await
        .expect("json under a text/plain label");
    assert_eq!(found.data.id, "cus_1");
}

#[tokio::test]
async fn non_json_2xx_is_a_decode_error_keeping_the_body() {
    let html = "<html><body>Service is in maintenance</body></html>";
    let server = serving(ResponseTemplate::new(200).set_body_raw(html, "text/html")).await;
    let error = transport(&server.uri())
        .send_json::<Envelope, Value>(get(), &RequestOptions::default())
        .await
        .expect_err("not json");
    let Error::Decode {
        status,
        headers,
        body,
        ..
    } = &error
    else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(*status, 200);
    assert_eq!(body.as_ref(), html.as_bytes());
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("text/html")
    );
    assert_eq!(error.raw_body(), Some(html.as_bytes()));
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_a_decode_error() {
    let body = r#"{"data":{"type":"customer","attributes":{"name":"Ada"}}}"#;
    let server = serving(ResponseTemplate::new(200).set_body_raw(body, "application/json")).await;
    let error = transport(&server.uri())
        .send_json::<Envelope, Value>(get(), &RequestOptions::default())
        .await
        .expect_err("missing id");
    match error {
        Error::Decode {
            body: kept, source, ..
        } => {
            assert_eq!(kept, body.as_bytes());
            assert!(source.to_string().contains("missing field `id`"));
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn empty_2xx_body_decodes_as_unit_and_option() {
    let server = serving(ResponseTemplate::new(204)).await;
    let transport = transport(&server.uri());
    transport
        .send_json::<(), Value>(get(), &RequestOptions::default())
        .await
        .expect("unit accepts an empty body");
    let nothing: Option<Envelope> = transport
        .send_json::<Option<Envelope>, Value>(get(), &RequestOptions::default())
        .await
        .expect("option accepts an empty body");
    assert!(nothing.is_none());
    let raw = transport
        .send_raw::<Value>(get(), &RequestOptions::default())
        .await
        .expect("raw");
    assert_eq!(raw.status, 204);
    assert!(raw.body.is_empty());
    assert!(raw.rate_limit.is_none());
}

#[derive(Debug, Deserialize, PartialEq)]
struct ApiErrors {
    errors: Vec<ApiErrorEntry>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct ApiErrorEntry {
    status: u16,
    code: String,
    title: String,
}

#[tokio::test]
async fn error_body_decodes_into_the_connector_error_type() {
    let body = r#"{"errors":[{"status":422,"code":"validation","title":"email is invalid"}]}"#;
    let server = serving(ResponseTemplate::new(422).set_body_raw(body, "application/json")).await;
    let error = transport(&server.uri())
        .send_json::<Envelope, ApiErrors>(get(), &RequestOptions::default())
        .await
        .expect_err("422");
    let Error::Api(response) = &error else {
        panic!("expected Api, got {error:?}");
    };
    assert_eq!(
        response.body,
        Some(ApiErrors {
            errors: vec![ApiErrorEntry {
                status: 422,
                code: "validation".to_owned(),
                title: "email is invalid".to_owned()
            }]
        })
    );
    assert_eq!(response.raw, body.as_bytes());
    assert_eq!(
        error.to_string(),
        "server answered with status 422 Unprocessable Entity"
    );
}

#[tokio::test]
async fn error_display_carries_the_message_at_the_first_pointer_that_has_one() {
    // Two error shapes: the first pointer finds nothing in the second one.
    let pointers: &'static [&'static str] = &["/errors/0/message", "/errors/0/detail"];
    for (body, message) in [
        (
            r#"{"errors":[{"code":"bad_request","message":"Invalid request body.","meta":{}}]}"#,
            "Invalid request body.",
        ),
        (
            r#"{"errors":[{"status":"404","code":"not_found","detail":"No customer\n with that id"}]}"#,
            "No customer with that id",
        ),
    ] {
        let server =
            serving(ResponseTemplate::new(404).set_body_raw(body, "application/json")).await;
        let mut config = config(&server.uri());
        config.error_message = pointers;
        let error = Transport::new(config)
            .expect("transport")
            .send_json::<Value, Value>(get(), &RequestOptions::default())
            .await
            .expect_err("404");
        assert_eq!(
            error.to_string(),
            format!("server answered with status 404 Not Found: {message}")
        );
    }

    // No pointer matches: the status alone, and the body is still kept.
    let server = serving(ResponseTemplate::new(500).set_body_raw("oops", "text/plain")).await;
    let mut config = config(&server.uri());
    config.error_message = pointers;
    config.retry = connector_runtime::RetryPolicy::none();
    let error = Transport::new(config)
        .expect("transport")
        .send_json::<Value, Value>(get(), &RequestOptions::default())
        .await
        .expect_err("500");
    assert_eq!(
        error.to_string(),
        "server answered with status 500 Internal Server Error"
    );
    assert_eq!(error.raw_body(), Some(&b"oops"[..]));
}

#[tokio::test]
async fn cross_origin_redirect_is_not_followed() {
    let elsewhere = ok_server().await;
    let server = serving(ResponseTemplate::new(302).insert_header(
        "location",
        format!("{}/v1/customers/cus_1", elsewhere.uri()),
    ))
    .await;
    let auth = AuthScheme::Header {
        name: "x-api-key",
        prefix: "",
    };
    let error = with_auth(&server, auth, Credentials::Key(Secret::new(API_KEY)))
        .send_empty::<Value>(get(), &RequestOptions::default())
        .await
        .expect_err("the redirect is returned, not followed");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(302));
    assert_eq!(
        elsewhere.received_requests().await.map(|r| r.len()),
        Some(0)
    );
}

#[test]
fn bad_base_urls_are_rejected() {
    for url in ["", "not a url", "ftp://example.com", "/v1"] {
        let config = Config::new(url, AuthScheme::Bearer, RateLimitSpec::STANDARD);
        assert!(
            matches!(
                Transport::new(config),
                Err(connector_runtime::BuildError::InvalidBaseUrl(_))
            ),
            "{url:?} was accepted"
        );
    }
}

#[tokio::test]
async fn password_credentials_for_a_key_scheme_are_an_invalid_request() {
    let server = ok_server().await;
    let credentials = Credentials::Basic {
        username: "agent".to_owned(),
        password: Secret::new(API_KEY),
    };
    let error = with_auth(&server, AuthScheme::Bearer, credentials)
        .send_empty::<Value>(get(), &RequestOptions::default())
        .await
        .expect_err("a bearer api needs a key");
    assert!(
        matches!(&error, Error::InvalidRequest { message } if message.contains("expects an api key")),
        "{error:?}"
    );
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(0));
}

#[tokio::test]
async fn key_with_basic_scheme_is_the_username() {
    let server = ok_server().await;
    with_auth(
        &server,
        AuthScheme::Basic,
        Credentials::Key(Secret::new("sk_test_1")),
    )
    .send_empty::<Value>(get(), &RequestOptions::default())
    .await
    .expect("ok");
    let request = only_request(&server).await;
    // base64("sk_test_1:")
    assert_eq!(
        request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some("Basic c2tfdGVzdF8xOg==")
    );
}

#[tokio::test]
async fn header_values_with_newlines_are_rejected_before_sending() {
    let server = ok_server().await;
    let error = transport(&server.uri())
        .send_empty::<Value>(
            get().header("x-note", "a\r\nx-injected: 1"),
            &RequestOptions::default(),
        )
        .await
        .expect_err("not a valid header value");
    assert!(matches!(error, Error::InvalidRequest { .. }), "{error:?}");
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(0));
}

#[test]
fn passwords_in_base_urls_are_not_shown() {
    let url = "https://agent:hunter2@api.example.com/v1";
    let config = Config::new(url, AuthScheme::Bearer, RateLimitSpec::STANDARD);
    assert!(!format!("{config:?}").contains("hunter2"));
    let transport = Transport::new(config).expect("builds");
    assert!(!format!("{transport:?}").contains("hunter2"));
    let bad = Config::new(
        "ftp://agent:hunter2@files.example.com",
        AuthScheme::Bearer,
        RateLimitSpec::STANDARD,
    );
    let error = Transport::new(bad).expect_err("not http");
    assert!(!error.to_string().contains("hunter2"), "{error}");
    assert!(error.to_string().contains("files.example.com"), "{error}");
}

#[tokio::test]
async fn retry_after_on_503_is_honoured_for_idempotent_calls() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    // The server asks for an hour; the policy allows ten seconds: no retry.
    let error = transport(&server.uri())
        .send_empty::<Value>(get(), &RequestOptions::default())
        .await
        .expect_err("503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.received_requests().await.map(|r| r.len()), Some(1));
}

#[test]
fn public_types_are_thread_safe_errors_and_handles() {
    fn error_type<T: std::error::Error + Send + Sync + 'static>() {}
    fn handle<T: Clone + Send + Sync + std::fmt::Debug + 'static>() {}
    error_type::<Error<Value>>();
    error_type::<connector_runtime::BuildError>();
    error_type::<connector_runtime::FormError>();
    handle::<Transport>();
    handle::<Request>();
    handle::<Config>();
    handle::<RequestOptions>();
}

#[tokio::test]
async fn dot_segments_are_refused_before_anything_is_sent() {
    let server = ok_server().await;
    let transport = transport(&server.uri());
    for id in ["..", ".", "%2E%2E", "%2e", ".%2E"] {
        let request = Request::new(&DELETE_CUSTOMER, format!("/v1/customers/{id}"));
        let error = transport
            .send_empty::<Value>(request, &RequestOptions::default())
            .await
            .expect_err("refused");
        assert!(
            matches!(error, Error::InvalidRequest { .. }),
            "{id}: {error:?}"
        );
    }
    // Dots inside a segment are ordinary characters.
    let request = Request::new(&GET_CUSTOMER, "/v1/customers/a..b".to_owned());
    transport
        .send_json::<Value, Value>(request, &RequestOptions::default())
        .await
        .expect("a..b is one segment");
    let paths: Vec<String> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|request| request.url.path().to_owned())
        .collect();
    assert_eq!(paths, ["/v1/customers/a..b"]);
}

#[tokio::test]
async fn spec_headers_go_with_every_request_unless_the_request_sets_them() {
    let server = ok_server().await;
    let mut config = config(&server.uri());
    config.headers = &[
        ("accept", "application/vnd.example+json"),
        ("x-api-version", "2026-01-01"),
    ];
    let transport = Transport::new(config).expect("transport");
    for request in [get(), get().header("x-api-version", "2027-06-01")] {
        transport
            .send_json::<Value, Value>(request, &RequestOptions::default())
            .await
            .expect("200");
    }
    let seen: Vec<(String, Vec<String>)> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|request| {
            let versions = request
                .headers
                .get_all("x-api-version")
                .iter()
                .filter_map(|value| value.to_str().ok().map(str::to_owned))
                .collect();
            let accept = request
                .headers
                .get("accept")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            (accept, versions)
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "application/vnd.example+json".to_owned(),
                vec!["2026-01-01".to_owned()]
            ),
            (
                "application/vnd.example+json".to_owned(),
                vec!["2027-06-01".to_owned()]
            ),
        ]
    );
}

#[tokio::test]
async fn an_empty_path_parameter_is_refused_before_anything_is_sent() {
    let server = ok_server().await;
    let transport = transport(&server.uri());
    // `/v1/customers/{id}` with an empty id would be the collection.
    let request = Request::new(&DELETE_CUSTOMER, "/v1/customers/".to_owned());
    let error = transport
        .send_empty::<Value>(request, &RequestOptions::default())
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::InvalidRequest { .. }), "{error:?}");
    assert!(
        error.to_string().contains("empty path parameter"),
        "{error}"
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap_or_default()
            .is_empty()
    );
}
