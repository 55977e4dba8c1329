//! Shared fixtures for the runtime's integration tests: operations, a
//! transport factory and a raw TCP server whose faults the test controls.

#![allow(dead_code)] // each test binary uses a different subset

use std::sync::{Arc, Mutex};
use std::time::Duration;

use connector_runtime::spec::{AuthScheme, OperationInfo, RateLimitSpec, ResetFormat};
use connector_runtime::{Config, Credentials, RetryPolicy, Secret, Transport};
use http::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub static GET_CUSTOMER: OperationInfo = OperationInfo {
    name: "get_customer",
    method: Method::GET,
    path_template: "/v1/customers/{id}",
    retry_safe: false,
};

pub static LIST_CUSTOMERS: OperationInfo = OperationInfo {
    name: "list_customers",
    method: Method::GET,
    path_template: "/v1/customers",
    retry_safe: false,
};

pub static CREATE_CUSTOMER: OperationInfo = OperationInfo {
    name: "create_customer",
    method: Method::POST,
    path_template: "/v1/customers",
    retry_safe: false,
};

pub static DELETE_CUSTOMER: OperationInfo = OperationInfo {
    name: "delete_customer",
    method: Method::DELETE,
    path_template: "/v1/customers/{id}",
    retry_safe: false,
};

/// Rate-limit headers in the common `x-ratelimit-*` style.
pub const RATE_LIMIT: RateLimitSpec = RateLimitSpec {
    limit_header: Some("x-ratelimit-limit"),
    remaining_header: Some("x-ratelimit-remaining"),
    reset_header: Some("x-ratelimit-reset"),
    reset_format: ResetFormat::Seconds,
    retry_after_header: Some("retry-after"),
};

pub const API_KEY: &str = "sk_live_4f9a1c2b7e8d";

/// Short backoffs so retries cost milliseconds.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy::new()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(40))
        .max_elapsed(Duration::from_secs(10))
}

pub fn config(base_url: &str) -> Config {
    let mut config = Config::new(base_url, AuthScheme::Bearer, RATE_LIMIT);
    config.credentials = Credentials::Key(Secret::new(API_KEY));
    config.retry = fast_retry();
    config.request_timeout = Duration::from_secs(5);
    config.connect_timeout = Duration::from_secs(2);
    config
}

pub fn transport(base_url: &str) -> Transport {
    match Transport::new(config(base_url)) {
        Ok(transport) => transport,
        Err(error) => panic!("transport did not build: {error}"),
    }
}

/// A customer as a JSON:API style service returns it.
pub fn customer_json(id: &str, name: &str) -> serde_json::Value {
    serde_json::json!({
        "type": "customer",
        "id": id,
        "attributes": {
            "name": name,
            "displayName": name,
            "emails": [{"type": "home", "email": format!("{}@example.com", id)}],
            "createdAt": "2026-10-21T14:02:11.925Z",
            "updatedAt": "2026-10-21T14:02:11.925Z"
        },
        "links": {"self": format!("/v1/customers/{id}")}
    })
}

/// What a raw connection does once it has read one request.
#[derive(Clone, Debug)]
pub enum Fault {
    /// Close without answering.
    Close,
    /// Answer with this full HTTP response text.
    Respond(String),
    /// Wait, then answer.
    Delay(Duration, String),
}

/// A complete HTTP/1.1 response with a JSON body.
pub fn http_response(status: &str, content_type: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// A response whose content-length promises more than is sent.
pub fn truncated_response(body: &str, sent: usize) -> String {
    let part = body.get(..sent).unwrap_or(body);
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{part}",
        body.len()
    )
}

/// A server on 127.0.0.1 that plays `faults` in order, one per accepted
/// connection (the last repeats), and records each request's method.
pub struct RawServer {
    pub url: String,
    pub methods: Arc<Mutex<Vec<String>>>,
}

impl RawServer {
    pub async fn start(faults: Vec<Fault>) -> RawServer {
        let listener = match TcpListener::bind("127.0.0.1:0").await {
            Ok(listener) => listener,
            Err(error) => panic!("could not bind: {error}"),
        };
        let url = match listener.local_addr() {
            Ok(addr) => format!("http://{addr}"),
            Err(error) => panic!("no local address: {error}"),
        };
        let methods = Arc::new(Mutex::new(Vec::new()));
        let seen = methods.clone();
        tokio::spawn(async move {
            let mut index = 0;
            while let Ok((stream, _)) = listener.accept().await {
                let fault = faults
                    .get(index)
                    .or(faults.last())
                    .cloned()
                    .unwrap_or(Fault::Close);
                index += 1;
                let seen = seen.clone();
                tokio::spawn(serve(stream, fault, seen));
            }
        });
        RawServer { url, methods }
    }

    pub fn methods(&self) -> Vec<String> {
        self.methods.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

async fn serve(mut stream: TcpStream, fault: Fault, seen: Arc<Mutex<Vec<String>>>) {
    let Some(method) = read_request(&mut stream).await else {
        return;
    };
    if let Ok(mut methods) = seen.lock() {
        methods.push(method);
    }
    match fault {
        Fault::Close => {}
        Fault::Respond(text) => {
            let _ = stream.write_all(text.as_bytes()).await;
            let _ = stream.flush().await;
        }
        Fault::Delay(wait, text) => {
            tokio::time::sleep(wait).await;
            let _ = stream.write_all(text.as_bytes()).await;
            let _ = stream.flush().await;
        }
    }
    let _ = stream.shutdown().await;
}

/// Reads one request (head and content-length body); returns its method.
async fn read_request(stream: &mut TcpStream) -> Option<String> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(chunk.get(..read)?);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(buffer.get(..head_end)?).to_string();
    let length = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            break;
        }
        buffer.extend_from_slice(chunk.get(..read)?);
    }
    head.split_whitespace().next().map(str::to_owned)
}
