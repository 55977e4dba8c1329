//! What changed between two versions of a spec, told in terms of the
//! generated client (method, type and field names) and the wire names, each
//! change marked breaking, on the wire only, or compatible.

use std::fmt;

use connector_spec::model::{
    Algorithm, AuthScheme, Encoding, EnumLiteral, Field, Operation, ParamIn, TypeDef, Variants,
};
use connector_spec::{CheckedSpec, Prim, TypeExpr};
use indexmap::IndexMap;

use crate::Names;
use crate::client::{Piece, method_text, template_pieces};

/// Every change between two versions of one spec, sorted for display:
/// client settings first, then operations, types and events, each by name.
///
/// ```
/// let old = connector_spec::check_str("old.yaml", r#"
/// name: tiny
/// title: Tiny
/// hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
/// auth: { scheme: bearer }
/// types:
///   Note: { fields: { id: { type: string, required: true } } }
/// "#).unwrap();
/// let new = connector_spec::check_str("new.yaml", r#"
/// name: tiny
/// title: Tiny
/// hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
/// auth: { scheme: bearer }
/// types:
///   Note: { fields: { id: { type: string, required: true }, pinnedAt: date-time } }
/// "#).unwrap();
/// let diff = connector_codegen::diff(&old, &new);
/// assert!(!diff.is_breaking());
/// assert_eq!(diff.changes[0].impact, connector_codegen::Impact::Compatible);
/// assert_eq!(
///     diff.to_string(),
///     "tiny: 1 change, 0 breaking\n            \
///      type `Note`: field `pinnedAt` (`pinned_at`) added, optional (DateTime)\n",
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecDiff {
    /// Machine name of the connector, as the new spec says it.
    pub connector: String,
    /// The changes, sorted by subject, then breaking first; else in spec order.
    pub changes: Vec<Change>,
}

/// One change, on one subject of the generated client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What changed: an operation, a type, an event, or a client setting.
    pub subject: Subject,
    /// What a user of the client must do about it.
    pub impact: Impact,
    /// What changed about the subject, with wire and Rust names
    /// (`field `loyaltyTier` (`loyalty_tier`) added, optional`).
    pub detail: String,
}

/// How a change affects code written against the old client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// Code written against the old client may no longer compile, or may
    /// silently mean something else; a caller must act.
    Breaking,
    /// The Rust API stays the same but requests or decoding change: a
    /// different method, path, header or signature scheme.
    Wire,
    /// Nothing written against the old client needs to change.
    Compatible,
}

/// The part of the generated client a change is about. The order of the
/// variants is the order of the report.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// The crate as a whole: its name, defaults, error body, connection check.
    Client,
    /// A server of the `Host` enum.
    Host {
        /// Key of the server in the spec.
        server: String,
        /// Its `Host` variant.
        rust: String,
    },
    /// How requests are authenticated.
    Auth,
    /// A named paging scheme.
    Paging {
        /// Key of the scheme in the spec.
        scheme: String,
    },
    /// An operation: a method of `Client` and its builder.
    Operation {
        /// Key of the operation in the spec.
        name: String,
        /// The client method.
        rust: String,
        /// HTTP method and path (of the new spec, or the old one when removed).
        route: String,
    },
    /// A named type.
    Type {
        /// What the type compiles to; also orders types in the report.
        kind: TypeKind,
        /// Key of the type in the spec.
        name: String,
        /// The Rust type.
        rust: String,
    },
    /// The webhooks module: its signature scheme and event locators.
    Webhooks,
    /// A variant of the webhook `Event` enum.
    Event {
        /// Wire name of the event.
        name: String,
        /// The `Event` variant.
        rust: String,
    },
}

/// What a named type compiles to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeKind {
    /// A struct.
    Object,
    /// An open enum of strings or integers.
    Enum,
    /// A tagged or untagged union.
    Union,
    /// A type alias.
    Alias,
}

impl SpecDiff {
    /// Whether the two specs compile to the same client.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Whether any change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.breaking().next().is_some()
    }

    /// The breaking changes.
    pub fn breaking(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(|change| change.impact == Impact::Breaking)
    }
}

impl fmt::Display for SpecDiff {
    /// One header line, then one line per change:
    /// `  breaking  operation `get_customer` (GET /v1/customers/{id}): …`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.changes.is_empty() {
            return writeln!(f, "{}: no changes", self.connector);
        }
        let count = self.changes.len();
        writeln!(
            f,
            "{}: {count} change{}, {} breaking",
            self.connector,
            if count == 1 { "" } else { "s" },
            self.breaking().count()
        )?;
        for change in &self.changes {
            let label = match change.impact {
                Impact::Breaking => "breaking",
                Impact::Wire => "wire",
                Impact::Compatible => "",
            };
            writeln!(f, "  {label:<10}{change}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A change to the subject itself reads as a sentence: "type `X` added".
        let separator = if self.detail.starts_with("added") || self.detail.starts_with("removed") {
            " "
        } else {
            ": "
        };
        write!(f, "{}{separator}{}", self.subject, self.detail)
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Client => f.write_str("client"),
            Subject::Host { server, rust } => write!(f, "host `{server}` (`Host::{rust}`)"),
            Subject::Auth => f.write_str("auth"),
            Subject::Paging { scheme } => write!(f, "paging scheme `{scheme}`"),
            Subject::Operation { name, rust, route } if name == rust => {
                write!(f, "operation `{name}` ({route})")
            }
            Subject::Operation { name, rust, route } => {
                write!(f, "operation `{name}` (`{rust}`, {route})")
            }
            Subject::Type { kind, name, rust } => {
                let word = match kind {
                    TypeKind::Object => "type",
                    TypeKind::Enum => "enum",
                    TypeKind::Union => "union",
                    TypeKind::Alias => "alias",
                };
                write!(f, "{word} {}", named(name, rust))
            }
            Subject::Webhooks => f.write_str("webhooks"),
            Subject::Event { name, rust } => write!(f, "event `{name}` (`{rust}`)"),
        }
    }
}

/// `` `wire` ``, or `` `wire` (`rust`) `` when the Rust name differs.
fn named(wire: &str, rust: &str) -> String {
    if wire == rust {
        format!("`{wire}`")
    } else {
        format!("`{wire}` (`{rust}`)")
    }
}

/// Compares two checked versions of a spec: `old` is what clients were
/// built from, `new` what they will be built from.
pub fn diff(old: &CheckedSpec, new: &CheckedSpec) -> SpecDiff {
    let mut pass = Pass {
        old: Side::new(old),
        new: Side::new(new),
        changes: Vec::new(),
    };
    pass.client();
    pass.hosts();
    pass.auth();
    pass.paging();
    pass.operations();
    pass.types();
    pass.webhooks();

    let mut changes = pass.changes;
    // Stable, so that changes of one subject and impact keep spec order.
    changes.sort_by(|a, b| (&a.subject, a.impact).cmp(&(&b.subject, b.impact)));
    SpecDiff {
        connector: new.spec.name.clone(),
        changes,
    }
}

/// One version of the spec with its naming pass.
struct Side<'a> {
    spec: &'a CheckedSpec,
    names: Names,
}

impl<'a> Side<'a> {
    fn new(spec: &'a CheckedSpec) -> Side<'a> {
        Side {
            spec,
            names: Names::new(spec),
        }
    }

    /// A type expression with its Rust rendering; a text that does not
    /// parse (which a checked spec never has) is kept as written.
    fn ty(&self, text: &str, params: &[String]) -> Ty {
        match self.spec.expr(text, params) {
            Ok(expr) => Ty {
                rust: rust_text(&expr, &self.names),
                expr: Some(expr),
            },
            Err(_) => Ty {
                expr: None,
                rust: text.to_owned(),
            },
        }
    }
}

/// A type as a change compares it: the parsed expression and the Rust type
/// it compiles to, which may change when only a name in it changes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Ty {
    expr: Option<TypeExpr>,
    rust: String,
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rust)
    }
}

/// The Rust type of an expression as a reader of the client sees it:
/// `Vec<Email>`, `Document<Customer>`, `BTreeMap<String, Value>`.
fn rust_text(expr: &TypeExpr, names: &Names) -> String {
    match expr {
        TypeExpr::Prim(prim) => match prim {
            Prim::String => "String",
            Prim::Bool => "bool",
            Prim::I64 => "i64",
            Prim::I32 => "i32",
            Prim::U32 => "u32",
            Prim::U64 => "u64",
            Prim::F64 => "f64",
            Prim::DateTime => "DateTime",
            Prim::Date => "Date",
            Prim::Json => "Value",
            Prim::Secret => "Secret",
        }
        .to_owned(),
        TypeExpr::List(inner) => format!("Vec<{}>", rust_text(inner, names)),
        TypeExpr::Map(inner) => format!("BTreeMap<String, {}>", rust_text(inner, names)),
        TypeExpr::Param(param) => rust_name(&names.type_param(param)),
        TypeExpr::Named { name, args } => {
            let ident = names.type_ident(name).to_string();
            let args: Vec<String> = args
                .iter()
                .enumerate()
                .filter(|(index, _)| names.keeps_param(name, *index))
                .map(|(_, arg)| rust_text(arg, names))
                .collect();
            if args.is_empty() {
                ident
            } else {
                format!("{ident}<{}>", args.join(", "))
            }
        }
    }
}

/// `a -> b`, with `none` for an absent value.
fn arrow(old: Option<impl fmt::Display>, new: Option<impl fmt::Display>) -> String {
    let show = |value: Option<String>| value.unwrap_or_else(|| "none".to_owned());
    format!(
        "{} -> {}",
        show(old.map(|v| v.to_string())),
        show(new.map(|v| v.to_string()))
    )
}

struct Pass<'a> {
    old: Side<'a>,
    new: Side<'a>,
    changes: Vec<Change>,
}

impl Pass<'_> {
    fn push(&mut self, subject: &Subject, impact: Impact, detail: impl Into<String>) {
        self.changes.push(Change {
            subject: subject.clone(),
            impact,
            detail: detail.into(),
        });
    }

    /// Reports `label old -> new` when the two differ.
    fn compare<T: PartialEq + fmt::Display>(
        &mut self,
        subject: &Subject,
        impact: Impact,
        label: &str,
        old: Option<T>,
        new: Option<T>,
    ) {
        if old != new {
            self.push(subject, impact, format!("{label} {}", arrow(old, new)));
        }
    }

    fn client(&mut self) {
        let (old, new) = (&self.old.spec.spec, &self.new.spec.spec);
        let subject = Subject::Client;

        if old.name != new.name {
            self.push(
                &subject,
                Impact::Breaking,
                format!("connector name `{}` -> `{}`", old.name, new.name),
            );
        }

        // Headers sent with every request change what goes on the wire only.
        for (name, value) in &old.headers {
            match new.headers.get(name) {
                None => self.push(
                    &subject,
                    Impact::Wire,
                    format!("header `{name}` no longer sent (was `{value}`)"),
                ),
                Some(now) if now != value => self.push(
                    &subject,
                    Impact::Wire,
                    format!("header `{name}`: `{value}` -> `{now}`"),
                ),
                Some(_) => {}
            }
        }
        for (name, value) in &new.headers {
            if !old.headers.contains_key(name) {
                self.push(
                    &subject,
                    Impact::Wire,
                    format!("header `{name}: {value}` sent with every request"),
                );
            }
        }

        let old_error = old
            .errors
            .as_ref()
            .map(|errors| self.old.ty(&errors.ty, &[]));
        let new_error = new
            .errors
            .as_ref()
            .map(|errors| self.new.ty(&errors.ty, &[]));
        // Without an error type the body is kept as raw JSON.
        let value = || Ty {
            expr: Some(TypeExpr::Prim(Prim::Json)),
            rust: "Value".to_owned(),
        };
        let (old_error, new_error) = (
            old_error.unwrap_or_else(value),
            new_error.unwrap_or_else(value),
        );
        if old_error != new_error {
            self.push(
                &subject,
                Impact::Breaking,
                format!("error body type {old_error} -> {new_error}"),
            );
        }
        let messages = |spec: &connector_spec::Spec| {
            spec.errors
                .as_ref()
                .map(|errors| errors.message.join(", "))
                .filter(|text| !text.is_empty())
        };
        self.compare(
            &subject,
            Impact::Wire,
            "error message pointers",
            messages(old),
            messages(new),
        );

        match (&old.test_connection, &new.test_connection) {
            (Some(_), None) => self.push(
                &subject,
                Impact::Breaking,
                "`test_connection` removed (the spec names no connection check)",
            ),
            (None, Some(operation)) => self.push(
                &subject,
                Impact::Compatible,
                format!("`test_connection` added, calling `{operation}`"),
            ),
            (Some(before), Some(after)) if before != after => self.push(
                &subject,
                Impact::Wire,
                format!("`test_connection` calls `{after}` instead of `{before}`"),
            ),
            _ => {}
        }

        let (old_retry, new_retry) = (old.retry.as_ref(), new.retry.as_ref());
        self.compare(
            &subject,
            Impact::Compatible,
            "default retry max_attempts",
            old_retry.and_then(|r| r.max_attempts),
            new_retry.and_then(|r| r.max_attempts),
        );
        self.compare(
            &subject,
            Impact::Compatible,
            "default retry initial_backoff_ms",
            old_retry.and_then(|r| r.initial_backoff_ms),
            new_retry.and_then(|r| r.initial_backoff_ms),
        );
        self.compare(
            &subject,
            Impact::Compatible,
            "default retry max_backoff_ms",
            old_retry.and_then(|r| r.max_backoff_ms),
            new_retry.and_then(|r| r.max_backoff_ms),
        );
        self.compare(
            &subject,
            Impact::Compatible,
            "default retry max_elapsed_ms",
            old_retry.and_then(|r| r.max_elapsed_ms),
            new_retry.and_then(|r| r.max_elapsed_ms),
        );
        let (old_timeouts, new_timeouts) = (old.timeouts.as_ref(), new.timeouts.as_ref());
        self.compare(
            &subject,
            Impact::Compatible,
            "default connect_ms",
            old_timeouts.and_then(|t| t.connect_ms),
            new_timeouts.and_then(|t| t.connect_ms),
        );
        self.compare(
            &subject,
            Impact::Compatible,
            "default request_ms",
            old_timeouts.and_then(|t| t.request_ms),
            new_timeouts.and_then(|t| t.request_ms),
        );

        let budget = |spec: &connector_spec::Spec| {
            spec.rate_limit
                .as_ref()
                .and_then(|rate| rate.budget.as_ref())
                .map(|b| format!("{} requests per {} s", b.requests, b.per_seconds))
        };
        self.compare(
            &subject,
            Impact::Compatible,
            "default request budget",
            budget(old),
            budget(new),
        );
        let rate_headers = |spec: &connector_spec::Spec| {
            spec.rate_limit.as_ref().map(|rate| {
                let mut rate = rate.clone();
                rate.budget = None;
                rate
            })
        };
        if rate_headers(old) != rate_headers(new) {
            self.push(&subject, Impact::Wire, "rate-limit headers changed");
        }
    }

    fn hosts(&mut self) {
        let (old, new) = (&self.old.spec.spec.hosts, &self.new.spec.spec.hosts);
        let placeholders = |url: &str| -> Vec<String> {
            template_pieces(url)
                .into_iter()
                .filter_map(|piece| match piece {
                    Piece::Placeholder(name) => Some(name),
                    Piece::Literal(_) => None,
                })
                .collect()
        };

        for (server, before) in &old.servers {
            let rust = rust_name(&self.old.names.host_variant(server));
            let Some(after) = new.servers.get(server) else {
                let subject = Subject::Host {
                    server: server.clone(),
                    rust,
                };
                self.push(
                    &subject,
                    Impact::Breaking,
                    format!("removed (was {})", before.url),
                );
                continue;
            };
            let new_rust = rust_name(&self.new.names.host_variant(server));
            let subject = Subject::Host {
                server: server.clone(),
                rust: new_rust.clone(),
            };
            if rust != new_rust {
                self.push(
                    &subject,
                    Impact::Breaking,
                    format!("variant `Host::{rust}` renamed `Host::{new_rust}`"),
                );
            }
            if before.url != after.url {
                let (was, now) = (placeholders(&before.url), placeholders(&after.url));
                let impact = if was == now {
                    Impact::Wire
                } else {
                    // The placeholders are the fields and arguments of the variant.
                    Impact::Breaking
                };
                self.push(
                    &subject,
                    impact,
                    format!("url {} -> {}", before.url, after.url),
                );
            }
        }
        for (server, after) in &new.servers {
            if !old.servers.contains_key(server) {
                let subject = Subject::Host {
                    server: server.clone(),
                    rust: rust_name(&self.new.names.host_variant(server)),
                };
                self.push(
                    &subject,
                    Impact::Compatible,
                    format!("added, at {}", after.url),
                );
            }
        }

        if old.default != new.default {
            let needs_host = |hosts: &connector_spec::model::Hosts| {
                hosts
                    .servers
                    .get(&hosts.default)
                    .is_some_and(|server| !placeholders(&server.url).is_empty())
            };
            // A client built without `host` worked before and fails now.
            let impact = if needs_host(new) && !needs_host(old) {
                Impact::Breaking
            } else {
                Impact::Wire
            };
            self.push(
                &Subject::Client,
                impact,
                format!("default host `{}` -> `{}`", old.default, new.default),
            );
        }
        for (variable, before) in &old.variables {
            if let Some(after) = new.variables.get(variable) {
                self.compare(
                    &Subject::Client,
                    Impact::Wire,
                    &format!("host variable `{variable}` pattern"),
                    before.pattern.as_deref(),
                    after.pattern.as_deref(),
                );
            }
        }
    }

    fn auth(&mut self) {
        let (old, new) = (&self.old.spec.spec.auth, &self.new.spec.spec.auth);
        let setter = |scheme: AuthScheme| match scheme {
            AuthScheme::Bearer | AuthScheme::Header | AuthScheme::Query => "`api_key`",
            AuthScheme::Basic => "`basic_auth`",
            AuthScheme::None => "no credentials",
        };
        let word = |scheme: AuthScheme| match scheme {
            AuthScheme::Bearer => "bearer",
            AuthScheme::Basic => "basic",
            AuthScheme::Header => "header",
            AuthScheme::Query => "query",
            AuthScheme::None => "none",
        };
        if old.scheme != new.scheme {
            // Even with the same setter the caller likely needs another
            // credential (a token instead of a key, another header).
            self.push(
                &Subject::Auth,
                Impact::Breaking,
                format!(
                    "scheme {} -> {} (credentials set with {}, before with {})",
                    word(old.scheme),
                    word(new.scheme),
                    setter(new.scheme),
                    setter(old.scheme)
                ),
            );
            return;
        }
        self.compare(
            &Subject::Auth,
            Impact::Wire,
            "name",
            old.name.as_deref(),
            new.name.as_deref(),
        );
        self.compare(
            &Subject::Auth,
            Impact::Wire,
            "prefix",
            old.prefix.as_deref().map(|p| format!("{p:?}")),
            new.prefix.as_deref().map(|p| format!("{p:?}")),
        );
    }

    fn paging(&mut self) {
        let (old, new) = (&self.old.spec.spec.paging, &self.new.spec.spec.paging);
        for (scheme, before) in old {
            let subject = Subject::Paging {
                scheme: scheme.clone(),
            };
            match new.get(scheme) {
                None => self.push(&subject, Impact::Compatible, "removed"),
                Some(after) if after != before => self.push(
                    &subject,
                    Impact::Wire,
                    "next-page rule or item pointer changed",
                ),
                Some(_) => {}
            }
        }
        for scheme in new.keys().filter(|scheme| !old.contains_key(*scheme)) {
            let subject = Subject::Paging {
                scheme: scheme.clone(),
            };
            self.push(&subject, Impact::Compatible, "added");
        }
    }

    fn operations(&mut self) {
        let (old, new) = (&self.old.spec.spec, &self.new.spec.spec);
        for (name, before) in &old.operations {
            match new.operations.get(name) {
                Some(after) => self.operation(name, before, after),
                None => {
                    let subject = Subject::Operation {
                        name: name.clone(),
                        rust: rust_name(&self.old.names.operation_fn(name)),
                        route: route(before),
                    };
                    self.push(&subject, Impact::Breaking, "removed");
                }
            }
        }
        for (name, after) in &new.operations {
            if !old.operations.contains_key(name) {
                let subject = Subject::Operation {
                    name: name.clone(),
                    rust: rust_name(&self.new.names.operation_fn(name)),
                    route: route(after),
                };
                self.push(&subject, Impact::Compatible, "added");
            }
        }
    }

    fn operation(&mut self, name: &str, old: &Operation, new: &Operation) {
        let rust = rust_name(&self.new.names.operation_fn(name));
        let subject = Subject::Operation {
            name: name.to_owned(),
            rust: rust.clone(),
            route: route(new),
        };
        let old_rust = rust_name(&self.old.names.operation_fn(name));
        if old_rust != rust {
            self.push(
                &subject,
                Impact::Breaking,
                format!("method `{old_rust}` renamed `{rust}`"),
            );
        }
        let (old_struct, new_struct) = (
            rust_name(&self.old.names.operation_struct(name)),
            rust_name(&self.new.names.operation_struct(name)),
        );
        if old_struct != new_struct {
            self.push(
                &subject,
                Impact::Breaking,
                format!("builder `operations::{old_struct}` renamed `operations::{new_struct}`"),
            );
        }
        if old.method != new.method {
            self.push(
                &subject,
                Impact::Wire,
                format!(
                    "method {} -> {}",
                    method_text(old.method),
                    method_text(new.method)
                ),
            );
        }
        if old.path != new.path {
            self.push(
                &subject,
                Impact::Wire,
                format!("path {} -> {}", old.path, new.path),
            );
        }

        self.params(name, &subject, old, new);
        self.body(&subject, old, new);
        self.response(name, &subject, old, new);

        if old.deprecated != new.deprecated {
            let detail = if new.deprecated {
                "now deprecated"
            } else {
                "no longer deprecated"
            };
            self.push(&subject, Impact::Compatible, detail);
        }
        if old.retry_safe != new.retry_safe {
            let detail = if new.retry_safe {
                "now retried on failure although not idempotent"
            } else {
                "no longer retried on failure"
            };
            self.push(&subject, Impact::Wire, detail);
        }
    }

    fn params(&mut self, op: &str, subject: &Subject, old: &Operation, new: &Operation) {
        let before = params_of(&self.old, op, old);
        let after = params_of(&self.new, op, new);
        let find =
            |list: &[ParamView], wire: &str| list.iter().position(|param| param.wire == wire);

        for param in &before {
            let Some(index) = find(&after, &param.wire) else {
                let what = if param.required { "argument" } else { "setter" };
                self.push(
                    subject,
                    Impact::Breaking,
                    format!(
                        "{} param {} removed ({what} `{}` gone)",
                        param.location_word(),
                        named(&param.wire, &param.rust),
                        param.rust
                    ),
                );
                continue;
            };
            let Some(now) = after.get(index) else {
                continue;
            };
            let label = format!("param {}", named(&now.wire, &now.rust));
            if param.location != now.location {
                self.push(
                    subject,
                    Impact::Wire,
                    format!(
                        "{label} moves from the {} to the {}",
                        param.location_word(),
                        now.location_word()
                    ),
                );
            }
            if param.required != now.required {
                let detail = if now.required {
                    format!(
                        "{label} now required (setter becomes an argument of `{}`)",
                        subject_fn(subject)
                    )
                } else {
                    format!("{label} now optional (argument becomes a setter)")
                };
                self.push(subject, Impact::Breaking, detail);
            } else if !now.required && param.rust != now.rust {
                // Only setters are called by name; arguments are positional.
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("{label}: setter `{}` renamed `{}`", param.rust, now.rust),
                );
            }
            if param.ty != now.ty {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("{label} type {} -> {}", param.ty, now.ty),
                );
            }
            if param.style != now.style {
                self.push(
                    subject,
                    Impact::Wire,
                    format!("{label} list style {} -> {}", param.style, now.style),
                );
            }
        }
        for param in &after {
            if find(&before, &param.wire).is_none() {
                let (impact, how) = if param.required {
                    (Impact::Breaking, "required, a new argument")
                } else {
                    (Impact::Compatible, "optional")
                };
                self.push(
                    subject,
                    impact,
                    format!(
                        "{} param {} added, {how} ({})",
                        param.location_word(),
                        named(&param.wire, &param.rust),
                        param.ty
                    ),
                );
            }
        }

        // Required parameters are positional: the same arguments in another
        // order may still compile and swap two values.
        let order = |list: &[ParamView], other: &[ParamView]| -> Vec<String> {
            list.iter()
                .filter(|param| param.required)
                .filter(|param| other.iter().any(|o| o.wire == param.wire && o.required))
                .map(|param| param.wire.clone())
                .collect()
        };
        let (was, now) = (order(&before, &after), order(&after, &before));
        if was != now {
            let show = |list: &[String], params: &[ParamView]| {
                list.iter()
                    .map(|wire| {
                        params
                            .iter()
                            .find(|param| &param.wire == wire)
                            .map_or_else(|| wire.clone(), |param| param.rust.clone())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            self.push(
                subject,
                Impact::Breaking,
                format!(
                    "arguments reordered: ({}) -> ({})",
                    show(&was, &before),
                    show(&now, &after)
                ),
            );
        }
    }

    fn body(&mut self, subject: &Subject, old: &Operation, new: &Operation) {
        match (&old.body, &new.body) {
            (None, Some(body)) => {
                let ty = self.new.ty(&body.ty, &[]);
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("body {ty} added (a new last argument `body`)"),
                );
            }
            (Some(body), None) => {
                let ty = self.old.ty(&body.ty, &[]);
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("body {ty} removed (argument `body` gone)"),
                );
            }
            (Some(before), Some(after)) => {
                let (was, now) = (self.old.ty(&before.ty, &[]), self.new.ty(&after.ty, &[]));
                if was != now {
                    self.push(
                        subject,
                        Impact::Breaking,
                        format!("body type {was} -> {now}"),
                    );
                }
                if before.content != after.content {
                    let word = |content| match content {
                        connector_spec::model::Content::Json => "json",
                        connector_spec::model::Content::Form => "form",
                    };
                    self.push(
                        subject,
                        Impact::Wire,
                        format!(
                            "body encoding {} -> {}",
                            word(before.content),
                            word(after.content)
                        ),
                    );
                }
            }
            (None, None) => {}
        }
    }

    fn response(&mut self, name: &str, subject: &Subject, old: &Operation, new: &Operation) {
        let response_ty = |side: &Side<'_>, operation: &Operation| {
            operation
                .response
                .as_ref()
                .and_then(|response| response.ty.as_deref())
                .map(|text| side.ty(text, &[]))
        };
        let (was, now) = (response_ty(&self.old, old), response_ty(&self.new, new));
        if was != now {
            let show = |ty: Option<Ty>| ty.map_or_else(|| "()".to_owned(), |ty| ty.rust);
            self.push(
                subject,
                Impact::Breaking,
                format!("response type {} -> {}", show(was), show(now)),
            );
        }
        let status = |operation: &Operation| operation.response.as_ref().map(|r| r.status);
        self.compare(
            subject,
            Impact::Wire,
            "success status",
            status(old),
            status(new),
        );

        match (&old.paging, &new.paging) {
            (None, Some(scheme)) => self.push(
                subject,
                Impact::Compatible,
                format!("now paged with `{scheme}`: `pages` and `items` added"),
            ),
            (Some(scheme), None) => self.push(
                subject,
                Impact::Breaking,
                format!("no longer paged with `{scheme}`: `pages` and `items` removed"),
            ),
            (Some(before), Some(after)) => {
                if before != after {
                    self.push(
                        subject,
                        Impact::Wire,
                        format!("paging scheme `{before}` -> `{after}`"),
                    );
                }
                let item = |side: &Side<'_>| {
                    side.spec.page_item(name).map(|expr| Ty {
                        rust: rust_text(expr, &side.names),
                        expr: Some(expr.clone()),
                    })
                };
                let (was, now) = (item(&self.old), item(&self.new));
                if was != now {
                    self.push(
                        subject,
                        Impact::Breaking,
                        format!("page item type {}", arrow(was, now)),
                    );
                }
            }
            (None, None) => {}
        }
    }

    fn types(&mut self) {
        let (old, new) = (&self.old.spec.spec, &self.new.spec.spec);
        for (name, before) in &old.types {
            let Some(after) = new.types.get(name) else {
                let subject = Subject::Type {
                    kind: kind_of(before).0,
                    name: name.clone(),
                    rust: rust_name(&self.old.names.type_ident(name)),
                };
                self.push(&subject, Impact::Breaking, "removed");
                continue;
            };
            self.named_type(name, before, after);
        }
        for (name, after) in &new.types {
            if !old.types.contains_key(name) {
                let subject = Subject::Type {
                    kind: kind_of(after).0,
                    name: name.clone(),
                    rust: rust_name(&self.new.names.type_ident(name)),
                };
                self.push(&subject, Impact::Compatible, "added");
            }
        }
    }

    fn named_type(&mut self, name: &str, old: &TypeDef, new: &TypeDef) {
        let (old_kind, new_kind) = (kind_of(old), kind_of(new));
        let rust = rust_name(&self.new.names.type_ident(name));
        let subject = Subject::Type {
            kind: new_kind.0,
            name: name.to_owned(),
            rust: rust.clone(),
        };
        if old_kind != new_kind {
            self.push(
                &subject,
                Impact::Breaking,
                format!("now {} (was {})", new_kind.1, old_kind.1),
            );
            return;
        }
        let old_rust = rust_name(&self.old.names.type_ident(name));
        if old_rust != rust {
            self.push(
                &subject,
                Impact::Breaking,
                format!("Rust type `{old_rust}` renamed `{rust}`"),
            );
        }
        let generics = |side: &Side<'_>, def: &TypeDef| -> Vec<String> {
            def.params
                .iter()
                .enumerate()
                .filter(|(index, _)| side.names.keeps_param(name, *index))
                .map(|(_, param)| rust_name(&side.names.type_param(param)))
                .collect()
        };
        let (was, now) = (generics(&self.old, old), generics(&self.new, new));
        // Type arguments are positional: only their number matters to callers.
        if was.len() != now.len() {
            self.push(
                &subject,
                Impact::Breaking,
                format!(
                    "type parameters <{}> -> <{}>",
                    was.join(", "),
                    now.join(", ")
                ),
            );
        }

        if let (Some(before), Some(after)) = (&old.fields, &new.fields) {
            self.fields(name, &subject, old, new, before, after);
        }
        if let (Some(before), Some(after)) = (&old.values, &new.values) {
            let key = |literal: &EnumLiteral| match literal {
                EnumLiteral::String(text) => text.clone(),
                EnumLiteral::Integer(number) => number.to_string(),
            };
            let before: Vec<String> = before.iter().map(|v| key(&v.value)).collect();
            let after: Vec<String> = after.iter().map(|v| key(&v.value)).collect();
            for value in &before {
                let old_variant = rust_name(&self.old.names.variant_ident(name, value));
                if !after.contains(value) {
                    self.push(
                        &subject,
                        Impact::Breaking,
                        format!("value {} removed", named_value(value, &old_variant)),
                    );
                    continue;
                }
                let new_variant = rust_name(&self.new.names.variant_ident(name, value));
                if old_variant != new_variant {
                    self.push(
                        &subject,
                        Impact::Breaking,
                        format!("value `{value}`: variant `{old_variant}` renamed `{new_variant}`"),
                    );
                }
            }
            for value in after.iter().filter(|value| !before.contains(value)) {
                let variant = rust_name(&self.new.names.variant_ident(name, value));
                // Enums are open and non-exhaustive: a new value was already
                // decoded as `Unknown`, and no `match` can be exhaustive.
                self.push(
                    &subject,
                    Impact::Compatible,
                    format!("value {} added", named_value(value, &variant)),
                );
            }
        }
        match (&old.variants, &new.variants) {
            (Some(Variants::Tagged(before)), Some(Variants::Tagged(after))) => {
                self.compare(
                    &subject,
                    Impact::Wire,
                    "tag field",
                    old.tag.as_deref(),
                    new.tag.as_deref(),
                );
                self.tagged(name, &subject, old, new, before, after);
            }
            (Some(Variants::Untagged(before)), Some(Variants::Untagged(after))) => {
                self.untagged(&subject, old, new, before, after);
            }
            _ => {}
        }
        if let (Some(before), Some(after)) = (&old.alias, &new.alias) {
            let (was, now) = (
                self.old.ty(before, &old.params),
                self.new.ty(after, &new.params),
            );
            if was != now {
                self.push(
                    &subject,
                    Impact::Breaking,
                    format!("aliased type {was} -> {now}"),
                );
            }
        }
    }

    fn fields(
        &mut self,
        name: &str,
        subject: &Subject,
        old: &TypeDef,
        new: &TypeDef,
        before: &IndexMap<String, Field>,
        after: &IndexMap<String, Field>,
    ) {
        for (wire, was) in before {
            let old_rust = rust_name(&self.old.names.field_ident(name, wire));
            let Some(now) = after.get(wire) else {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("field {} removed", named(wire, &old_rust)),
                );
                continue;
            };
            let rust = rust_name(&self.new.names.field_ident(name, wire));
            let label = format!("field {}", named(wire, &rust));
            if old_rust != rust {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("{label}: Rust field `{old_rust}` renamed `{rust}`"),
                );
            }
            let (was_ty, now_ty) = (
                self.old.ty(&was.ty, &old.params),
                self.new.ty(&now.ty, &new.params),
            );
            if was_ty != now_ty {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("{label} type {was_ty} -> {now_ty}"),
                );
            }
            if was.required != now.required {
                let detail = if now.required {
                    "now required"
                } else {
                    "now optional"
                };
                self.push(subject, Impact::Breaking, format!("{label} {detail}"));
            }
            if was.nullable != now.nullable {
                let detail = if now.nullable {
                    "now nullable"
                } else {
                    "no longer nullable"
                };
                self.push(subject, Impact::Breaking, format!("{label} {detail}"));
            }
            if was.deprecated != now.deprecated {
                let detail = if now.deprecated {
                    "now deprecated"
                } else {
                    "no longer deprecated"
                };
                self.push(subject, Impact::Compatible, format!("{label} {detail}"));
            }
        }
        for (wire, field) in after {
            if before.contains_key(wire) {
                continue;
            }
            let rust = rust_name(&self.new.names.field_ident(name, wire));
            let ty = self.new.ty(&field.ty, &new.params);
            // A required field is a new argument of `new` and a new member
            // every struct literal must name.
            let (impact, how) = if field.required {
                (Impact::Breaking, "required")
            } else {
                (Impact::Compatible, "optional")
            };
            let nullable = if field.nullable { ", nullable" } else { "" };
            self.push(
                subject,
                impact,
                format!("field {} added, {how}{nullable} ({ty})", named(wire, &rust)),
            );
        }

        // `new` takes the required fields in spec order.
        let order = |list: &IndexMap<String, Field>, other: &IndexMap<String, Field>| {
            list.iter()
                .filter(|(wire, field)| {
                    field.required && other.get(*wire).is_some_and(|o| o.required)
                })
                .map(|(wire, _)| wire.clone())
                .collect::<Vec<_>>()
        };
        let (was, now) = (order(before, after), order(after, before));
        if was != now {
            self.push(
                subject,
                Impact::Breaking,
                format!(
                    "arguments of `new` reordered: ({}) -> ({})",
                    was.join(", "),
                    now.join(", ")
                ),
            );
        }

        if old.closed != new.closed {
            let extra = if new.closed {
                rust_name(&self.old.names.extra_ident(name))
            } else {
                rust_name(&self.new.names.extra_ident(name))
            };
            let detail = if new.closed {
                format!("now closed: unknown fields are dropped, field `{extra}` removed")
            } else {
                format!("now open: unknown fields are kept in a new field `{extra}`")
            };
            self.push(subject, Impact::Breaking, detail);
        }
    }

    fn tagged(
        &mut self,
        name: &str,
        subject: &Subject,
        old: &TypeDef,
        new: &TypeDef,
        before: &IndexMap<String, String>,
        after: &IndexMap<String, String>,
    ) {
        for (tag, was) in before {
            let old_variant = rust_name(&self.old.names.variant_ident(name, tag));
            let Some(now) = after.get(tag) else {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("variant {} removed", named_value(tag, &old_variant)),
                );
                continue;
            };
            let variant = rust_name(&self.new.names.variant_ident(name, tag));
            let label = format!("variant {}", named_value(tag, &variant));
            if old_variant != variant {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("variant `{tag}`: `{old_variant}` renamed `{variant}`"),
                );
            }
            let (was, now) = (self.old.ty(was, &old.params), self.new.ty(now, &new.params));
            if was != now {
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("{label} type {was} -> {now}"),
                );
            }
        }
        for (tag, ty) in after {
            if !before.contains_key(tag) {
                let variant = rust_name(&self.new.names.variant_ident(name, tag));
                let ty = self.new.ty(ty, &new.params);
                // Unions are exhaustive enums: every `match` must add an arm.
                self.push(
                    subject,
                    Impact::Breaking,
                    format!("variant {} added ({ty})", named_value(tag, &variant)),
                );
            }
        }
    }

    fn untagged(
        &mut self,
        subject: &Subject,
        old: &TypeDef,
        new: &TypeDef,
        before: &[String],
        after: &[String],
    ) {
        let was: Vec<Ty> = before.iter().map(|t| self.old.ty(t, &old.params)).collect();
        let now: Vec<Ty> = after.iter().map(|t| self.new.ty(t, &new.params)).collect();
        let same = |a: &Ty, b: &Ty| a.expr == b.expr;
        for ty in &was {
            if !now.iter().any(|other| same(ty, other)) {
                self.push(subject, Impact::Breaking, format!("variant {ty} removed"));
            }
        }
        for ty in &now {
            if !was.iter().any(|other| same(ty, other)) {
                self.push(subject, Impact::Breaking, format!("variant {ty} added"));
            }
        }
        let kept = |list: &[Ty], other: &[Ty]| -> Vec<String> {
            list.iter()
                .filter(|ty| other.iter().any(|o| same(ty, o)))
                .map(|ty| ty.rust.clone())
                .collect()
        };
        let (was_order, now_order) = (kept(&was, &now), kept(&now, &was));
        if was_order != now_order {
            // Decoding tries the variants in order; the first that fits wins.
            self.push(
                subject,
                Impact::Wire,
                format!(
                    "variants tried in another order: ({}) -> ({})",
                    was_order.join(", "),
                    now_order.join(", ")
                ),
            );
        }
    }

    fn webhooks(&mut self) {
        let (old, new) = (&self.old.spec.spec.webhooks, &self.new.spec.spec.webhooks);
        let (old, new) = match (old, new) {
            (None, None) => return,
            (Some(_), None) => {
                self.push(
                    &Subject::Webhooks,
                    Impact::Breaking,
                    "removed: the `webhooks` module is gone",
                );
                return;
            }
            (None, Some(webhooks)) => {
                self.push(
                    &Subject::Webhooks,
                    Impact::Compatible,
                    format!(
                        "added: the `webhooks` module, with {} events",
                        webhooks.events.len()
                    ),
                );
                return;
            }
            (Some(old), Some(new)) => (old, new),
        };

        // The verifier reads the scheme from the generated spec, so callers
        // keep passing headers and body; only senders notice.
        let (was, now) = (&old.signature, &new.signature);
        let subject = Subject::Webhooks;
        self.compare(
            &subject,
            Impact::Wire,
            "signature header",
            Some(&was.header),
            Some(&now.header),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "signature algorithm",
            Some(algorithm_word(was.algorithm)),
            Some(algorithm_word(now.algorithm)),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "signature encoding",
            Some(encoding_word(was.encoding)),
            Some(encoding_word(now.encoding)),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "signature prefix",
            was.prefix.as_deref().map(|p| format!("{p:?}")),
            now.prefix.as_deref().map(|p| format!("{p:?}")),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "signature separator",
            was.separator.as_deref().map(|p| format!("{p:?}")),
            now.separator.as_deref().map(|p| format!("{p:?}")),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "signature key",
            was.signature_key.as_deref(),
            now.signature_key.as_deref(),
        );
        let timestamp_place = |signature: &connector_spec::model::Signature| {
            signature
                .timestamp
                .as_ref()
                .map(|t| match (&t.header, &t.key) {
                    (Some(header), _) => format!("header {header}"),
                    (None, Some(key)) => format!("key {key}"),
                    (None, None) => "nowhere".to_owned(),
                })
        };
        self.compare(
            &subject,
            Impact::Wire,
            "signed timestamp from",
            timestamp_place(was),
            timestamp_place(now),
        );
        let tolerance = |signature: &connector_spec::model::Signature| {
            signature
                .timestamp
                .as_ref()
                .map(|t| format!("{} s", t.tolerance_seconds))
        };
        self.compare(
            &subject,
            Impact::Wire,
            "timestamp tolerance",
            tolerance(was),
            tolerance(now),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "signed payload",
            Some(&was.payload),
            Some(&now.payload),
        );
        let locator = |locator: &connector_spec::model::Locator| {
            [
                locator.header.as_ref().map(|h| format!("header {h}")),
                locator.pointer.as_ref().map(|p| format!("pointer {p}")),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
        };
        self.compare(
            &subject,
            Impact::Wire,
            "event name from",
            Some(locator(&old.event_name)),
            Some(locator(&new.event_name)),
        );
        self.compare(
            &subject,
            Impact::Wire,
            "event id from",
            old.event_id.as_ref().map(locator),
            new.event_id.as_ref().map(locator),
        );

        for (event, before) in &old.events {
            let old_rust = rust_name(&self.old.names.event_variant(event));
            let Some(after) = new.events.get(event) else {
                let subject = Subject::Event {
                    name: event.clone(),
                    rust: old_rust,
                };
                self.push(&subject, Impact::Breaking, "removed");
                continue;
            };
            let rust = rust_name(&self.new.names.event_variant(event));
            let subject = Subject::Event {
                name: event.clone(),
                rust: rust.clone(),
            };
            if old_rust != rust {
                self.push(
                    &subject,
                    Impact::Breaking,
                    format!("variant `Event::{old_rust}` renamed `Event::{rust}`"),
                );
            }
            let (was, now) = (self.old.ty(&before.ty, &[]), self.new.ty(&after.ty, &[]));
            if was != now {
                self.push(
                    &subject,
                    Impact::Breaking,
                    format!("payload type {was} -> {now}"),
                );
            }
        }
        for (event, after) in &new.events {
            if !old.events.contains_key(event) {
                let subject = Subject::Event {
                    name: event.clone(),
                    rust: rust_name(&self.new.names.event_variant(event)),
                };
                let ty = self.new.ty(&after.ty, &[]);
                // `Event` is non-exhaustive, and the event arrived as
                // `Unknown` before.
                self.push(&subject, Impact::Compatible, format!("added ({ty})"));
            }
        }
    }
}

/// An algorithm as the spec spells it.
fn algorithm_word(algorithm: Algorithm) -> &'static str {
    match algorithm {
        Algorithm::HmacSha1 => "hmac-sha1",
        Algorithm::HmacSha256 => "hmac-sha256",
        Algorithm::HmacSha512 => "hmac-sha512",
    }
}

/// An encoding as the spec spells it.
fn encoding_word(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Hex => "hex",
        Encoding::Base64 => "base64",
    }
}

/// `` `archived` (`Archived`) ``: a wire value and its variant.
fn named_value(wire: &str, variant: &str) -> String {
    format!("`{wire}` (`{variant}`)")
}

/// The client method of an operation subject.
fn subject_fn(subject: &Subject) -> &str {
    match subject {
        Subject::Operation { rust, .. } => rust,
        _ => "",
    }
}

/// `GET /v1/customers/{id}`.
fn route(operation: &Operation) -> String {
    format!("{} {}", method_text(operation.method), operation.path)
}

/// The kind of a type, with the words that describe it in a change.
fn kind_of(def: &TypeDef) -> (TypeKind, &'static str) {
    if def.fields.is_some() {
        (TypeKind::Object, "an object")
    } else if let Some(values) = &def.values {
        if values
            .iter()
            .any(|value| matches!(value.value, EnumLiteral::Integer(_)))
        {
            (TypeKind::Enum, "an integer enum")
        } else {
            (TypeKind::Enum, "a string enum")
        }
    } else {
        match &def.variants {
            Some(Variants::Tagged(_)) => (TypeKind::Union, "a tagged union"),
            Some(Variants::Untagged(_)) => (TypeKind::Union, "an untagged union"),
            None => (TypeKind::Alias, "an alias"),
        }
    }
}

/// A parameter as the generated builder sees it.
struct ParamView {
    wire: String,
    rust: String,
    location: ParamIn,
    ty: Ty,
    required: bool,
    style: &'static str,
}

impl ParamView {
    fn location_word(&self) -> &'static str {
        match self.location {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
        }
    }
}

/// The parameters of an operation in the order of the generated method:
/// path placeholders first (undeclared ones are required strings), then the
/// declared query and header parameters.
fn params_of(side: &Side<'_>, op: &str, operation: &Operation) -> Vec<ParamView> {
    let style = |style: connector_spec::model::ListStyle| match style {
        connector_spec::model::ListStyle::Comma => "comma",
        connector_spec::model::ListStyle::Repeat => "repeat",
    };
    let mut params: Vec<ParamView> = Vec::new();
    for piece in template_pieces(&operation.path) {
        let Piece::Placeholder(wire) = piece else {
            continue;
        };
        if params.iter().any(|param| param.wire == wire) {
            continue;
        }
        let declared = operation.params.get(&wire);
        params.push(ParamView {
            rust: rust_name(&side.names.param_ident(op, &wire)),
            location: ParamIn::Path,
            ty: declared.map_or_else(
                || Ty {
                    expr: Some(TypeExpr::Prim(Prim::String)),
                    rust: "String".to_owned(),
                },
                |param| side.ty(&param.ty, &[]),
            ),
            required: true,
            style: style(declared.map(|param| param.style).unwrap_or_default()),
            wire,
        });
    }
    for (wire, param) in &operation.params {
        if param.location == ParamIn::Path {
            continue;
        }
        params.push(ParamView {
            wire: wire.clone(),
            rust: rust_name(&side.names.param_ident(op, wire)),
            location: param.location,
            ty: side.ty(&param.ty, &[]),
            required: param.required,
            style: style(param.style),
        });
    }
    params
}

/// An identifier as a caller writes it, `r#type` included.
fn rust_name(ident: &proc_macro2::Ident) -> String {
    ident.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small spec with one of everything a diff looks at; each test edits
    /// a copy of it.
    const BASE: &str = r#"
name: notes
title: Notes
hosts:
  default: main
  variables: { org: {} }
  servers:
    main: { url: "https://api.notes.example" }
    org: { url: "https://{org}.notes.example" }
auth: { scheme: bearer }
paging:
  cursor: { items: /data, next: { from: body_cursor, pointer: /next, param: cursor } }
types:
  Page:
    params: [T]
    fields:
      data: { type: "list<T>", required: true }
      next: { type: string, nullable: true }
  Note:
    fields:
      id: { type: string, required: true }
      title: { type: string, required: true }
      body: string
      type: string
  NoteWrite:
    fields:
      title: { type: string, required: true }
      body: string
  Color:
    values: [red, green]
  Attachment:
    tag: kind
    variants:
      file: File
      link: Link
  File:
    fields:
      size: integer
  Link:
    fields:
      url: string
  Reference:
    variants: [string, Note]
  NoteId:
    type: string
operations:
  list_notes:
    method: GET
    path: /notes
    paging: cursor
    params:
      limit: { in: query, type: integer }
    response: { type: "Page<Note>" }
  get_note:
    method: GET
    path: /notes/{id}/versions/{version}
    params:
      version: { in: path, type: integer, required: true }
    response: { type: Note }
  create_note:
    method: POST
    path: /notes
    body: { type: NoteWrite }
    response: { status: 201, type: Note }
  delete_note:
    method: DELETE
    path: /notes/{id}
webhooks:
  signature: { header: x-signature, algorithm: hmac-sha256, encoding: hex }
  event_name: { pointer: /type }
  events:
    notes.note.create: { type: Note }
    notes.note.delete: { type: Note }
"#;

    fn checked(text: &str) -> CheckedSpec {
        match connector_spec::check_str("notes.yaml", text) {
            Ok(spec) => spec,
            Err(diagnostics) => panic!("test spec does not check:\n{diagnostics}"),
        }
    }

    /// BASE with each `(from, to)` replaced once; a `from` that is not
    /// there is a mistake in the test.
    fn edited(edits: &[(&str, &str)]) -> String {
        let mut text = BASE.to_owned();
        for (from, to) in edits {
            assert!(text.contains(from), "BASE has no `{from}`");
            text = text.replacen(from, to, 1);
        }
        text
    }

    /// The changes from BASE to BASE with `edits`, as report lines.
    fn changes(edits: &[(&str, &str)]) -> Vec<(Impact, String)> {
        let diff = diff(&checked(BASE), &checked(&edited(edits)));
        diff.changes
            .iter()
            .map(|change| (change.impact, change.to_string()))
            .collect()
    }

    fn line(impact: Impact, text: &str) -> (Impact, String) {
        (impact, text.to_owned())
    }

    use Impact::{Breaking, Compatible, Wire};

    #[test]
    fn headers_for_every_request_are_wire_changes() {
        let old = checked(&format!(
            "{BASE}headers:\n  Accept: application/json\n  X-Version: \"1\"\n"
        ));
        let new = checked(&format!(
            "{BASE}headers:\n  X-Version: \"2\"\n  X-Client: sync\n"
        ));
        let report = diff(&old, &new);
        assert!(!report.is_breaking(), "{report}");
        let lines: Vec<String> = report.changes.iter().map(|c| c.detail.clone()).collect();
        assert_eq!(
            lines,
            [
                "header `Accept` no longer sent (was `application/json`)",
                "header `X-Version`: `1` -> `2`",
                "header `X-Client: sync` sent with every request",
            ]
        );
    }

    #[test]
    fn the_same_spec_has_no_changes() {
        let diff = diff(&checked(BASE), &checked(BASE));
        assert!(diff.is_empty());
        assert!(!diff.is_breaking());
        assert_eq!(diff.to_string(), "notes: no changes\n");
    }

    #[test]
    fn operations_added_and_removed() {
        let got = changes(&[(
            "  delete_note:\n    method: DELETE\n    path: /notes/{id}\n",
            "  archive_note:\n    method: POST\n    path: /notes/{id}/archive\n",
        )]);
        assert_eq!(
            got,
            [
                line(
                    Compatible,
                    "operation `archive_note` (POST /notes/{id}/archive) added"
                ),
                line(
                    Breaking,
                    "operation `delete_note` (DELETE /notes/{id}) removed"
                ),
            ]
        );
    }

    #[test]
    fn a_new_method_or_path_is_a_wire_change() {
        let got = changes(&[(
            "    method: DELETE\n    path: /notes/{id}\n",
            "    method: POST\n    path: /notes/{id}/delete\n",
        )]);
        assert_eq!(
            got,
            [
                line(
                    Wire,
                    "operation `delete_note` (POST /notes/{id}/delete): method DELETE -> POST"
                ),
                line(
                    Wire,
                    "operation `delete_note` (POST /notes/{id}/delete): path /notes/{id} -> /notes/{id}/delete"
                ),
            ]
        );
    }

    #[test]
    fn params_added_removed_and_changed() {
        let got = changes(&[(
            "      limit: { in: query, type: integer }\n",
            "      limit: { in: header, type: u32, required: true }\n      \
             sort: { in: query }\n      \
             X-Tenant: { in: header, required: true }\n",
        )]);
        let op = "operation `list_notes` (GET /notes)";
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    &format!(
                        "{op}: param `limit` now required (setter becomes an argument of `list_notes`)"
                    )
                ),
                line(Breaking, &format!("{op}: param `limit` type i64 -> u32")),
                line(
                    Breaking,
                    &format!(
                        "{op}: header param `X-Tenant` (`x_tenant`) added, required, a new argument (String)"
                    )
                ),
                line(
                    Wire,
                    &format!("{op}: param `limit` moves from the query to the header")
                ),
                line(
                    Compatible,
                    &format!("{op}: query param `sort` added, optional (String)")
                ),
            ]
        );

        let got = changes(&[("      limit: { in: query, type: integer }\n", "")]);
        assert_eq!(
            got,
            [line(
                Breaking,
                &format!("{op}: query param `limit` removed (setter `limit` gone)")
            )]
        );
    }

    #[test]
    fn reordered_required_arguments_are_breaking() {
        // Both are required strings: swapped, they still compile.
        let got = changes(&[(
            "    path: /notes/{id}/versions/{version}\n",
            "    path: /versions/{version}/notes/{id}\n",
        )]);
        let op = "operation `get_note` (GET /versions/{version}/notes/{id})";
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    &format!("{op}: arguments reordered: (id, version) -> (version, id)")
                ),
                line(
                    Wire,
                    &format!(
                        "{op}: path /notes/{{id}}/versions/{{version}} -> /versions/{{version}}/notes/{{id}}"
                    )
                ),
            ]
        );
    }

    #[test]
    fn body_and_response_changes() {
        let got = changes(&[
            (
                "    body: { type: NoteWrite }\n    response: { status: 201, type: Note }\n",
                "    body: { type: Note, content: form }\n    response: { status: 200, type: NoteId }\n",
            ),
            (
                "    path: /notes/{id}\n",
                "    path: /notes/{id}\n    body: { type: NoteWrite }\n    response: { type: Note }\n",
            ),
        ]);
        let create = "operation `create_note` (POST /notes)";
        let delete = "operation `delete_note` (DELETE /notes/{id})";
        assert_eq!(
            got,
            [
                line(Breaking, &format!("{create}: body type NoteWrite -> Note")),
                line(Breaking, &format!("{create}: response type Note -> NoteId")),
                line(Wire, &format!("{create}: body encoding json -> form")),
                line(Wire, &format!("{create}: success status 201 -> 200")),
                line(
                    Breaking,
                    &format!("{delete}: body NoteWrite added (a new last argument `body`)")
                ),
                line(Breaking, &format!("{delete}: response type () -> Note")),
                line(Wire, &format!("{delete}: success status none -> 200")),
            ]
        );
    }

    #[test]
    fn paging_added_removed_and_item_type() {
        let got = changes(&[
            ("    paging: cursor\n", ""),
            (
                "    response: { type: \"Page<Note>\" }\n",
                "    response: { type: \"Page<File>\" }\n",
            ),
        ]);
        let op = "operation `list_notes` (GET /notes)";
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    &format!("{op}: response type Page<Note> -> Page<File>")
                ),
                line(
                    Breaking,
                    &format!("{op}: no longer paged with `cursor`: `pages` and `items` removed")
                ),
            ]
        );

        let got = changes(&[(
            "    response: { type: \"Page<Note>\" }\n",
            "    response: { type: \"Page<Link>\" }\n",
        )]);
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    &format!("{op}: response type Page<Note> -> Page<Link>")
                ),
                line(Breaking, &format!("{op}: page item type Note -> Link")),
            ]
        );
    }

    #[test]
    fn paging_added_is_compatible() {
        let old = edited(&[("    paging: cursor\n", "")]);
        let diff = diff(&checked(&old), &checked(BASE));
        let got: Vec<String> = diff.changes.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            [
                "operation `list_notes` (GET /notes): now paged with `cursor`: `pages` and `items` added"
            ]
        );
        assert!(!diff.is_breaking());
    }

    #[test]
    fn generic_parameters_counted() {
        let got = changes(&[
            (
                "    params: [T]\n    fields:\n      data: { type: \"list<T>\", required: true }\n",
                "    params: [T, M]\n    fields:\n      data: { type: \"list<T>\", required: true }\n      meta: M\n",
            ),
            (
                "    response: { type: \"Page<Note>\" }\n",
                "    response: { type: \"Page<Note, json>\" }\n",
            ),
        ]);
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    "operation `list_notes` (GET /notes): response type Page<Note> -> Page<Note, Value>"
                ),
                line(Breaking, "type `Page`: type parameters <T> -> <T, M>"),
                line(Compatible, "type `Page`: field `meta` added, optional (M)"),
            ]
        );
    }

    #[test]
    fn types_added_removed_and_of_another_kind() {
        let got = changes(&[
            ("  NoteId:\n    type: string\n", "  Tag:\n    values: [a]\n"),
            (
                "  Color:\n    values: [red, green]\n",
                "  Color:\n    fields: { hex: string }\n",
            ),
        ]);
        assert_eq!(
            got,
            [
                line(Breaking, "type `Color`: now an object (was a string enum)"),
                line(Compatible, "enum `Tag` added"),
                line(Breaking, "alias `NoteId` removed"),
            ]
        );
    }

    #[test]
    fn object_fields() {
        let got = changes(&[(
            "      id: { type: string, required: true }\n      title: { type: string, required: true }\n      body: string\n      type: string\n",
            "      id: { type: integer, required: true }\n      title: { type: string, nullable: true, required: true }\n      type: { type: string, required: true }\n      pinnedAt: date-time\n      ownerId: { type: string, required: true }\n",
        )]);
        let note = "type `Note`";
        assert_eq!(
            got,
            [
                line(Breaking, &format!("{note}: field `id` type String -> i64")),
                line(Breaking, &format!("{note}: field `title` now nullable")),
                line(Breaking, &format!("{note}: field `body` removed")),
                line(
                    Breaking,
                    &format!("{note}: field `type` (`r#type`) now required")
                ),
                line(
                    Breaking,
                    &format!("{note}: field `ownerId` (`owner_id`) added, required (String)")
                ),
                line(
                    Compatible,
                    &format!("{note}: field `pinnedAt` (`pinned_at`) added, optional (DateTime)")
                ),
            ]
        );
    }

    #[test]
    fn reordered_required_fields_reorder_the_constructor() {
        let got = changes(&[(
            "      id: { type: string, required: true }\n      title: { type: string, required: true }\n",
            "      title: { type: string, required: true }\n      id: { type: string, required: true }\n",
        )]);
        assert_eq!(
            got,
            [line(
                Breaking,
                "type `Note`: arguments of `new` reordered: (id, title) -> (title, id)"
            )]
        );
    }

    #[test]
    fn renamed_rust_fields_and_closed_objects() {
        let got = changes(&[
            (
                "      size: integer\n",
                "      size: { type: integer, rust_name: bytes }\n",
            ),
            (
                "  Link:\n    fields:\n",
                "  Link:\n    closed: true\n    fields:\n",
            ),
        ]);
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    "type `File`: field `size` (`bytes`): Rust field `size` renamed `bytes`"
                ),
                line(
                    Breaking,
                    "type `Link`: now closed: unknown fields are dropped, field `extra` removed"
                ),
            ]
        );
    }

    #[test]
    fn enum_values_added_are_compatible_and_removed_are_breaking() {
        let got = changes(&[("    values: [red, green]\n", "    values: [red, blue]\n")]);
        assert_eq!(
            got,
            [
                line(Breaking, "enum `Color`: value `green` (`Green`) removed"),
                line(Compatible, "enum `Color`: value `blue` (`Blue`) added"),
            ]
        );
    }

    #[test]
    fn union_variants() {
        let got = changes(&[
            ("      link: Link\n", "      file2: Link\n"),
            ("    tag: kind\n", "    tag: type\n"),
            (
                "    variants: [string, Note]\n",
                "    variants: [Note, string, integer]\n",
            ),
        ]);
        assert_eq!(
            got,
            [
                line(
                    Breaking,
                    "union `Attachment`: variant `link` (`Link`) removed"
                ),
                line(
                    Breaking,
                    "union `Attachment`: variant `file2` (`File2`) added (Link)"
                ),
                line(Wire, "union `Attachment`: tag field kind -> type"),
                line(Breaking, "union `Reference`: variant i64 added"),
                line(
                    Wire,
                    "union `Reference`: variants tried in another order: (String, Note) -> (Note, String)"
                ),
            ]
        );
    }

    #[test]
    fn events_and_signature() {
        let got = changes(&[
            (
                "    notes.note.delete: { type: Note }\n",
                "    notes.note.update: { type: Note }\n",
            ),
            (
                "    notes.note.create: { type: Note }\n",
                "    notes.note.create: { type: NoteWrite }\n",
            ),
            ("algorithm: hmac-sha256", "algorithm: hmac-sha512"),
        ]);
        assert_eq!(
            got,
            [
                line(
                    Wire,
                    "webhooks: signature algorithm hmac-sha256 -> hmac-sha512"
                ),
                line(
                    Breaking,
                    "event `notes.note.create` (`NoteCreate`): payload type Note -> NoteWrite"
                ),
                line(Breaking, "event `notes.note.delete` (`NoteDelete`) removed"),
                line(
                    Compatible,
                    "event `notes.note.update` (`NoteUpdate`) added (Note)"
                ),
            ]
        );
    }

    #[test]
    fn hosts_and_auth() {
        let got = changes(&[
            (
                "    main: { url: \"https://api.notes.example\" }\n",
                "    main: { url: \"https://v2.api.notes.example\" }\n    eu: { url: \"https://eu.notes.example\" }\n",
            ),
            (
                "    org: { url: \"https://{org}.notes.example\" }\n",
                "    org: { url: \"https://{org}.{region}.notes.example\" }\n",
            ),
            ("auth: { scheme: bearer }", "auth: { scheme: basic }"),
            (
                "variables: { org: {} }",
                "variables: { org: {}, region: {} }",
            ),
        ]);
        assert_eq!(
            got,
            [
                line(
                    Compatible,
                    "host `eu` (`Host::Eu`) added, at https://eu.notes.example"
                ),
                line(
                    Wire,
                    "host `main` (`Host::Main`): url https://api.notes.example -> https://v2.api.notes.example"
                ),
                line(
                    Breaking,
                    "host `org` (`Host::Org`): url https://{org}.notes.example -> https://{org}.{region}.notes.example"
                ),
                line(
                    Breaking,
                    "auth: scheme bearer -> basic (credentials set with `basic_auth`, before with `api_key`)"
                ),
            ]
        );
    }

    #[test]
    fn a_default_host_with_placeholders_breaks_clients_that_chose_none() {
        let got = changes(&[("  default: main\n", "  default: org\n")]);
        assert_eq!(
            got,
            [line(Breaking, "client: default host `main` -> `org`")]
        );
    }

    #[test]
    fn the_report_counts_and_labels_every_change() {
        let new = edited(&[
            (
                "    values: [red, green]\n",
                "    values: [red, green, blue]\n",
            ),
            ("    method: DELETE\n", "    method: POST\n"),
            ("      body: string\n", ""),
        ]);
        let diff = diff(&checked(BASE), &checked(&new));
        assert!(diff.is_breaking());
        assert_eq!(
            diff.to_string(),
            "notes: 3 changes, 1 breaking\n\
             \x20 wire      operation `delete_note` (POST /notes/{id}): method DELETE -> POST\n\
             \x20 breaking  type `Note`: field `body` removed\n\
             \x20           enum `Color`: value `blue` (`Blue`) added\n"
        );
    }

    #[test]
    fn a_name_taken_by_a_new_type_renames_the_old_one() {
        // `NoteId` needs no change, so it wins the Rust name over `Note_id`.
        let old = edited(&[(
            "  NoteId:\n    type: string\n",
            "  Note_id:\n    type: string\n",
        )]);
        let new = edited(&[(
            "  NoteId:\n    type: string\n",
            "  Note_id:\n    type: string\n  NoteId:\n    type: integer\n",
        )]);
        let diff = diff(&checked(&old), &checked(&new));
        let got: Vec<String> = diff.changes.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            [
                "alias `NoteId` added",
                "alias `Note_id` (`NoteUnderscoreId`): Rust type `NoteId` renamed `NoteUnderscoreId`",
            ]
        );
        assert!(diff.is_breaking());
    }

    #[test]
    fn an_event_without_the_shared_prefix_renames_every_variant() {
        let got = changes(&[(
            "    notes.note.delete: { type: Note }\n",
            "    notes.note.delete: { type: Note }\n    billing.invoice.paid: { type: Note }\n",
        )]);
        assert_eq!(
            got,
            [
                line(
                    Compatible,
                    "event `billing.invoice.paid` (`BillingInvoicePaid`) added (Note)"
                ),
                line(
                    Breaking,
                    "event `notes.note.create` (`NotesNoteCreate`): variant `Event::NoteCreate` renamed `Event::NotesNoteCreate`"
                ),
                line(
                    Breaking,
                    "event `notes.note.delete` (`NotesNoteDelete`): variant `Event::NoteDelete` renamed `Event::NotesNoteDelete`"
                ),
            ]
        );
    }

    #[test]
    fn webhooks_error_body_and_connection_check() {
        let webhooks = &BASE[BASE.find("webhooks:").unwrap_or(BASE.len())..];
        let got = changes(&[
            (webhooks, ""),
            (
                "auth: { scheme: bearer }\n",
                "auth: { scheme: bearer }\nerrors: { type: NoteId }\ntest_connection: list_notes\n",
            ),
        ]);
        assert_eq!(
            got,
            [
                line(Breaking, "client: error body type Value -> NoteId"),
                line(
                    Compatible,
                    "client: `test_connection` added, calling `list_notes`"
                ),
                line(Breaking, "webhooks removed: the `webhooks` module is gone"),
            ]
        );
    }
}
