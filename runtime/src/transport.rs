//! The HTTP transport generated clients send through: auth, a client-side
//! budget, the server's rate limits, retries with backoff, timeouts, tracing.

use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::{Bytes, BytesMut};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use rand::Rng;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use tracing::Instrument;
use tracing::field::Empty;

use crate::error::{BuildError, Error, ErrorResponse, TransportError, is_retryable_status};
use crate::secret::Secret;
use crate::spec::{AuthScheme, OperationInfo, RateLimitSpec, ResetFormat};

/// How failed attempts are retried: exponential backoff with full jitter,
/// bounded by a number of attempts and by the total time spent.
///
/// ```
/// use std::time::Duration;
/// let policy = connector_runtime::RetryPolicy::new()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(100));
/// # let _ = policy;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
}

impl RetryPolicy {
    /// Three attempts, 200 ms initial backoff, 20 s longest backoff, 60 s in total.
    pub fn new() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(20),
            max_elapsed: Duration::from_secs(60),
        }
    }

    /// A single attempt: nothing is retried.
    pub fn none() -> RetryPolicy {
        RetryPolicy::new().max_attempts(1)
    }

    /// Attempts in total, the first included (at least one).
    pub fn max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Backoff cap before the first retry; it doubles for each later one.
    pub fn initial_backoff(mut self, backoff: Duration) -> RetryPolicy {
        self.initial_backoff = backoff;
        self
    }

    /// Longest single backoff.
    pub fn max_backoff(mut self, backoff: Duration) -> RetryPolicy {
        self.max_backoff = backoff;
        self
    }

    /// Longest time a call may take, retries and waits included, before the
    /// last failure is returned instead of retrying.
    pub fn max_elapsed(mut self, elapsed: Duration) -> RetryPolicy {
        self.max_elapsed = elapsed;
        self
    }

    /// Full jitter: a uniform wait between zero and the exponential cap.
    fn backoff(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(31);
        let cap = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let nanos = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(rand::rng().random_range(0..=nanos))
    }

    /// The wait before another attempt, or `None` when attempts or time ran out.
    fn next_delay(
        &self,
        attempt: u32,
        elapsed: Duration,
        wait: Option<Duration>,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let delay = wait.unwrap_or_else(|| self.backoff(attempt));
        (elapsed.saturating_add(delay) <= self.max_elapsed).then_some(delay)
    }
}

impl Default for RetryPolicy {
    fn default() -> RetryPolicy {
        RetryPolicy::new()
    }
}

/// A client-side request budget: at most `requests` per `per`, shared by
/// every clone of a `Transport`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Requests allowed in each period (also the burst size).
    pub requests: u32,
    /// Length of the period.
    pub per: Duration,
}

/// Per-request overrides; unset fields fall back to the client's settings.
#[derive(Clone, Default, Debug)]
pub struct RequestOptions {
    /// Retry policy for this request only.
    pub retry: Option<RetryPolicy>,
    /// Per-attempt timeout for this request only.
    pub timeout: Option<Duration>,
}

/// Credentials supplied by the user. `Debug` shows which kind they are,
/// never their values: some APIs take the secret key as the basic-auth
/// username.
#[derive(Clone, Default)]
pub enum Credentials {
    /// No credentials.
    #[default]
    None,
    /// An API key or token.
    Key(Secret),
    /// A username and password.
    Basic {
        /// The username; some APIs put the secret key here, so it is never
        /// shown either.
        username: String,
        /// The password.
        password: Secret,
    },
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::None => f.write_str("None"),
            Credentials::Key(_) => f.write_str("Key([redacted])"),
            Credentials::Basic { .. } => {
                f.write_str("Basic { username: [redacted], password: [redacted] }")
            }
        }
    }
}

/// Everything needed to build a [`Transport`].
#[derive(Clone)]
pub struct Config {
    /// Absolute base URL, possibly with a path prefix.
    pub base_url: String,
    /// How credentials are attached, from the spec.
    pub auth: AuthScheme,
    /// The credentials, from the user.
    pub credentials: Credentials,
    /// Default retry policy.
    pub retry: RetryPolicy,
    /// Longest time to establish a connection.
    pub connect_timeout: Duration,
    /// Longest time for one attempt, from sending to the end of the body.
    pub request_timeout: Duration,
    /// Rate-limit headers the server sends.
    pub rate_limit: RateLimitSpec,
    /// Client-side budget; `None` for none.
    pub budget: Option<Budget>,
    /// `User-Agent` header value.
    pub user_agent: String,
    /// JSON pointers into an error body, tried in order, for a one-line
    /// message the server gave (`/errors/0/detail`).
    pub error_message: &'static [&'static str],
    /// Headers sent with every request unless the request sets them itself
    /// (`Accept`, an API version).
    pub headers: &'static [(&'static str, &'static str)],
}

impl Config {
    /// A configuration with default timeouts, retries and no credentials.
    pub fn new(base_url: impl Into<String>, auth: AuthScheme, rate_limit: RateLimitSpec) -> Config {
        Config {
            base_url: base_url.into(),
            auth,
            credentials: Credentials::None,
            retry: RetryPolicy::new(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            rate_limit,
            budget: None,
            user_agent: concat!("connector-runtime/", env!("CARGO_PKG_VERSION")).to_owned(),
            error_message: &[],
            headers: &[],
        }
    }
}

/// Shows the base URL without any user or password in it.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &without_userinfo(&self.base_url))
            .field("auth", &self.auth)
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("rate_limit", &self.rate_limit)
            .field("budget", &self.budget)
            .field("user_agent", &self.user_agent)
            .field("error_message", &self.error_message)
            .field("headers", &self.headers)
            .finish()
    }
}

/// A URL for display: any user name or password in it is removed, so that
/// `Debug` output and logs never carry credentials written into a URL.
///
/// ```
/// use connector_runtime::display_url;
/// assert_eq!(display_url("https://user:hunter2@api.example.com/v1"), "https://api.example.com/v1");
/// ```
pub fn display_url(text: &str) -> String {
    without_userinfo(text)
}

fn without_userinfo(text: &str) -> String {
    match url::Url::parse(text) {
        Ok(mut url) if !url.username().is_empty() || url.password().is_some() => {
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.to_string()
        }
        _ => text.to_owned(),
    }
}

/// The rate-limit state a response reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitStatus {
    /// Requests allowed in the window.
    pub limit: Option<u64>,
    /// Requests left in the window.
    pub remaining: Option<u64>,
    /// Time until the window resets.
    pub reset_after: Option<Duration>,
}

/// A successful response, unparsed.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// Status (a 2xx).
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body as received.
    pub body: Bytes,
    /// Rate-limit headers, when the server sent any.
    pub rate_limit: Option<RateLimitStatus>,
}

/// A form body could not be encoded.
#[derive(Debug, thiserror::Error)]
#[error("could not encode the form body: {0}")]
pub struct FormError(#[source] serde_qs::Error);

#[derive(Clone)]
enum Target {
    Path(String),
    Url(url::Url),
}

#[derive(Clone)]
struct Body {
    content_type: &'static str,
    bytes: Bytes,
}

/// One request, before auth and retries. Cheap to clone, so paging can
/// re-send it with another page or cursor.
#[derive(Clone)]
pub struct Request {
    op: &'static OperationInfo,
    target: Target,
    query: Vec<(String, String)>,
    headers: Vec<(&'static str, String)>,
    body: Option<Body>,
}

impl Request {
    /// A request for `op`; `path` is the expanded path (each placeholder value
    /// encoded with [`crate::path::segment`]).
    pub fn new(op: &'static OperationInfo, path: String) -> Request {
        Request {
            op,
            target: Target::Path(path),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
        }
    }

    /// Appends a query parameter (kept in call order).
    pub fn query(mut self, name: &str, value: impl Into<String>) -> Request {
        self.query.push((name.to_owned(), value.into()));
        self
    }

    /// Adds a header.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Request {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a JSON body.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Result<Request, serde_json::Error> {
        let bytes = serde_json::to_vec(body)?;
        self.body = Some(Body {
            content_type: "application/json",
            bytes: Bytes::from(bytes),
        });
        Ok(self)
    }

    /// Sets an `application/x-www-form-urlencoded` body; nested objects are
    /// written as `a[b]=c` and arrays as `a[0]=x`.
    pub fn form<B: Serialize + ?Sized>(mut self, body: &B) -> Result<Request, FormError> {
        let text = serde_qs::to_string(&body).map_err(FormError)?;
        self.body = Some(Body {
            content_type: "application/x-www-form-urlencoded",
            bytes: Bytes::from(text),
        });
        Ok(self)
    }

    /// The operation this request belongs to.
    pub fn operation(&self) -> &'static OperationInfo {
        self.op
    }

    /// The query parameters added so far.
    pub(crate) fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Replaces every value of a query parameter.
    pub(crate) fn set_query(mut self, name: &str, value: impl Into<String>) -> Request {
        self.query.retain(|(key, _)| key != name);
        self.query.push((name.to_owned(), value.into()));
        self
    }

    /// The same request sent to an absolute URL whose query replaces ours.
    pub(crate) fn follow(mut self, url: url::Url) -> Request {
        self.target = Target::Url(url);
        self.query.clear();
        self
    }
}

/// Prints the operation and method only: paths and queries may carry
/// user data, and headers may carry tokens.
impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Request")
            .field("operation", &self.op.name)
            .field("method", &self.op.method)
            .field("path_template", &self.op.path_template)
            .finish_non_exhaustive()
    }
}

/// A cheap-to-clone handle to one configured HTTP client. Clones share the
/// connection pool, the budget and the rate-limit state.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Shared>,
}

type Limiter = governor::DefaultDirectRateLimiter;

/// Longest pause a rate-limit reset header can impose on later requests.
const LONGEST_PAUSE: Duration = Duration::from_secs(24 * 60 * 60);

struct Shared {
    client: reqwest::Client,
    base_url: String,
    base: url::Url,
    auth: AuthScheme,
    credentials: Credentials,
    retry: RetryPolicy,
    request_timeout: Duration,
    rate_limit: RateLimitSpec,
    error_message: &'static [&'static str],
    headers: &'static [(&'static str, &'static str)],
    budget: Option<Limiter>,
    /// Set when the server said no requests remain until a reset.
    paused_until: Mutex<Option<Instant>>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &without_userinfo(&self.inner.base_url))
            .field("auth", &self.inner.auth)
            .field("credentials", &self.inner.credentials)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

/// Why one attempt produced no response.
enum Failure {
    /// Nothing reached the server: safe to retry any method.
    NotSent(TransportError),
    /// The request may have been processed.
    Sent(TransportError),
    /// No response in time; `connecting` when it ran out before a connection.
    Timeout { connecting: bool },
}

impl Failure {
    fn from_reqwest(error: reqwest::Error) -> Failure {
        if error.is_timeout() {
            Failure::Timeout {
                connecting: error.is_connect(),
            }
        } else if error.is_connect() {
            Failure::NotSent(TransportError::from_reqwest(error))
        } else {
            Failure::Sent(TransportError::from_reqwest(error))
        }
    }

    fn never_sent(&self) -> bool {
        matches!(
            self,
            Failure::NotSent(_) | Failure::Timeout { connecting: true }
        )
    }

    fn reason(&self) -> &'static str {
        match self {
            Failure::NotSent(_) => "connect failed",
            Failure::Sent(_) => "connection failed",
            Failure::Timeout { .. } => "timeout",
        }
    }

    fn into_error<E>(self, elapsed: Duration, attempts: u32) -> Error<E> {
        match self {
            Failure::NotSent(source) | Failure::Sent(source) => {
                Error::Transport { source, attempts }
            }
            Failure::Timeout { .. } => Error::Timeout { elapsed, attempts },
        }
    }
}

impl Transport {
    /// Builds the HTTP client.
    pub fn new(config: Config) -> Result<Transport, BuildError> {
        let base_url = config.base_url.trim_end_matches('/').to_owned();
        let base = url::Url::parse(&base_url)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
            .ok_or_else(|| BuildError::InvalidBaseUrl(without_userinfo(&base_url)))?;

        let client = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .user_agent(config.user_agent.clone())
            .redirect(same_origin_redirects())
            .build()
            .map_err(|error| BuildError::Http(TransportError::from_reqwest(error)))?;

        let budget = config.budget.and_then(|budget| {
            let burst = NonZeroU32::new(budget.requests)?;
            let quota = governor::Quota::with_period(budget.per / budget.requests)?;
            Some(governor::RateLimiter::direct(quota.allow_burst(burst)))
        });

        Ok(Transport {
            inner: Arc::new(Shared {
                client,
                base_url,
                base,
                auth: config.auth,
                credentials: config.credentials,
                retry: config.retry,
                request_timeout: config.request_timeout,
                rate_limit: config.rate_limit,
                error_message: config.error_message,
                headers: config.headers,
                budget,
                paused_until: Mutex::new(None),
            }),
        })
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    pub(crate) fn base(&self) -> &url::Url {
        &self.inner.base
    }

    /// A URL without the query-parameter credential, so that links compare
    /// equal whether or not the server echoed it.
    pub(crate) fn without_credential(&self, url: &url::Url) -> String {
        let AuthScheme::Query { name } = self.inner.auth else {
            return url.to_string();
        };
        let mut url = url.clone();
        remove_query_param(&mut url, name);
        url.to_string()
    }

    /// Replaces the query-parameter credential in a URL or link taken from a
    /// response, so that it can be shown in an error.
    pub(crate) fn redact(&self, text: &str) -> String {
        let (AuthScheme::Query { .. }, Credentials::Key(key)) =
            (self.inner.auth, &self.inner.credentials)
        else {
            return text.to_owned();
        };
        let key = key.expose();
        if key.is_empty() {
            return text.to_owned();
        }
        let encoded: String = url::form_urlencoded::byte_serialize(key.as_bytes()).collect();
        let percent =
            percent_encoding::utf8_percent_encode(key, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        let mut redacted = text.replace(key, "[redacted]");
        for form in [encoded, percent] {
            if !form.is_empty() {
                redacted = redacted.replace(&form, "[redacted]");
            }
        }
        redacted
    }

    /// Sends with auth, budget, retries and tracing; decodes a 2xx JSON body
    /// into `T`. An empty body decodes as JSON `null`.
    pub async fn send_json<T: DeserializeOwned, E: DeserializeOwned>(
        &self,
        request: Request,
        options: &RequestOptions,
    ) -> Result<T, Error<E>> {
        let response = self.execute(&request, options).await?;
        match parse_body(&response.body) {
            Ok(value) => Ok(value),
            Err(source) => Err(decode_error(response, source)),
        }
    }

    /// Same, for operations with no response body: any 2xx is `Ok(())`.
    pub async fn send_empty<E: DeserializeOwned>(
        &self,
        request: Request,
        options: &RequestOptions,
    ) -> Result<(), Error<E>> {
        self.execute(&request, options).await.map(|_| ())
    }

    /// The raw 2xx response; non-2xx still become errors.
    pub async fn send_raw<E: DeserializeOwned>(
        &self,
        request: Request,
        options: &RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        self.execute(&request, options).await
    }

    pub(crate) async fn execute<E: DeserializeOwned>(
        &self,
        request: &Request,
        options: &RequestOptions,
    ) -> Result<RawResponse, Error<E>> {
        let op = request.op;
        let span = tracing::info_span!(
            "request",
            operation = op.name,
            method = %op.method,
            path = op.path_template,
            status = Empty,
            attempt = Empty,
            elapsed_ms = Empty,
        );
        let started = Instant::now();
        let mut progress = Progress::default();
        let result = self
            .execute_in(request, options, started, &mut progress)
            .instrument(span.clone())
            .await;

        // Recorded once, so the span carries the final values only.
        span.record("attempt", progress.attempts);
        if let Some(status) = progress.status {
            span.record("status", status.as_u16());
        }
        span.record("elapsed_ms", millis(started.elapsed()));
        span.in_scope(|| match &result {
            Ok(_) => tracing::debug!("request succeeded"),
            Err(error) => tracing::debug!(kind = error_kind(error), "request failed"),
        });
        result
    }

    async fn execute_in<E: DeserializeOwned>(
        &self,
        request: &Request,
        options: &RequestOptions,
        started: Instant,
        progress: &mut Progress,
    ) -> Result<RawResponse, Error<E>> {
        let policy = options.retry.as_ref().unwrap_or(&self.inner.retry);
        let timeout = options.timeout.unwrap_or(self.inner.request_timeout);
        let retryable = request.op.retryable();
        let url = self.url_for(request).map_err(invalid_request)?;

        let mut attempt = 0;
        loop {
            attempt += 1;
            progress.attempts = attempt;
            self.wait_for_budget(policy).await;

            let outcome = self.attempt(request, &url, timeout).await?;
            let elapsed = started.elapsed();

            let (status, headers, body) = match outcome {
                Ok(response) => response,
                Err(failure) => {
                    if failure.never_sent() || retryable {
                        if let Some(delay) = policy.next_delay(attempt, elapsed, None) {
                            log_retry(attempt, delay, failure.reason());
                            tokio::time::sleep(delay).await;
                            continue;
                        }
                    }
                    return Err(failure.into_error(elapsed, attempt));
                }
            };

            progress.status = Some(status);
            let rate_limit = self.observe_rate_limit(&headers);
            if status.is_success() {
                return Ok(RawResponse {
                    status,
                    headers,
                    body,
                    rate_limit,
                });
            }

            if status == StatusCode::TOO_MANY_REQUESTS {
                let wait = retry_after(&self.inner.rate_limit, &headers, SystemTime::now())
                    .or(rate_limit.and_then(|limit| limit.reset_after));
                if let Some(delay) = policy.next_delay(attempt, elapsed, wait) {
                    log_retry(attempt, delay, "status 429");
                    tokio::time::sleep(delay).await;
                    continue;
                }
                return Err(Error::RateLimited {
                    retry_after: wait,
                    response: error_response(status, headers, body, self.inner.error_message),
                });
            }

            if retryable && is_retryable_status(status) {
                // A 503 often says how long the outage lasts.
                let wait = retry_after(&self.inner.rate_limit, &headers, SystemTime::now());
                if let Some(delay) = policy.next_delay(attempt, elapsed, wait) {
                    log_retry(attempt, delay, &format!("status {}", status.as_u16()));
                    tokio::time::sleep(delay).await;
                    continue;
                }
            }
            return Err(Error::Api(error_response(
                status,
                headers,
                body,
                self.inner.error_message,
            )));
        }
    }

    /// One attempt: send, then read the whole body within the timeout.
    /// The outer `Result` is a request that could not be built.
    async fn attempt<E>(
        &self,
        request: &Request,
        url: &url::Url,
        timeout: Duration,
    ) -> Result<Result<(StatusCode, HeaderMap, Bytes), Failure>, Error<E>> {
        let built = self.build(request, url).map_err(invalid_request)?;
        let client = &self.inner.client;
        let exchange = async move {
            let mut response = client.execute(built).await.map_err(Failure::from_reqwest)?;
            let status = response.status();
            let headers = std::mem::take(response.headers_mut());
            let mut body = BytesMut::new();
            loop {
                match response.chunk().await {
                    Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                    Ok(None) => break,
                    Err(error) if error.is_timeout() => {
                        return Err(Failure::Timeout { connecting: false });
                    }
                    Err(error) => {
                        return Err(Failure::Sent(
                            TransportError::from_reqwest(error)
                                .with_partial_body(status, body.freeze()),
                        ));
                    }
                }
            }
            Ok((status, headers, body.freeze()))
        };
        Ok(match tokio::time::timeout(timeout, exchange).await {
            Ok(outcome) => outcome,
            Err(_) => Err(Failure::Timeout { connecting: false }),
        })
    }

    /// The full URL: base and path (or a followed link), query, and the
    /// credential for query-parameter auth.
    fn url_for(&self, request: &Request) -> Result<url::Url, String> {
        let mut url = self.url_without_auth(request)?;
        if let (AuthScheme::Query { name }, Credentials::Key(key)) =
            (self.inner.auth, &self.inner.credentials)
        {
            // A followed link may echo the parameter back; send it once.
            remove_query_param(&mut url, name);
            url.query_pairs_mut().append_pair(name, key.expose());
        }
        Ok(url)
    }

    /// The URL without credentials, as paging compares links.
    pub(crate) fn plain_url(&self, request: &Request) -> Option<url::Url> {
        self.url_without_auth(request).ok()
    }

    fn url_without_auth(&self, request: &Request) -> Result<url::Url, String> {
        let mut url = match &request.target {
            Target::Url(url) => url.clone(),
            Target::Path(path) => {
                // URL parsing removes `.` and `..` segments, escaped or not, so
                // a value such as the id `..` would send the request to
                // another resource. Refuse it instead.
                if let Some(segment) = path.split('/').find(|segment| is_dot_segment(segment)) {
                    return Err(format!(
                        "the path segment `{segment}` would change which resource the request goes to"
                    ));
                }
                // An empty value for a placeholder that fills a whole segment
                // (`/v1/customers/{id}` with `""`) would address the
                // collection instead of one item.
                let empty = |text: &str| text.split('/').skip(1).filter(|s| s.is_empty()).count();
                if empty(path) > empty(request.op.path_template) {
                    return Err(format!(
                        "an empty path parameter would change which resource `{}` goes to",
                        request.op.path_template
                    ));
                }
                let separator = if path.starts_with('/') || path.is_empty() {
                    ""
                } else {
                    "/"
                };
                url::Url::parse(&format!("{}{separator}{path}", self.inner.base_url)).map_err(
                    |error| format!("the request path does not form a valid url: {error}"),
                )?
            }
        };
        if !request.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&request.query);
        }
        Ok(url)
    }

    fn build(&self, request: &Request, url: &url::Url) -> Result<reqwest::Request, String> {
        let mut headers = HeaderMap::new();
        for (name, value) in &request.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid_header(name))?;
            let value = HeaderValue::from_str(value).map_err(|_| invalid_header(name.as_str()))?;
            headers.append(name, value);
        }
        if let Some((name, value)) = self.auth_header()? {
            headers.insert(name, value);
        }
        if let Some(body) = &request.body {
            headers.insert(
                http::header::CONTENT_TYPE,
                HeaderValue::from_static(body.content_type),
            );
        }
        for (name, value) in self.inner.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid_header(name))?;
            let value = HeaderValue::from_str(value).map_err(|_| invalid_header(name.as_str()))?;
            headers.entry(name).or_insert(value);
        }
        headers
            .entry(http::header::ACCEPT)
            .or_insert(HeaderValue::from_static("application/json"));

        let mut builder = self
            .inner
            .client
            .request(request.op.method.clone(), url.clone())
            .headers(headers);
        if let Some(body) = &request.body {
            builder = builder.body(body.bytes.clone());
        }
        builder.build().map_err(|error| {
            format!(
                "could not build the request: {}",
                TransportError::from_reqwest(error)
            )
        })
    }

    fn auth_header(&self) -> Result<Option<(HeaderName, HeaderValue)>, String> {
        use base64::Engine as _;
        let (name, text) = match (self.inner.auth, &self.inner.credentials) {
            (AuthScheme::None | AuthScheme::Query { .. }, _) | (_, Credentials::None) => {
                return Ok(None);
            }
            (AuthScheme::Bearer, Credentials::Key(key)) => (
                http::header::AUTHORIZATION,
                format!("Bearer {}", key.expose()),
            ),
            (AuthScheme::Header { name, prefix }, Credentials::Key(key)) => (
                HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid_header(name))?,
                format!("{prefix}{}", key.expose()),
            ),
            // A key with basic auth is the username with an empty password,
            // the usual convention for key-as-username APIs.
            (AuthScheme::Basic, Credentials::Key(key)) => (
                http::header::AUTHORIZATION,
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(format!("{}:", key.expose()))
                ),
            ),
            (AuthScheme::Basic, Credentials::Basic { username, password }) => (
                http::header::AUTHORIZATION,
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD
                        .encode(format!("{username}:{}", password.expose()))
                ),
            ),
            (_, Credentials::Basic { .. }) => {
                return Err(
                    "username and password were given, but this api expects an api key".to_owned(),
                );
            }
        };
        let mut value = HeaderValue::from_str(&text).map_err(|_| {
            "the credential contains characters that are not allowed in a header".to_owned()
        })?;
        value.set_sensitive(true);
        Ok(Some((name, value)))
    }

    /// Waits while the server said the window is used up, then for the
    /// client-side budget.
    async fn wait_for_budget(&self, policy: &RetryPolicy) {
        let paused = self
            .inner
            .paused_until
            .lock()
            .map(|until| *until)
            .unwrap_or(None);
        if let Some(until) = paused {
            let now = Instant::now();
            if until > now {
                // A bogus reset far in the future must not hang the call forever.
                let until = now
                    .checked_add(policy.max_elapsed)
                    .map_or(until, |cap| until.min(cap));
                tracing::debug!(
                    wait_ms = millis(until - now),
                    "waiting for the rate-limit window to reset"
                );
                tokio::time::sleep_until(until).await;
            }
        }
        if let Some(limiter) = &self.inner.budget {
            limiter.until_ready().await;
        }
    }

    /// Reads the rate-limit headers and remembers an exhausted window.
    fn observe_rate_limit(&self, headers: &HeaderMap) -> Option<RateLimitStatus> {
        let status = rate_limit_status(&self.inner.rate_limit, headers, SystemTime::now())?;
        if let (Some(0), Some(reset_after)) = (status.remaining, status.reset_after) {
            if let Ok(mut until) = self.inner.paused_until.lock() {
                // Capped so that an absurd header cannot overflow the clock.
                *until = Instant::now().checked_add(reset_after.min(LONGEST_PAUSE));
            }
        }
        Some(status)
    }
}

impl TransportError {
    fn with_partial_body(mut self, status: StatusCode, body: Bytes) -> TransportError {
        self.set_partial(status, body);
        self
    }
}

/// Only follows redirects to the origin the request went to, so that a
/// credential in a custom header or the query never reaches another host.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > 10 || !same_origin {
            attempt.stop()
        } else {
            attempt.follow()
        }
    })
}

fn remove_query_param(url: &mut url::Url, name: &str) {
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| key != name)
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    url.set_query(None);
    if !kept.is_empty() {
        url.query_pairs_mut().extend_pairs(kept);
    }
}

/// What the span reports once the call is over.
#[derive(Default)]
struct Progress {
    attempts: u32,
    status: Option<StatusCode>,
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn log_retry(attempt: u32, delay: Duration, reason: &str) {
    tracing::warn!(
        attempt,
        delay_ms = millis(delay),
        reason,
        "retrying request"
    );
}

/// A short name of the failure for logs; never a message that could carry data.
fn error_kind<E>(error: &Error<E>) -> &'static str {
    match error {
        Error::InvalidRequest { .. } => "invalid_request",
        Error::Transport { .. } => "transport",
        Error::Timeout { .. } => "timeout",
        Error::RateLimited { .. } => "rate_limited",
        Error::Api(_) => "api",
        Error::Decode { .. } => "decode",
        Error::PagingCycle { .. } => "paging_cycle",
    }
}

/// `.` or `..`, in any mix of literal and percent-escaped dots.
fn is_dot_segment(segment: &str) -> bool {
    let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
    decoded == "." || decoded == ".."
}

fn invalid_header(name: &str) -> String {
    format!("header `{name}` has a name or value that is not valid in http")
}

fn invalid_request<E>(message: String) -> Error<E> {
    Error::InvalidRequest { message }
}

fn error_response<E: DeserializeOwned>(
    status: StatusCode,
    headers: HeaderMap,
    raw: Bytes,
    message_pointers: &[&str],
) -> ErrorResponse<E> {
    let body = serde_json::from_slice(&raw).ok();
    let message = error_message(&raw, message_pointers);
    ErrorResponse {
        status,
        headers,
        raw,
        body,
        message,
    }
}

/// The first non-empty string at one of `pointers` in a JSON error body,
/// cut to one line of reasonable length.
fn error_message(raw: &[u8], pointers: &[&str]) -> Option<String> {
    const LIMIT: usize = 300;
    if pointers.is_empty() {
        return None;
    }
    let value: serde_json::Value = serde_json::from_slice(raw).ok()?;
    let text = pointers
        .iter()
        .filter_map(|pointer| value.pointer(pointer)?.as_str())
        .find(|text| !text.trim().is_empty())?;
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match line.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    })
}

/// Decodes a 2xx body whatever its content type; an empty body reads as `null`.
pub(crate) fn parse_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    let text: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    };
    serde_json::from_slice(text)
}

/// A 2xx whose body did not decode, keeping everything received.
pub(crate) fn decode_error<E>(response: RawResponse, source: serde_json::Error) -> Error<E> {
    Error::Decode {
        status: response.status,
        headers: response.headers,
        body: response.body,
        source,
    }
}

fn header_text<'a>(headers: &'a HeaderMap, name: Option<&str>) -> Option<&'a str> {
    headers.get(name?)?.to_str().ok().map(str::trim)
}

fn header_number(headers: &HeaderMap, name: Option<&str>) -> Option<u64> {
    let text = header_text(headers, name)?;
    text.parse::<u64>().ok().or_else(|| {
        let value = text.parse::<f64>().ok()?;
        (value.is_finite() && value >= 0.0).then_some(value as u64)
    })
}

/// The rate-limit state from the headers the spec names, if any is present.
pub(crate) fn rate_limit_status(
    spec: &RateLimitSpec,
    headers: &HeaderMap,
    now: SystemTime,
) -> Option<RateLimitStatus> {
    let limit = header_number(headers, spec.limit_header);
    let remaining = header_number(headers, spec.remaining_header);
    let reset_after = header_text(headers, spec.reset_header)
        .and_then(|text| reset_delay(text, spec.reset_format, now));
    (limit.is_some() || remaining.is_some() || reset_after.is_some()).then_some(RateLimitStatus {
        limit,
        remaining,
        reset_after,
    })
}

/// Time until a reset given in one of the spec's formats.
pub(crate) fn reset_delay(text: &str, format: ResetFormat, now: SystemTime) -> Option<Duration> {
    let value = text.trim().parse::<f64>().ok()?;
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let format = match format {
        // Real clocks are past 1e9 Unix seconds (2001) and 1e12 Unix
        // milliseconds; a relative wait is never that long.
        ResetFormat::Auto if value >= 1e12 => ResetFormat::UnixMillis,
        ResetFormat::Auto if value >= 1e9 => ResetFormat::UnixSeconds,
        ResetFormat::Auto => ResetFormat::Seconds,
        other => other,
    };
    let until = |seconds: f64| {
        let at = UNIX_EPOCH.checked_add(Duration::try_from_secs_f64(seconds).ok()?)?;
        Some(at.duration_since(now).unwrap_or(Duration::ZERO))
    };
    match format {
        ResetFormat::Seconds | ResetFormat::Auto => Duration::try_from_secs_f64(value).ok(),
        ResetFormat::UnixSeconds => until(value),
        ResetFormat::UnixMillis => until(value / 1000.0),
    }
}

/// The `Retry-After` wait: delay seconds or an HTTP date.
pub(crate) fn retry_after(
    spec: &RateLimitSpec,
    headers: &HeaderMap,
    now: SystemTime,
) -> Option<Duration> {
    let text = header_text(headers, spec.retry_after_header)?;
    if let Ok(seconds) = text.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0)
            .then(|| Duration::try_from_secs_f64(seconds).ok())
            .flatten();
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            if let Ok(value) = HeaderValue::from_str(value) {
                map.insert(*name, value);
            }
        }
        map
    }

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn reset_formats() {
        let now = at(1_792_591_331);
        let secs = Duration::from_secs;
        assert_eq!(reset_delay("30", ResetFormat::Seconds, now), Some(secs(30)));
        assert_eq!(
            reset_delay("0.25", ResetFormat::Seconds, now),
            Some(Duration::from_millis(250))
        );
        assert_eq!(
            reset_delay("1792591391", ResetFormat::UnixSeconds, now),
            Some(secs(60))
        );
        assert_eq!(
            reset_delay("1792591331500", ResetFormat::UnixMillis, now),
            Some(Duration::from_millis(500))
        );
        assert_eq!(reset_delay("45", ResetFormat::Auto, now), Some(secs(45)));
        assert_eq!(
            reset_delay("1792591341", ResetFormat::Auto, now),
            Some(secs(10))
        );
        assert_eq!(
            reset_delay("1792591333000", ResetFormat::Auto, now),
            Some(secs(2))
        );
        // A reset in the past means no wait.
        assert_eq!(
            reset_delay("1000000000", ResetFormat::UnixSeconds, now),
            Some(Duration::ZERO)
        );
        for bad in ["", "soon", "-5", "NaN", "inf", "1e400"] {
            assert_eq!(reset_delay(bad, ResetFormat::Auto, now), None, "{bad}");
        }
    }

    #[test]
    fn retry_after_seconds_and_http_dates() {
        let spec = RateLimitSpec::STANDARD;
        let now = at(1_445_412_480); // Wed, 21 Oct 2015 07:28:00 GMT
        let wait = |value: &str| retry_after(&spec, &headers(&[("retry-after", value)]), now);
        assert_eq!(wait("120"), Some(Duration::from_secs(120)));
        assert_eq!(
            wait("Wed, 21 Oct 2015 07:28:30 GMT"),
            Some(Duration::from_secs(30))
        );
        assert_eq!(wait("Wed, 21 Oct 2015 07:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(wait("later"), None);
        assert_eq!(wait("-1"), None);
        assert_eq!(retry_after(&spec, &HeaderMap::new(), now), None);
    }

    #[test]
    fn rate_limit_status_reads_the_named_headers() {
        let spec = RateLimitSpec {
            limit_header: Some("x-ratelimit-limit"),
            remaining_header: Some("x-ratelimit-remaining"),
            reset_header: Some("x-ratelimit-reset"),
            reset_format: ResetFormat::Seconds,
            retry_after_header: None,
        };
        let now = at(0);
        let status = rate_limit_status(
            &spec,
            &headers(&[
                ("x-ratelimit-limit", "1000"),
                ("x-ratelimit-remaining", " 999 "),
                ("x-ratelimit-reset", "60"),
            ]),
            now,
        );
        assert_eq!(
            status,
            Some(RateLimitStatus {
                limit: Some(1000),
                remaining: Some(999),
                reset_after: Some(Duration::from_secs(60)),
            })
        );
        assert_eq!(rate_limit_status(&spec, &HeaderMap::new(), now), None);
        assert_eq!(
            rate_limit_status(&spec, &headers(&[("x-ratelimit-remaining", "lots")]), now),
            None
        );
    }

    #[test]
    fn backoff_stays_within_the_cap_and_the_budget() {
        let policy = RetryPolicy::new()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(250))
            .max_attempts(10)
            .max_elapsed(Duration::from_secs(1));
        for attempt in 1..10 {
            let cap =
                Duration::from_millis(100 * (1 << (attempt - 1))).min(Duration::from_millis(250));
            assert!(policy.backoff(attempt) <= cap);
        }
        assert_eq!(policy.next_delay(10, Duration::ZERO, None), None);
        assert_eq!(policy.next_delay(1, Duration::from_secs(2), None), None);
        assert_eq!(
            policy.next_delay(1, Duration::ZERO, Some(Duration::from_millis(900))),
            Some(Duration::from_millis(900))
        );
        assert_eq!(
            policy.next_delay(1, Duration::ZERO, Some(Duration::from_secs(5))),
            None
        );
        assert_eq!(
            RetryPolicy::none().next_delay(1, Duration::ZERO, None),
            None
        );
        // Huge settings saturate instead of overflowing.
        let wide = RetryPolicy::new()
            .initial_backoff(Duration::MAX)
            .max_backoff(Duration::MAX);
        let _ = wide.backoff(40);
    }

    #[test]
    fn redact_hides_the_query_credential_in_every_encoding() {
        let mut config = Config::new(
            "https://api.example.com",
            AuthScheme::Query { name: "api_key" },
            RateLimitSpec::STANDARD,
        );
        config.credentials = Credentials::Key(Secret::new("k+y/1"));
        let transport = match Transport::new(config) {
            Ok(transport) => transport,
            Err(error) => panic!("{error}"),
        };
        assert_eq!(
            transport.redact("/items?api_key=k%2By%2F1&page=2"),
            "/items?api_key=[redacted]&page=2"
        );
        assert_eq!(transport.redact("k+y/1"), "[redacted]");
        assert_eq!(transport.redact("/items?page=2"), "/items?page=2");
    }
}
