//! The generated code of `tests/fixtures/edge.yaml` compiles, and its
//! renamed parameters, query auth and paging schemes reach the wire intact.

/// The code generated from `tests/fixtures/edge.yaml`, as checked in.
/// Included into a private module of a test binary, its public items and
/// re-exports look unused; in a library crate they are its API.
#[allow(dead_code, unused_imports)]
mod edge_cases {
    include!("generated/edge_cases.rs");
}

use edge_cases::{Client, Host, types};
use futures::StreamExt;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/api", server.uri()))
        .api_key("edge-key-1")
        .retry(edge_cases::RetryPolicy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn renamed_params_keep_their_wire_names_and_the_key_goes_in_the_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/send"))
        .and(query_param("api_key", "edge-key-1"))
        .and(query_param("request", "r-1"))
        .and(query_param("timeout", "30"))
        .and(query_param("type", "x-large"))
        .and(query_param("self", "me"))
        .respond_with(ResponseTemplate::new(200).set_body_string(""))
        .expect(1)
        .mount(&server)
        .await;

    client(&server)
        .send()
        .request_param("r-1")
        .timeout_param(30)
        .r#type(types::Kind::XLarge)
        .self_("me")
        .await
        .unwrap();
}

#[tokio::test]
async fn cursor_paging_sends_the_cursor_back() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/types/big%20box/items"))
        .and(query_param_is_missing("cursor"))
        .and(query_param("kinds", "small,large"))
        .and(header("x-trace", "7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "results": [{ "id": "1" }, { "id": "2" }],
            "next_cursor": "c2"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/types/big%20box/items"))
        .and(query_param("cursor", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "results": [{ "id": "3" }],
            "next_cursor": null
        })))
        .expect(1)
        .mount(&server)
        .await;

    let ids: Vec<String> = client(&server)
        .builder_operation("big box", 7)
        .kinds([types::Kind::Small, types::Kind::Large])
        .items()
        .map(|item| item.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["1", "2", "3"]);
}

#[tokio::test]
async fn page_numbers_start_where_the_spec_says_and_stop_on_an_empty_page() {
    let server = MockServer::start().await;
    for (page, body) in [
        ("0", json!([{ "id": "a" }, { "id": "b" }])),
        ("1", json!([{ "id": "c" }])),
        ("2", json!([])),
    ] {
        Mock::given(method("GET"))
            .and(path("/api/numbered"))
            .and(query_param("page", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .expect(1)
            .mount(&server)
            .await;
    }

    let pages: Vec<Vec<types::Item>> = client(&server)
        .list_numbered()
        .pages()
        .map(|page| page.unwrap())
        .collect()
        .await;
    let sizes: Vec<usize> = pages.iter().map(Vec::len).collect();
    assert_eq!(sizes, [2, 1, 0]);
}

#[test]
fn keyword_placeholders_are_checked() {
    assert_eq!(
        Host::regional("eu", "west").url().unwrap(),
        "https://eu.west.edge.example/api"
    );
    assert!(Host::regional("EU", "west").url().is_err());
    assert_eq!(Host::Global.url().unwrap(), "https://edge.example/api");
}
