//! The serde model of a connector spec: what a YAML file may say, before any
//! checking. `check` turns a `Spec` into a `CheckedSpec`; codegen reads only that.
//!
//! Maps are `IndexMap`s so that generated code follows the order of the file.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One third-party API: its hosts, auth, operations, types and webhooks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Path or URL of the JSON Schema of this format, for YAML editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Machine name of the connector, in snake_case (`acme_crm`).
    pub name: String,
    /// Human name of the API (`Acme CRM`).
    pub title: String,
    /// What the API is; becomes the crate documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the vendor documents the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_url: Option<String>,
    /// The hosts a client may talk to, chosen when the client is built.
    pub hosts: Hosts,
    /// How requests are authenticated.
    pub auth: Auth,
    /// Headers sent with every request, such as the media type or API
    /// version the vendor asks for (`Accept`, `X-Api-Version`). A header a
    /// parameter sets wins over these.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub headers: IndexMap<String, String>,
    /// Rate-limit headers and the client-side request budget.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<RateLimit>,
    /// Default retry policy; every setting can be changed per client and per request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry: Option<Retry>,
    /// Default timeouts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeouts: Option<Timeouts>,
    /// The body shape of error responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Errors>,
    /// Operation that checks the credentials and needs no particular role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_connection: Option<String>,
    /// Named paging schemes that list operations refer to.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub paging: IndexMap<String, Paging>,
    /// Named types: objects, enums, unions and aliases.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub types: IndexMap<String, TypeDef>,
    /// Operations keyed by their snake_case name, which becomes the method name.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub operations: IndexMap<String, Operation>,
    /// Events the API pushes, and how deliveries are signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhooks: Option<Webhooks>,
}

/// The servers of an API. A server URL may hold `{variable}` placeholders,
/// which become arguments when that server is chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hosts {
    /// Key in `servers` of the server used when the caller picks none.
    pub default: String,
    /// Placeholders used in server URLs.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub variables: IndexMap<String, HostVariable>,
    /// Servers keyed by a short name (`org`, `us`, `eu`).
    pub servers: IndexMap<String, Server>,
}

/// A placeholder in a server URL, checked before any request is made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HostVariable {
    /// What the variable is, for the documentation of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Regular expression a value must match in full.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// A typical value, shown in the documentation; it must match `pattern`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// One base URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// `https://{org}.api.example.com`; no trailing slash.
    pub url: String,
    /// What the server is for, for the documentation of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// How a request carries its credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthScheme {
    /// `Authorization: Bearer <key>`.
    Bearer,
    /// HTTP basic: `Authorization: Basic base64(user:password)`.
    Basic,
    /// The key in a request header named by `name`, after an optional `prefix`.
    Header,
    /// The key in a query parameter named by `name`.
    Query,
    /// No credentials.
    None,
}

/// Authentication of every request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Auth {
    /// Where the credentials go.
    pub scheme: AuthScheme,
    /// Header or query parameter name, for `header` and `query`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Text before the key in the header value, for `header` (`token `).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// How to obtain credentials, for the documentation of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// How to read the rate-limit state the server reports, and what budget to
/// keep on the client side so that the limit is not overrun in the first place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    /// Header with the number of requests allowed per window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_header: Option<String>,
    /// Header with the number of requests left in the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_header: Option<String>,
    /// Header saying when the window resets, in `reset_format`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset_header: Option<String>,
    /// How the reset header counts time.
    #[serde(default)]
    pub reset_format: ResetFormat,
    /// Header saying how long to wait after a 429 (`retry-after`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_header: Option<String>,
    /// Requests allowed per window, shared by every clone of a client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
}

/// Encoding of a rate-limit reset header.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResetFormat {
    /// Seconds from now.
    Seconds,
    /// Unix time in seconds.
    UnixSeconds,
    /// Unix time in milliseconds.
    UnixMillis,
    /// Guess from the magnitude: small numbers are seconds from now.
    #[default]
    Auto,
}

/// A client-side request budget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// Requests allowed per window; at least 1.
    pub requests: u32,
    /// Length of the window in seconds; at least 1.
    pub per_seconds: u32,
}

/// Retry policy defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retry {
    /// Attempts in all, the first included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    /// Wait before the first retry; later waits grow from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_backoff_ms: Option<u64>,
    /// Longest wait between two attempts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_backoff_ms: Option<u64>,
    /// Upper bound on the time spent in one call, retries included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_elapsed_ms: Option<u64>,
}

/// Timeout defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timeouts {
    /// Longest time to open a connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_ms: Option<u64>,
    /// Longest time for one attempt, from sending to the whole body read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_ms: Option<u64>,
}

/// The body of a non-2xx response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Errors {
    /// Type expression the body is decoded into.
    #[serde(rename = "type")]
    pub ty: String,
    /// JSON pointers tried in order for a one-line message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub message: Vec<String>,
}

/// How a list operation finds its next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    /// JSON pointer to the array of items in a page (`/data`, or `` for a bare array).
    pub items: String,
    /// Where the next page comes from.
    pub next: NextPage,
    /// JSON pointer to a boolean; `false` there means this is the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_when_false: Option<String>,
}

/// Source of the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NextFrom {
    /// A URL (absolute, or relative to the host) at `pointer` in the body; null ends.
    BodyLink,
    /// The `rel="next"` entry of the RFC 8288 `Link` header.
    LinkHeader,
    /// A token at `pointer` in the body, sent back in the query parameter `param`.
    BodyCursor,
    /// The field at `pointer` of the last item, sent back in `param` (`starting_after`).
    LastItem,
    /// Page numbers in the query parameter `param`, from `start`; an empty page ends.
    PageNumber,
}

/// Next-page rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextPage {
    /// Which rule finds the next page.
    pub from: NextFrom,
    /// JSON pointer, for `body_link`, `body_cursor` and `last_item`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Query parameter, for `body_cursor`, `last_item` and `page_number`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// First page number, for `page_number` (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
}

/// A named type. Exactly one of `fields`, `values`, `variants` and `type` is given.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// What the type is; becomes its documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type parameters of a generic type (`[A]`), used as type expressions inside it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<String>,
    /// An object: fields keyed by their wire name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<IndexMap<String, Field>>,
    /// Objects keep fields the spec does not name, unless closed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub closed: bool,
    /// An open enum of strings or integers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<EnumValue>>,
    /// A union: a list of type expressions tried in order (untagged), or, with
    /// `tag`, a map from tag value to type expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variants: Option<Variants>,
    /// The field that holds the tag of a tagged union.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// An alias of a type expression.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

/// Variants of a union.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Variants {
    /// Tried in order; the first that fits wins.
    Untagged(Vec<String>),
    /// Chosen by the value of the tag field.
    Tagged(IndexMap<String, String>),
}

/// A field of an object: either a type expression or the long form.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = short_form_schema::field)]
pub struct Field {
    /// Type expression: `string`, `list<Email>`, `Resource<CustomerAttributes>`…
    /// Give either this or `fields`.
    #[serde(rename = "type", default, skip_serializing_if = "String::is_empty")]
    pub ty: String,
    /// An object written in place, by its fields. Loading names it after
    /// its parent type and this field (`Customer.address` becomes
    /// `CustomerAddress`) and sets `type` to that name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<IndexMap<String, Field>>,
    /// The field is always present.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// The field may be `null`. Optional and nullable: absent, null and a value
    /// are three states, so that a PATCH can send `null` to clear.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// What the field holds; becomes its documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Rust name, when the derived one reads badly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// The API still sends the field but advises against it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
}

/// An enum value: a bare string or integer, or the long form.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = short_form_schema::enum_value)]
pub struct EnumValue {
    /// The value on the wire.
    pub value: EnumLiteral,
    /// Rust variant name, required for integers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the value means; becomes its documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The wire value of an enum variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum EnumLiteral {
    /// An integer value; needs a `name`.
    Integer(i64),
    /// A string value.
    String(String),
}

/// HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `HEAD`
    Head,
}

/// One API call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// HTTP method.
    pub method: Method,
    /// Path template from the host: `/v1/customers/{id}`. A placeholder may
    /// share a segment with text: `/v1/customers/email={email}`.
    pub path: String,
    /// One line; becomes the first line of the method's documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// More about the operation; follows the summary in the documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the vendor documents this operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_url: Option<String>,
    /// Parameters keyed by wire name. Path placeholders that are not listed
    /// are required strings.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub params: IndexMap<String, Param>,
    /// The request body, if the operation sends one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
    /// The success response; absent means no body is expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// Name of a paging scheme: the operation returns one page of a list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paging: Option<String>,
    /// Safe to retry although the method is not idempotent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub retry_safe: bool,
    /// The API still serves the operation but advises against it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParamIn {
    /// A `{placeholder}` of the path; always required.
    Path,
    /// A query parameter.
    Query,
    /// A request header.
    Header,
}

/// How a list parameter is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListStyle {
    /// `ids=a,b,c`.
    #[default]
    Comma,
    /// `ids=a&ids=b&ids=c`.
    Repeat,
}

/// A path, query or header parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// Where the parameter goes.
    #[serde(rename = "in")]
    pub location: ParamIn,
    /// Type expression: a scalar, an enum, or a list of those.
    #[serde(rename = "type", default = "default_param_type")]
    pub ty: String,
    /// The caller must give the parameter; path parameters always are.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// What the parameter does; becomes its documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Rust name, when the derived one reads badly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// How a list parameter is written.
    #[serde(default)]
    pub style: ListStyle,
}

fn default_param_type() -> String {
    "string".to_owned()
}

/// Encoding of a request body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Content {
    /// `application/json`.
    #[default]
    Json,
    /// `application/x-www-form-urlencoded`, nested keys as `a[b]`.
    Form,
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Type expression of the body.
    #[serde(rename = "type")]
    pub ty: String,
    /// How the body is encoded.
    #[serde(default)]
    pub content: Content,
    /// What the body holds; becomes documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The success response of an operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The documented success status.
    #[serde(default = "default_status")]
    pub status: u16,
    /// Type expression of the body; absent when there is none.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub ty: Option<String>,
    /// What the response holds; becomes documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

fn default_status() -> u16 {
    200
}

/// Events pushed by the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Webhooks {
    /// How deliveries are signed and checked.
    pub signature: Signature,
    /// Where a delivery names its event.
    pub event_name: Locator,
    /// Where a delivery carries a unique id, for dropping duplicates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<Locator>,
    /// Events keyed by their wire name.
    pub events: IndexMap<String, Event>,
}

/// A value found in a header, in the JSON body, or in either (header first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Locator {
    /// Request header that holds the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// JSON pointer into the body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

/// One event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Type expression of the whole delivery body.
    #[serde(rename = "type")]
    pub ty: String,
    /// When the event is sent; becomes documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Rust variant name, when the derived one reads badly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
}

/// MAC algorithm of a webhook signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Algorithm {
    /// HMAC with SHA-1.
    HmacSha1,
    /// HMAC with SHA-256.
    HmacSha256,
    /// HMAC with SHA-512.
    HmacSha512,
}

/// Text encoding of a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// Hexadecimal, either case.
    Hex,
    /// Standard base64 with padding.
    Base64,
}

/// How a delivery is signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Header that carries the signature.
    pub header: String,
    /// MAC algorithm keyed with the webhook secret.
    pub algorithm: Algorithm,
    /// How the MAC is written in the header.
    pub encoding: Encoding,
    /// Text before the signature (`sha256=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// The header is a list of `key=value` pairs split by this separator
    /// (`,` for `t=…,v1=…`); the signature is under `signature_key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub separator: Option<String>,
    /// Key of the signature among the `key=value` pairs, with `separator` (`v1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_key: Option<String>,
    /// Timestamp that is part of the signed message, with a tolerance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<SignedTimestamp>,
    /// What is signed: `{body}`, or a template such as `{timestamp}.{body}`.
    #[serde(default = "default_signed_payload")]
    pub payload: String,
}

fn default_signed_payload() -> String {
    "{body}".to_owned()
}

/// A timestamp in a header of its own, or under a key of the signature header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignedTimestamp {
    /// Header that holds the timestamp, in Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// Key of the timestamp among the `key=value` pairs of the signature header (`t`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Oldest accepted delivery, in seconds either side of now.
    pub tolerance_seconds: u64,
}

/// Shorthand: a field may be written as just its type expression.
impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Long {
            #[serde(rename = "type", default)]
            ty: Option<String>,
            #[serde(default)]
            fields: Option<IndexMap<String, Field>>,
            #[serde(default)]
            required: bool,
            #[serde(default)]
            nullable: bool,
            #[serde(default)]
            description: Option<String>,
            #[serde(default)]
            rust_name: Option<String>,
            #[serde(default)]
            deprecated: bool,
        }

        struct FieldVisitor;
        impl<'de> serde::de::Visitor<'de> for FieldVisitor {
            type Value = Field;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a type expression or a map with `type`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(Field::of(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Field, A::Error> {
                let long = Long::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                let ty = match (long.ty, &long.fields) {
                    (Some(_), Some(_)) => {
                        return Err(serde::de::Error::custom(
                            "a field has either `type` or `fields` (an object in place), not both",
                        ));
                    }
                    (Some(ty), None) => ty,
                    (None, Some(_)) => String::new(),
                    (None, None) => return Err(serde::de::Error::missing_field("type")),
                };
                Ok(Field {
                    ty,
                    fields: long.fields,
                    required: long.required,
                    nullable: long.nullable,
                    description: long.description,
                    rust_name: long.rust_name,
                    deprecated: long.deprecated,
                })
            }
        }
        deserializer.deserialize_any(FieldVisitor)
    }
}

impl Field {
    /// An optional, non-nullable field of the given type expression.
    pub fn of(ty: &str) -> Field {
        Field {
            ty: ty.to_owned(),
            fields: None,
            required: false,
            nullable: false,
            description: None,
            rust_name: None,
            deprecated: false,
        }
    }
}

/// Shorthand: an enum value may be written as the bare string or integer.
impl<'de> Deserialize<'de> for EnumValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Long {
            value: EnumLiteral,
            #[serde(default)]
            name: Option<String>,
            #[serde(default)]
            description: Option<String>,
        }

        struct ValueVisitor;
        impl<'de> serde::de::Visitor<'de> for ValueVisitor {
            type Value = EnumValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, an integer, or a map with `value`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<EnumValue, E> {
                Ok(EnumValue::bare(EnumLiteral::String(v.to_owned())))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<EnumValue, E> {
                Ok(EnumValue::bare(EnumLiteral::Integer(v)))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<EnumValue, E> {
                i64::try_from(v)
                    .map(|v| EnumValue::bare(EnumLiteral::Integer(v)))
                    .map_err(|_| E::custom("integer enum value out of range for i64"))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<EnumValue, A::Error> {
                let long = Long::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(EnumValue {
                    value: long.value,
                    name: long.name,
                    description: long.description,
                })
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

impl EnumValue {
    fn bare(value: EnumLiteral) -> EnumValue {
        EnumValue {
            value,
            name: None,
            description: None,
        }
    }
}

/// The JSON Schema of `Field` and `EnumValue` must accept the short forms
/// their `Deserialize` impls accept, not just the derived long form.
mod short_form_schema {
    use schemars::{Schema, json_schema};

    /// Moves the long form under `anyOf`, next to the given short forms,
    /// keeping the description at the top.
    fn with_short_forms(schema: &mut Schema, short: serde_json::Value) {
        let description = schema.remove("description");
        let long = std::mem::take(schema);
        let mut any_of = vec![short];
        if let serde_json::Value::Array(shorts) = any_of.remove(0) {
            any_of = shorts;
        }
        any_of.push(long.to_value());
        *schema = json_schema!({ "anyOf": any_of });
        if let Some(description) = description {
            schema.insert("description".to_owned(), description);
        }
    }

    pub(super) fn field(schema: &mut Schema) {
        // The long form names its type, or is an object written in place.
        schema.insert(
            "oneOf".to_owned(),
            serde_json::json!([{ "required": ["type"] }, { "required": ["fields"] }]),
        );
        with_short_forms(
            schema,
            serde_json::json!([{
                "type": "string",
                "description": "Short form: the type expression of an optional field."
            }]),
        );
    }

    pub(super) fn enum_value(schema: &mut Schema) {
        with_short_forms(
            schema,
            serde_json::json!([
                { "type": "string", "description": "Short form: a string value." },
                { "type": "integer", "description": "Short form: an integer value; integers need the long form with `name`." }
            ]),
        );
    }
}
