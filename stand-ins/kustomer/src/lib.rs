//! A small, stateful stand-in for the Kustomer REST API, served on 127.0.0.1.
//!
//! It answers the quickstart calls with JSON:API-style documents shaped as
//! Kustomer's documentation shows them, pages lists with relative
//! `links.next`, sends `x-ratelimit-*` headers, and delivers signed outbound
//! webhooks to the URLs registered through `/v1/outbound-webhooks`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

/// Timestamp used for every record, so that output is reproducible.
const NOW: &str = "2026-10-21T14:02:11.925Z";
const ORG_ID: &str = "5f3d1c2b9a8e7d6c5b4a3921";
const RATE_LIMIT: u32 = 1000;

/// A running stand-in. The server stops when this value is dropped.
pub struct StandIn {
    addr: SocketAddr,
    state: Arc<Shared>,
    server: tokio::task::JoinHandle<()>,
}

impl StandIn {
    /// Starts a stand-in on a free loopback port that accepts `api_key` as a
    /// bearer token.
    pub async fn start(api_key: &str) -> std::io::Result<StandIn> {
        let state = Arc::new(Shared {
            api_key: api_key.to_owned(),
            store: Mutex::new(Store::default()),
            http: reqwest::Client::new(),
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let app = router(state.clone());
        let server = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, app).await {
                tracing::error!(%error, "stand-in server stopped");
            }
        });
        Ok(StandIn {
            addr,
            state,
            server,
        })
    }

    /// Base URL to give a client: `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Adds `count` customers, so that lists have several pages.
    pub fn seed_customers(&self, count: usize) {
        let mut store = self.state.lock();
        for n in 0..count {
            let attributes = json!({
                "name": format!("Seeded Customer {n}"),
                "emails": [{"type": "work", "email": format!("seeded{n}@example.com"), "verified": false}],
            });
            store.insert_customer(attributes);
        }
    }

    /// Number of requests served, by method and path (`POST /v1/customers`).
    pub fn requests(&self) -> Vec<String> {
        self.state.lock().log.clone()
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

struct Shared {
    api_key: String,
    store: Mutex<Store>,
    http: reqwest::Client,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Store> {
        // A handler that panicked cannot leave the store half-written in a way
        // that matters for a stand-in, so a poisoned lock is still usable.
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[derive(Default)]
struct Store {
    next_id: u64,
    customers: Vec<Value>,
    conversations: HashMap<String, Value>,
    messages: Vec<Value>,
    webhooks: Vec<Value>,
    remaining: u32,
    log: Vec<String>,
}

impl Store {
    fn new_id(&mut self) -> String {
        self.next_id += 1;
        format!("6a1f{:020x}", self.next_id)
    }

    fn insert_customer(&mut self, attributes: Value) -> Value {
        let id = self.new_id();
        let resource = resource("customer", &id, "/v1/customers", attributes);
        self.customers.push(resource.clone());
        resource
    }
}

fn resource(kind: &str, id: &str, base: &str, mut attributes: Value) -> Value {
    if let Some(map) = attributes.as_object_mut() {
        map.entry("createdAt").or_insert(json!(NOW));
        map.entry("updatedAt").or_insert(json!(NOW));
        map.entry("modifiedAt").or_insert(json!(NOW));
    }
    json!({
        "type": kind,
        "id": id,
        "attributes": attributes,
        "relationships": {
            "org": {"links": {"self": format!("/v1/orgs/{ORG_ID}")}, "data": {"type": "org", "id": ORG_ID}}
        },
        "links": {"self": format!("{base}/{id}")}
    })
}

fn router(state: Arc<Shared>) -> Router {
    Router::new()
        .route("/v1/auth/tokens/current", get(current_token))
        .route("/v1/customers", get(list_customers).post(create_customer))
        .route("/v1/customers/{key}", get(get_customer))
        .route(
            "/v1/conversations",
            axum::routing::post(create_conversation),
        )
        .route(
            "/v1/conversations/{id}/messages",
            axum::routing::post(create_message),
        )
        .route(
            "/v1/outbound-webhooks",
            get(list_webhooks).post(create_webhook),
        )
        .route("/v1/outbound-webhooks/events", get(subscribable_events))
        .fallback(fallback)
        .with_state(state)
}

/// Checks the bearer token and counts the request against the rate limit.
fn admit(state: &Shared, headers: &HeaderMap, line: String) -> Result<u32, Box<Response>> {
    let expected = format!("Bearer {}", state.api_key);
    let authorized = headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value == expected);
    let mut store = state.lock();
    store.log.push(line);
    if !authorized {
        return Err(Box::new(error(
            StatusCode::UNAUTHORIZED,
            json!({"errors": [{"status": "401", "code": "unauthorized", "title": "Unauthorized", "detail": "invalid or missing auth token"}]}),
        )));
    }
    if store.remaining == 0 {
        store.remaining = RATE_LIMIT;
    }
    store.remaining -= 1;
    Ok(store.remaining)
}

fn reply(status: StatusCode, remaining: u32, body: Value) -> Response {
    let mut response = (status, axum::Json(body)).into_response();
    let headers = response.headers_mut();
    headers.insert("x-ratelimit-limit", HeaderValue::from(RATE_LIMIT));
    headers.insert("x-ratelimit-remaining", HeaderValue::from(remaining));
    headers.insert("x-ratelimit-reset", HeaderValue::from(60u32));
    response
}

fn error(status: StatusCode, body: Value) -> Response {
    (status, axum::Json(body)).into_response()
}

fn bad_request(message: &str) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        json!({"errors": [{"code": "bad_request", "message": message, "meta": {}}]}),
    )
}

async fn fallback() -> Response {
    not_found()
}

fn not_found() -> Response {
    error(
        StatusCode::NOT_FOUND,
        json!({"errors": [{"status": "404", "code": "not_found", "title": "Not Found"}]}),
    )
}

async fn current_token(State(state): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let remaining = match admit(&state, &headers, "GET /v1/auth/tokens/current".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let tail: String = state.api_key.chars().rev().take(4).collect();
    let tail: String = tail.chars().rev().collect();
    let body = json!({"data": {
        "type": "token",
        "id": "6a1f00000000000000000abc",
        "attributes": {
            "name": "stand-in key",
            "lastTokenChars": tail,
            "roles": ["org.permission.customer.create", "org.permission.customer.read",
                      "org.permission.conversation.create", "org.permission.message.create"],
            "createdAt": NOW, "updatedAt": NOW, "lastAccessedAt": NOW
        },
        "relationships": {"org": {"data": {"type": "org", "id": ORG_ID}}},
        "links": {"self": "/v1/auth/tokens/current"}
    }});
    reply(StatusCode::OK, remaining, body)
}

async fn list_customers(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let remaining = match admit(&state, &headers, "GET /v1/customers".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let page = query
        .get("page")
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let size = query
        .get("pageSize")
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(100)
        .clamp(1, 100);
    let store = state.lock();
    let total = store.customers.len();
    let pages = total.div_ceil(size).max(1);
    let data: Vec<Value> = store
        .customers
        .iter()
        .skip((page - 1) * size)
        .take(size)
        .cloned()
        .collect();
    let link = |n: usize| json!(format!("/v1/customers?page={n}&pageSize={size}"));
    let body = json!({
        "meta": {"pageSize": size, "page": page, "total": total, "totalPages": pages},
        "links": {
            "self": link(page),
            "first": link(1),
            "prev": if page > 1 { link(page - 1) } else { Value::Null },
            "next": if page < pages { link(page + 1) } else { Value::Null },
            "last": link(pages),
        },
        "data": data,
    });
    reply(StatusCode::OK, remaining, body)
}

async fn get_customer(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> Response {
    let remaining = match admit(&state, &headers, format!("GET /v1/customers/{key}")) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let store = state.lock();
    let found = if let Some(email) = key.strip_prefix("email=") {
        store.customers.iter().find(|customer| {
            customer["attributes"]["emails"]
                .as_array()
                .is_some_and(|emails| emails.iter().any(|e| e["email"] == email))
        })
    } else if let Some(external) = key.strip_prefix("externalId=") {
        store
            .customers
            .iter()
            .find(|customer| customer["attributes"]["externalId"] == external)
    } else {
        store
            .customers
            .iter()
            .find(|customer| customer["id"] == key)
    };
    match found {
        Some(customer) => reply(StatusCode::OK, remaining, json!({"data": customer})),
        None => not_found(),
    }
}

async fn create_customer(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let remaining = match admit(&state, &headers, "POST /v1/customers".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let Ok(attributes @ Value::Object(_)) = serde_json::from_slice::<Value>(&body) else {
        return bad_request("Invalid request body or parameters.");
    };
    let customer = state.lock().insert_customer(attributes);
    deliver(&state, "kustomer.customer.create", &customer);
    reply(StatusCode::CREATED, remaining, json!({"data": customer}))
}

async fn create_conversation(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let remaining = match admit(&state, &headers, "POST /v1/conversations".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let Ok(Value::Object(mut attributes)) = serde_json::from_slice::<Value>(&body) else {
        return bad_request("Invalid request body or parameters.");
    };
    let Some(Value::String(customer)) = attributes.remove("customer") else {
        return bad_request("customer is required and cannot be blank");
    };
    attributes.entry("status").or_insert(json!("open"));
    attributes.insert("messageCount".into(), json!(0));
    let conversation = {
        let mut store = state.lock();
        let id = store.new_id();
        let mut conversation = resource(
            "conversation",
            &id,
            "/v1/conversations",
            Value::Object(attributes),
        );
        conversation["relationships"]["customer"] = json!({
            "links": {"self": format!("/v1/customers/{customer}")},
            "data": {"type": "customer", "id": customer}
        });
        store.conversations.insert(id, conversation.clone());
        conversation
    };
    deliver(&state, "kustomer.conversation.create", &conversation);
    reply(
        StatusCode::CREATED,
        remaining,
        json!({"data": conversation}),
    )
}

async fn create_message(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(conversation_id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let line = format!("POST /v1/conversations/{conversation_id}/messages");
    let remaining = match admit(&state, &headers, line) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let Ok(Value::Object(attributes)) = serde_json::from_slice::<Value>(&body) else {
        return bad_request("Invalid request body or parameters.");
    };
    if !attributes.contains_key("channel") || !attributes.contains_key("app") {
        return bad_request("channel and app are required");
    }
    let message = {
        let mut store = state.lock();
        let Some(conversation) = store.conversations.get(&conversation_id) else {
            return not_found();
        };
        let customer = conversation["relationships"]["customer"].clone();
        let id = store.new_id();
        let mut message = resource("message", &id, "/v1/messages", Value::Object(attributes));
        message["relationships"]["customer"] = customer;
        message["relationships"]["conversation"] = json!({
            "links": {"self": format!("/v1/conversations/{conversation_id}")},
            "data": {"type": "conversation", "id": conversation_id}
        });
        store.messages.push(message.clone());
        message
    };
    deliver(&state, "kustomer.message.create", &message);
    reply(StatusCode::CREATED, remaining, json!({"data": message}))
}

async fn list_webhooks(State(state): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let remaining = match admit(&state, &headers, "GET /v1/outbound-webhooks".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let data = state.lock().webhooks.clone();
    reply(StatusCode::OK, remaining, json!({"data": data}))
}

async fn create_webhook(
    State(state): State<Arc<Shared>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let remaining = match admit(&state, &headers, "POST /v1/outbound-webhooks".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let Ok(Value::Object(mut attributes)) = serde_json::from_slice::<Value>(&body) else {
        return bad_request("Invalid request body or parameters.");
    };
    let valid = attributes.get("name").is_some_and(Value::is_string)
        && attributes.get("url").is_some_and(Value::is_string)
        && attributes.get("events").is_some_and(Value::is_array);
    if !valid {
        return bad_request("name, url and events are required");
    }
    let webhook = {
        let mut store = state.lock();
        let id = store.new_id();
        attributes.insert("token".into(), json!(format!("whsec-{id}")));
        attributes.insert("enabled".into(), json!(true));
        let webhook = resource(
            "outbound_webhook",
            &id,
            "/v1/outbound-webhooks",
            Value::Object(attributes),
        );
        store.webhooks.push(webhook.clone());
        webhook
    };
    reply(StatusCode::CREATED, remaining, json!({"data": webhook}))
}

async fn subscribable_events(State(state): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let remaining = match admit(&state, &headers, "GET /v1/outbound-webhooks/events".into()) {
        Ok(remaining) => remaining,
        Err(response) => return *response,
    };
    let events: Vec<String> = ["customer", "conversation", "message", "team", "user", "tag"]
        .iter()
        .flat_map(|r| ["create", "update"].map(|op| format!("kustomer.{r}.{op}")))
        .collect();
    reply(StatusCode::OK, remaining, json!({"events": events}))
}

/// Sends `name` for `resource` to every webhook subscribed to it, signed as
/// Kustomer signs: lowercase hex HMAC-SHA256 of the raw body, keyed with the
/// webhook's token.
fn deliver(state: &Arc<Shared>, name: &str, resource: &Value) {
    let targets: Vec<(String, String)> = state
        .lock()
        .webhooks
        .iter()
        .filter(|hook| {
            hook["attributes"]["events"]
                .as_array()
                .is_some_and(|events| events.iter().any(|e| e == name))
        })
        .filter_map(|hook| {
            let url = hook["attributes"]["url"].as_str()?;
            let token = hook["attributes"]["token"].as_str()?;
            Some((url.to_owned(), token.to_owned()))
        })
        .collect();
    for (url, token) in targets {
        let event = json!({
            "id": format!("evt-{}-{}", resource["id"].as_str().unwrap_or_default(), name),
            "name": name,
            "org": ORG_ID,
            "partition": ORG_ID,
            "createdAt": NOW,
            "persist": true,
            "client": "api-gw",
            "dataId": resource["id"],
            "data": resource,
        });
        let body = event.to_string();
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(token.as_bytes()) else {
            continue;
        };
        mac.update(body.as_bytes());
        let signature = hex::encode(mac.finalize().into_bytes());
        let request = state
            .http
            .post(url)
            .header("content-type", "application/json")
            .header("x-kustomer-webhook-event", name)
            .header("x-kustomer-webhook-signature", signature)
            .body(body);
        tokio::spawn(async move {
            if let Err(error) = request.send().await {
                tracing::warn!(%error, "stand-in webhook delivery failed");
            }
        });
    }
}
