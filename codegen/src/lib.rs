//! Compiles a checked connector spec into formatted Rust: the models, one
//! builder per operation, the client, the webhook events and the crate docs.

mod client;
mod diff;
mod docs;
mod events;
pub mod naming;
pub mod types;

use std::fmt;
use std::path::{Path, PathBuf};

use connector_spec::CheckedSpec;
use proc_macro2::TokenStream;
use quote::quote;

pub use diff::{Change, Impact, SpecDiff, Subject, TypeKind, diff};
pub use naming::Names;

/// Everything produced for one spec.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Formatted Rust items (no inner attributes, no `//!` docs), ready to `include!`.
    pub code: String,
    /// Markdown crate documentation built from the spec.
    pub docs: String,
    /// What was generated, counted.
    pub summary: Summary,
}

/// Counts of what a spec compiles to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Machine name of the connector (`name` in the spec).
    pub connector: String,
    /// Named types.
    pub types: usize,
    /// Operations, paged ones included.
    pub operations: usize,
    /// Operations that return one page of a list.
    pub paged_operations: usize,
    /// Webhook events.
    pub events: usize,
}

impl Summary {
    fn of(spec: &CheckedSpec) -> Summary {
        let model = &spec.spec;
        Summary {
            connector: model.name.clone(),
            types: model.types.len(),
            operations: model.operations.len(),
            paged_operations: model
                .operations
                .values()
                .filter(|operation| operation.paging.is_some())
                .count(),
            events: model
                .webhooks
                .as_ref()
                .map_or(0, |webhooks| webhooks.events.len()),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} types, {} operations ({} paged), {} events",
            self.connector, self.types, self.operations, self.paged_operations, self.events
        )
    }
}

/// Where a generated standalone crate finds `connector-runtime`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeDep {
    /// A local checkout, written as a `path` dependency.
    Path(PathBuf),
    /// A published version requirement (`"0.1"`).
    Version(String),
}

impl Default for RuntimeDep {
    fn default() -> Self {
        RuntimeDep::Version(env!("CARGO_PKG_VERSION").to_owned())
    }
}

/// Why code could not be generated or written.
#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// A type expression of the spec did not parse; a checked spec never has one.
    #[error("invalid type expression `{text}` at {at}: {message}")]
    TypeExpr {
        /// The expression as written.
        text: String,
        /// Key path of the value in the spec.
        at: String,
        /// What the parser expected.
        message: String,
    },
    /// The emitted tokens are not valid Rust: a bug in the generator. The
    /// unformatted code is kept so that it can be inspected.
    #[error("generated code does not parse as rust: {message}")]
    Format {
        /// The parser's message.
        message: String,
        /// The unformatted code.
        code: String,
    },
    /// The output directory holds a crate this tool did not write; it is
    /// left alone rather than overwritten.
    #[error(
        "{} exists and was not written by connector-codegen; choose another --out directory or remove it",
        path.display()
    )]
    NotGenerated {
        /// The manifest that is in the way.
        path: PathBuf,
    },
    /// A file could not be written or read.
    #[error("could not write {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying failure.
        source: std::io::Error,
    },
}

/// Parses a type expression of the spec, naming where it came from on failure.
pub(crate) fn expr(
    spec: &CheckedSpec,
    text: &str,
    at: impl FnOnce() -> String,
) -> Result<connector_spec::TypeExpr, CodegenError> {
    spec.expr(text, &[])
        .map_err(|error| CodegenError::TypeExpr {
            text: text.to_owned(),
            at: at(),
            message: error.to_string(),
        })
}

/// Compiles a checked spec into formatted Rust and Markdown docs.
pub fn generate(spec: &CheckedSpec) -> Result<Generated, CodegenError> {
    let names = Names::new(spec);

    let types = types::types_module(spec, &names);
    let client = client::client_items(spec, &names)?;
    let webhooks = events::webhooks_module(spec, &names)?;
    let tokens = quote! {
        #types
        #client
        #webhooks
    };

    Ok(Generated {
        code: format_tokens(tokens)?,
        docs: docs::crate_docs(spec, &names),
        summary: Summary::of(spec),
    })
}

/// Formats tokens as a file with prettyplease.
fn format_tokens(tokens: TokenStream) -> Result<String, CodegenError> {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => Ok(prettyplease::unparse(&file)),
        Err(error) => Err(CodegenError::Format {
            message: error.to_string(),
            code: tokens.to_string(),
        }),
    }
}

/// For build scripts: loads and checks `spec_path` (relative paths are taken
/// from `CARGO_MANIFEST_DIR`), then writes `$OUT_DIR/<name>.rs` and
/// `$OUT_DIR/<name>.md`.
///
/// A bad spec prints every diagnostic and ends the build script with status 1;
/// warnings become `cargo:warning` lines.
pub fn build(spec_path: impl AsRef<Path>) {
    if let Err(message) = try_build(spec_path.as_ref()) {
        eprintln!("{message}");
        std::process::exit(1);
    }
}

fn try_build(spec_path: &Path) -> Result<(), String> {
    let spec_path = match std::env::var_os("CARGO_MANIFEST_DIR") {
        Some(dir) if spec_path.is_relative() => PathBuf::from(dir).join(spec_path),
        _ => spec_path.to_owned(),
    };
    println!("cargo:rerun-if-changed={}", spec_path.display());

    let spec = connector_spec::load(&spec_path).map_err(|diagnostics| diagnostics.to_string())?;
    for warning in &spec.warnings {
        // Cargo shows each `cargo:warning` as one line, so the short form.
        println!(
            "cargo:warning={}:{}:{}: {} (at {})",
            warning.file, warning.line, warning.column, warning.message, warning.path
        );
    }
    let generated = generate(&spec).map_err(|error| error.to_string())?;

    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .ok_or("OUT_DIR is not set: `build` is meant to run from a build script")?;
    let name = &generated.summary.connector;
    write_file(&out_dir.join(format!("{name}.rs")), &generated.code)
        .and_then(|()| write_file(&out_dir.join(format!("{name}.md")), &generated.docs))
        .map_err(|error| error.to_string())
}

fn write_file(path: &Path, contents: &str) -> Result<(), CodegenError> {
    std::fs::write(path, contents).map_err(|source| CodegenError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Writes a standalone crate for `spec`: `out_dir/Cargo.toml` and
/// `out_dir/src/lib.rs` (the docs as `//!` lines, then the code).
pub fn write_crate(
    spec: &CheckedSpec,
    out_dir: &Path,
    runtime_dep: RuntimeDep,
) -> Result<Summary, CodegenError> {
    let manifest = out_dir.join("Cargo.toml");
    if let Ok(existing) = std::fs::read_to_string(&manifest) {
        if !existing.starts_with(MANIFEST_MARK) {
            return Err(CodegenError::NotGenerated { path: manifest });
        }
    }

    let generated = generate(spec)?;
    let src = out_dir.join("src");
    std::fs::create_dir_all(&src).map_err(|source| CodegenError::Io {
        path: src.clone(),
        source,
    })?;

    write_file(&manifest, &cargo_manifest(spec, &runtime_dep))?;

    let mut lib = String::new();
    for line in generated.docs.lines() {
        if line.is_empty() {
            lib.push_str("//!\n");
        } else {
            lib.push_str("//! ");
            lib.push_str(line);
            lib.push('\n');
        }
    }
    lib.push('\n');
    lib.push_str(&generated.code);
    write_file(&src.join("lib.rs"), &lib)?;

    Ok(generated.summary)
}

/// First line of every manifest this tool writes: a crate that starts with
/// it may be regenerated in place, any other is never overwritten.
const MANIFEST_MARK: &str = "# Generated by connector-codegen";

/// A TOML basic string: JSON string escapes are a subset TOML accepts.
fn toml_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

fn cargo_manifest(spec: &CheckedSpec, runtime_dep: &RuntimeDep) -> String {
    let model = &spec.spec;
    let runtime = match runtime_dep {
        RuntimeDep::Path(path) => format!("{{ path = {} }}", toml_string(&path.to_string_lossy())),
        RuntimeDep::Version(version) => format!("{{ version = {} }}", toml_string(version)),
    };
    let description = format!("Typed async client for the {} API", model.title);
    format!(
        r#"{MANIFEST_MARK} from the {title} spec; regenerate it rather than editing.
[package]
name = {name}
version = "0.1.0"
edition = "2024"
description = {description}
publish = false

# A crate of its own, even when written inside another workspace.
[workspace]

[dependencies]
connector-runtime = {runtime}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
futures = "0.3"
time = {{ version = "0.3", features = ["serde"] }}
"#,
        name = toml_string(&model.name.replace('_', "-")),
        description = toml_string(&description),
        // A line break would end the comment.
        title = model.title.replace(['\n', '\r'], " "),
    )
}

/// `#[doc = "..."]` attributes, one per line, from a block of text.
pub(crate) fn doc_attrs(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|line| {
        let line = if line.trim().is_empty() {
            String::new()
        } else {
            format!(" {}", line.trim_end())
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Docs from an optional summary and description, else a fallback sentence.
pub(crate) fn doc_text(parts: &[Option<&str>], fallback: &str) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .flatten()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect();
    if parts.is_empty() {
        fallback.to_owned()
    } else {
        parts.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparsable_tokens_give_an_error_that_keeps_the_code() {
        let error = format_tokens(quote!(pub struct ;)).unwrap_err();
        match error {
            CodegenError::Format { code, .. } => assert!(code.contains("pub struct ;")),
            other => panic!("expected a format error, got {other:?}"),
        }
    }

    #[test]
    fn docs_become_one_attribute_per_line() {
        let tokens = doc_attrs("First line.\n\nSecond line.  ");
        let expected = quote! {
            #[doc = " First line."]
            #[doc = ""]
            #[doc = " Second line."]
        };
        assert_eq!(tokens.to_string(), expected.to_string());
    }

    #[test]
    fn doc_text_falls_back_when_the_spec_is_silent() {
        assert_eq!(
            doc_text(&[None, Some("  ")], "The `x` operation."),
            "The `x` operation."
        );
        assert_eq!(
            doc_text(&[Some("Gets."), Some("More.")], "-"),
            "Gets.\n\nMore."
        );
    }

    #[test]
    fn manifests_escape_their_strings() {
        assert_eq!(toml_string(r#"C:\runtime "x""#), r#""C:\\runtime \"x\"""#);
    }
}
