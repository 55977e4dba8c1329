//! Every way of finding the next page, laziness, origin checks and cycle
//! detection, against a local wiremock server.

mod common;

use common::*;
use connector_runtime::spec::{NextPage, PagingSpec};
use connector_runtime::{Error, Request, RequestOptions, paging};
use futures::{StreamExt, TryStreamExt};
use serde::Deserialize;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
struct Customer {
    id: String,
}

fn list() -> Request {
    Request::new(&LIST_CUSTOMERS, "/v1/customers".to_owned()).query("pageSize", "2")
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| r.len())
}

async fn collect_ids(
    server: &MockServer,
    spec: &'static PagingSpec,
) -> (Vec<String>, Option<Error<Value>>) {
    let stream = paging::items::<Customer, Value>(
        transport(&server.uri()),
        list(),
        spec,
        RequestOptions::default(),
    );
    let results: Vec<Result<Customer, Error<Value>>> = stream.collect().await;
    let mut ids = Vec::new();
    let mut error = None;
    for result in results {
        match result {
            Ok(customer) => ids.push(customer.id),
            Err(e) => {
                assert!(error.is_none(), "more than one error");
                error = Some(e);
            }
        }
    }
    (ids, error)
}

fn page(ids: &[&str], next: Value) -> ResponseTemplate {
    let data: Vec<Value> = ids.iter().map(|id| customer_json(id, "Customer")).collect();
    ResponseTemplate::new(200).set_body_json(json!({
        "data": data,
        "links": {"self": "/v1/customers", "next": next},
        "meta": {"pageSize": 2}
    }))
}

static BODY_LINK: PagingSpec = PagingSpec {
    items: "/data",
    next: NextPage::BodyLink {
        pointer: "/links/next",
    },
    stop_when_false: None,
};

#[tokio::test]
async fn body_link_relative_links_resolve_against_the_origin() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/customers"))
        .and(query_param_is_missing("page"))
        .respond_with(page(
            &["cus_1", "cus_2"],
            json!("/v1/customers?page=2&pageSize=2"),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers"))
        .and(query_param("page", "2"))
        .respond_with(page(
            &["cus_3", "cus_4"],
            json!(format!("{}/v1/customers?page=3&pageSize=2", server.uri())),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers"))
        .and(query_param("page", "3"))
        .respond_with(page(&["cus_5"], Value::Null))
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &BODY_LINK).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"]);
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn body_link_to_another_origin_is_refused() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(path("/v1/customers"))
        .respond_with(page(
            &["cus_1"],
            json!(format!("{}/v1/customers?page=2", elsewhere.uri())),
        ))
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &BODY_LINK).await;
    assert_eq!(ids, ["cus_1"]);
    assert!(
        matches!(&error, Some(Error::InvalidRequest { message }) if message.contains("another origin")),
        "{error:?}"
    );
    assert_eq!(received(&elsewhere).await, 0);
}

#[tokio::test]
async fn body_link_cycle_a_b_a_ends_with_paging_cycle() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/customers"))
        .and(query_param_is_missing("page"))
        .respond_with(page(
            &["cus_1", "cus_2"],
            json!("/v1/customers?page=b&pageSize=2"),
        ))
        .mount(&server)
        .await;
    // Page B points back at the first page (A).
    Mock::given(path("/v1/customers"))
        .and(query_param("page", "b"))
        .respond_with(page(&["cus_3"], json!("/v1/customers?pageSize=2")))
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &BODY_LINK).await;
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
    assert!(
        matches!(&error, Some(Error::PagingCycle { token }) if token == "/v1/customers?pageSize=2"),
        "{error:?}"
    );
    assert_eq!(received(&server).await, 2);
}

static LINK_HEADER: PagingSpec = PagingSpec {
    items: "",
    next: NextPage::LinkHeader,
    stop_when_false: None,
};

#[tokio::test]
async fn link_header_rel_next_is_followed() {
    let server = MockServer::start().await;
    let first = format!(
        r#"<{0}/v1/customers?since=cus_2&pageSize=2>; rel="next", <{0}/v1/customers?pageSize=2>; rel="first""#,
        server.uri()
    );
    Mock::given(path("/v1/customers"))
        .and(query_param_is_missing("since"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("link", first.as_str())
                .set_body_json(json!([
                    customer_json("cus_1", "A"),
                    customer_json("cus_2", "B")
                ])),
        )
        .mount(&server)
        .await;
    // A relative target, with rel among several values and a comma inside quotes.
    Mock::given(path("/v1/customers"))
        .and(query_param("since", "cus_2"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header(
                    "link",
                    r#"</v1/customers?pageSize=2>; rel="first"; title="a, b", </v1/customers?since=cus_3&pageSize=2>; rel="prefetch next""#,
                )
                .set_body_json(json!([customer_json("cus_3", "C")])),
        )
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers"))
        .and(query_param("since", "cus_3"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("link", r#"</v1/customers?pageSize=2>; rel="first""#)
                .set_body_json(json!([])),
        )
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &LINK_HEADER).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
    assert_eq!(received(&server).await, 3);
}

static BODY_CURSOR: PagingSpec = PagingSpec {
    items: "/data",
    next: NextPage::BodyCursor {
        pointer: "/meta/next_cursor",
        param: "cursor",
    },
    stop_when_false: None,
};

fn cursor_page(ids: &[&str], cursor: Value) -> ResponseTemplate {
    let data: Vec<Value> = ids.iter().map(|id| customer_json(id, "Customer")).collect();
    ResponseTemplate::new(200).set_body_json(json!({"data": data, "meta": {"next_cursor": cursor}}))
}

#[tokio::test]
async fn body_cursor_is_sent_back_in_the_query() {
    let server = MockServer::start().await;
    Mock::given(query_param_is_missing("cursor"))
        .respond_with(cursor_page(&["cus_1", "cus_2"], json!("c2")))
        .mount(&server)
        .await;
    Mock::given(query_param("cursor", "c2"))
        .and(query_param("pageSize", "2"))
        .respond_with(cursor_page(&["cus_3"], json!("")))
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &BODY_CURSOR).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn body_cursor_cycle_a_b_a_ends_with_paging_cycle() {
    let server = MockServer::start().await;
    Mock::given(query_param_is_missing("cursor"))
        .respond_with(cursor_page(&["cus_1"], json!("a")))
        .mount(&server)
        .await;
    Mock::given(query_param("cursor", "a"))
        .respond_with(cursor_page(&["cus_2"], json!("b")))
        .mount(&server)
        .await;
    Mock::given(query_param("cursor", "b"))
        .respond_with(cursor_page(&["cus_3"], json!("a")))
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &BODY_CURSOR).await;
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
    assert!(
        matches!(&error, Some(Error::PagingCycle { token }) if token == "a"),
        "{error:?}"
    );
    assert_eq!(received(&server).await, 3);
}

static LAST_ITEM: PagingSpec = PagingSpec {
    items: "/data",
    next: NextPage::LastItem {
        pointer: "/id",
        param: "starting_after",
    },
    stop_when_false: Some("/has_more"),
};

fn has_more_page(ids: &[&str], has_more: bool) -> ResponseTemplate {
    let data: Vec<Value> = ids.iter().map(|id| customer_json(id, "Customer")).collect();
    ResponseTemplate::new(200)
        .set_body_json(json!({"object": "list", "data": data, "has_more": has_more}))
}

#[tokio::test]
async fn last_item_cursor_with_stop_when_false() {
    let server = MockServer::start().await;
    Mock::given(query_param_is_missing("starting_after"))
        .respond_with(has_more_page(&["cus_1", "cus_2"], true))
        .mount(&server)
        .await;
    Mock::given(query_param("starting_after", "cus_2"))
        .respond_with(has_more_page(&["cus_3", "cus_4"], false))
        .mount(&server)
        .await;
    // Never requested: `has_more: false` ends the list.
    Mock::given(query_param("starting_after", "cus_4"))
        .respond_with(has_more_page(&["cus_5"], false))
        .expect(0)
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &LAST_ITEM).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3", "cus_4"]);
    assert_eq!(received(&server).await, 2);
}

static PAGE_NUMBER: PagingSpec = PagingSpec {
    items: "/data",
    next: NextPage::PageNumber {
        param: "page",
        start: 1,
    },
    stop_when_false: None,
};

#[tokio::test]
async fn page_number_stops_on_an_empty_page() {
    let server = MockServer::start().await;
    for (number, ids) in [
        ("1", vec!["cus_1", "cus_2"]),
        ("2", vec!["cus_3"]),
        ("3", vec![]),
    ] {
        Mock::given(method("GET"))
            .and(query_param("page", number))
            .and(query_param("pageSize", "2"))
            .respond_with(cursor_page(&ids, Value::Null))
            .expect(1)
            .mount(&server)
            .await;
    }

    let (ids, error) = collect_ids(&server, &PAGE_NUMBER).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3"]);
    assert_eq!(received(&server).await, 3);
    server.verify().await;
}

#[derive(Debug, Deserialize)]
struct CustomerPage {
    data: Vec<Customer>,
}

#[tokio::test]
async fn pages_are_fetched_lazily() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(cursor_page(&["cus_1", "cus_2"], json!("next")))
        .mount(&server)
        .await;
    let mut pages = Box::pin(paging::pages::<CustomerPage, Value>(
        transport(&server.uri()),
        list(),
        &BODY_CURSOR,
        RequestOptions::default(),
    ));
    let first = pages.try_next().await.expect("first page").expect("a page");
    assert_eq!(first.data.len(), 2);
    assert_eq!(
        first.data[0],
        Customer {
            id: "cus_1".to_owned()
        }
    );
    assert_eq!(received(&server).await, 1);
    drop(pages);
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_api_error() {
    let server = MockServer::start().await;
    Mock::given(query_param_is_missing("cursor"))
        .respond_with(cursor_page(&["cus_1"], json!("c2")))
        .mount(&server)
        .await;
    Mock::given(query_param("cursor", "c2"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_json(json!({"errors": [{"status": 403, "title": "Forbidden"}]})),
        )
        .mount(&server)
        .await;

    let (ids, error) = collect_ids(&server, &BODY_CURSOR).await;
    assert_eq!(ids, ["cus_1"]);
    assert_eq!(
        error.and_then(|e| e.status()).map(|s| s.as_u16()),
        Some(403)
    );
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn items_that_are_not_an_array_are_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": {"id": "cus_1"}})))
        .mount(&server)
        .await;
    let (ids, error) = collect_ids(&server, &BODY_CURSOR).await;
    assert!(ids.is_empty());
    match error {
        Some(Error::Decode { body, source, .. }) => {
            assert_eq!(body, r#"{"data":{"id":"cus_1"}}"#.as_bytes());
            assert!(
                source
                    .to_string()
                    .contains("expected an array of items at `/data`")
            );
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn echoed_query_credential_is_sent_once_and_redacted_from_cycle_errors() {
    use connector_runtime::spec::{AuthScheme, RateLimitSpec};
    use connector_runtime::{Config, Credentials, Secret, Transport};

    let server = MockServer::start().await;
    // The server echoes the key in its links, and page B points back to A.
    Mock::given(query_param_is_missing("page"))
        .respond_with(page(
            &["cus_1"],
            json!(format!("/v1/customers?page=b&api_key={API_KEY}")),
        ))
        .mount(&server)
        .await;
    Mock::given(query_param("page", "b"))
        .respond_with(page(
            &["cus_2"],
            json!(format!("/v1/customers?pageSize=2&api_key={API_KEY}")),
        ))
        .mount(&server)
        .await;
    let mut config = Config::new(
        server.uri(),
        AuthScheme::Query { name: "api_key" },
        RateLimitSpec::STANDARD,
    );
    config.credentials = Credentials::Key(Secret::new(API_KEY));
    let transport = Transport::new(config).expect("builds");

    let results: Vec<Result<Customer, Error<Value>>> =
        paging::items(transport, list(), &BODY_LINK, RequestOptions::default())
            .collect()
            .await;
    assert_eq!(results.len(), 3);
    let error = results.into_iter().find_map(Result::err).expect("a cycle");
    assert!(matches!(error, Error::PagingCycle { .. }), "{error:?}");
    assert!(!error.to_string().contains(API_KEY), "{error}");
    assert!(!format!("{error:?}").contains(API_KEY), "{error:?}");

    for request in server.received_requests().await.unwrap_or_default() {
        let keys = request
            .url
            .query_pairs()
            .filter(|(name, _)| name == "api_key")
            .count();
        assert_eq!(keys, 1, "{}", request.url.path());
    }
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn streams_box_into_the_alias_generated_code_returns() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(page(&["cus_1"], Value::Null))
        .mount(&server)
        .await;
    let stream: connector_runtime::BoxStream<Result<Customer, Error<Value>>> =
        Box::pin(paging::items(
            transport(&server.uri()),
            list(),
            &BODY_LINK,
            RequestOptions::default(),
        ));
    // Driven on another task: the stream is Send + 'static.
    let ids = tokio::spawn(async move { stream.map_ok(|c| c.id).try_collect::<Vec<_>>().await })
        .await
        .expect("task ran")
        .expect("one page");
    assert_eq!(ids, ["cus_1"]);
}
