//! Markdown crate documentation built from the spec: what the API is, its
//! hosts and auth, a compiling quick-start example, operations and events.

use std::fmt::Write;

use connector_spec::model::{AuthScheme, Method};
use connector_spec::{CheckedSpec, Prim, TypeExpr};

use crate::client::{Piece, ident_text, method_text, template_pieces};
use crate::naming::Names;

/// Text safe inside one Markdown table cell.
fn cell(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// The crate's Markdown documentation.
pub(crate) fn crate_docs(spec: &CheckedSpec, names: &Names) -> String {
    let model = &spec.spec;
    let mut out = String::new();

    let _ = writeln!(out, "# {}\n", model.title);
    let _ = writeln!(
        out,
        "A typed async client for the {} API, generated from its connector spec.\n",
        model.title
    );
    if let Some(description) = &model.description {
        let _ = writeln!(out, "{}\n", description.trim());
    }
    if let Some(url) = &model.docs_url {
        let _ = writeln!(out, "API documentation: <{url}>\n");
    }

    let _ = writeln!(out, "## Hosts\n");
    let _ = writeln!(out, "| Host | URL | Description |");
    let _ = writeln!(out, "|---|---|---|");
    for (key, server) in &model.hosts.servers {
        let default = if *key == model.hosts.default {
            " (default)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "| `Host::{}`{default} | `{}` | {} |",
            ident_text(&names.host_variant(key)),
            server.url,
            cell(server.description.as_deref().unwrap_or(""))
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## Authentication\n");
    let how = match model.auth.scheme {
        AuthScheme::Bearer => {
            "An API key sent as `Authorization: Bearer <key>`; set it with `ClientBuilder::api_key`."
                .to_owned()
        }
        AuthScheme::Basic => {
            "HTTP basic auth; set it with `ClientBuilder::basic_auth`.".to_owned()
        }
        AuthScheme::Header => format!(
            "An API key in the `{}` header; set it with `ClientBuilder::api_key`.",
            model.auth.name.as_deref().unwrap_or_default()
        ),
        AuthScheme::Query => format!(
            "An API key in the `{}` query parameter; set it with `ClientBuilder::api_key`.",
            model.auth.name.as_deref().unwrap_or_default()
        ),
        AuthScheme::None => "None.".to_owned(),
    };
    let _ = writeln!(out, "{how}\n");
    if let Some(description) = &model.auth.description {
        let _ = writeln!(out, "{}\n", description.trim());
    }

    let _ = writeln!(out, "## Example\n");
    let _ = writeln!(out, "```rust,no_run\n{}```\n", example(spec, names));

    if !model.operations.is_empty() {
        let _ = writeln!(out, "## Operations\n");
        let _ = writeln!(out, "| Method | Path | Client method | Summary |");
        let _ = writeln!(out, "|---|---|---|---|");
        for (key, operation) in &model.operations {
            let paged = if operation.paging.is_some() {
                " (paged)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "| {} | `{}` | [`{}`](Client::{}){paged} | {} |",
                method_text(operation.method),
                operation.path,
                ident_text(&names.operation_fn(key)),
                ident_text(&names.operation_fn(key)),
                cell(operation.summary.as_deref().unwrap_or(""))
            );
        }
        out.push('\n');
    }

    if let Some(webhooks) = &model.webhooks {
        let _ = writeln!(out, "## Webhook events\n");
        let _ = writeln!(
            out,
            "Deliveries are signed in the `{}` header; `webhooks::Event::verify_and_parse` checks the signature before decoding.\n",
            webhooks.signature.header
        );
        let _ = writeln!(out, "| Event | Variant | Description |");
        let _ = writeln!(out, "|---|---|---|");
        for (name, event) in &webhooks.events {
            let _ = writeln!(
                out,
                "| `{name}` | `Event::{}` | {} |",
                ident_text(&names.event_variant(name)),
                cell(event.description.as_deref().unwrap_or(""))
            );
        }
        out.push('\n');
    }

    out
}

/// A quick start that compiles against the generated API: build a client,
/// then call the first operation whose arguments are all strings.
fn example(spec: &CheckedSpec, names: &Names) -> String {
    let model = &spec.spec;
    let krate = model.name.replace('-', "_");
    let mut code = String::new();

    let _ = writeln!(
        code,
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {{"
    );
    let _ = writeln!(code, "let client = {krate}::Client::builder()");
    if let Some(server) = model.hosts.servers.get(&model.hosts.default) {
        let variables: Vec<String> = template_pieces(&server.url)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Placeholder(name) => Some(name),
                Piece::Literal(_) => None,
            })
            .collect();
        if !variables.is_empty() {
            let args: Vec<String> = variables
                .iter()
                .map(|name| {
                    let example = model
                        .hosts
                        .variables
                        .get(name)
                        .and_then(|variable| variable.example.clone())
                        .unwrap_or_else(|| "example".to_owned());
                    format!("{example:?}")
                })
                .collect();
            let _ = writeln!(
                code,
                "    .host({krate}::Host::{}({}))",
                ident_text(&names.host_fn(&model.hosts.default)),
                args.join(", ")
            );
        }
    }
    match model.auth.scheme {
        AuthScheme::Bearer | AuthScheme::Header | AuthScheme::Query => {
            let _ = writeln!(code, "    .api_key(\"YOUR_API_KEY\")");
        }
        AuthScheme::Basic => {
            let _ = writeln!(code, "    .basic_auth(\"user\", \"password\")");
        }
        AuthScheme::None => {}
    }
    let _ = writeln!(code, "    .build()?;");

    if let Some(call) = example_call(spec, names) {
        let _ = writeln!(code, "let response = client.{call}.await?;");
        let _ = writeln!(code, "println!(\"{{response:?}}\");");
    }
    let _ = writeln!(code, "# Ok(())\n# }}");
    code
}

fn example_call(spec: &CheckedSpec, names: &Names) -> Option<String> {
    let model = &spec.spec;
    model
        .operations
        .iter()
        .filter(|(_, operation)| operation.method == Method::Get && operation.body.is_none())
        .find_map(|(key, operation)| {
            let mut args = Vec::new();
            for piece in template_pieces(&operation.path) {
                if let Piece::Placeholder(name) = piece {
                    let declared = operation.params.get(&name);
                    let is_string = match declared {
                        Some(param) => {
                            matches!(spec.expr(&param.ty, &[]), Ok(TypeExpr::Prim(Prim::String)))
                        }
                        None => true,
                    };
                    if !is_string {
                        return None;
                    }
                    args.push(format!("\"{name}\""));
                }
            }
            let other_required = operation.params.values().any(|param| {
                param.required && param.location != connector_spec::model::ParamIn::Path
            });
            if other_required {
                return None;
            }
            Some(format!(
                "{}({})",
                ident_text(&names.operation_fn(key)),
                args.join(", ")
            ))
        })
}
