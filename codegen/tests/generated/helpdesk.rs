// Generated from tests/fixtures/helpdesk.yaml by connector-codegen; do not edit.
// Regenerate with `UPDATE_GENERATED=1 cargo test -p connector-codegen --test generate`.

/// Models: the objects, enums and unions the API sends and receives.
pub mod types {
    /// One page of a list.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    #[serde(
        bound(
            serialize = "T: ::serde::Serialize",
            deserialize = "T: ::serde::Deserialize<'de>"
        )
    )]
    pub struct Page<T> {
        /// The `data` field.
        pub data: Vec<T>,
        /// The `links` field.
        pub links: PageLinks,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl<T> Page<T> {
        /// Builds the `Page` object from its required fields (`data`, `links`); every optional field is absent.
        pub fn new(data: Vec<T>, links: PageLinks) -> Self {
            Self {
                data,
                links,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Links between pages.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct PageLinks {
        /// The `self` field.
        #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
        pub self_: Option<String>,
        /// The next page; null on the last one.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub next: Option<::connector_runtime::Nullable<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// Where a ticket is in its life.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum TicketStatus {
        /// The value `open`.
        Open,
        /// The value `snoozed`.
        Snoozed,
        /// The value `done`.
        Done,
        /// A value this spec does not know, kept as received.
        Unknown(String),
    }
    impl TicketStatus {
        /// The value as it is written on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "open",
                Self::Snoozed => "snoozed",
                Self::Done => "done",
                Self::Unknown(value) => value,
            }
        }
    }
    impl From<&str> for TicketStatus {
        fn from(value: &str) -> Self {
            match value {
                "open" => Self::Open,
                "snoozed" => Self::Snoozed,
                "done" => Self::Done,
                other => Self::Unknown(other.to_owned()),
            }
        }
    }
    impl From<String> for TicketStatus {
        fn from(value: String) -> Self {
            match value.as_str() {
                "open" => Self::Open,
                "snoozed" => Self::Snoozed,
                "done" => Self::Done,
                _ => Self::Unknown(value),
            }
        }
    }
    impl ::std::fmt::Display for TicketStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for TicketStatus {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TicketStatus {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// How urgent a ticket is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Priority {
        /// The value `1`.
        Low,
        /// The value `2`.
        Normal,
        /// The value `3`.
        High,
        /// A value this spec does not know, kept as received.
        Unknown(i64),
    }
    impl Priority {
        /// The value as it is written on the wire.
        pub fn value(&self) -> i64 {
            match self {
                Self::Low => 1i64,
                Self::Normal => 2i64,
                Self::High => 3i64,
                Self::Unknown(value) => *value,
            }
        }
    }
    impl From<i64> for Priority {
        fn from(value: i64) -> Self {
            match value {
                1i64 => Self::Low,
                2i64 => Self::Normal,
                3i64 => Self::High,
                other => Self::Unknown(other),
            }
        }
    }
    impl ::std::fmt::Display for Priority {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::std::fmt::Display::fmt(&self.value(), f)
        }
    }
    impl ::serde::Serialize for Priority {
        fn serialize<__S: ::serde::Serializer>(
            &self,
            serializer: __S,
        ) -> Result<__S::Ok, __S::Error> {
            serializer.serialize_i64(self.value())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Priority {
        fn deserialize<__D: ::serde::Deserializer<'de>>(
            deserializer: __D,
        ) -> Result<Self, __D::Error> {
            <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
        }
    }
    /// A support request.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Ticket {
        /// The `id` field.
        pub id: String,
        /// The `subject` field.
        pub subject: String,
        /// The `status` field.
        pub status: TicketStatus,
        /// The `priority` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<Priority>,
        /// The `tags` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// The contact who asked.
        #[serde(rename = "contactId", default, skip_serializing_if = "Option::is_none")]
        pub contact_id: Option<String>,
        /// Null when unassigned.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub assignee: Option<::connector_runtime::Nullable<String>>,
        /// The `createdAt` field.
        #[serde(rename = "createdAt")]
        pub created_at: ::connector_runtime::DateTime,
        /// The `dueOn` field.
        #[serde(rename = "dueOn", default, skip_serializing_if = "Option::is_none")]
        pub due_on: Option<::connector_runtime::Date>,
        /// The `custom` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub custom: Option<::std::collections::BTreeMap<String, ::serde_json::Value>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Ticket {
        /// Builds the `Ticket` object from its required fields (`id`, `subject`, `status`, `createdAt`); every optional field is absent.
        pub fn new(
            id: impl Into<String>,
            subject: impl Into<String>,
            status: TicketStatus,
            created_at: ::connector_runtime::DateTime,
        ) -> Self {
            Self {
                id: id.into(),
                subject: subject.into(),
                status,
                priority: None,
                tags: None,
                contact_id: None,
                assignee: None,
                created_at,
                due_on: None,
                custom: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// A new ticket.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct TicketWrite {
        /// The `subject` field.
        pub subject: String,
        /// The `contactId` field.
        #[serde(rename = "contactId")]
        pub contact_id: String,
        /// The `status` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<TicketStatus>,
        /// The `priority` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub priority: Option<Priority>,
        /// The `tags` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub tags: Option<Vec<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl TicketWrite {
        /// Builds the `TicketWrite` object from its required fields (`subject`, `contactId`); every optional field is absent.
        pub fn new(subject: impl Into<String>, contact_id: impl Into<String>) -> Self {
            Self {
                subject: subject.into(),
                contact_id: contact_id.into(),
                status: None,
                priority: None,
                tags: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Changes to a ticket; absent fields stay as they are.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct TicketPatch {
        /// The `subject` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub subject: Option<String>,
        /// The `status` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<TicketStatus>,
        /// Null unassigns the ticket.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub assignee: Option<::connector_runtime::Nullable<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// A person who writes to the help desk.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Contact {
        /// The `id` field.
        pub id: String,
        /// The `email` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
        /// The `name` field.
        #[serde(
            default,
            deserialize_with = "::connector_runtime::nullable::deserialize",
            skip_serializing_if = "Option::is_none"
        )]
        pub name: Option<::connector_runtime::Nullable<String>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Contact {
        /// Builds the `Contact` object from its required fields (`id`); every optional field is absent.
        pub fn new(id: impl Into<String>) -> Self {
            Self {
                id: id.into(),
                email: None,
                name: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The API key in use.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Token {
        /// The `name` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub name: Option<String>,
        /// The `roles` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub roles: Option<Vec<String>>,
        /// The `lastTokenChars` field.
        #[serde(
            rename = "lastTokenChars",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        pub last_token_chars: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// Credentials exchanged for a session token.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct SessionForm {
        /// The `grant_type` field.
        pub grant_type: String,
        /// The `username` field.
        pub username: String,
        /// The `password` field.
        pub password: ::connector_runtime::Secret,
    }
    impl SessionForm {
        /// Builds the `SessionForm` object from its required fields (`grant_type`, `username`, `password`); every optional field is absent.
        pub fn new(
            grant_type: impl Into<String>,
            username: impl Into<String>,
            password: ::connector_runtime::Secret,
        ) -> Self {
            Self {
                grant_type: grant_type.into(),
                username: username.into(),
                password,
            }
        }
    }
    /// A session token.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Session {
        /// The `access_token` field.
        pub access_token: ::connector_runtime::Secret,
        /// The `expires_in` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub expires_in: Option<i64>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl Session {
        /// Builds the `Session` object from its required fields (`access_token`); every optional field is absent.
        pub fn new(access_token: ::connector_runtime::Secret) -> Self {
            Self {
                access_token,
                expires_in: None,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// The body of an error response.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct ErrorBody {
        /// The `message` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// The `errors` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub errors: Option<Vec<ErrorItem>>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// One problem with a request.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct ErrorItem {
        /// The `status` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status: Option<String>,
        /// The `title` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        /// The `detail` field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub detail: Option<String>,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    /// A webhook delivery about a ticket.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct TicketEvent {
        /// The `id` field.
        pub id: String,
        /// The `type` field.
        pub r#type: String,
        /// The `createdAt` field.
        #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
        pub created_at: Option<::connector_runtime::DateTime>,
        /// The `data` field.
        pub data: Ticket,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl TicketEvent {
        /// Builds the `TicketEvent` object from its required fields (`id`, `type`, `data`); every optional field is absent.
        pub fn new(
            id: impl Into<String>,
            r#type: impl Into<String>,
            data: Ticket,
        ) -> Self {
            Self {
                id: id.into(),
                r#type: r#type.into(),
                created_at: None,
                data,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// A webhook delivery about a contact.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
    pub struct ContactEvent {
        /// The `id` field.
        pub id: String,
        /// The `type` field.
        pub r#type: String,
        /// The `data` field.
        pub data: Contact,
        /// Fields this spec does not name, kept as received so that
        /// they survive a round trip.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<String, ::serde_json::Value>,
    }
    impl ContactEvent {
        /// Builds the `ContactEvent` object from its required fields (`id`, `type`, `data`); every optional field is absent.
        pub fn new(
            id: impl Into<String>,
            r#type: impl Into<String>,
            data: Contact,
        ) -> Self {
            Self {
                id: id.into(),
                r#type: r#type.into(),
                data,
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
        /// How the `links` lists find their next page.
        pub(super) static LINKS: ::connector_runtime::spec::PagingSpec = ::connector_runtime::spec::PagingSpec {
            items: "/data",
            next: ::connector_runtime::spec::NextPage::BodyLink {
                pointer: "/links/next",
            },
            stop_when_false: None,
        };
    }
    /// The `get_current_token` operation, for retries and tracing.
    static GET_CURRENT_TOKEN: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "get_current_token",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/v1/auth/tokens/current",
        retry_safe: false,
    };
    /// Describes the API key in use.
    ///
    /// Works with any valid key, whatever its roles.
    ///
    /// `GET /v1/auth/tokens/current`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct GetCurrentToken {
        pub(super) client: super::Client,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl GetCurrentToken {
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
                &GET_CURRENT_TOKEN,
                "/v1/auth/tokens/current".to_owned(),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::Token, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for GetCurrentToken {
        type Output = Result<super::types::Token, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `list_tickets` operation, for retries and tracing.
    static LIST_TICKETS: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "list_tickets",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/v1/tickets",
        retry_safe: false,
    };
    /// Lists tickets, newest first.
    ///
    /// `GET /v1/tickets` — [documentation](https://docs.helpdesk.example/api/list-tickets)
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct ListTickets {
        pub(super) client: super::Client,
        pub(super) page_size: Option<i64>,
        pub(super) status: Option<super::types::TicketStatus>,
        pub(super) tags: Option<Vec<String>>,
        pub(super) ids: Option<Vec<String>>,
        pub(super) x_audit_reason: Option<String>,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl ListTickets {
        /// Tickets per page (at most 100).
        pub fn page_size(mut self, page_size: i64) -> Self {
            self.page_size = Some(page_size);
            self
        }
        /// Only tickets in this state.
        pub fn status(mut self, status: super::types::TicketStatus) -> Self {
            self.status = Some(status);
            self
        }
        /// Only tickets with all these tags.
        pub fn tags(
            mut self,
            tags: impl IntoIterator<Item = impl Into<String>>,
        ) -> Self {
            self.tags = Some(tags.into_iter().map(Into::into).collect());
            self
        }
        /// Only these tickets.
        pub fn ids(mut self, ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
            self.ids = Some(ids.into_iter().map(Into::into).collect());
            self
        }
        /// Why the list is read, for the audit log.
        pub fn x_audit_reason(mut self, x_audit_reason: impl Into<String>) -> Self {
            self.x_audit_reason = Some(x_audit_reason.into());
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
                &LIST_TICKETS,
                "/v1/tickets".to_owned(),
            );
            let request = match &self.page_size {
                Some(value) => {
                    request.query("pageSize", ::connector_runtime::param_string(value))
                }
                None => request,
            };
            let request = match &self.status {
                Some(value) => {
                    request.query("status", ::connector_runtime::param_string(value))
                }
                None => request,
            };
            let request = match &self.tags {
                Some(value) => {
                    value
                        .iter()
                        .fold(
                            request,
                            |request, item| request.query("tags", item.as_str()),
                        )
                }
                None => request,
            };
            let request = match &self.ids {
                Some(value) => request.query("ids", value.join(",")),
                None => request,
            };
            let request = match &self.x_audit_reason {
                Some(value) => request.header("X-Audit-Reason", value.as_str()),
                None => request,
            };
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(
            self,
        ) -> Result<super::types::Page<super::types::Ticket>, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
        /// Every page of the list, fetched lazily as the stream is polled.
        /// The first request carries the parameters set on this builder.
        pub fn pages(
            self,
        ) -> ::connector_runtime::BoxStream<
            Result<super::types::Page<super::types::Ticket>, super::Error>,
        > {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::pages(
                            self.client.transport.clone(),
                            request,
                            &paging::LINKS,
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
        ) -> ::connector_runtime::BoxStream<Result<super::types::Ticket, super::Error>> {
            match self.request() {
                Ok(request) => {
                    Box::pin(
                        ::connector_runtime::paging::items(
                            self.client.transport.clone(),
                            request,
                            &paging::LINKS,
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
    impl ::std::future::IntoFuture for ListTickets {
        type Output = Result<super::types::Page<super::types::Ticket>, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `get_ticket` operation, for retries and tracing.
    static GET_TICKET: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "get_ticket",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/v1/tickets/{id}",
        retry_safe: false,
    };
    /// Gets one ticket.
    ///
    /// `GET /v1/tickets/{id}`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct GetTicket {
        pub(super) client: super::Client,
        pub(super) id: String,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl GetTicket {
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
            let id = ::connector_runtime::path::segment(&self.id);
            let request = ::connector_runtime::Request::new(
                &GET_TICKET,
                format!("/v1/tickets/{id}"),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::Ticket, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for GetTicket {
        type Output = Result<super::types::Ticket, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `get_comment` operation, for retries and tracing.
    static GET_COMMENT: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "get_comment",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/v1/tickets/{id}/comments/{number}",
        retry_safe: false,
    };
    /// Gets one comment of a ticket by its number.
    ///
    /// `GET /v1/tickets/{id}/comments/{number}`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct GetComment {
        pub(super) client: super::Client,
        pub(super) id: String,
        pub(super) number: i64,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl GetComment {
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
            let id = ::connector_runtime::path::segment(&self.id);
            let number = ::connector_runtime::path::segment(
                &::connector_runtime::param_string(&self.number),
            );
            let request = ::connector_runtime::Request::new(
                &GET_COMMENT,
                format!("/v1/tickets/{id}/comments/{number}"),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<::serde_json::Value, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for GetComment {
        type Output = Result<::serde_json::Value, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `get_contact_by_email` operation, for retries and tracing.
    static GET_CONTACT_BY_EMAIL: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "get_contact_by_email",
        method: ::connector_runtime::http::Method::GET,
        path_template: "/v1/contacts/email={email}",
        retry_safe: false,
    };
    /// Finds a contact by email address.
    ///
    /// `GET /v1/contacts/email={email}`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct GetContactByEmail {
        pub(super) client: super::Client,
        pub(super) email: String,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl GetContactByEmail {
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
            let email = ::connector_runtime::path::segment(&self.email);
            let request = ::connector_runtime::Request::new(
                &GET_CONTACT_BY_EMAIL,
                format!("/v1/contacts/email={email}"),
            );
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::Contact, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for GetContactByEmail {
        type Output = Result<super::types::Contact, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `create_ticket` operation, for retries and tracing.
    static CREATE_TICKET: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "create_ticket",
        method: ::connector_runtime::http::Method::POST,
        path_template: "/v1/tickets",
        retry_safe: true,
    };
    /// Opens a ticket.
    ///
    /// `POST /v1/tickets`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct CreateTicket {
        pub(super) client: super::Client,
        pub(super) idempotency_key: String,
        pub(super) body: super::types::TicketWrite,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl CreateTicket {
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
                &CREATE_TICKET,
                "/v1/tickets".to_owned(),
            );
            let request = request
                .header("Idempotency-Key", self.idempotency_key.as_str());
            let request = request
                .json(&self.body)
                .map_err(|error| {
                    format!("could not serialize the request body as json: {error}")
                })?;
            Ok(request)
        }
        /// Sends the request; a `201` response is decoded.
        pub async fn send(self) -> Result<super::types::Ticket, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for CreateTicket {
        type Output = Result<super::types::Ticket, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `update_ticket` operation, for retries and tracing.
    static UPDATE_TICKET: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "update_ticket",
        method: ::connector_runtime::http::Method::PATCH,
        path_template: "/v1/tickets/{id}",
        retry_safe: false,
    };
    /// Changes a ticket.
    ///
    /// `PATCH /v1/tickets/{id}`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct UpdateTicket {
        pub(super) client: super::Client,
        pub(super) id: String,
        pub(super) body: super::types::TicketPatch,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl UpdateTicket {
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
            let id = ::connector_runtime::path::segment(&self.id);
            let request = ::connector_runtime::Request::new(
                &UPDATE_TICKET,
                format!("/v1/tickets/{id}"),
            );
            let request = request
                .json(&self.body)
                .map_err(|error| {
                    format!("could not serialize the request body as json: {error}")
                })?;
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::Ticket, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for UpdateTicket {
        type Output = Result<super::types::Ticket, super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `delete_ticket` operation, for retries and tracing.
    static DELETE_TICKET: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "delete_ticket",
        method: ::connector_runtime::http::Method::DELETE,
        path_template: "/v1/tickets/{id}",
        retry_safe: false,
    };
    /// Deletes a ticket.
    ///
    /// `DELETE /v1/tickets/{id}`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct DeleteTicket {
        pub(super) client: super::Client,
        pub(super) id: String,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl DeleteTicket {
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
            let id = ::connector_runtime::path::segment(&self.id);
            let request = ::connector_runtime::Request::new(
                &DELETE_TICKET,
                format!("/v1/tickets/{id}"),
            );
            Ok(request)
        }
        /// Sends the request; a `204` response is decoded as nothing.
        pub async fn send(self) -> Result<(), super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_empty(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for DeleteTicket {
        type Output = Result<(), super::Error>;
        type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;
        fn into_future(self) -> Self::IntoFuture {
            Box::pin(self.send())
        }
    }
    /// The `create_session` operation, for retries and tracing.
    static CREATE_SESSION: ::connector_runtime::spec::OperationInfo = ::connector_runtime::spec::OperationInfo {
        name: "create_session",
        method: ::connector_runtime::http::Method::POST,
        path_template: "/oauth/token",
        retry_safe: false,
    };
    /// Exchanges a user's password for a session token.
    ///
    /// `POST /oauth/token`
    #[must_use = "a request does nothing until it is sent or awaited"]
    #[derive(Debug, Clone)]
    pub struct CreateSession {
        pub(super) client: super::Client,
        pub(super) body: super::types::SessionForm,
        pub(super) options: ::connector_runtime::RequestOptions,
    }
    impl CreateSession {
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
                &CREATE_SESSION,
                "/oauth/token".to_owned(),
            );
            let request = request
                .form(&self.body)
                .map_err(|error| {
                    format!("could not encode the request body as a form: {error}")
                })?;
            Ok(request)
        }
        /// Sends the request; a `200` response is decoded.
        pub async fn send(self) -> Result<super::types::Session, super::Error> {
            let request = self.request().map_err(super::invalid_request)?;
            self.client.transport.send_json(request, &self.options).await
        }
    }
    impl ::std::future::IntoFuture for CreateSession {
        type Output = Result<super::types::Session, super::Error>;
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
    /// The organization's own host.
    ///
    /// `https://{org}.api.helpdesk.example`
    ///
    /// Used when the client is built without a host.
    Org {
        /// The organization's subdomain.
        ///
        /// Must match `[a-z0-9][a-z0-9-]{0,62}`. Example: `acme`.
        org: String,
    },
    /// The shared US host.
    ///
    /// `https://api.helpdesk.example`
    Us,
}
impl Host {
    /// The `org` server, at `https://{org}.api.helpdesk.example`.
    pub fn org(org: impl Into<String>) -> Host {
        Host::Org { org: org.into() }
    }
    /// The base URL of this server, after checking its placeholders.
    pub fn url(&self) -> Result<String, ::connector_runtime::BuildError> {
        match self {
            Host::Org { org } => {
                ::connector_runtime::check_host_variable(
                    "org",
                    org,
                    "[a-z0-9][a-z0-9-]{0,62}",
                )?;
                Ok(["https://", org.as_str(), ".api.helpdesk.example"].concat())
            }
            Host::Us => Ok("https://api.helpdesk.example".to_owned()),
        }
    }
}
/// A client of the Helpdesk API. Cheap to clone: clones share connections and the rate budget.
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
    /// Starts configuring a client of the Helpdesk API.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
    /// Checks that the credentials work, with `get_current_token`: any success status passes, the body is not decoded.
    pub async fn test_connection(&self) -> Result<(), Error> {
        let request = self.get_current_token().request().map_err(invalid_request)?;
        self.transport
            .send_raw(request, &::connector_runtime::RequestOptions::default())
            .await
            .map(|_response| ())
    }
    /// Describes the API key in use.
    ///
    /// Works with any valid key, whatever its roles.
    ///
    /// `GET /v1/auth/tokens/current`
    pub fn get_current_token(&self) -> operations::GetCurrentToken {
        operations::GetCurrentToken {
            client: self.clone(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Lists tickets, newest first.
    ///
    /// `GET /v1/tickets` — [documentation](https://docs.helpdesk.example/api/list-tickets)
    pub fn list_tickets(&self) -> operations::ListTickets {
        operations::ListTickets {
            client: self.clone(),
            page_size: None,
            status: None,
            tags: None,
            ids: None,
            x_audit_reason: None,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Gets one ticket.
    ///
    /// `GET /v1/tickets/{id}`
    pub fn get_ticket(&self, id: impl Into<String>) -> operations::GetTicket {
        operations::GetTicket {
            client: self.clone(),
            id: id.into(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Gets one comment of a ticket by its number.
    ///
    /// `GET /v1/tickets/{id}/comments/{number}`
    pub fn get_comment(
        &self,
        id: impl Into<String>,
        number: i64,
    ) -> operations::GetComment {
        operations::GetComment {
            client: self.clone(),
            id: id.into(),
            number,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Finds a contact by email address.
    ///
    /// `GET /v1/contacts/email={email}`
    pub fn get_contact_by_email(
        &self,
        email: impl Into<String>,
    ) -> operations::GetContactByEmail {
        operations::GetContactByEmail {
            client: self.clone(),
            email: email.into(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Opens a ticket.
    ///
    /// `POST /v1/tickets`
    pub fn create_ticket(
        &self,
        idempotency_key: impl Into<String>,
        body: types::TicketWrite,
    ) -> operations::CreateTicket {
        operations::CreateTicket {
            client: self.clone(),
            idempotency_key: idempotency_key.into(),
            body,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Changes a ticket.
    ///
    /// `PATCH /v1/tickets/{id}`
    pub fn update_ticket(
        &self,
        id: impl Into<String>,
        body: types::TicketPatch,
    ) -> operations::UpdateTicket {
        operations::UpdateTicket {
            client: self.clone(),
            id: id.into(),
            body,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Deletes a ticket.
    ///
    /// `DELETE /v1/tickets/{id}`
    pub fn delete_ticket(&self, id: impl Into<String>) -> operations::DeleteTicket {
        operations::DeleteTicket {
            client: self.clone(),
            id: id.into(),
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
    /// Exchanges a user's password for a session token.
    ///
    /// `POST /oauth/token`
    pub fn create_session(&self, body: types::SessionForm) -> operations::CreateSession {
        operations::CreateSession {
            client: self.clone(),
            body,
            options: ::connector_runtime::RequestOptions::default(),
        }
    }
}
/// Settings of a [`Client`] of the Helpdesk API; defaults come from the spec.
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
            retry: ::connector_runtime::RetryPolicy::new()
                .max_attempts(4)
                .initial_backoff(::std::time::Duration::from_millis(250))
                .max_backoff(::std::time::Duration::from_millis(10000))
                .max_elapsed(::std::time::Duration::from_millis(45000)),
            connect_timeout: ::std::time::Duration::from_millis(5000),
            request_timeout: ::std::time::Duration::from_millis(20000),
            budget: Some(::connector_runtime::Budget {
                requests: 600,
                per: ::std::time::Duration::from_secs(60),
            }),
            user_agent: concat!("helpdesk-connector/", env!("CARGO_PKG_VERSION"))
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
    /// An API key created under Settings › API keys.
    ///
    /// Sent as a bearer token; never logged or shown by `Debug`.
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
                                "no host chosen: the default server `org` needs a value for its placeholders; call `host` or `base_url`"
                                    .to_owned(),
                            ),
                        );
                    }
                }
            }
        };
        let mut config = ::connector_runtime::Config::new(
            base_url.trim_end_matches('/'),
            ::connector_runtime::spec::AuthScheme::Bearer,
            ::connector_runtime::spec::RateLimitSpec {
                limit_header: Some("x-ratelimit-limit"),
                remaining_header: Some("x-ratelimit-remaining"),
                reset_header: Some("x-ratelimit-reset"),
                reset_format: ::connector_runtime::spec::ResetFormat::UnixSeconds,
                retry_after_header: Some("retry-after"),
            },
        );
        config.credentials = self.credentials;
        config.retry = self.retry;
        config.connect_timeout = self.connect_timeout;
        config.request_timeout = self.request_timeout;
        config.budget = self.budget;
        config.user_agent = self.user_agent;
        config.error_message = &["/errors/0/title", "/message"];
        Ok(Client {
            transport: ::connector_runtime::Transport::new(config)?,
        })
    }
}
/// Every failure of a call to the Helpdesk API; error responses decode into the spec's error body.
pub type Error = ::connector_runtime::Error<types::ErrorBody>;
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
    /// How the Helpdesk API signs its webhook deliveries and names their events.
    pub static SPEC: ::connector_runtime::spec::WebhookSpec = ::connector_runtime::spec::WebhookSpec {
        signature: ::connector_runtime::spec::SignatureSpec {
            header: "x-helpdesk-signature",
            algorithm: ::connector_runtime::spec::Algorithm::HmacSha256,
            encoding: ::connector_runtime::spec::Encoding::Hex,
            prefix: Some("sha256="),
            separator: None,
            signature_key: None,
            timestamp: Some(::connector_runtime::spec::TimestampSpec {
                header: Some("x-helpdesk-timestamp"),
                key: None,
                tolerance_seconds: 300,
            }),
            payload: "{timestamp}.{body}",
        },
        event_name: ::connector_runtime::spec::Locator {
            header: Some("x-helpdesk-event"),
            pointer: Some("/type"),
        },
        event_id: Some(::connector_runtime::spec::Locator {
            header: None,
            pointer: Some("/id"),
        }),
    };
    /// The wire names of every event the spec declares.
    pub const EVENT_NAMES: &[&str] = &[
        "helpdesk.ticket.create",
        "helpdesk.ticket.update",
        "helpdesk.contact.create",
    ];
    /// A webhook delivery of the Helpdesk API, decoded by its event name. New events the spec does not know yet arrive as `Unknown`.
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// A ticket was opened.
        ///
        /// Wire name: `helpdesk.ticket.create`.
        TicketCreate(Box<super::types::TicketEvent>),
        /// A ticket changed.
        ///
        /// Wire name: `helpdesk.ticket.update`.
        TicketUpdate(Box<super::types::TicketEvent>),
        /// A contact was added.
        ///
        /// Wire name: `helpdesk.contact.create`.
        ContactCreate(Box<super::types::ContactEvent>),
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
                Event::TicketCreate(_) => "helpdesk.ticket.create",
                Event::TicketUpdate(_) => "helpdesk.ticket.update",
                Event::ContactCreate(_) => "helpdesk.contact.create",
                Event::Unknown { name, .. } => name,
            }
        }
        /// Decodes a body whose event name is already known (from a
        /// header, or a queue that stored it). An unknown name gives
        /// `Unknown`; a body that does not decode gives
        /// `WebhookError::Decode`, which keeps the body.
        pub fn from_parts(name: &str, body: &[u8]) -> Result<Event, WebhookError> {
            match name {
                "helpdesk.ticket.create" => {
                    ::serde_json::from_slice::<super::types::TicketEvent>(body)
                        .map(|event| Event::TicketCreate(Box::new(event)))
                        .map_err(|source| decode_error(name, body, source))
                }
                "helpdesk.ticket.update" => {
                    ::serde_json::from_slice::<super::types::TicketEvent>(body)
                        .map(|event| Event::TicketUpdate(Box::new(event)))
                        .map_err(|source| decode_error(name, body, source))
                }
                "helpdesk.contact.create" => {
                    ::serde_json::from_slice::<super::types::ContactEvent>(body)
                        .map(|event| Event::ContactCreate(Box::new(event)))
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
