//! Reading a spec: size cap, YAML parsing into the model with the key path of
//! any shape error, the position index, then the semantic check.

use std::path::Path;

use crate::CheckedSpec;
use crate::check::{At, Finding};
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::locate::{Pos, SpanIndex};
use crate::model::Spec;

/// Largest spec accepted, in bytes. Real specs are a few hundred kilobytes;
/// the cap bounds the work hostile input can cause.
pub const MAX_SPEC_BYTES: usize = 4 * 1024 * 1024;

/// Reads and checks the spec at `path`. The file is named in diagnostics as
/// given.
///
/// ```no_run
/// match connector_spec::load("specs/example.yaml") {
///     Ok(checked) => println!("{} operations", checked.spec.operations.len()),
///     Err(diagnostics) => eprintln!("{diagnostics}"),
/// }
/// ```
pub fn load(path: impl AsRef<Path>) -> Result<CheckedSpec, Diagnostics> {
    let path = path.as_ref();
    let file = path.display().to_string();
    let text = std::fs::read(path).map_err(|err| {
        single(
            &file,
            format!("cannot read the spec: {}", lower_first(&err.to_string())),
        )
    })?;
    if text.len() > MAX_SPEC_BYTES {
        return Err(too_big(&file, text.len()));
    }
    let text = String::from_utf8(text)
        .map_err(|err| single(&file, format!("the spec is not valid utf-8: {err}")))?;
    check_str(&file, &text)
}

/// Checks the spec `text`, naming it `file` in diagnostics. Every problem
/// found is reported, not just the first.
///
/// ```
/// let err = connector_spec::check_str("bad.yaml", "name: [").unwrap_err();
/// assert_eq!(err.0[0].line, 1);
/// ```
pub fn check_str(file: &str, text: &str) -> Result<CheckedSpec, Diagnostics> {
    if text.len() > MAX_SPEC_BYTES {
        return Err(too_big(file, text.len()));
    }

    let (index, problems) = SpanIndex::build(text);
    let mut diagnostics: Vec<Diagnostic> = problems
        .iter()
        .map(|problem| Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            line: problem.pos.line,
            column: problem.pos.column,
            path: problem.path.clone(),
            message: problem.message.clone(),
            hint: problem.hint.clone(),
            source_line: source_line(text, problem.pos.line),
        })
        .collect();
    let too_deep = problems.iter().any(|p| p.message.contains("nest deeper"));
    if too_deep {
        return Err(Diagnostics(diagnostics));
    }

    let deserializer = serde_yaml::Deserializer::from_str(text);
    let spec: Spec = match serde_path_to_error::deserialize(deserializer) {
        Ok(spec) => spec,
        Err(err) => {
            let duplicate_found = !diagnostics.is_empty();
            let path = match err.path().to_string() {
                dot if dot == "." => String::new(),
                path => path,
            };
            let inner = err.into_inner();
            let (message, hint) = shape_message(&inner);
            if !(duplicate_found && message.contains("duplicate")) {
                let pos = inner
                    .location()
                    .map(|l| Pos {
                        line: l.line(),
                        column: l.column(),
                    })
                    .or_else(|| index.locate(&path, At::Value).map(|(pos, _)| pos))
                    .unwrap_or(Pos { line: 1, column: 1 });
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    file: file.to_owned(),
                    line: pos.line,
                    column: pos.column,
                    path,
                    message,
                    hint,
                    source_line: source_line(text, pos.line),
                });
            }
            sort(&mut diagnostics);
            return Err(Diagnostics(diagnostics));
        }
    };

    let outcome = crate::check::check(&spec);
    diagnostics.extend(
        outcome
            .findings
            .iter()
            .map(|finding| locate(file, text, &index, finding)),
    );
    sort(&mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(Diagnostics(diagnostics));
    }
    Ok(CheckedSpec {
        spec,
        file: file.to_owned(),
        warnings: diagnostics,
        page_items: outcome.page_items,
    })
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.line, d.column));
}

fn locate(file: &str, text: &str, index: &SpanIndex, finding: &Finding) -> Diagnostic {
    let (pos, offset) = index
        .locate(&finding.path, finding.at)
        .unwrap_or((Pos { line: 1, column: 1 }, 0));
    Diagnostic {
        severity: finding.severity,
        file: file.to_owned(),
        line: pos.line,
        column: pos.column + offset,
        path: finding.path.clone(),
        message: finding.message.clone(),
        hint: finding.hint.clone(),
        source_line: source_line(text, pos.line),
    }
}

fn source_line(text: &str, line: usize) -> Option<String> {
    text.lines()
        .nth(line.checked_sub(1)?)
        .map(|l| l.chars().take(300).collect())
}

fn single(file: &str, message: String) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        severity: Severity::Error,
        file: file.to_owned(),
        line: 1,
        column: 1,
        path: String::new(),
        message,
        hint: None,
        source_line: None,
    }])
}

fn too_big(file: &str, len: usize) -> Diagnostics {
    single(
        file,
        format!("the spec is {len} bytes, expected at most {MAX_SPEC_BYTES}"),
    )
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The message of a serde error without its position (the diagnostic shows
/// it), with a suggestion when a key or variant is misspelt.
fn shape_message(err: &serde_yaml::Error) -> (String, Option<String>) {
    let mut message = err.to_string();
    if let Some(at) = message.rfind(" at line ") {
        message.truncate(at);
    }
    // serde_yaml puts the key path in front; the diagnostic has its own.
    if let Some((head, rest)) = message.split_once(": ") {
        if !head.contains(' ') && !rest.is_empty() {
            message = rest.to_owned();
        }
    }
    let message = lower_first(&message);
    let hint = misspelt(&message);
    (message, hint)
}

/// For "unknown field `x`, expected one of `a`, `b`": the closest of the
/// expected names.
fn misspelt(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let (found, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::check::closest(found, candidates.iter().copied())
        .map(|name| format!("did you mean `{name}`?"))
}
