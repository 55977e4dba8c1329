// Generated from tests/fixtures/edge.yaml by connector-codegen; do not edit.
// Regenerate with `UPDATE_GENERATED=1 cargo test -p connector-codegen --test generate`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// The `Item` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Item {
        /// The `id` field.
        pub id: String,
        /// The `type` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub r#type: Option<String>,
        /// The `self` field.
        #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
        pub self_: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Item {
        /// Builds the `Item` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                r#type: None,
                self_: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The values of `Kind`; open to values added later.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Kind {
        /// The value `small`.
        Small,
        /// The value `large`.
        Large,
        /// The value `x-large`.
        XLarge,
        /// A value this spec does not know, kept as received.
        Unknown(String),
    }
    impl Kind {
        /// The value as it is written on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Small => "small",
                Self::Large => "large",
                Self::XLarge => "x-large",
                Self::Unknown(value) => value,
            }
        }
    }
    impl From<&str> for Kind {
        fn from(value: &str) -> Self {
            match value {
                "small" => Self::Small,
                "large" => Self::Large,
                "x-large" => Self::XLarge,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for Kind {
        fn from(value: String) -> Self {
            match value.as_str() {
                "small" => Self::Small,
                "large" => Self::Large,
                "x-large" => Self::XLarge,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::fmt::Display for Kind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for Kind {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Kind {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// The `CursorPage` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct CursorPage {
        /// The `results` field.
        pub results: Vec<Item>,
        /// The `next_cursor` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub next_cursor: Option<::connector_runtime::Nullable<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl CursorPage {
        /// Builds the `CursorPage` object from its required fields (`results`); every optional field is absent.
        pub fn new(results: Vec<Item>) -> Self {
            Self {
                results,
                next_cursor: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `LinkedPage` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct LinkedPage {
        /// The `items` field.
        pub items: Vec<Item>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl LinkedPage {
        /// Builds the `LinkedPage` object from its required fields (`items`); every optional field is absent.
        pub fn new(items: Vec<Item>) -> Self {
            Self {
                items,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The `AfterPage` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct AfterPage {
        /// The `data` field.
        pub data: Vec<Item>,
        /// The `has_more` field.
        pub has_more: bool,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl AfterPage {
        /// Builds the `AfterPage` object from its required fields (`data`, `has_more`); every optional field is absent.
        pub fn new(data: Vec<Item>, has_more: bool) -> Self {
            Self {
                data,
                has_more,
                extra: ::serde_json::Map::new(),
            }
        }
    }
}
/// Request builders: one per operation, returned by the methods of
/// [`Client`]. Set optional parameters, then `.await`
/// the builder or call `send`.
pub mod operations {
    /// Paging schemes of the list operations.
    mod paging {
        /// How the `cursor` lists find their next page.
        pub(super) static CURSOR: ::connector_runtime::spec::PagingSpec = ::connector_runtime::spec::PagingSpec {
            items: "/results",
            next: ::connector_runtime::spec::NextPage::BodyCursor {
                pointer: "/next_cursor",
                param: "cursor",
            },
            stop_when_false: None,
        };
        /// How the `numbered` lists find their next page.
        pub(super) static NUMBERED: ::connector_runtime::spec::PagingSpec = ::connector_runtime::spec::PagingSpec {
            items: "",
            next: ::connector_runtime::spec::NextPage::PageNumber {
                param: "page",
                start: 0,
            },
            stop_when_false: None,
        };
        /// How the `linked` lists find their next page.
        pub(super) static LINKED: ::connector_runtime::spec::PagingSpec = ::connector_runtime::spec::PagingSpec {
            items: "/items",
            next: ::connector_runtime::spec::NextPage::LinkHeader,
            stop_when_false: None,
        };
        /// How the `after` lists find their next page.
        pub(super) static AFTER: ::connector_runtime::spec::PagingSpec = ::connector_runtime::spec::PagingSpec {
            items: "/data",
            next: ::connector_runtime::spec::NextPage::LastItem {
                pointer: "/id",
                param: "starting_after",
            },
            stop_when_false: Some("/has_more"),
        };
    }
    /// The `send` operation, for retries and tracing.
    static SEND_REQUEST: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "send",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/send",
        retry_safe: false,
    };
    /// An operation whose name is a builder method.
    ///
    /// `GET /send`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct SendRequest {
        pub(super) client: super::Client,
        pub(super) request_param: Option<String>,
        pub(super) timeout_param: Option<i64>,
        pub(super) r#type: Option<super::types::Kind>,
        pub(super) self_: Option<String>,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl SendRequest {
        /// A parameter named like the builder's request method.
        pub fn request_param(mut self, request_param: impl Into<String>) -> Self {
            self.request_param = Some(request_param.into());
            self
        }
        /// The `timeout` query parameter.
        pub fn timeout_param(mut self, timeout_param: i64) -> Self {
            self.timeout_param = Some(timeout_param);
            self
        }
        /// The `type` query parameter.
        pub fn r#type(mut self, r#type: super::types::Kind) -> Self {
            self.r#type = Some(r#type);
            self
        }
        /// The `self` query parameter.
        pub fn self_(mut self, self_: impl Into<String>) -> Self {
            self.self_ = Some(self_.into());
            self
        }
        /// Overrides the client's timeout of each attempt, for this request only.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }
        /// Overrides the client's retry policy, for this request only.
        pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
        /// Replaces every per-request override at once.
        pub fn options(mut self, options: ::connector_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            let request = ::connector_runtime::Request::new(
                &SEND_REQUEST,
                "/send".to_owned(),
            );
            let request = match &self.request_param {
                Some(value) => request.query("request", value.as_str()),
                None => request,
            };
            let request = match &self.timeout_param {
                Some(value) => {
                    request.query("timeout", ::connector_runtime::param_string(value))
                }
                None => request,
            };
            let request = match &self.r#type {
                Some(value) => {
                    request.query("type", ::connector_runtime::param_string(value))
                }
                None => request,
            };
            let request = match &self.self_ {
                Some(value) => request.query("self", value.as_str()),
                None => request,
            };
            Ok(request)
        }
        /// Sends the request; any success status is accepted, its body ignored.
        pub async fn send(self) -> Result<(), super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_empty(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for SendRequest {
        type Output = Result<(), super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `builder` operation, for retries and tracing.
    static BUILDER: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "builder",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/types/{type}/items",
        retry_safe: false,
    };
    /// The `builder` operation.
    ///
    /// `GET /types/{type}/items`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct Builder {
        pub(super) client: super::Client,
        pub(super) r#type: String,
        pub(super) kinds: Option<Vec<super::types::Kind>>,
        pub(super) sizes: Option<Vec<i32>>,
        pub(super) x_trace: i64,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl Builder {
        /// The `kinds` query parameter.
        pub fn kinds(
            mut self,
            kinds: impl IntoIterator<Item = super::types::Kind>,
        ) -> Self {
            self.kinds = Some(kinds.into_iter().collect());
            self
        }
        /// The `sizes` query parameter.
        pub fn sizes(mut self, sizes: impl IntoIterator<Item = i32>) -> Self {
            self.sizes = Some(sizes.into_iter().collect());
            self
        }
        /// Overrides the client's timeout of each attempt, for this request only.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }
        /// Overrides the client's retry policy, for this request only.
        pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
        /// Replaces every per-request override at once.
        pub fn options(mut self, options: ::connector_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            let type_segment = ::connector_runtime::path::segment(&self.r#type);
            let request = ::connector_runtime::Request::new(
                &BUILDER,
                format!("/types/{type_segment}/items"),
            );
            let request = match &self.kinds {
                Some(value) => {
                    request
                        .query(
                            "kinds",
                            value
                                .iter()
                                .map(::connector_runtime::param_string)
                                .collect::<Vec<_>>()
                                .join(","),
                        )
                }
                None => request,
            };
            let request = match &self.sizes {
                Some(value) => {
                    value
                        .iter()
                        .fold(
                            request,
                            |request, item| {
                                request
                                    .query("sizes", ::connector_runtime::param_string(item))
                            },
                        )
                }
                None => request,
            };
            let request = request
                .header("X-Trace", ::connector_runtime::param_string(&self.x_trace));
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::CursorPage, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
        /// Every page of the list, fetched lazily as the stream is polled.
        /// The first request carries the parameters set on this builder.
        pub fn pages(
            self,
        ) -> ::connector_runtime::BoxStream<
            Result<super::types::CursorPage, super::Error>,
        > {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::pages(
                            self.client.transport.clone(),
                            request,
                            &paging::CURSOR,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
        /// Every item of every page, fetched lazily as the stream is polled.
        pub fn items(
            self,
        ) -> ::connector_runtime::BoxStream<Result<super::types::Item, super::Error>> {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::items(
                            self.client.transport.clone(),
                            request,
                            &paging::CURSOR,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
    }
    impl ::std::future::IntoFuture for Builder {
        type Output = Result<super::types::CursorPage, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `list_numbered` operation, for retries and tracing.
    static LIST_NUMBERED: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "list_numbered",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/numbered",
        retry_safe: false,
    };
    /// The `list_numbered` operation.
    ///
    /// `GET /numbered`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct ListNumbered {
        pub(super) client: super::Client,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl ListNumbered {
        /// Overrides the client's timeout of each attempt, for this request only.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }
        /// Overrides the client's retry policy, for this request only.
        pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
        /// Replaces every per-request override at once.
        pub fn options(mut self, options: ::connector_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            let request = ::connector_runtime::Request::new(
                &LIST_NUMBERED,
                "/numbered".to_owned(),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<Vec<super::types::Item>, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
        /// Every page of the list, fetched lazily as the stream is polled.
        /// The first request carries the parameters set on this builder.
        pub fn pages(
            self,
        ) -> ::connector_runtime::BoxStream<
            Result<Vec<super::types::Item>, super::Error>,
        > {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::pages(
                            self.client.transport.clone(),
                            request,
                            &paging::NUMBERED,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
        /// Every item of every page, fetched lazily as the stream is polled.
        pub fn items(
            self,
        ) -> ::connector_runtime::BoxStream<Result<super::types::Item, super::Error>> {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::items(
                            self.client.transport.clone(),
                            request,
                            &paging::NUMBERED,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
    }
    impl ::std::future::IntoFuture for ListNumbered {
        type Output = Result<Vec<super::types::Item>, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `list_linked` operation, for retries and tracing.
    static LIST_LINKED: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "list_linked",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/linked",
        retry_safe: false,
    };
    /// The `list_linked` operation.
    ///
    /// `GET /linked`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct ListLinked {
        pub(super) client: super::Client,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl ListLinked {
        /// Overrides the client's timeout of each attempt, for this request only.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }
        /// Overrides the client's retry policy, for this request only.
        pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
        /// Replaces every per-request override at once.
        pub fn options(mut self, options: ::connector_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            let request = ::connector_runtime::Request::new(
                &LIST_LINKED,
                "/linked".to_owned(),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::LinkedPage, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
        /// Every page of the list, fetched lazily as the stream is polled.
        /// The first request carries the parameters set on this builder.
        pub fn pages(
            self,
        ) -> ::connector_runtime::BoxStream<
            Result<super::types::LinkedPage, super::Error>,
        > {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::pages(
                            self.client.transport.clone(),
                            request,
                            &paging::LINKED,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
        /// Every item of every page, fetched lazily as the stream is polled.
        pub fn items(
            self,
        ) -> ::connector_runtime::BoxStream<Result<super::types::Item, super::Error>> {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::items(
                            self.client.transport.clone(),
                            request,
                            &paging::LINKED,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
    }
    impl ::std::future::IntoFuture for ListLinked {
        type Output = Result<super::types::LinkedPage, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `list_after` operation, for retries and tracing.
    static LIST_AFTER: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "list_after",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/after",
        retry_safe: false,
    };
    /// The `list_after` operation.
    ///
    /// `GET /after`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct ListAfter {
        pub(super) client: super::Client,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl ListAfter {
        /// Overrides the client's timeout of each attempt, for this request only.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }
        /// Overrides the client's retry policy, for this request only.
        pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
        /// Replaces every per-request override at once.
        pub fn options(mut self, options: ::connector_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            let request = ::connector_runtime::Request::new(
                &LIST_AFTER,
                "/after".to_owned(),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::AfterPage, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
        /// Every page of the list, fetched lazily as the stream is polled.
        /// The first request carries the parameters set on this builder.
        pub fn pages(
            self,
        ) -> ::connector_runtime::BoxStream<
            Result<super::types::AfterPage, super::Error>,
        > {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::pages(
                            self.client.transport.clone(),
                            request,
                            &paging::AFTER,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
        /// Every item of every page, fetched lazily as the stream is polled.
        pub fn items(
            self,
        ) -> ::connector_runtime::BoxStream<Result<super::types::Item, super::Error>> {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::items(
                            self.client.transport.clone(),
                            request,
                            &paging::AFTER,
                            self.options,
                        ),
                    )
                }
                Err(message) => {
                    Box::pin(
                        ::futures::stream::iter([Err(super::invalid_request(message))]),
                    )
                }
            }
        }
    }
    impl ::std::future::IntoFuture for ListAfter {
        type Output = Result<super::types::AfterPage, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `many_arguments` operation, for retries and tracing.
    static MANY_ARGUMENTS: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "many_arguments",
        method: ::connector_runtime::http::Method::PUT,
        path_template: "/a/{a}/b/{b}/c/{c}/d/{d}",
        retry_safe: false,
    };
    /// Seven required arguments.
    ///
    /// `PUT /a/{a}/b/{b}/c/{c}/d/{d}`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct ManyArguments {
        pub(super) client: super::Client,
        pub(super) a: String,
        pub(super) b: String,
        pub(super) c: String,
        pub(super) d: u32,
        pub(super) e: String,
        pub(super) f: String,
        pub(super) body: ::std::collections::BTreeMap<String, ::serde_json::Value>,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl ManyArguments {
        /// Overrides the client's timeout of each attempt, for this request only.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }
        /// Overrides the client's retry policy, for this request only.
        pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
            self.options.retry = Some(policy);
            self
        }
        /// Replaces every per-request override at once.
        pub fn options(mut self, options: ::connector_runtime::RequestOptions) -> Self {
            self.options = options;
            self
        }
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            let a = ::connector_runtime::path::segment(&self.a);
            let b = ::connector_runtime::path::segment(&self.b);
            let c = ::connector_runtime::path::segment(&self.c);
            let d = ::connector_runtime::path::segment(
                &::connector_runtime::param_string(&self.d),
            );
            let request = ::connector_runtime::Request::new(
                &MANY_ARGUMENTS,
                format!("/a/{a}/b/{b}/c/{c}/d/{d}"),
            );
            let request = request.query("e", self.e.as_str());
            let request = request.header("f", self.f.as_str());
            let request = request
                .json(&self.body)
                .map_err(|error| {
                    format!("could not serialize the request body as json: {error}")
                })?;
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<::serde_json::Value, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for ManyArguments {
        type Output = Result<::serde_json::Value, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
}
/// Which server a client talks to. URL placeholders are fields, checked
/// against the spec's patterns when the client is built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// The `regional` server.
    ///
    /// `https://{type}.{region-name}.edge.example/api`
    ///
    /// Used when the client is built without a host.
    Regional {
        /// A keyword as a placeholder.
        ///
        /// Must match `[a-z]+`.
        r#type: String,
        /// Region of the account.
        region_name: String,
    },
    /// The `global` server.
    ///
    /// `https://edge.example/api`
    Global,
}
impl Host {
    /// The `regional` server, at `https://{type}.{region-name}.edge.example/api`.
    pub fn regional(r#type: impl Into<String>, region_name: impl Into<String>) -> Host {
        Host::Regional {
            r#type: r#type.into(),
            region_name: region_name.into(),
        }
    }
    /// The base URL of this server, after checking its placeholders.
    pub fn url(&self) -> Result<String, ::connector_runtime::BuildError> {
        match self {
            Host::Regional { r#type, region_name } => {
                ::connector_runtime::check_host_variable("type", r#type, "[a-z]+")?;
                Ok(
                    [
                        "https://",
                        r#type.as_str(),
                        ".",
                        region_name.as_str(),
                        ".edge.example/api",
                    ]
                        .concat(),
                )
            }
            Host::Global => Ok("https://edge.example/api".to_owned()),
        }
    }
}
/// A client of the Edge Cases API. Cheap to clone: clones share connections and the rate budget.
#[derive(Clone)]
pub struct Client {
    transport: ::connector_runtime::Transport,
}
impl ::std::fmt::Debug for Client {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Client")
            .field(
                "base_url",
                &::connector_runtime::display_url(self.transport.base_url()),
            )
            .finish_non_exhaustive()
    }
}
impl Client {
    /// Starts configuring a client of the Edge Cases API.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
    /// Checks that the credentials work, with `send`: any success status passes, the body is not decoded.
    pub async fn test_connection(&self) -> Result<(), Error> {
        let request = self.send().request().map_err(invalid_request)?;
        self.transport
            .send_raw(request, &::connector_runtime::RequestOptions::default())
            .await
            .map(|_response| ())
    }
    /// An operation whose name is a builder method.
    ///
    /// `GET /send`
    pub fn send(&self) -> operations::SendRequest {
        operations::SendRequest {
            client: self.clone(),
            request_param: None,
            timeout_param: None,
            r#type: None,
            self_: None,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// The `builder` operation.
    ///
    /// `GET /types/{type}/items`
    pub fn builder_operation(
        &self,
        r#type: impl Into<String>,
        x_trace: i64,
    ) -> operations::Builder {
        operations::Builder {
            client: self.clone(),
            r#type: r#type.into(),
            x_trace,
            kinds: None,
            sizes: None,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// The `list_numbered` operation.
    ///
    /// `GET /numbered`
    pub fn list_numbered(&self) -> operations::ListNumbered {
        operations::ListNumbered {
            client: self.clone(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// The `list_linked` operation.
    ///
    /// `GET /linked`
    pub fn list_linked(&self) -> operations::ListLinked {
        operations::ListLinked {
            client: self.clone(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// The `list_after` operation.
    ///
    /// `GET /after`
    pub fn list_after(&self) -> operations::ListAfter {
        operations::ListAfter {
            client: self.clone(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Seven required arguments.
    ///
    /// `PUT /a/{a}/b/{b}/c/{c}/d/{d}`
    #[allow(clippy::too_many_arguments)]
    pub fn many_arguments(
        &self,
        a: impl Into<String>,
        b: impl Into<String>,
        c: impl Into<String>,
        d: u32,
        e: impl Into<String>,
        f: impl Into<String>,
        body: ::std::collections::BTreeMap<String, ::serde_json::Value>,
    ) -> operations::ManyArguments {
        operations::ManyArguments {
            client: self.clone(),
            a: a.into(),
            b: b.into(),
            c: c.into(),
            d,
            e: e.into(),
            f: f.into(),
            body,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
}
/// Settings of a [`Client`] of the Edge Cases API; defaults come from the spec.
pub struct ClientBuilder {
    host: Option<Host>,
    base_url: Option<String>,
    credentials: ::connector_runtime::Credentials,
    retry: ::connector_runtime::RetryPolicy,
    connect_timeout: ::std::time::Duration,
    request_timeout: ::std::time::Duration,
    budget: Option<::connector_runtime::Budget>,
    user_agent: String,
}
impl ::std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("host", &self.host)
            .field(
                "base_url",
                &self.base_url.as_deref().map(::connector_runtime::display_url),
            )
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("user_agent", &self.user_agent)
            .finish_non_exhaustive()
    }
}
impl ClientBuilder {
    fn new() -> ClientBuilder {
        ClientBuilder {
            host: None,
            base_url: None,
            credentials: ::connector_runtime::Credentials::None,
            retry: ::connector_runtime::RetryPolicy::new(),
            connect_timeout: ::std::time::Duration::from_millis(10000),
            request_timeout: ::std::time::Duration::from_millis(30000),
            budget: None,
            user_agent: concat!("edge_cases-connector/", env!("CARGO_PKG_VERSION"))
                .to_owned(),
        }
    }
    /// The server to talk to.
    pub fn host(mut self, host: Host) -> Self {
        self.host = Some(host);
        self
    }
    /// A base URL that overrides the host: a proxy or a local test server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }
    /// The API key.
    ///
    /// Sent in the `api_key` query parameter; never logged or shown by `Debug`.
    pub fn api_key(mut self, key: impl Into<::connector_runtime::Secret>) -> Self {
        self.credentials = ::connector_runtime::Credentials::Key(key.into());
        self
    }
    /// The retry policy of every request (each request may override it).
    pub fn retry(mut self, policy: ::connector_runtime::RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// How long to wait for a connection.
    pub fn connect_timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }
    /// How long to wait for each attempt of a request.
    pub fn request_timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.request_timeout = timeout;
        self
    }
    /// The client-side request budget, shared by every clone of the client.
    pub fn budget(mut self, budget: ::connector_runtime::Budget) -> Self {
        self.budget = Some(budget);
        self
    }
    /// No client-side request budget: only the server's limits apply.
    pub fn no_budget(mut self) -> Self {
        self.budget = None;
        self
    }
    /// The `User-Agent` header of every request.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }
    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, ::connector_runtime::BuildError> {
        let base_url = match self.base_url {
            Some(url) => url,
            None => {
                match self.host {
                    Some(host) => host.url()?,
                    None => {
                        return Err(
                            ::connector_runtime::BuildError::InvalidBaseUrl(
                                "no host chosen: the default server `regional` needs a value for its placeholders; call `host` or `base_url`"
                                    .to_owned(),
                            ),
                        );
                    }
                }
            }
        };
        let mut config = ::connector_runtime::Config::new(
            base_url.trim_end_matches('/'),
            ::connector_runtime::spec::AuthScheme::Query {
                name: "api_key",
            },
            ::connector_runtime::spec::RateLimitSpec {
                limit_header: None,
                remaining_header: None,
                reset_header: None,
                reset_format: ::connector_runtime::spec::ResetFormat::Auto,
                retry_after_header: Some("retry-after"),
            },
        );
        config.credentials = self.credentials;
        config.retry = self.retry;
        config.connect_timeout = self.connect_timeout;
        config.request_timeout = self.request_timeout;
        config.budget = self.budget;
        config.user_agent = self.user_agent;
        Ok(Client {
            transport: ::connector_runtime::Transport::new(config)?,
        })
    }
}
/// Every failure of a call to the Edge Cases API; error responses decode into the spec's error body.
pub type Error = ::connector_runtime::Error<::serde_json::Value>;
/// A request that could not be built; nothing was sent.
fn invalid_request(message: String) -> Error {
    Error::InvalidRequest { message }
}
pub use ::connector_runtime::{
    Budget, BuildError, Date, DateTime, ErrorResponse, Nullable, RequestOptions,
    RetryPolicy, Secret,
};
/// Webhook events: verify a delivery's signature over the raw body,
/// then decode it into an [`Event`](webhooks::Event).
pub mod webhooks {
    pub use ::connector_runtime::http::HeaderMap;
    pub use ::connector_runtime::webhook::{
        Deduplicator, Verifier, VerifyError, WebhookError,
    };
    /// How the Edge Cases API signs its webhook deliveries and names their events.
    pub static SPEC: ::connector_runtime::spec::WebhookSpec = ::connector_runtime::spec::WebhookSpec {
        signature: ::connector_runtime::spec::SignatureSpec {
            header: "edge-signature",
            algorithm: ::connector_runtime::spec::Algorithm::HmacSha512,
            encoding: ::connector_runtime::spec::Encoding::Base64,
            prefix: None,
            separator: Some(","),
            signature_key: Some("v1"),
            timestamp: Some(::connector_runtime::spec::TimestampSpec {
                header: None,
                key: Some("t"),
                tolerance_seconds: 600,
            }),
            payload: "{timestamp}.{body}",
        },
        event_name: ::connector_runtime::spec::Locator {
            header: None,
            pointer: Some("/event"),
        },
        event_id: None,
    };
    /// The wire names of every event the spec declares.
    pub const EVENT_NAMES: &[&str] = &["item.created", "item-created", "type"];
    /// A webhook delivery of the Edge Cases API, decoded by its event name. New events the spec does not know yet arrive as `Unknown`.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// The `item.created` event.
        ///
        /// Wire name: `item.created`.
        ItemCreated(Box<super::types::Item>),
        /// The `item-created` event.
        ///
        /// Wire name: `item-created`.
        ItemDashCreated(Box<super::types::Item>),
        /// The `type` event.
        ///
        /// Wire name: `type`.
        Type(Box<::serde_json::Value>),
        /// An event this spec does not declare, kept as raw JSON.
        Unknown {
            /// The event name as delivered.
            name: String,
            /// The whole delivery body.
            body: ::serde_json::Value,
        },
    }
    impl Event {
        /// The wire name of the event.
        pub fn name(&self) -> &str {
            match self {
                Event::ItemCreated(_) => "item.created",
                Event::ItemDashCreated(_) => "item-created",
                Event::Type(_) => "type",
                Event::Unknown { name, .. } => name,
            }
        }
        /// Decodes a body whose event name is already known (from a
        /// header, or a queue that stored it). An unknown name gives
        /// `Unknown`; a body that does not decode gives
        /// `WebhookError::Decode`, which keeps the body.
        pub fn from_parts(name: &str, body: &[u8]) -> Result<Event, WebhookError> {
            match name {
                "item.created" => {
                    ::serde_json::from_slice::<super::types::Item>(body)
                        .map(|event| Event::ItemCreated(Box::new(event)))
                        .map_err(|source| decode_error(name, body, source))
                }
                "item-created" => {
                    ::serde_json::from_slice::<super::types::Item>(body)
                        .map(|event| Event::ItemDashCreated(Box::new(event)))
                        .map_err(|source| decode_error(name, body, source))
                }
                "type" => {
                    ::serde_json::from_slice::<::serde_json::Value>(body)
                        .map(|event| Event::Type(Box::new(event)))
                        .map_err(|source| decode_error(name, body, source))
                }
                _ => {
                    ::serde_json::from_slice::<::serde_json::Value>(body)
                        .map(|value| Event::Unknown {
                            name: name.to_owned(),
                            body: value,
                        })
                        .map_err(|source| decode_error(name, body, source))
                }
            }
        }
        /// Verifies the signature over the raw body, then finds the event
        /// name and decodes the body. Nothing is parsed before the
        /// signature checks out.
        pub fn verify_and_parse(
            verifier: &Verifier,
            headers: &::connector_runtime::http::HeaderMap,
            body: &[u8],
        ) -> Result<Event, WebhookError> {
            verifier.verify(headers, body).map_err(WebhookError::Verify)?;
            Event::parse(headers, body)
        }
        /// Decodes a delivery whose signature has already been
        /// verified (by a receiver, say). The event name comes from the
        /// signed body where the spec locates it there; a header that
        /// disagrees with it is refused, since headers are not signed.
        pub fn parse(
            headers: &::connector_runtime::http::HeaderMap,
            body: &[u8],
        ) -> Result<Event, WebhookError> {
            let name = ::connector_runtime::webhook::signed_event_name(
                &SPEC,
                headers,
                body,
            )?;
            Event::from_parts(&name, body)
        }
        /// The event name of a delivery, for routing before the body is
        /// parsed: from the header when the spec names one and it is
        /// present, else from the body. The header is not signed:
        /// decode with `parse` or `verify_and_parse`, which check it.
        pub fn event_name(
            headers: &::connector_runtime::http::HeaderMap,
            body: &[u8],
        ) -> Option<String> {
            ::connector_runtime::webhook::event_name(&SPEC, headers, body)
        }
        /// The unique id of a delivery, for dropping duplicates, when the
        /// spec says where it is.
        pub fn event_id(
            headers: &::connector_runtime::http::HeaderMap,
            body: &[u8],
        ) -> Option<String> {
            ::connector_runtime::webhook::event_id(&SPEC, headers, body)
        }
    }
    fn decode_error(
        name: &str,
        body: &[u8],
        source: ::serde_json::Error,
    ) -> WebhookError {
        WebhookError::Decode {
            event: name.to_owned(),
            body: ::connector_runtime::bytes::Bytes::copy_from_slice(body),
            source,
        }
    }
    /// A verifier of this API's signatures. Several secrets may be
    /// given while one is being rotated.
    pub fn verifier(
        secrets: impl IntoIterator<Item = ::connector_runtime::Secret>,
    ) -> Verifier {
        Verifier::new(&SPEC, secrets)
    }
}
