//! The exact requests the generated GitHub client sends: method, path
//! (percent-encoding included), query, headers and JSON body, against a local mock.

mod common;

use common::{TOKEN, client, fixture, fixture_json, ok_json, received};
use github::types::{
    CommentCreate, HookConfig, HookCreate, IssueCreate, IssueSort, IssueState, IssueStateReason,
    IssueUpdate, MergeMethod, PullMerge, SortDirection, StateFilter,
};
use github::{DateTime, Nullable, Secret};
use serde_json::{Value, json};
use time::macros::datetime;
use wiremock::matchers::{any, body_json, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The one request the server received; fails if there were more or none.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = received(server).await;
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// A header of a received request as text.
fn header_text<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request
        .headers
        .get(name)
        .map(|value| value.to_str().expect("header is ascii"))
}

/// The request body as JSON.
fn body_value(request: &Request) -> Value {
    serde_json::from_slice(&request.body).expect("the body is json")
}

#[tokio::test]
async fn get_repo_escapes_path_segments_and_sends_bearer_auth() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(200).set_body_json(&fixture_json("repos-page-2.json")[0]),
        )
        .mount(&server)
        .await;

    let repo = client(&server)
        .get_repo("octo org", "hello/world?x#1 ü")
        .await
        .expect("the repository decodes");
    assert_eq!(repo.full_name, "octo-org/docs");

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.url.path(),
        "/repos/octo%20org/hello%2Fworld%3Fx%231%20%C3%BC"
    );
    assert_eq!(request.url.query(), None);
    assert!(request.body.is_empty(), "a GET carries no body");
    assert_eq!(
        header_text(&request, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    // The media type and API version the spec's `headers` declare.
    assert_eq!(
        header_text(&request, "accept"),
        Some("application/vnd.github+json")
    );
    assert_eq!(
        header_text(&request, "x-github-api-version"),
        Some("2022-11-28")
    );
    assert_eq!(header_text(&request, "content-type"), None);
    let agent = header_text(&request, "user-agent").expect("github rejects requests without one");
    assert!(
        agent.starts_with("github-connector/"),
        "unexpected user agent {agent:?}"
    );
}

#[tokio::test]
async fn list_issues_sends_every_filter_in_spec_order() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/repos/octo-org/hello-world/issues"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("[]", "application/json"))
        .expect(1)
        .mount(&server)
        .await;

    let issues = client(&server)
        .list_issues("octo-org", "hello-world")
        .state(StateFilter::All)
        .labels(["bug", "good first issue"])
        .assignee("octocat")
        .milestone("*")
        .sort(IssueSort::Updated)
        .direction(SortDirection::Asc)
        .since(DateTime::from(datetime!(2026-11-01 08:30:00 UTC)))
        .per_page(50)
        .page(3)
        .await
        .expect("an empty list decodes");
    assert!(issues.is_empty());

    let request = only_request(&server).await;
    let pairs: Vec<(String, String)> = request
        .url
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let expected = [
        ("state", "all"),
        ("labels", "bug,good first issue"),
        ("assignee", "octocat"),
        ("milestone", "*"),
        ("sort", "updated"),
        ("direction", "asc"),
        ("since", "2026-11-01T08:30:00Z"),
        ("per_page", "50"),
        ("page", "3"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    assert_eq!(pairs, expected);
    // `application/x-www-form-urlencoded` escaping: space as `+`, `,` and `:` escaped.
    assert_eq!(
        request.url.query(),
        Some(
            "state=all&labels=bug%2Cgood+first+issue&assignee=octocat&milestone=*\
             &sort=updated&direction=asc&since=2026-11-01T08%3A30%3A00Z&per_page=50&page=3"
        )
    );
}

#[tokio::test]
async fn search_issues_escapes_the_query_language() {
    let server = MockServer::start().await;
    let results = json!({
        "total_count": 1,
        "incomplete_results": false,
        "items": [fixture_json("issue.json")]
    });
    Mock::given(method("GET"))
        .and(path("/search/issues"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&results))
        .expect(1)
        .mount(&server)
        .await;

    let found = client(&server)
        .search_issues("repo:octo-org/hello-world is:open label:\"good first issue\"")
        .order(SortDirection::Desc)
        .await
        .expect("search results decode");
    assert_eq!(found.total_count, Some(1));
    assert_eq!(found.items.len(), 1);
    assert_eq!(found.items[0].number, 1347);

    let request = only_request(&server).await;
    let pairs: Vec<(String, String)> = request
        .url
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    assert_eq!(
        pairs,
        vec![
            (
                "q".to_owned(),
                "repo:octo-org/hello-world is:open label:\"good first issue\"".to_owned()
            ),
            ("order".to_owned(), "desc".to_owned()),
        ]
    );
    assert_eq!(
        request.url.query(),
        Some("q=repo%3Aocto-org%2Fhello-world+is%3Aopen+label%3A%22good+first+issue%22&order=desc")
    );
}

#[tokio::test]
async fn create_issue_posts_json_and_decodes_201() {
    let server = MockServer::start().await;
    let expected_body = json!({
        "title": "Paging stops after the first page",
        "body": "Steps to reproduce: list the org's repositories.",
        "assignees": ["octocat"],
        "labels": ["bug"]
    });
    Mock::given(method("POST"))
        .and(path("/repos/octo-org/hello-world/issues"))
        .and(header("content-type", "application/json"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(body_json(&expected_body))
        .respond_with(
            ResponseTemplate::new(201).set_body_raw(fixture("issue.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let mut new_issue = IssueCreate::new("Paging stops after the first page");
    new_issue.body = Some("Steps to reproduce: list the org's repositories.".to_owned());
    new_issue.assignees = Some(vec!["octocat".to_owned()]);
    new_issue.labels = Some(vec!["bug".to_owned()]);
    let issue = client(&server)
        .create_issue("octo-org", "hello-world", new_issue)
        .await
        .expect("the 201 body decodes");
    assert_eq!(issue.number, 1347);

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(body_value(&request), expected_body);
}

#[tokio::test]
async fn update_issue_sends_null_to_clear_and_leaves_out_what_is_unset() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/repos/octo-org/hello-world/issues/1347"))
        .respond_with(ok_json("issue.json"))
        .expect(1)
        .mount(&server)
        .await;

    let change = IssueUpdate {
        state: Some(IssueState::Closed),
        state_reason: Some(Nullable::Value(IssueStateReason::NotPlanned)),
        milestone: Some(Nullable::Null),
        ..IssueUpdate::default()
    };
    client(&server)
        .update_issue("octo-org", "hello-world", 1347, change)
        .await
        .expect("the issue decodes");

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        body_value(&request),
        json!({"state": "closed", "state_reason": "not_planned", "milestone": null})
    );
}

#[tokio::test]
async fn comment_merge_and_hook_calls_use_their_methods_and_paths() {
    let server = MockServer::start().await;
    let comment = json!({
        "id": 2458790011_u64,
        "body": "Reproduced on main.",
        "user": {"login": "octocat", "id": 583231},
        "created_at": "2026-11-02T10:00:00Z",
        "updated_at": "2026-11-02T10:00:00Z"
    });
    Mock::given(method("POST"))
        .and(path("/repos/octo-org/hello-world/issues/1347/comments"))
        .and(body_json(json!({"body": "Reproduced on main."})))
        .respond_with(ResponseTemplate::new(201).set_body_json(&comment))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/repos/octo-org/hello-world/pulls/42/merge"))
        .and(body_json(
            json!({"commit_title": "Fix paging (#42)", "merge_method": "squash"}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "sha": "6dcb09b5b57875f334f61aebed695e2e4193db5e",
            "merged": true,
            "message": "Pull Request successfully merged"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/repos/octo-org/hello-world/hooks"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "id": 12345678,
            "type": "Repository",
            "name": "web",
            "active": true,
            "events": ["issues", "push"],
            "config": {"url": "https://hooks.example.com/github", "content_type": "json", "secret": "********", "insecure_ssl": "0"},
            "created_at": "2026-11-02T10:00:00Z",
            "updated_at": "2026-11-02T10:00:00Z"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/repos/octo-org/hello-world/hooks/12345678"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let created = client
        .create_issue_comment(
            "octo-org",
            "hello-world",
            1347,
            CommentCreate::new("Reproduced on main."),
        )
        .await
        .expect("the comment decodes");
    assert_eq!(created.id, 2458790011);

    let merge = PullMerge {
        commit_title: Some("Fix paging (#42)".to_owned()),
        merge_method: Some(MergeMethod::Squash),
        ..PullMerge::default()
    };
    let merged = client
        .merge_pull("octo-org", "hello-world", 42, merge)
        .await
        .expect("the merge result decodes");
    assert_eq!(merged.merged, Some(true));

    let config = HookConfig {
        url: Some("https://hooks.example.com/github".to_owned()),
        content_type: Some("json".to_owned()),
        secret: Some(Secret::new("whsec-github-hook-secret")),
        ..HookConfig::default()
    };
    let mut hook = HookCreate::new(config);
    hook.name = Some("web".to_owned());
    hook.events = Some(vec!["issues".to_owned(), "push".to_owned()]);
    let created_hook = client
        .create_repo_hook("octo-org", "hello-world", hook)
        .await
        .expect("the hook decodes");
    assert_eq!(created_hook.id, 12345678);
    assert!(
        !format!("{created_hook:?}").contains("********"),
        "the echoed secret is redacted in debug output"
    );

    client
        .delete_repo_hook("octo-org", "hello-world", 12345678)
        .await
        .expect("a 204 is success");

    let requests = received(&server).await;
    let hook_request = &requests[2];
    assert_eq!(
        body_value(hook_request),
        json!({
            "name": "web",
            "config": {
                "url": "https://hooks.example.com/github",
                "content_type": "json",
                "secret": "whsec-github-hook-secret"
            },
            "events": ["issues", "push"]
        }),
        "the hook secret is sent in clear: github needs it"
    );
    assert!(requests[3].body.is_empty(), "a DELETE carries no body");
}

#[tokio::test]
async fn test_connection_calls_the_authenticated_user() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/user"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "login": "octocat",
            "id": 583231,
            "type": "User",
            "site_admin": false,
            "name": "The Octocat",
            "company": "@github",
            "public_repos": 8,
            "created_at": "2011-01-25T18:44:36Z"
        })))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);

    client.test_connection().await.expect("the token works");
    let user = client
        .get_authenticated_user()
        .await
        .expect("the user decodes");
    assert_eq!(user.login, "octocat");
    assert_eq!(user.company, Some(Nullable::Value("@github".to_owned())));
}

#[tokio::test]
async fn the_token_never_shows_in_debug_output() {
    let server = MockServer::start().await;
    let builder = github::Client::builder()
        .base_url(server.uri())
        .api_key(TOKEN);
    assert!(!format!("{builder:?}").contains(TOKEN));
    let client = builder.build().expect("the client builds");
    assert!(!format!("{client:?}").contains(TOKEN));
}

#[test]
fn enterprise_hosts_are_checked_against_the_pattern() {
    let host = github::Host::enterprise("github.example.com");
    assert_eq!(
        host.url().expect("a valid host name"),
        "https://github.example.com/api/v3"
    );
    assert!(
        github::Host::enterprise("evil.example.com/x?")
            .url()
            .is_err()
    );
    assert_eq!(
        github::Host::Api.url().expect("the default host"),
        "https://api.github.com"
    );
}
