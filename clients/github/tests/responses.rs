//! Decoding GitHub's answers: fixture payloads round-trip with unknown fields
//! and values kept, error responses keep everything, and `Link` paging.

mod common;

use common::{TOKEN, client, fixture, fixture_json, ok_json, received};
use futures::StreamExt;
use github::Error;
use github::types::{AuthorAssociation, Issue, IssueState, ValidationCode, ValidationErrorEntry};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn an_issue_round_trips_with_unknown_fields() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/repos/octo-org/hello-world/issues/1347"))
        .respond_with(ok_json("issue.json"))
        .expect(1)
        .mount(&server)
        .await;

    let issue = client(&server)
        .get_issue("octo-org", "hello-world", 1347)
        .await
        .expect("the issue decodes");
    assert_eq!(issue.number, 1347);
    assert_eq!(issue.state, Some(IssueState::Open));
    assert_eq!(issue.author_association, Some(AuthorAssociation::Member));
    assert!(
        issue.extra.contains_key("reactions"),
        "unknown keys are kept"
    );
    assert_eq!(
        serde_json::to_value(&issue).expect("the issue encodes"),
        fixture_json("issue.json")
    );
}

#[test]
fn enum_values_the_spec_does_not_know_survive() {
    let mut value = fixture_json("issue.json");
    value["state"] = json!("archived");
    value["author_association"] = json!("SPONSOR");
    value["state_reason"] = json!("superseded");

    let issue: Issue = serde_json::from_value(value.clone()).expect("unknown values decode");
    assert_eq!(
        issue.state,
        Some(IssueState::Unknown("archived".to_owned()))
    );
    assert_eq!(
        issue.author_association,
        Some(AuthorAssociation::Unknown("SPONSOR".to_owned()))
    );
    assert_eq!(
        serde_json::to_value(&issue).expect("the issue encodes"),
        value
    );
}

#[tokio::test]
async fn a_404_keeps_status_headers_raw_and_parsed_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/repos/octo-org/missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-github-request-id", "C2E4:3A5B:1F2D3C:2A4B5C:6745E1F0")
                .set_body_raw(fixture("error-404.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server)
        .get_repo("octo-org", "missing")
        .await
        .expect_err("a 404 is an error");
    assert!(
        error.to_string().contains("Not Found"),
        "the spec's message pointer reaches the display: {error}"
    );
    let Error::Api(response) = error else {
        panic!("expected Error::Api, got {error:?}");
    };
    assert_eq!(response.status.as_u16(), 404);
    assert_eq!(
        response
            .headers
            .get("x-github-request-id")
            .and_then(|value| value.to_str().ok()),
        Some("C2E4:3A5B:1F2D3C:2A4B5C:6745E1F0")
    );
    assert_eq!(response.raw.as_ref(), fixture("error-404.json").as_bytes());
    assert_eq!(response.message.as_deref(), Some("Not Found"));
    let body = response.body.expect("the error body decodes");
    assert_eq!(body.message.as_deref(), Some("Not Found"));
    assert_eq!(body.status.as_deref(), Some("404"));
}

#[tokio::test]
async fn a_422_decodes_object_and_string_validation_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/repos/octo-org/hello-world/issues"))
        .respond_with(
            ResponseTemplate::new(422).set_body_raw(fixture("error-422.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let error = client(&server)
        .create_issue(
            "octo-org",
            "hello-world",
            github::types::IssueCreate::new(""),
        )
        .await
        .expect_err("a 422 is an error");
    assert_eq!(error.status().map(|status| status.as_u16()), Some(422));
    assert_eq!(error.raw_body(), Some(fixture("error-422.json").as_bytes()));
    let Error::Api(response) = error else {
        panic!("expected Error::Api");
    };
    let body = response.body.expect("the error body decodes");
    assert_eq!(body.message.as_deref(), Some("Validation Failed"));
    let errors = body.errors.clone().expect("validation details");
    assert_eq!(errors.len(), 2);
    match &errors[0] {
        ValidationErrorEntry::ValidationError(detail) => {
            assert_eq!(detail.code, Some(ValidationCode::MissingField));
            assert_eq!(detail.field.as_deref(), Some("title"));
        }
        other => panic!("expected an object detail, got {other:?}"),
    }
    assert_eq!(
        errors[1],
        ValidationErrorEntry::String("title is too long (maximum is 256 characters)".to_owned())
    );
    assert_eq!(
        serde_json::to_value(&body).expect("the body encodes"),
        fixture_json("error-422.json")
    );
}

/// Mounts the two repository pages; page 1 links to page 2 with an absolute
/// URL on the mock server's origin, as GitHub does.
async fn mount_repo_pages(server: &MockServer) {
    let next = format!(
        "<{uri}/orgs/octo-org/repos?per_page=2&page=2>; rel=\"next\", \
         <{uri}/orgs/octo-org/repos?per_page=2&page=2>; rel=\"last\"",
        uri = server.uri()
    );
    Mock::given(method("GET"))
        .and(path("/orgs/octo-org/repos"))
        .and(query_param("per_page", "2"))
        .and(query_param_is_missing("page"))
        .respond_with(ok_json("repos-page-1.json").insert_header("link", next.as_str()))
        .expect(1)
        .mount(server)
        .await;
    let prev = format!(
        "<{uri}/orgs/octo-org/repos?per_page=2&page=1>; rel=\"prev\", \
         <{uri}/orgs/octo-org/repos?per_page=2&page=1>; rel=\"first\"",
        uri = server.uri()
    );
    Mock::given(method("GET"))
        .and(path("/orgs/octo-org/repos"))
        .and(query_param("per_page", "2"))
        .and(query_param("page", "2"))
        .respond_with(ok_json("repos-page-2.json").insert_header("link", prev.as_str()))
        .expect(1)
        .mount(server)
        .await;
}

#[tokio::test]
async fn items_follow_the_link_header_to_the_last_page() {
    let server = MockServer::start().await;
    mount_repo_pages(&server).await;

    let names: Vec<String> = client(&server)
        .list_org_repos("octo-org")
        .per_page(2)
        .items()
        .map(|item| item.expect("every repository decodes").full_name)
        .collect()
        .await;
    assert_eq!(
        names,
        [
            "octo-org/hello-world",
            "octo-org/connector-specs",
            "octo-org/docs"
        ]
    );

    let requests = received(&server).await;
    let urls: Vec<String> = requests
        .iter()
        .map(|request| {
            format!(
                "{}?{}",
                request.url.path(),
                request.url.query().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        urls,
        [
            "/orgs/octo-org/repos?per_page=2",
            "/orgs/octo-org/repos?per_page=2&page=2"
        ]
    );
    for request in &requests {
        assert_eq!(
            request
                .headers
                .get("authorization")
                .and_then(|value| value.to_str().ok()),
            Some(format!("Bearer {TOKEN}").as_str()),
            "every page is authenticated"
        );
    }
}

#[tokio::test]
async fn pages_round_trip_and_keep_nulls() {
    let server = MockServer::start().await;
    mount_repo_pages(&server).await;

    let pages: Vec<_> = client(&server)
        .list_org_repos("octo-org")
        .per_page(2)
        .pages()
        .collect()
        .await;
    assert_eq!(pages.len(), 2);
    let first = pages[0].as_ref().expect("page 1 decodes");
    let second = pages[1].as_ref().expect("page 2 decodes");
    assert_eq!(
        serde_json::to_value(first).expect("encodes"),
        fixture_json("repos-page-1.json")
    );
    assert_eq!(
        serde_json::to_value(second).expect("encodes"),
        fixture_json("repos-page-2.json")
    );
    assert_eq!(second[0].pushed_at, Some(github::Nullable::Null));
}

#[tokio::test]
async fn search_pages_take_items_from_the_wrapper() {
    let server = MockServer::start().await;
    let issue = fixture_json("issue.json");
    let mut second_issue = issue.clone();
    second_issue["number"] = json!(1348);
    second_issue["id"] = json!(2614839202_u64);
    let next = format!(
        "<{}/search/issues?q=is%3Aopen&per_page=1&page=2>; rel=\"next\"",
        server.uri()
    );
    Mock::given(method("GET"))
        .and(path("/search/issues"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("link", next.as_str())
                .set_body_json(
                    json!({"total_count": 2, "incomplete_results": false, "items": [issue]}),
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/search/issues"))
        .and(query_param("page", "2"))
        .and(query_param("q", "is:open"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"total_count": 2, "incomplete_results": false, "items": [second_issue]}),
        ))
        .expect(1)
        .mount(&server)
        .await;

    let numbers: Vec<u64> = client(&server)
        .search_issues("is:open")
        .per_page(1)
        .items()
        .map(|item| item.expect("every issue decodes").number)
        .collect()
        .await;
    assert_eq!(numbers, [1347, 1348]);
}

#[tokio::test]
async fn a_next_link_to_another_origin_is_not_followed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/orgs/octo-org/repos"))
        .respond_with(ok_json("repos-page-1.json").insert_header(
            "link",
            "<https://attacker.example/orgs/octo-org/repos?page=2>; rel=\"next\"",
        ))
        .expect(1)
        .mount(&server)
        .await;

    let results: Vec<Result<Value, String>> = client(&server)
        .list_org_repos("octo-org")
        .pages()
        .map(|page| {
            page.map(|repos| serde_json::to_value(repos).expect("encodes"))
                .map_err(|error| error.to_string())
        })
        .collect()
        .await;
    assert_eq!(results.len(), 2, "the first page, then one error");
    assert!(results[0].is_ok());
    assert!(
        results[1].is_err(),
        "the token must not go to another origin"
    );
    assert_eq!(received(&server).await.len(), 1);
}

/// A quick retry policy so that a retried test does not wait for GitHub's
/// one-second backoff.
fn quick_retries() -> github::RetryPolicy {
    github::RetryPolicy::new()
        .max_attempts(2)
        .initial_backoff(std::time::Duration::from_millis(1))
        .max_backoff(std::time::Duration::from_millis(2))
}

#[tokio::test]
async fn a_read_is_retried_after_a_503_and_a_create_is_not() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/repos/octo-org/hello-world/issues/1347"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/repos/octo-org/hello-world/issues/1347"))
        .respond_with(ok_json("issue.json"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/repos/octo-org/hello-world/issues"))
        .respond_with(ResponseTemplate::new(503))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let issue = client
        .get_issue("octo-org", "hello-world", 1347)
        .retry(quick_retries())
        .await
        .expect("the second attempt succeeds");
    assert_eq!(issue.number, 1347);

    let error = client
        .create_issue(
            "octo-org",
            "hello-world",
            github::types::IssueCreate::new("Once only"),
        )
        .retry(quick_retries())
        .await
        .expect_err("a create is sent once");
    assert_eq!(error.status().map(|status| status.as_u16()), Some(503));
}

#[tokio::test]
async fn an_enterprise_path_prefix_is_kept_on_every_page() {
    let server = MockServer::start().await;
    let next = format!(
        "<{}/api/v3/orgs/octo-org/repos?page=2>; rel=\"next\"",
        server.uri()
    );
    Mock::given(method("GET"))
        .and(path("/api/v3/orgs/octo-org/repos"))
        .and(query_param_is_missing("page"))
        .respond_with(ok_json("repos-page-1.json").insert_header("link", next.as_str()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v3/orgs/octo-org/repos"))
        .and(query_param("page", "2"))
        .respond_with(ok_json("repos-page-2.json"))
        .expect(1)
        .mount(&server)
        .await;
    let client = github::Client::builder()
        .base_url(format!("{}/api/v3/", server.uri()))
        .api_key(TOKEN)
        .retry(github::RetryPolicy::none())
        .no_budget()
        .build()
        .expect("a base url with a path builds");

    let count = client
        .list_org_repos("octo-org")
        .items()
        .map(|item| item.expect("every repository decodes"))
        .count()
        .await;
    assert_eq!(count, 3);
}
