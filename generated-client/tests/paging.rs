//! Paging over Kustomer's relative `links.next` with the generated client
//! against a local mock: every item once, cycles, foreign links, failures.

mod common;

use common::{KEY, client, fixture, fixture_json};
use futures::StreamExt;
use kustomer::types::Customer;
use kustomer::{Error, Nullable};
use serde_json::json;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn page_response(body: impl Into<Vec<u8>>) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into(), "application/json")
}

/// Mounts page `number` of the customer list, answered with `body`.
async fn mount_page(server: &MockServer, number: Option<&str>, body: impl Into<Vec<u8>>) {
    let mock = Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("pageSize", "2"));
    let mock = match number {
        Some(number) => mock.and(query_param("page", number)),
        None => mock.and(query_param_is_missing("page")),
    };
    mock.respond_with(page_response(body))
        .expect(1)
        .mount(server)
        .await;
}

/// The raw queries the server received, in order.
async fn queries(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .expect("recording is on")
        .iter()
        .map(|request| {
            assert_eq!(request.url.path(), "/v1/customers");
            assert_eq!(
                request
                    .headers
                    .get("authorization")
                    .map(|value| value.as_bytes()),
                Some(format!("Bearer {KEY}").as_bytes()),
                "every page carries the key"
            );
            request.url.query().unwrap_or_default().to_owned()
        })
        .collect()
}

fn ids(customers: &[Customer]) -> Vec<&str> {
    customers
        .iter()
        .map(|customer| customer.id.as_str())
        .collect()
}

const ALL_IDS: [&str; 5] = [
    "66f0a3c41e2b7d0013c4a5b1",
    "66f0a3c41e2b7d0013c4a5b2",
    "66f0a3c41e2b7d0013c4a5b3",
    "66f0a3c41e2b7d0013c4a5b4",
    "66f0a3c41e2b7d0013c4a5b5",
];

#[tokio::test]
async fn items_follow_relative_next_links_over_three_pages() {
    let server = MockServer::start().await;
    mount_page(&server, None, fixture("customers-page-1.json")).await;
    mount_page(&server, Some("2"), fixture("customers-page-2.json")).await;
    mount_page(&server, Some("3"), fixture("customers-page-3.json")).await;

    let results: Vec<Result<Customer, Error>> = client(&server)
        .list_customers()
        .page_size(2)
        .items()
        .collect()
        .await;

    let customers: Vec<Customer> = results
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("every page decodes");
    assert_eq!(ids(&customers), ALL_IDS);
    assert_eq!(
        customers[3].attributes.name,
        Some(Nullable::Value("Tomás Herrera".to_owned()))
    );
    assert_eq!(
        queries(&server).await,
        ["pageSize=2", "page=2&pageSize=2", "page=3&pageSize=2"]
    );
}

#[tokio::test]
async fn pages_keep_meta_and_links_of_each_page() {
    let server = MockServer::start().await;
    mount_page(&server, None, fixture("customers-page-1.json")).await;
    mount_page(&server, Some("2"), fixture("customers-page-2.json")).await;
    mount_page(&server, Some("3"), fixture("customers-page-3.json")).await;

    let pages: Vec<_> = client(&server)
        .list_customers()
        .page_size(2)
        .pages()
        .collect()
        .await;

    let pages: Vec<_> = pages
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .expect("every page decodes");
    let numbers: Vec<Option<i64>> = pages
        .iter()
        .map(|page| page.meta.as_ref().and_then(|meta| meta.page))
        .collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(3)]);
    let sizes: Vec<usize> = pages.iter().map(|page| page.data.len()).collect();
    assert_eq!(sizes, [2, 2, 1]);
    let last_links = pages[2].links.as_ref().expect("links");
    assert_eq!(last_links.next, Some(Nullable::Null));
    assert_eq!(
        pages[1]
            .meta
            .as_ref()
            .and_then(|meta| meta.extra.get("requestId")),
        Some(&json!("b7c1f0e2-5d8a-4c3e-9a61-2f4e8d0c7b13"))
    );
    assert_eq!(queries(&server).await.len(), 3);
}

#[tokio::test]
async fn a_next_link_back_to_an_earlier_page_ends_with_a_paging_cycle() {
    let server = MockServer::start().await;
    let mut looping = fixture_json("customers-page-2.json");
    looping["links"]["next"] = json!("/v1/customers?page=1&pageSize=2");
    mount_page(&server, Some("1"), fixture("customers-page-1.json")).await;
    mount_page(&server, Some("2"), looping.to_string()).await;

    let results: Vec<Result<Customer, Error>> = client(&server)
        .list_customers()
        .page(1)
        .page_size(2)
        .items()
        .collect()
        .await;

    assert_eq!(
        results.len(),
        5,
        "four customers, then the error, then the end"
    );
    let customers: Vec<Customer> = results[..4]
        .iter()
        .map(|result| result.as_ref().expect("pages 1 and 2 decode").clone())
        .collect();
    assert_eq!(ids(&customers), ALL_IDS[..4]);
    match &results[4] {
        Err(Error::PagingCycle { token }) => {
            assert!(token.contains("page=1"), "unexpected token {token:?}");
        }
        other => panic!("expected Error::PagingCycle, got {other:?}"),
    }
    assert_eq!(
        queries(&server).await,
        ["page=1&pageSize=2", "page=2&pageSize=2"],
        "page 1 is not fetched again"
    );
}

#[tokio::test]
async fn a_next_link_to_another_origin_is_not_followed() {
    let server = MockServer::start().await;
    let mut leaving = fixture_json("customers-page-1.json");
    leaving["links"]["next"] = json!("https://collector.example.net/v1/customers?page=2");
    mount_page(&server, None, leaving.to_string()).await;

    let results: Vec<Result<Customer, Error>> = client(&server)
        .list_customers()
        .page_size(2)
        .items()
        .collect()
        .await;

    assert_eq!(
        results.len(),
        3,
        "two customers, then the error, then the end"
    );
    assert!(results[..2].iter().all(Result::is_ok));
    match &results[2] {
        Err(Error::InvalidRequest { message }) => {
            assert!(message.contains("another origin"), "{message}");
        }
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
    assert_eq!(queries(&server).await, ["pageSize=2"]);
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_with_its_api_error() {
    let server = MockServer::start().await;
    mount_page(&server, None, fixture("customers-page-1.json")).await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(400).set_body_raw(fixture("error-400.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let results: Vec<Result<Customer, Error>> = client(&server)
        .list_customers()
        .page_size(2)
        .items()
        .collect()
        .await;

    assert_eq!(results.len(), 3);
    match &results[2] {
        Err(Error::Api(response)) => {
            assert_eq!(response.status.as_u16(), 400);
            let code = response
                .body
                .as_ref()
                .and_then(|body| body.errors.as_ref())
                .and_then(|errors| errors.first())
                .and_then(|error| error.code.as_deref());
            assert_eq!(code, Some("bad_request"));
        }
        other => panic!("expected Error::Api, got {other:?}"),
    }
    assert_eq!(queries(&server).await, ["pageSize=2", "page=2&pageSize=2"]);
}
