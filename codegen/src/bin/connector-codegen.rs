//! The `connector-codegen` command line: generate a client crate from a spec,
//! check specs, print what a spec compiles to, compare two versions of a
//! spec, or start a new spec.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use connector_codegen::{RuntimeDep, Summary};
use connector_spec::CheckedSpec;

/// Compiles connector specs into typed async Rust client crates.
#[derive(Debug, Parser)]
#[command(name = "connector-codegen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Writes a standalone client crate for SPEC into DIR.
    Generate {
        /// The connector spec (YAML).
        spec: PathBuf,
        /// Directory of the new crate; created when missing.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Depend on a local checkout of `connector-runtime` instead of a
        /// published version; a relative path is taken from the current
        /// directory.
        #[arg(long, value_name = "P")]
        runtime_path: Option<PathBuf>,
    },
    /// Checks specs without writing anything; exits with 1 when any has errors.
    Check {
        /// The connector specs (YAML).
        #[arg(required = true)]
        specs: Vec<PathBuf>,
    },
    /// Prints what a spec compiles to, without writing anything.
    Summary {
        /// The connector spec (YAML).
        spec: PathBuf,
    },
    /// Prints what changed from OLD to NEW for users of the generated client,
    /// one line per change, each marked breaking, wire (same Rust API, other
    /// requests) or neither.
    ///
    /// Exits with 0 when no change is breaking, 2 when one is (so that CI can
    /// gate on it), and 1 when a spec has errors.
    Diff {
        /// The spec the current client was generated from (YAML).
        old: PathBuf,
        /// The edited spec (YAML).
        new: PathBuf,
    },
    /// Writes a commented starter spec named NAME.yaml into the current directory.
    New {
        /// Machine name of the connector, in snake_case.
        name: String,
        /// Where to write the spec (default: NAME.yaml).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

/// Exit status of `diff` when a change is breaking; 1 stays for errors.
const BREAKING_EXIT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Loads a spec, printing its warnings; errors come back as one message.
fn load(path: &PathBuf) -> Result<CheckedSpec, String> {
    let spec = connector_spec::load(path)
        .map_err(|diagnostics| format!("{} has errors\n\n{diagnostics}", path.display()))?;
    for warning in &spec.warnings {
        eprintln!("{warning}");
    }
    Ok(spec)
}

fn print_summary(summary: &Summary) {
    println!("connector:  {}", summary.connector);
    println!("types:      {}", summary.types);
    println!(
        "operations: {} ({} paged)",
        summary.operations, summary.paged_operations
    );
    println!("events:     {}", summary.events);
}

fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Generate {
            spec,
            out,
            runtime_path,
        } => {
            let checked = load(&spec)?;
            let runtime = match runtime_path {
                // The manifest lives in another directory, so a path relative
                // to here would point elsewhere from there.
                Some(path) => RuntimeDep::Path(
                    std::path::absolute(&path)
                        .map_err(|error| format!("{}: {error}", path.display()))?,
                ),
                None => RuntimeDep::default(),
            };
            let summary = connector_codegen::write_crate(&checked, &out, runtime)
                .map_err(|error| error.to_string())?;
            print_summary(&summary);
            println!("written to: {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { specs } => {
            let mut failed = false;
            for path in &specs {
                match connector_spec::load(path) {
                    Ok(spec) => {
                        for warning in &spec.warnings {
                            eprintln!("{warning}");
                        }
                        // A spec that checks must also compile to code.
                        match connector_codegen::generate(&spec) {
                            Ok(_) => println!(
                                "ok: {} ({} warnings)",
                                path.display(),
                                spec.warnings.len()
                            ),
                            Err(error) => {
                                failed = true;
                                eprintln!("error: {}: {error}", path.display());
                            }
                        }
                    }
                    Err(diagnostics) => {
                        failed = true;
                        eprintln!("{diagnostics}");
                    }
                }
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Summary { spec } => {
            let checked = load(&spec)?;
            let generated =
                connector_codegen::generate(&checked).map_err(|error| error.to_string())?;
            print_summary(&generated.summary);
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff { old, new } => {
            // Both files are checked so that every error is shown at once.
            let old = connector_spec::load(&old);
            let new = connector_spec::load(&new);
            let (old, new) = match (old, new) {
                (Ok(old), Ok(new)) => (old, new),
                (old, new) => {
                    for diagnostics in [old.err(), new.err()].into_iter().flatten() {
                        eprintln!("{diagnostics}");
                    }
                    return Ok(ExitCode::FAILURE);
                }
            };
            let diff = connector_codegen::diff(&old, &new);
            print!("{diff}");
            Ok(if diff.is_breaking() {
                ExitCode::from(BREAKING_EXIT)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::New { name, out } => {
            let valid = !name.is_empty()
                && name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !valid {
                return Err(format!(
                    "expected a snake_case connector name such as `acme_crm`, got `{name}`"
                ));
            }
            let path = out.unwrap_or_else(|| PathBuf::from(format!("{name}.yaml")));
            if path.exists() {
                return Err(format!(
                    "{} already exists; not overwriting it",
                    path.display()
                ));
            }
            std::fs::write(&path, starter_spec(&name))
                .map_err(|error| format!("could not write {}: {error}", path.display()))?;
            println!("written to: {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A small spec that checks as it is and shows each section with a comment.
fn starter_spec(name: &str) -> String {
    let title = heck::ToTitleCase::to_title_case(name);
    STARTER
        .replace("{{name}}", name)
        .replace("{{title}}", &title)
}

const STARTER: &str = r#"# Connector spec for {{title}}. Check it with `connector-codegen check`,
# then generate a crate with `connector-codegen generate`.
name: {{name}}
title: {{title}}
description: What the API is for, in a sentence or two.

# Servers a client may talk to; `{placeholders}` become Host fields.
hosts:
  default: main
  servers:
    main:
      url: https://api.example.com

# bearer | basic | header (with name, prefix) | query (with name) | none
auth:
  scheme: bearer
  description: An API key from the account settings.

# Optional: rate-limit headers and a client-side budget.
rate_limit:
  retry_after_header: retry-after
  budget: { requests: 60, per_seconds: 60 }

# Named paging schemes, referred to by list operations.
paging:
  cursor:
    items: /data
    next: { from: body_cursor, pointer: /next_cursor, param: cursor }

types:
  # Generic page: `Page<Item>` is a page of items.
  Page:
    params: [T]
    fields:
      data: { type: "list<T>", required: true }
      next_cursor: { type: string, nullable: true }
  Item:
    description: One item.
    fields:
      id: { type: string, required: true }
      name: string

# Connection check used by `Client::test_connection`.
test_connection: list_items

operations:
  list_items:
    summary: Lists items.
    method: GET
    path: /items
    paging: cursor
    params:
      limit: { in: query, type: integer, description: Items per page. }
    response: { type: "Page<Item>" }
  get_item:
    summary: Gets one item.
    method: GET
    path: /items/{id}
    response: { type: Item }
"#;
