//! Emits the request side of a connector: one builder per operation, the
//! `Host` enum, `Client` and `ClientBuilder`, the error alias and re-exports.

use connector_spec::model::{
    AuthScheme, Content, ListStyle, Method, NextFrom, Operation, ParamIn, ResetFormat,
};
use connector_spec::{CheckedSpec, Prim, TypeExpr};
use heck::ToShoutySnakeCase;
use indexmap::IndexMap;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::naming::Names;
use crate::types::rust_type;
use crate::{CodegenError, doc_attrs, doc_text, expr};

/// Builder methods and fields every operation struct has; a parameter with
/// one of these names gets a `_param` suffix.
const RESERVED: &[&str] = &[
    "client",
    "options",
    "body",
    "timeout",
    "retry",
    "send",
    "pages",
    "items",
    "request",
    "into_future",
];

/// One piece of a path or URL template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Literal(String),
    Placeholder(String),
}

/// Splits `/v1/customers/email={email}` into literal text and placeholders.
pub(crate) fn template_pieces(template: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|close| open + close) else {
            break;
        };
        if open > 0 {
            pieces.push(Piece::Literal(rest[..open].to_owned()));
        }
        pieces.push(Piece::Placeholder(rest[open + 1..close].to_owned()));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest.to_owned()));
    }
    pieces
}

/// An identifier for a name that is not covered by `Names` (host variables).
pub(crate) fn plain_ident(name: &str) -> Ident {
    let mut snake = heck::ToSnakeCase::to_snake_case(name);
    snake.retain(|c| c.is_ascii_alphanumeric() || c == '_');
    if snake.is_empty() || snake.starts_with(|c: char| c.is_ascii_digit()) {
        snake.insert_str(0, "value_");
    }
    match snake.as_str() {
        "self" | "super" | "crate" | "_" => format_ident!("{}_", snake),
        _ if syn::parse_str::<Ident>(&snake).is_ok() => Ident::new(&snake, Span::call_site()),
        _ => Ident::new_raw(&snake, Span::call_site()),
    }
}

/// An identifier as written, without the `r#` of a raw identifier.
pub(crate) fn ident_text(ident: &Ident) -> String {
    let text = ident.to_string();
    text.strip_prefix("r#").map(str::to_owned).unwrap_or(text)
}

/// One path, query or header parameter, resolved.
struct Param {
    wire: String,
    location: ParamIn,
    ident: Ident,
    ty: TypeExpr,
    required: bool,
    style: ListStyle,
    doc: String,
}

impl Param {
    fn is_string(&self) -> bool {
        matches!(self.ty, TypeExpr::Prim(Prim::String))
    }

    /// Type of the struct field that holds the value.
    fn field_type(&self, names: &Names) -> TokenStream {
        let ty = rust_type(&self.ty, names, &quote!(super::types));
        if self.required {
            ty
        } else {
            quote!(Option<#ty>)
        }
    }

    /// Type of the argument a caller passes, and how it becomes the field
    /// value (`None`: as it is). Strings take `impl Into<String>`, lists any
    /// iterator.
    fn argument(
        &self,
        names: &Names,
        types_path: &TokenStream,
    ) -> (TokenStream, Option<TokenStream>) {
        let ident = &self.ident;
        match &self.ty {
            TypeExpr::Prim(Prim::String) => {
                (quote!(impl Into<String>), Some(quote!(#ident.into())))
            }
            TypeExpr::List(item) if matches!(**item, TypeExpr::Prim(Prim::String)) => (
                quote!(impl IntoIterator<Item = impl Into<String>>),
                Some(quote!(#ident.into_iter().map(Into::into).collect())),
            ),
            TypeExpr::List(item) => {
                let item = rust_type(item, names, types_path);
                (
                    quote!(impl IntoIterator<Item = #item>),
                    Some(quote!(#ident.into_iter().collect())),
                )
            }
            _ => (rust_type(&self.ty, names, types_path), None),
        }
    }

    /// Adds this parameter to `request`, given `value`: a reference when
    /// `is_ref`, else a place expression such as `self.id`.
    fn apply(&self, value: TokenStream, is_ref: bool) -> TokenStream {
        let wire = &self.wire;
        let add = |text: TokenStream| match self.location {
            ParamIn::Header => quote!(request.header(#wire, #text)),
            _ => quote!(request.query(#wire, #text)),
        };
        match &self.ty {
            TypeExpr::List(item) => {
                let item_is_string = matches!(**item, TypeExpr::Prim(Prim::String));
                match self.style {
                    ListStyle::Repeat => {
                        let one = if item_is_string {
                            add(quote!(item.as_str()))
                        } else {
                            add(quote!(::connector_runtime::param_string(item)))
                        };
                        quote!(#value.iter().fold(request, |request, item| #one))
                    }
                    ListStyle::Comma => {
                        let joined = if item_is_string {
                            quote!(#value.join(","))
                        } else {
                            quote!(#value
                                .iter()
                                .map(::connector_runtime::param_string)
                                .collect::<Vec<_>>()
                                .join(","))
                        };
                        add(joined)
                    }
                }
            }
            TypeExpr::Prim(Prim::String) => add(quote!(#value.as_str())),
            _ if is_ref => add(quote!(::connector_runtime::param_string(#value))),
            _ => add(quote!(::connector_runtime::param_string(&#value))),
        }
    }
}

/// One operation, resolved.
struct OperationPlan<'a> {
    key: &'a str,
    operation: &'a Operation,
    function: Ident,
    structure: Ident,
    info_static: Ident,
    /// Path placeholders in template order, then query and header parameters.
    params: Vec<Param>,
    body: Option<(TypeExpr, Content)>,
    response: Option<TypeExpr>,
    paging: Option<(Ident, TypeExpr)>,
}

impl OperationPlan<'_> {
    fn required(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|param| param.required)
    }

    fn optional(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|param| !param.required)
    }
}

fn param_ident(names: &Names, operation: &str, wire: &str) -> Ident {
    let ident = names.param_ident(operation, wire);
    if RESERVED.contains(&ident_text(&ident).as_str()) {
        format_ident!("{}_param", ident_text(&ident))
    } else {
        ident
    }
}

fn plan_operation<'a>(
    spec: &CheckedSpec,
    names: &Names,
    key: &'a str,
    operation: &'a Operation,
    paging_idents: &IndexMap<String, Ident>,
) -> Result<OperationPlan<'a>, CodegenError> {
    let mut params = Vec::new();
    for piece in template_pieces(&operation.path) {
        let Piece::Placeholder(wire) = piece else {
            continue;
        };
        if params.iter().any(|param: &Param| param.wire == wire) {
            continue;
        }
        let declared = operation.params.get(&wire);
        let ty = match declared {
            Some(param) => expr(spec, &param.ty, || {
                format!("operations.{key}.params.{wire}.type")
            })?,
            None => TypeExpr::Prim(Prim::String),
        };
        let doc = declared
            .and_then(|param| param.description.clone())
            .unwrap_or_else(|| format!("The `{wire}` part of the path."));
        params.push(Param {
            ident: param_ident(names, key, &wire),
            location: ParamIn::Path,
            ty,
            required: true,
            style: declared.map(|param| param.style).unwrap_or_default(),
            doc,
            wire,
        });
    }
    for (wire, param) in &operation.params {
        if param.location == ParamIn::Path {
            continue;
        }
        let ty = expr(spec, &param.ty, || {
            format!("operations.{key}.params.{wire}.type")
        })?;
        let place = if param.location == ParamIn::Header {
            "header"
        } else {
            "query parameter"
        };
        params.push(Param {
            wire: wire.clone(),
            location: param.location,
            ident: param_ident(names, key, wire),
            ty,
            required: param.required,
            style: param.style,
            doc: param
                .description
                .clone()
                .unwrap_or_else(|| format!("The `{wire}` {place}.")),
        });
    }

    let body = match &operation.body {
        Some(body) => Some((
            expr(spec, &body.ty, || format!("operations.{key}.body.type"))?,
            body.content,
        )),
        None => None,
    };
    let response = match operation.response.as_ref().and_then(|r| r.ty.as_ref()) {
        Some(text) => Some(expr(spec, text, || {
            format!("operations.{key}.response.type")
        })?),
        None => None,
    };
    let paging = match (&operation.paging, spec.page_item(key)) {
        (Some(scheme), Some(item)) => paging_idents
            .get(scheme)
            .map(|ident| (ident.clone(), item.clone())),
        _ => None,
    };

    let structure = names.operation_struct(key);
    Ok(OperationPlan {
        key,
        operation,
        function: names.operation_fn(key),
        info_static: format_ident!("{}", ident_text(&structure).to_shouty_snake_case()),
        structure,
        params,
        body,
        response,
        paging,
    })
}

/// The Rust items of the request side of the connector.
pub(crate) fn client_items(spec: &CheckedSpec, names: &Names) -> Result<TokenStream, CodegenError> {
    let model = &spec.spec;

    let mut paging_idents: IndexMap<String, Ident> = IndexMap::new();
    for (scheme, _) in &model.paging {
        let used = model
            .operations
            .values()
            .any(|operation| operation.paging.as_deref() == Some(scheme.as_str()));
        if !used {
            continue;
        }
        let base = plain_ident(scheme)
            .to_string()
            .trim_start_matches("r#")
            .to_shouty_snake_case();
        let mut candidate = base.clone();
        let mut suffix = 2;
        while paging_idents.values().any(|ident| *ident == candidate) {
            candidate = format!("{base}_{suffix}");
            suffix += 1;
        }
        paging_idents.insert(scheme.clone(), format_ident!("{}", candidate));
    }

    let mut plans = Vec::new();
    for (key, operation) in &model.operations {
        plans.push(plan_operation(spec, names, key, operation, &paging_idents)?);
    }

    let operations = operations_module(spec, names, &plans, &paging_idents);
    let host = host_items(spec, names);
    let client = client_struct(spec, names, &plans)?;
    let error = error_alias(spec, names, !plans.is_empty())?;

    Ok(quote! {
        #operations
        #host
        #client
        #error
    })
}

fn method_tokens(method: Method) -> TokenStream {
    let ident = format_ident!("{}", method_text(method));
    quote!(::connector_runtime::http::Method::#ident)
}

/// The method as HTTP writes it.
pub(crate) fn method_text(method: Method) -> &'static str {
    match method {
        Method::Get => "GET",
        Method::Post => "POST",
        Method::Put => "PUT",
        Method::Patch => "PATCH",
        Method::Delete => "DELETE",
        Method::Head => "HEAD",
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

fn paging_static(spec: &CheckedSpec, scheme: &str, ident: &Ident) -> TokenStream {
    let Some(paging) = spec.spec.paging.get(scheme) else {
        return TokenStream::new();
    };
    let items = &paging.items;
    let pointer = paging.next.pointer.clone().unwrap_or_default();
    let param = paging.next.param.clone().unwrap_or_default();
    let next = match paging.next.from {
        NextFrom::BodyLink => quote!(BodyLink { pointer: #pointer }),
        NextFrom::LinkHeader => quote!(LinkHeader),
        NextFrom::BodyCursor => quote!(BodyCursor { pointer: #pointer, param: #param }),
        NextFrom::LastItem => quote!(LastItem { pointer: #pointer, param: #param }),
        NextFrom::PageNumber => {
            let start = Literal::u64_unsuffixed(paging.next.start.unwrap_or(1));
            quote!(PageNumber { param: #param, start: #start })
        }
    };
    let stop = option_str(paging.stop_when_false.as_deref());
    let doc = format!("How the `{scheme}` lists find their next page.");
    let doc = doc_attrs(&doc);
    quote! {
        #doc
        pub(super) static #ident: ::connector_runtime::spec::PagingSpec =
            ::connector_runtime::spec::PagingSpec {
                items: #items,
                next: ::connector_runtime::spec::NextPage::#next,
                stop_when_false: #stop,
            };
    }
}

fn operations_module(
    spec: &CheckedSpec,
    names: &Names,
    plans: &[OperationPlan<'_>],
    paging_idents: &IndexMap<String, Ident>,
) -> TokenStream {
    let statics = paging_idents
        .iter()
        .map(|(scheme, ident)| paging_static(spec, scheme, ident));
    let paging = if paging_idents.is_empty() {
        TokenStream::new()
    } else {
        quote! {
            /// Paging schemes of the list operations.
            mod paging {
                #(#statics)*
            }
        }
    };
    let builders = plans.iter().map(|plan| operation_builder(names, plan));
    quote! {
        /// Request builders: one per operation, returned by the methods of
        /// [`Client`]. Set optional parameters, then `.await`
        /// the builder or call `send`.
        pub mod operations {
            #paging
            #(#builders)*
        }
    }
}

fn operation_doc(plan: &OperationPlan<'_>) -> String {
    let operation = plan.operation;
    let mut text = doc_text(
        &[
            operation.summary.as_deref(),
            operation.description.as_deref(),
        ],
        &format!("The `{}` operation.", plan.key),
    );
    let mut line = format!("`{} {}`", method_text(operation.method), operation.path);
    if let Some(url) = &operation.docs_url {
        line.push_str(&format!(" — [documentation]({url})"));
    }
    text.push_str("\n\n");
    text.push_str(&line);
    if operation.deprecated {
        text.push_str("\n\nDeprecated by the API.");
    }
    text
}

fn operation_builder(names: &Names, plan: &OperationPlan<'_>) -> TokenStream {
    let operation = plan.operation;
    let structure = &plan.structure;
    let info = &plan.info_static;
    let key = plan.key;
    let method = method_tokens(operation.method);
    let template = &operation.path;
    let retry_safe = operation.retry_safe;
    let info_doc = format!("The `{key}` operation, for retries and tracing.");
    let info_doc = doc_attrs(&info_doc);

    let struct_doc = doc_attrs(&operation_doc(plan));
    let fields = plan.params.iter().map(|param| {
        let ident = &param.ident;
        let ty = param.field_type(names);
        quote!(pub(super) #ident: #ty,)
    });
    let body_field = plan.body.as_ref().map(|(ty, _)| {
        let ty = rust_type(ty, names, &quote!(super::types));
        quote!(pub(super) body: #ty,)
    });

    let setters = plan.optional().map(|param| {
        let ident = &param.ident;
        let doc = doc_attrs(&param.doc);
        let (arg, value) = param.argument(names, &quote!(super::types));
        let value = value.unwrap_or_else(|| quote!(#ident));
        quote! {
            #doc
            pub fn #ident(mut self, #ident: #arg) -> Self {
                self.#ident = Some(#value);
                self
            }
        }
    });

    let request = request_fn(plan);
    let response = match &plan.response {
        Some(ty) => rust_type(ty, names, &quote!(super::types)),
        None => quote!(()),
    };
    let send_call = if plan.response.is_some() {
        quote!(send_json)
    } else {
        quote!(send_empty)
    };
    let status_doc = match &operation.response {
        Some(response) => format!(
            "Sends the request; a `{}` response is decoded{}.",
            response.status,
            if plan.response.is_some() {
                ""
            } else {
                " as nothing"
            }
        ),
        None => "Sends the request; any success status is accepted, its body ignored.".to_owned(),
    };
    let status_doc = doc_attrs(&status_doc);

    let paging = plan.paging.as_ref().map(|(scheme, item)| {
        let item = rust_type(item, names, &quote!(super::types));
        quote! {
            /// Every page of the list, fetched lazily as the stream is polled.
            /// The first request carries the parameters set on this builder.
            pub fn pages(
                self,
            ) -> ::connector_runtime::BoxStream<Result<#response, super::Error>> {
                match self.request() {
                    Ok(request) => Box::pin(
                        ::connector_runtime::paging::pages(
                            self.client.transport.clone(),
                            request,
                            &paging::#scheme,
                            self.options,
                        ),
                    ),
                    Err(message) => Box::pin(::futures::stream::iter([Err(
                        super::invalid_request(message),
                    )])),
                }
            }

            /// Every item of every page, fetched lazily as the stream is polled.
            pub fn items(
                self,
            ) -> ::connector_runtime::BoxStream<Result<#item, super::Error>> {
                match self.request() {
                    Ok(request) => Box::pin(
                        ::connector_runtime::paging::items(
                            self.client.transport.clone(),
                            request,
                            &paging::#scheme,
                            self.options,
                        ),
                    ),
                    Err(message) => Box::pin(::futures::stream::iter([Err(
                        super::invalid_request(message),
                    )])),
                }
            }
        }
    });

    quote! {
        #info_doc
        static #info: ::connector_runtime::spec::OperationInfo =
            ::connector_runtime::spec::OperationInfo {
                name: #key,
                method: #method,
                path_template: #template,
                retry_safe: #retry_safe,
            };

        #struct_doc
        #[must_use = "a request does nothing until it is sent or awaited"]
        #[derive(Debug, Clone)]
        pub struct #structure {
            pub(super) client: super::Client,
            #(#fields)*
            #body_field
            pub(super) options: ::connector_runtime::RequestOptions,
        }

        impl #structure {
            #(#setters)*

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

            #request

            #status_doc
            pub async fn send(self) -> Result<#response, super::Error> {
                let request = self.request().map_err(super::invalid_request)?;
                self.client.transport.#send_call(request, &self.options).await
            }

            #paging
        }

        impl ::std::future::IntoFuture for #structure {
            type Output = Result<#response, super::Error>;
            type IntoFuture = ::futures::future::BoxFuture<'static, Self::Output>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    }
}

/// The private `request` method: path, query, headers and body.
fn request_fn(plan: &OperationPlan<'_>) -> TokenStream {
    let info = &plan.info_static;

    // Each placeholder is encoded into a binding of its own name first, so
    // that the template reads as a plain `format!` string.
    let mut format = String::new();
    let mut segments = Vec::new();
    for piece in template_pieces(&plan.operation.path) {
        match piece {
            Piece::Literal(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            Piece::Placeholder(wire) => {
                let Some(param) = plan.params.iter().find(|param| param.wire == wire) else {
                    continue;
                };
                let ident = &param.ident;
                let binding = if ident.to_string().starts_with("r#") {
                    format_ident!("{}_segment", ident_text(ident))
                } else {
                    ident.clone()
                };
                format.push_str(&format!("{{{binding}}}"));
                let value = if param.is_string() {
                    quote!(&self.#ident)
                } else {
                    quote!(&::connector_runtime::param_string(&self.#ident))
                };
                segments.push(quote!(let #binding = ::connector_runtime::path::segment(#value);));
            }
        }
    }
    let path = if segments.is_empty() {
        quote!(#format.to_owned())
    } else {
        quote!(format!(#format))
    };

    let params = plan
        .params
        .iter()
        .filter(|param| param.location != ParamIn::Path)
        .map(|param| {
            let ident = &param.ident;
            if param.required {
                let apply = param.apply(quote!(self.#ident), false);
                quote!(let request = #apply;)
            } else {
                let apply = param.apply(quote!(value), true);
                quote! {
                    let request = match &self.#ident {
                        Some(value) => #apply,
                        None => request,
                    };
                }
            }
        });

    let body = plan.body.as_ref().map(|(_, content)| match content {
        Content::Json => quote! {
            let request = request.json(&self.body).map_err(|error| {
                format!("could not serialize the request body as json: {error}")
            })?;
        },
        Content::Form => quote! {
            let request = request.form(&self.body).map_err(|error| {
                format!("could not encode the request body as a form: {error}")
            })?;
        },
    });

    quote! {
        /// The first request of this operation, before auth and retries; a
        /// body that cannot be encoded gives the reason.
        pub(crate) fn request(&self) -> Result<::connector_runtime::Request, String> {
            #(#segments)*
            let request = ::connector_runtime::Request::new(&#info, #path);
            #(#params)*
            #body
            Ok(request)
        }
    }
}

/// A server URL's placeholders, in order, without repeats.
fn host_variables(url: &str) -> Vec<String> {
    let mut variables = Vec::new();
    for piece in template_pieces(url) {
        if let Piece::Placeholder(name) = piece
            && !variables.contains(&name)
        {
            variables.push(name);
        }
    }
    variables
}

fn host_items(spec: &CheckedSpec, names: &Names) -> TokenStream {
    let hosts = &spec.spec.hosts;
    let mut variants = Vec::new();
    let mut constructors = Vec::new();
    let mut arms = Vec::new();

    for (key, server) in &hosts.servers {
        let variant = names.host_variant(key);
        let variables = host_variables(&server.url);
        let mut doc = doc_text(
            &[server.description.as_deref()],
            &format!("The `{key}` server."),
        );
        doc.push_str(&format!("\n\n`{}`", server.url));
        if *key == hosts.default {
            doc.push_str("\n\nUsed when the client is built without a host.");
        }
        let doc = doc_attrs(&doc);

        if variables.is_empty() {
            variants.push(quote!(#doc #variant,));
            let url = &server.url;
            arms.push(quote!(Host::#variant => Ok(#url.to_owned()),));
            continue;
        }

        let idents: Vec<Ident> = variables.iter().map(|name| plain_ident(name)).collect();
        let field_docs = variables.iter().map(|name| {
            let variable = hosts.variables.get(name);
            let mut text = doc_text(
                &[variable.and_then(|v| v.description.as_deref())],
                &format!("The `{name}` part of the URL."),
            );
            if let Some(pattern) = variable.and_then(|v| v.pattern.as_deref()) {
                text.push_str(&format!("\n\nMust match `{pattern}`."));
            }
            if let Some(example) = variable.and_then(|v| v.example.as_deref()) {
                text.push_str(&format!(" Example: `{example}`."));
            }
            doc_attrs(&text)
        });
        let fields = idents
            .iter()
            .zip(field_docs)
            .map(|(ident, doc)| quote!(#doc #ident: String,));
        variants.push(quote!(#doc #variant { #(#fields)* },));

        let function = names.host_fn(key);
        let fn_doc = format!("The `{key}` server, at `{}`.", server.url);
        let fn_doc = doc_attrs(&fn_doc);
        let params = idents.iter().map(|ident| quote!(#ident: impl Into<String>));
        let values = idents.iter().map(|ident| quote!(#ident: #ident.into()));
        constructors.push(quote! {
            #fn_doc
            pub fn #function(#(#params),*) -> Host {
                Host::#variant { #(#values),* }
            }
        });

        let checks = variables.iter().zip(&idents).filter_map(|(name, ident)| {
            let pattern = hosts.variables.get(name)?.pattern.as_deref()?;
            Some(quote!(::connector_runtime::check_host_variable(#name, #ident, #pattern)?;))
        });
        let parts = template_pieces(&server.url)
            .into_iter()
            .map(|piece| match piece {
                Piece::Literal(text) => quote!(#text),
                Piece::Placeholder(name) => {
                    let ident = plain_ident(&name);
                    quote!(#ident.as_str())
                }
            });
        arms.push(quote! {
            Host::#variant { #(#idents),* } => {
                #(#checks)*
                Ok([#(#parts),*].concat())
            }
        });
    }

    quote! {
        /// Which server a client talks to. URL placeholders are fields, checked
        /// against the spec's patterns when the client is built.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Host {
            #(#variants)*
        }

        impl Host {
            #(#constructors)*

            /// The base URL of this server, after checking its placeholders.
            pub fn url(&self) -> Result<String, ::connector_runtime::BuildError> {
                match self {
                    #(#arms)*
                }
            }
        }
    }
}

fn auth_tokens(spec: &CheckedSpec) -> TokenStream {
    let auth = &spec.spec.auth;
    match auth.scheme {
        AuthScheme::Bearer => quote!(::connector_runtime::spec::AuthScheme::Bearer),
        AuthScheme::Basic => quote!(::connector_runtime::spec::AuthScheme::Basic),
        AuthScheme::Header => {
            let name = auth.name.clone().unwrap_or_default();
            let prefix = auth.prefix.clone().unwrap_or_default();
            quote!(::connector_runtime::spec::AuthScheme::Header { name: #name, prefix: #prefix })
        }
        AuthScheme::Query => {
            let name = auth.name.clone().unwrap_or_default();
            quote!(::connector_runtime::spec::AuthScheme::Query { name: #name })
        }
        AuthScheme::None => quote!(::connector_runtime::spec::AuthScheme::None),
    }
}

fn rate_limit_tokens(spec: &CheckedSpec) -> TokenStream {
    let rate_limit = spec.spec.rate_limit.as_ref();
    let header = |pick: fn(&connector_spec::model::RateLimit) -> Option<&String>| {
        option_str(rate_limit.and_then(pick).map(String::as_str))
    };
    let limit = header(|r| r.limit_header.as_ref());
    let remaining = header(|r| r.remaining_header.as_ref());
    let reset = header(|r| r.reset_header.as_ref());
    let retry_after = match rate_limit {
        Some(rate_limit) => option_str(rate_limit.retry_after_header.as_deref()),
        None => option_str(Some("retry-after")),
    };
    let format = match rate_limit.map(|r| r.reset_format).unwrap_or_default() {
        ResetFormat::Seconds => quote!(Seconds),
        ResetFormat::UnixSeconds => quote!(UnixSeconds),
        ResetFormat::UnixMillis => quote!(UnixMillis),
        ResetFormat::Auto => quote!(Auto),
    };
    quote! {
        ::connector_runtime::spec::RateLimitSpec {
            limit_header: #limit,
            remaining_header: #remaining,
            reset_header: #reset,
            reset_format: ::connector_runtime::spec::ResetFormat::#format,
            retry_after_header: #retry_after,
        }
    }
}

fn client_struct(
    spec: &CheckedSpec,
    names: &Names,
    plans: &[OperationPlan<'_>],
) -> Result<TokenStream, CodegenError> {
    let model = &spec.spec;
    let title = &model.title;

    let methods = plans.iter().map(|plan| client_method(names, plan));
    let test_connection = test_connection(spec, plans);
    let builder = client_builder(spec, names);

    let client_doc = format!(
        "A client of the {title} API. Cheap to clone: clones share connections and the rate budget."
    );
    let client_doc = doc_attrs(&client_doc);
    let builder_doc = format!("Starts configuring a client of the {title} API.");
    let builder_doc = doc_attrs(&builder_doc);
    Ok(quote! {
        #client_doc
        #[derive(Clone)]
        pub struct Client {
            transport: ::connector_runtime::Transport,
        }

        impl ::std::fmt::Debug for Client {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Client")
                    .field("base_url", &::connector_runtime::display_url(self.transport.base_url()))
                    .finish_non_exhaustive()
            }
        }

        impl Client {
            #builder_doc
            pub fn builder() -> ClientBuilder {
                ClientBuilder::new()
            }

            #test_connection
            #(#methods)*
        }

        #builder
    })
}

fn client_method(names: &Names, plan: &OperationPlan<'_>) -> TokenStream {
    let function = &plan.function;
    let structure = &plan.structure;
    let doc = doc_attrs(&operation_doc(plan));

    let mut params = Vec::new();
    let mut values = Vec::new();
    for param in plan.required() {
        let ident = &param.ident;
        let (arg, value) = param.argument(names, &quote!(types));
        params.push(quote!(#ident: #arg));
        match value {
            Some(value) => values.push(quote!(#ident: #value)),
            None => values.push(quote!(#ident)),
        }
    }
    for param in plan.optional() {
        let ident = &param.ident;
        values.push(quote!(#ident: None));
    }
    if let Some((ty, _)) = &plan.body {
        let ty = rust_type(ty, names, &quote!(types));
        params.push(quote!(body: #ty));
        values.push(quote!(body));
    }
    // Builders with many required arguments are rare; the lint is allowed on
    // that one method rather than changing the calling convention.
    let allow = if params.len() > 6 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        TokenStream::new()
    };
    quote! {
        #doc
        #allow
        pub fn #function(&self, #(#params),*) -> operations::#structure {
            operations::#structure {
                client: self.clone(),
                #(#values,)*
                options: ::connector_runtime::RequestOptions::default(),
            }
        }
    }
}

fn test_connection(spec: &CheckedSpec, plans: &[OperationPlan<'_>]) -> TokenStream {
    let Some(name) = &spec.spec.test_connection else {
        return TokenStream::new();
    };
    let Some(plan) = plans.iter().find(|plan| plan.key == name) else {
        return TokenStream::new();
    };
    // The check needs no arguments; an operation that takes some cannot serve.
    if plan.required().next().is_some() || plan.body.is_some() {
        return TokenStream::new();
    }
    let function = &plan.function;
    let doc = format!(
        "Checks that the credentials work, with `{}`: any success status passes, the body is not decoded.",
        plan.key
    );
    let doc = doc_attrs(&doc);
    quote! {
        #doc
        pub async fn test_connection(&self) -> Result<(), Error> {
            let request = self.#function().request().map_err(invalid_request)?;
            self.transport
                .send_raw(request, &::connector_runtime::RequestOptions::default())
                .await
                .map(|_response| ())
        }
    }
}

fn client_builder(spec: &CheckedSpec, names: &Names) -> TokenStream {
    let model = &spec.spec;
    let title = &model.title;

    let default_host = match model.hosts.servers.get(&model.hosts.default) {
        Some(server) if host_variables(&server.url).is_empty() => {
            let variant = names.host_variant(&model.hosts.default);
            quote!(Host::#variant.url()?)
        }
        _ => {
            let message = format!(
                "no host chosen: the default server `{}` needs a value for its placeholders; call `host` or `base_url`",
                model.hosts.default
            );
            quote!(return Err(
                ::connector_runtime::BuildError::InvalidBaseUrl(#message.to_owned())
            ))
        }
    };

    let retry = model.retry.as_ref();
    let mut retry_policy = quote!(::connector_runtime::RetryPolicy::new());
    if let Some(attempts) = retry.and_then(|r| r.max_attempts) {
        let attempts = Literal::u32_unsuffixed(attempts);
        retry_policy = quote!(#retry_policy.max_attempts(#attempts));
    }
    for (value, setter) in [
        (retry.and_then(|r| r.initial_backoff_ms), "initial_backoff"),
        (retry.and_then(|r| r.max_backoff_ms), "max_backoff"),
        (retry.and_then(|r| r.max_elapsed_ms), "max_elapsed"),
    ] {
        if let Some(ms) = value {
            let ms = Literal::u64_unsuffixed(ms);
            let setter = format_ident!("{}", setter);
            retry_policy = quote!(#retry_policy.#setter(::std::time::Duration::from_millis(#ms)));
        }
    }
    let timeouts = model.timeouts.as_ref();
    let connect_ms = Literal::u64_unsuffixed(timeouts.and_then(|t| t.connect_ms).unwrap_or(10_000));
    let request_ms = Literal::u64_unsuffixed(timeouts.and_then(|t| t.request_ms).unwrap_or(30_000));
    let budget = match model.rate_limit.as_ref().and_then(|r| r.budget.as_ref()) {
        Some(budget) => {
            let requests = Literal::u32_unsuffixed(budget.requests);
            let per = Literal::u32_unsuffixed(budget.per_seconds);
            quote!(Some(::connector_runtime::Budget {
                requests: #requests,
                per: ::std::time::Duration::from_secs(#per),
            }))
        }
        None => quote!(None),
    };
    let user_agent = format!("{}-connector/", model.name);

    let credentials = match model.auth.scheme {
        AuthScheme::Bearer | AuthScheme::Header | AuthScheme::Query => {
            let how = match model.auth.scheme {
                AuthScheme::Bearer => "as a bearer token".to_owned(),
                AuthScheme::Header => format!(
                    "in the `{}` header",
                    model.auth.name.as_deref().unwrap_or_default()
                ),
                _ => format!(
                    "in the `{}` query parameter",
                    model.auth.name.as_deref().unwrap_or_default()
                ),
            };
            let doc = doc_text(&[model.auth.description.as_deref()], "The API key.")
                + &format!("\n\nSent {how}; never logged or shown by `Debug`.");
            let doc = doc_attrs(&doc);
            quote! {
                #doc
                pub fn api_key(mut self, key: impl Into<::connector_runtime::Secret>) -> Self {
                    self.credentials = ::connector_runtime::Credentials::Key(key.into());
                    self
                }
            }
        }
        AuthScheme::Basic => {
            let doc = doc_text(
                &[model.auth.description.as_deref()],
                "The user name and password.",
            ) + "\n\nSent as HTTP basic auth; neither is ever logged or shown by `Debug`.";
            let doc = doc_attrs(&doc);
            let key_doc = doc_attrs(
                "A secret key, sent as the basic-auth user name with an empty password.\n\n\
                 Never logged or shown by `Debug`.",
            );
            quote! {
                #key_doc
                pub fn api_key(mut self, key: impl Into<::connector_runtime::Secret>) -> Self {
                    self.credentials = ::connector_runtime::Credentials::Key(key.into());
                    self
                }

                #doc
                pub fn basic_auth(
                    mut self,
                    username: impl Into<String>,
                    password: impl Into<::connector_runtime::Secret>,
                ) -> Self {
                    self.credentials = ::connector_runtime::Credentials::Basic {
                        username: username.into(),
                        password: password.into(),
                    };
                    self
                }
            }
        }
        AuthScheme::None => TokenStream::new(),
    };
    let auth = auth_tokens(spec);
    let rate_limit = rate_limit_tokens(spec);
    let error_message: Vec<&str> = spec
        .spec
        .errors
        .iter()
        .flat_map(|errors| errors.message.iter().map(String::as_str))
        .collect();
    let error_message = if error_message.is_empty() {
        TokenStream::new()
    } else {
        quote!(config.error_message = &[#(#error_message),*];)
    };
    let headers = &spec.spec.headers;
    let headers = if headers.is_empty() {
        TokenStream::new()
    } else {
        let (names, values): (Vec<&String>, Vec<&String>) = headers.iter().unzip();
        quote!(config.headers = &[#((#names, #values)),*];)
    };
    let builder_doc =
        format!("Settings of a [`Client`] of the {title} API; defaults come from the spec.");
    let builder_doc = doc_attrs(&builder_doc);

    quote! {
        #builder_doc
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
                    retry: #retry_policy,
                    connect_timeout: ::std::time::Duration::from_millis(#connect_ms),
                    request_timeout: ::std::time::Duration::from_millis(#request_ms),
                    budget: #budget,
                    user_agent: concat!(#user_agent, env!("CARGO_PKG_VERSION")).to_owned(),
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

            #credentials

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
                    None => match self.host {
                        Some(host) => host.url()?,
                        None => #default_host,
                    },
                };
                let mut config = ::connector_runtime::Config::new(
                    base_url.trim_end_matches('/'),
                    #auth,
                    #rate_limit,
                );
                config.credentials = self.credentials;
                config.retry = self.retry;
                config.connect_timeout = self.connect_timeout;
                config.request_timeout = self.request_timeout;
                config.budget = self.budget;
                config.user_agent = self.user_agent;
                #error_message
                #headers
                Ok(Client {
                    transport: ::connector_runtime::Transport::new(config)?,
                })
            }
        }
    }
}

fn error_alias(
    spec: &CheckedSpec,
    names: &Names,
    has_operations: bool,
) -> Result<TokenStream, CodegenError> {
    let model = &spec.spec;
    let body = match &model.errors {
        Some(errors) => {
            let ty = expr(spec, &errors.ty, || "errors.type".to_owned())?;
            rust_type(&ty, names, &quote!(types))
        }
        None => quote!(::serde_json::Value),
    };
    let doc = format!(
        "Every failure of a call to the {} API; error responses decode into the spec's error body.",
        model.title
    );
    let doc = doc_attrs(&doc);
    let invalid_request = if has_operations {
        quote! {
            /// A request that could not be built; nothing was sent.
            fn invalid_request(message: String) -> Error {
                Error::InvalidRequest { message }
            }
        }
    } else {
        TokenStream::new()
    };
    Ok(quote! {
        #doc
        pub type Error = ::connector_runtime::Error<#body>;

        #invalid_request

        pub use ::connector_runtime::{
            Budget, BuildError, Date, DateTime, ErrorResponse, Nullable, RequestOptions,
            RetryPolicy, Secret,
        };
    })
}

#[cfg(test)]
mod tests {
    use super::{Piece, template_pieces};

    fn literal(text: &str) -> Piece {
        Piece::Literal(text.to_owned())
    }

    fn placeholder(name: &str) -> Piece {
        Piece::Placeholder(name.to_owned())
    }

    #[test]
    fn templates_split_into_text_and_placeholders() {
        assert_eq!(
            template_pieces("/v1/customers/email={email}"),
            [literal("/v1/customers/email="), placeholder("email")]
        );
        assert_eq!(
            template_pieces("https://{org}.api.example.com"),
            [
                literal("https://"),
                placeholder("org"),
                literal(".api.example.com")
            ]
        );
        assert_eq!(
            template_pieces("/a/{a}{b}/c"),
            [
                literal("/a/"),
                placeholder("a"),
                placeholder("b"),
                literal("/c")
            ]
        );
        assert_eq!(template_pieces("/plain"), [literal("/plain")]);
    }

    #[test]
    fn an_unclosed_brace_stays_text() {
        assert_eq!(template_pieces("/a/{b"), [literal("/a/{b")]);
    }
}
