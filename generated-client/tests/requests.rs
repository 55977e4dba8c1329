//! The exact requests the generated Kustomer client sends: method, path
//! (percent-encoding included), query, headers and body, against a local mock.

mod common;

use common::{KEY, client, fixture, fixture_json};
use kustomer::types::{
    Channel, CustomerSearch, CustomerWrite, Direction, Email, EmailType, MessageCreate,
    MessageInclude, MessageStatus, SortOrder, TeamMembers, UserType,
};
use kustomer::{Client, DateTime, Nullable, RetryPolicy};
use serde_json::{Value, json};
use time::macros::datetime;
use wiremock::matchers::{body_json, header, header_exists, method, path, path_regex, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The one request the server received; fails if there were more or none.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server
        .received_requests()
        .await
        .expect("request recording is on by default");
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

/// The query pairs of a received request, decoded, in the order sent.
fn query_pairs(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

fn ok_json(name: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(fixture(name), "application/json")
}

#[tokio::test]
async fn email_lookup_keeps_plus_and_at_in_the_path_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/email=ada+test@example.com"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .and(header("accept", "application/json"))
        .and(header_exists("user-agent"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    let customer = client(&server)
        .get_customer_by_email("ada+test@example.com")
        .await
        .expect("the lookup succeeds");
    assert_eq!(customer.data.id, "66f0a3c41e2b7d0013c4a5b1");

    let request = only_request(&server).await;
    assert_eq!(
        request.url.path(),
        "/v1/customers/email=ada+test@example.com"
    );
    assert_eq!(request.url.query(), None);
    assert!(request.body.is_empty(), "a GET carries no body");
    assert_eq!(header_text(&request, "content-type"), None);
    let agent = header_text(&request, "user-agent").expect("a user agent is sent");
    assert!(
        agent.starts_with("kustomer-connector/"),
        "unexpected user agent {agent:?}"
    );
}

#[tokio::test]
async fn external_id_lookup_escapes_reserved_and_non_ascii_characters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path_regex("^/v1/conversations/"))
        .respond_with(ok_json("conversation.json"))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_json("customer.json"))
        .mount(&server)
        .await;
    let client = client(&server);

    client
        .get_customer_by_external_id("crm/10 293?x=1#top%20ü")
        .await
        .expect("the lookup succeeds");
    client
        .get_conversation_by_external_id("a/../b")
        .await
        .expect("the lookup succeeds");
    client
        .get_customer_by_phone("+1 555 555 0142")
        .await
        .expect("the lookup succeeds");

    let requests = server.received_requests().await.expect("recording is on");
    let paths: Vec<&str> = requests.iter().map(|request| request.url.path()).collect();
    assert_eq!(
        paths,
        [
            "/v1/customers/externalId=crm%2F10%20293%3Fx=1%23top%2520%C3%BC",
            "/v1/conversations/externalId=a%2F..%2Fb",
            "/v1/customers/phone=+1%20555%20555%200142",
        ]
    );
    assert!(requests.iter().all(|request| request.url.query().is_none()));
}

#[tokio::test]
async fn dot_segment_ids_never_reach_another_resource() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ok_json("customer.json"))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server);

    // An id of `.` or `..` must name a customer or be refused before sending;
    // it must never be resolved into `/v1/customers/` or `/v1/`. Escaping it
    // as `%2E%2E` is not enough: URL parsers (WHATWG) read that as `..` too.
    for id in [".", ".."] {
        let fetched = client.get_customer(id).await;
        let deleted = client.delete_customer(id).await;
        for outcome in [fetched.map(|_| ()), deleted] {
            match outcome {
                Ok(()) | Err(kustomer::Error::InvalidRequest { .. }) => {}
                Err(other) => panic!("unexpected failure for id {id:?}: {other}"),
            }
        }
    }

    let requests = server.received_requests().await.expect("recording is on");
    for request in &requests {
        let path = request.url.path();
        let id = path.strip_prefix("/v1/customers/").unwrap_or_default();
        assert!(
            !id.is_empty() && !id.contains('/'),
            "{} {path} names another resource than one customer",
            request.method
        );
    }
}

#[tokio::test]
async fn kobject_lookup_fills_both_path_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/klasses/order%20v2/externalId=order-4417"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": {
                "type": "kobject",
                "id": "6716a4381d2e3f0013b7c5d8",
                "attributes": { "title": "Order #4417", "externalId": "order-4417" }
            }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let kobject = client(&server)
        .get_kobject_by_external_id("order v2", "order-4417")
        .await
        .expect("the lookup succeeds");
    assert_eq!(kobject.data.id, "6716a4381d2e3f0013b7c5d8");
}

#[tokio::test]
async fn list_customers_sends_paging_and_date_filters_in_call_order() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param(
            "filter[createdAt][gte]",
            "2026-10-01T00:00:00Z",
        ))
        .and(query_param(
            "filter[updatedAt][lt]",
            "2026-10-21T16:30:00.500+02:00",
        ))
        .respond_with(ok_json("customers-page-1.json"))
        .expect(1)
        .mount(&server)
        .await;

    let page = client(&server)
        .list_customers()
        .page(2)
        .page_size(50)
        .filter_created_at_gte(DateTime::from(datetime!(2026-10-01 00:00:00 UTC)))
        .filter_updated_at_lt(DateTime::from(datetime!(2026-10-21 16:30:00.5 +02:00)))
        .sort("-createdAt")
        .await
        .expect("the list succeeds");
    assert_eq!(page.data.len(), 2);

    let request = only_request(&server).await;
    assert_eq!(
        query_pairs(&request),
        pairs(&[
            ("page", "2"),
            ("pageSize", "50"),
            ("filter[createdAt][gte]", "2026-10-01T00:00:00Z"),
            ("filter[updatedAt][lt]", "2026-10-21T16:30:00.500+02:00"),
            ("sort", "-createdAt"),
        ])
    );
    // A raw `+` would read as a space on the server; it must be escaped.
    let raw = request.url.query().expect("a query is sent");
    assert!(
        raw.contains("2026-10-21T16%3A30%3A00.500%2B02%3A00"),
        "{raw}"
    );
    assert!(!raw.contains('+'), "{raw}");
}

#[tokio::test]
async fn enum_query_parameters_use_their_wire_names() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "data": [] })))
        .mount(&server)
        .await;
    let client = client(&server);

    client
        .list_conversations()
        .sort(SortOrder::Desc)
        .await
        .expect("conversations list");
    client
        .list_conversations()
        .sort(SortOrder::Unknown("relevance".to_owned()))
        .await
        .expect("conversations list");
    client
        .list_users()
        .user_type(UserType::Machine)
        .pending(false)
        .await
        .expect("users list");
    client
        .list_customer_messages("66f0a3c41e2b7d0013c4a5b1")
        .include(MessageInclude::Attachments)
        .page_size(10)
        .await
        .expect("messages list");

    let requests = server.received_requests().await.expect("recording is on");
    let seen: Vec<(String, Vec<(String, String)>)> = requests
        .iter()
        .map(|request| (request.url.path().to_owned(), query_pairs(request)))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("/v1/conversations".to_owned(), pairs(&[("sort", "desc")])),
            (
                "/v1/conversations".to_owned(),
                pairs(&[("sort", "relevance")])
            ),
            (
                "/v1/users".to_owned(),
                pairs(&[("pending", "false"), ("userType", "machine")])
            ),
            (
                "/v1/customers/66f0a3c41e2b7d0013c4a5b1/messages".to_owned(),
                pairs(&[("pageSize", "10"), ("include", "attachments")])
            ),
        ]
    );
}

#[tokio::test]
async fn put_with_replace_sends_the_query_flag_and_the_whole_body() {
    let server = MockServer::start().await;
    let expected_body = json!({
        "name": "Dana Whitfield",
        "externalId": "crm-10293",
        "emails": [{ "email": "dana.whitfield@example.com", "type": "work" }],
        "custom": { "loyaltyTierStr": "gold", "referrerStr": null },
        "gender": "f",
    });
    Mock::given(method("PUT"))
        .and(path("/v1/customers/66f0a3c41e2b7d0013c4a5b1"))
        .and(query_param("replace", "true"))
        .and(header("content-type", "application/json"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .and(body_json(&expected_body))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    let body = CustomerWrite {
        name: Some(Nullable::Value("Dana Whitfield".to_owned())),
        external_id: Some(Nullable::Value("crm-10293".to_owned())),
        emails: Some(vec![Email {
            email: "dana.whitfield@example.com".to_owned(),
            r#type: Some(EmailType::Work),
            ..Email::default()
        }]),
        custom: Some(
            [
                ("loyaltyTierStr".to_owned(), json!("gold")),
                ("referrerStr".to_owned(), Value::Null),
            ]
            .into_iter()
            .collect(),
        ),
        gender: Some(kustomer::types::Gender::F),
        ..CustomerWrite::default()
    };
    let updated = client(&server)
        .update_customer("66f0a3c41e2b7d0013c4a5b1", body)
        .replace(true)
        .await
        .expect("the update succeeds");
    assert_eq!(updated.data.r#type, "customer");

    let request = only_request(&server).await;
    assert_eq!(request.url.query(), Some("replace=true"));
    let sent: Value = serde_json::from_slice(&request.body).expect("a json body");
    assert_eq!(sent, expected_body);
}

#[tokio::test]
async fn put_without_replace_sends_no_query() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1/customers/66f0a3c41e2b7d0013c4a5b1"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    client(&server)
        .update_customer("66f0a3c41e2b7d0013c4a5b1", CustomerWrite::default())
        .await
        .expect("the update succeeds");

    let request = only_request(&server).await;
    assert_eq!(request.url.query(), None);
    assert_eq!(request.body, b"{}");
}

#[tokio::test]
async fn patch_with_a_null_name_sends_that_null_and_nothing_else() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/customers/66f0a3c41e2b7d0013c4a5b1"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({ "name": null })))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    let body = CustomerWrite {
        name: Some(Nullable::Null),
        ..CustomerWrite::default()
    };
    client(&server)
        .patch_customer("66f0a3c41e2b7d0013c4a5b1", body)
        .await
        .expect("the patch succeeds");

    let request = only_request(&server).await;
    assert_eq!(String::from_utf8_lossy(&request.body), r#"{"name":null}"#);
}

#[tokio::test]
async fn create_customer_posts_the_body_and_decodes_the_201() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!({
            "name": "Dana Whitfield",
            "emails": [{ "email": "dana.whitfield@example.com" }],
            "signedUpAt": "2026-03-02T11:52:19.264Z",
        })))
        .respond_with(
            ResponseTemplate::new(201).set_body_raw(fixture("customer.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let body = CustomerWrite {
        name: Some(Nullable::Value("Dana Whitfield".to_owned())),
        emails: Some(vec![Email {
            email: "dana.whitfield@example.com".to_owned(),
            ..Email::default()
        }]),
        signed_up_at: Some(Nullable::Value(DateTime::from(
            datetime!(2026-03-02 11:52:19.264 UTC),
        ))),
        ..CustomerWrite::default()
    };
    let created = client(&server)
        .create_customer(body)
        .await
        .expect("the create succeeds");
    assert_eq!(created.data.id, "66f0a3c41e2b7d0013c4a5b1");
}

#[tokio::test]
async fn append_conversation_tags_sends_a_bare_json_array() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/conversations/6716630f8a1e5c00126b9d31/tags"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!(["vip", "5e7b9c2a1d4f6a0012b3c8e7"])))
        .respond_with(ok_json("conversation.json"))
        .expect(1)
        .mount(&server)
        .await;

    let conversation = client(&server)
        .append_conversation_tags(
            "6716630f8a1e5c00126b9d31",
            vec!["vip".to_owned(), "5e7b9c2a1d4f6a0012b3c8e7".to_owned()],
        )
        .await
        .expect("tags are appended");
    assert_eq!(conversation.data.id, "6716630f8a1e5c00126b9d31");

    let request = only_request(&server).await;
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        r#"["vip","5e7b9c2a1d4f6a0012b3c8e7"]"#
    );
}

#[tokio::test]
async fn delete_requests_with_and_without_a_body() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/customers/66f0a3c41e2b7d0013c4a5b1"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/v1/teams/5cb3a1b7c9e77c0013e5f2d1/members"))
        .and(header("content-type", "application/json"))
        .and(body_json(
            json!({ "members": ["5f1c2b0d8b3d4c0012a7e955"] }),
        ))
        .respond_with(ok_json("team.json"))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    client
        .delete_customer("66f0a3c41e2b7d0013c4a5b1")
        .await
        .expect("a 204 is success");
    let members = TeamMembers {
        members: vec!["5f1c2b0d8b3d4c0012a7e955".to_owned()],
        ..TeamMembers::default()
    };
    let team = client
        .remove_team_members("5cb3a1b7c9e77c0013e5f2d1", members)
        .await
        .expect("members are removed");
    assert_eq!(team.data.r#type, "team");

    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 2);
    assert!(requests[0].body.is_empty());
    assert_eq!(header_text(&requests[0], "content-type"), None);
}

#[tokio::test]
async fn test_connection_checks_the_current_token_with_the_bearer_key() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/auth/tokens/current"))
        .and(header("authorization", format!("Bearer {KEY}").as_str()))
        .respond_with(ok_json("auth-token-current.json"))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);

    client.test_connection().await.expect("the key works");
    let token = client
        .get_current_auth_token()
        .await
        .expect("the token decodes");
    assert_eq!(token.data.r#type, "authToken");
    let attributes = &token.data.attributes;
    assert_eq!(attributes.last_token_chars.as_deref(), Some("Qx7f"));
    assert_eq!(attributes.roles.as_ref().map(Vec::len), Some(4));
    assert_eq!(
        attributes.extra.get("cidrRestriction"),
        Some(&json!(["203.0.113.0/24"]))
    );
}

#[tokio::test]
async fn a_custom_user_agent_replaces_the_default() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/users/current"))
        .and(header("user-agent", "crm-sync/2.4.1"))
        .respond_with(ok_json("user-current.json"))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(format!("{}/", server.uri()))
        .api_key(KEY)
        .user_agent("crm-sync/2.4.1")
        .retry(RetryPolicy::none())
        .no_budget()
        .build()
        .expect("the client builds");

    let user = client.get_current_user().await.expect("the user decodes");
    assert_eq!(user.data.r#type, "user");
    assert_eq!(
        fixture_json("user-current.json")["data"]["id"],
        json!(user.data.id)
    );
}

#[tokio::test]
async fn create_message_writes_enums_and_dates_by_their_wire_names() {
    let server = MockServer::start().await;
    let expected_body = json!({
        "channel": "email",
        "app": "postmark",
        "direction": "out",
        "subject": "Re: Where is my order?",
        "status": "sent",
        "sentAt": "2026-10-21T14:01:47.220Z",
        "meta": { "inReplyTo": "<CAF4x9q2@mail.example.com>" },
    });
    Mock::given(method("POST"))
        .and(path("/v1/customers/66f0a3c41e2b7d0013c4a5b1/messages"))
        .and(header("content-type", "application/json"))
        .and(body_json(&expected_body))
        .respond_with(
            ResponseTemplate::new(201).set_body_raw(fixture("message.json"), "application/json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let body = MessageCreate {
        direction: Some(Direction::Out),
        subject: Some("Re: Where is my order?".to_owned()),
        status: Some(MessageStatus::Sent),
        sent_at: Some(DateTime::parse("2026-10-21T14:01:47.220Z").expect("an RFC 3339 date-time")),
        meta: Some(
            [("inReplyTo".to_owned(), json!("<CAF4x9q2@mail.example.com>"))]
                .into_iter()
                .collect(),
        ),
        ..MessageCreate::new(Channel::Email, "postmark")
    };
    let message = client(&server)
        .create_customer_message("66f0a3c41e2b7d0013c4a5b1", body)
        .await
        .expect("the message is created");
    assert_eq!(message.data.id, "67166312b4c9a20013f0e742");

    let request = only_request(&server).await;
    let sent: Value = serde_json::from_slice(&request.body).expect("a json body");
    assert_eq!(sent, expected_body);
}

#[tokio::test]
async fn search_posts_the_criteria_and_the_query_flag() {
    let server = MockServer::start().await;
    let criteria = json!({
        "and": [{ "customer_emails": { "equals": "dana.whitfield@example.com" } }]
    });
    let expected_body = json!({
        "queryContext": "customer",
        "and": criteria["and"],
        "sort": [{ "customer_updated_at": "desc" }],
        "includeDeleted": false,
    });
    Mock::given(method("POST"))
        .and(path("/v1/customers/search"))
        .and(body_json(&expected_body))
        .respond_with(ok_json("customers-page-3.json"))
        .expect(1)
        .mount(&server)
        .await;

    let search = CustomerSearch {
        query_context: "customer".to_owned(),
        and: Some(criteria["and"].clone()),
        sort: Some(vec![
            [("customer_updated_at".to_owned(), json!("desc"))]
                .into_iter()
                .collect(),
        ]),
        include_deleted: Some(false),
        ..CustomerSearch::default()
    };
    client(&server)
        .search_customers(search)
        .await
        .expect("the search succeeds");

    let request = only_request(&server).await;
    let sent: Value = serde_json::from_slice(&request.body).expect("a json body");
    assert_eq!(sent, expected_body);
}

#[tokio::test]
async fn fields_the_spec_does_not_name_are_sent_as_given() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/v1/customers/66f0a3c41e2b7d0013c4a5b1"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    let mut body = CustomerWrite {
        company: Some(Nullable::Value("66f0a3c41e2b7d0013c4a5c2".to_owned())),
        ..CustomerWrite::default()
    };
    body.extra
        .insert("roleGroupVersions".to_owned(), json!(["rg-2"]));
    client(&server)
        .patch_customer("66f0a3c41e2b7d0013c4a5b1", body)
        .await
        .expect("the patch succeeds");

    let request = only_request(&server).await;
    let sent: Value = serde_json::from_slice(&request.body).expect("a json body");
    assert_eq!(
        sent,
        json!({ "company": "66f0a3c41e2b7d0013c4a5c2", "roleGroupVersions": ["rg-2"] })
    );
}

#[tokio::test]
async fn remove_conversation_tags_sends_the_array_with_the_delete() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1/conversations/6716630f8a1e5c00126b9d31/tags"))
        .and(header("content-type", "application/json"))
        .and(body_json(json!(["vip"])))
        .respond_with(ok_json("conversation.json"))
        .expect(1)
        .mount(&server)
        .await;

    let conversation = client(&server)
        .remove_conversation_tags("6716630f8a1e5c00126b9d31", vec!["vip".to_owned()])
        .await
        .expect("the tag is removed");
    assert_eq!(conversation.data.r#type, "conversation");

    let request = only_request(&server).await;
    assert_eq!(request.body, br#"["vip"]"#);
}

#[tokio::test]
async fn query_values_with_plus_and_ampersand_are_escaped() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/users"))
        .and(query_param("email", "ada+ops&support@example.com"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "data": [] })))
        .expect(1)
        .mount(&server)
        .await;

    let users = client(&server)
        .list_users()
        .email("ada+ops&support@example.com")
        .await
        .expect("the list succeeds");
    assert!(users.data.is_empty());

    let request = only_request(&server).await;
    assert_eq!(
        request.url.query(),
        Some("email=ada%2Bops%26support%40example.com")
    );
}
