//! Reading a spec: size cap, the position index, YAML parsing into the model
//! part by part (every shape error located by its key path), then the
//! semantic check of what decoded.

use std::path::Path;

use crate::CheckedSpec;
use crate::check::{At, Finding, Undecoded};
use crate::decode;
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::locate::{IndexProblem, Pos, ProblemKind, SpanIndex};
use crate::model::Spec;
use crate::node::Node;

/// Largest spec accepted, in bytes. Real specs are a few hundred kilobytes;
/// the cap bounds the work hostile input can cause.
pub const MAX_SPEC_BYTES: usize = 4 * 1024 * 1024;

/// Most diagnostics reported for one spec; past that, more are noise.
const MAX_DIAGNOSTICS: usize = 500;

/// Values that aliases may add to a document beyond what its text
/// spells out; past that, the document is decoded whole instead of by part.
const MAX_ALIAS_EXPANSION: usize = 100_000;

/// Longest excerpt of a source line shown under a diagnostic.
const MAX_EXCERPT_CHARS: usize = 300;

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
    // Editors on some systems start files with a byte order mark; it is not
    // part of the YAML.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let lines = SourceLines::new(text);
    let (index, problems) = SpanIndex::build(text);
    let to_diagnostic = |problem: &IndexProblem| {
        let pos = within_text(&lines, problem.pos);
        Diagnostic {
            severity: Severity::Error,
            file: file.to_owned(),
            line: pos.line,
            column: pos.column,
            path: problem.path.clone(),
            message: problem.message.clone(),
            hint: problem.hint.clone(),
            source_line: lines.get(pos.line),
        }
    };
    if let Some(deep) = problems.iter().find(|p| p.kind == ProblemKind::TooDeep) {
        return Err(Diagnostics(vec![to_diagnostic(deep)]));
    }
    let mut diagnostics: Vec<Diagnostic> = problems
        .iter()
        .filter(|p| p.kind != ProblemKind::Syntax)
        .take(MAX_DIAGNOSTICS)
        .map(to_diagnostic)
        .collect();

    let duplicate_found = problems.iter().any(|p| p.kind == ProblemKind::DuplicateKey);
    let shape =
        |path: String, err: &serde_yaml::Error| shape_diagnostic(file, &lines, &index, path, err);

    // Each part of the document is decoded on its own, so that every shape
    // error is reported and the parts that decode are still checked.
    let root = Node::parse(text, text.len().saturating_add(MAX_ALIAS_EXPANSION));
    let (mut spec, undecoded, stand_ins) = match root.as_ref().and_then(decode::decode) {
        Some(decoded) => {
            if !decoded.errors.is_empty() {
                // As below: a syntax error the index found explains what
                // follows from it.
                if let Some(syntax) = problems.iter().find(|p| p.kind == ProblemKind::Syntax) {
                    diagnostics.push(to_diagnostic(syntax));
                    sort(&mut diagnostics);
                    return Err(Diagnostics(diagnostics));
                }
            }
            diagnostics.extend(
                decoded
                    .errors
                    .into_iter()
                    // A duplicate key was reported by the index already.
                    .filter(|e| !(duplicate_found && e.error.to_string().contains("duplicate")))
                    .take(MAX_DIAGNOSTICS)
                    .map(|e| shape(e.path, &e.error)),
            );
            (decoded.spec, decoded.undecoded, decoded.stand_ins)
        }
        // Not a map, or text serde_yaml refuses: decoded whole, for the
        // first error.
        None => {
            let deserializer = serde_yaml::Deserializer::from_str(text);
            match serde_path_to_error::deserialize::<_, Spec>(deserializer) {
                Ok(spec) => (spec, Undecoded::default(), Vec::new()),
                Err(err) => {
                    // A syntax error explains a shape error that follows from
                    // it (an unclosed `[` reads as a list), so it wins.
                    if let Some(syntax) = problems.iter().find(|p| p.kind == ProblemKind::Syntax) {
                        diagnostics.push(to_diagnostic(syntax));
                        sort(&mut diagnostics);
                        return Err(Diagnostics(diagnostics));
                    }
                    let path = match err.path().to_string() {
                        dot if dot == "." => String::new(),
                        path => path,
                    };
                    let inner = err.into_inner();
                    if index.get("").is_none() {
                        diagnostics.push(Diagnostic {
                            severity: Severity::Error,
                            file: file.to_owned(),
                            line: 1,
                            column: 1,
                            path,
                            message: "the spec is empty".to_owned(),
                            hint: Some(
                                "a spec is a map with at least `name`, `title`, `hosts` and `auth`"
                                    .to_owned(),
                            ),
                            source_line: None,
                        });
                    } else if !(duplicate_found && inner.to_string().contains("duplicate")) {
                        diagnostics.push(shape(path, &inner));
                    }
                    sort(&mut diagnostics);
                    return Err(Diagnostics(diagnostics));
                }
            }
        }
    };

    let hoisted = crate::inline::hoist(&mut spec);
    let outcome = crate::check::check(&spec, &undecoded);
    diagnostics.extend(
        outcome
            .findings
            .iter()
            // What is said about a stand-in for a part that did not decode
            // is not about the file.
            .filter(|finding| !decode::is_stand_in(&stand_ins, &finding.path))
            .take(MAX_DIAGNOSTICS)
            .map(|finding| {
                // A hoisted object is reported where it was written.
                let mut finding = finding.clone();
                finding.path = hoisted.source_path(&finding.path);
                locate(file, &lines, &index, &finding)
            }),
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

/// A located diagnostic for a shape error at `path`.
fn shape_diagnostic(
    file: &str,
    lines: &SourceLines,
    index: &SpanIndex,
    path: String,
    err: &serde_yaml::Error,
) -> Diagnostic {
    let (message, hint) = shape_message(err);
    // A missing key is best shown at the key of the map that lacks it, an
    // unknown key at itself, anything else at the value.
    let owner = message
        .starts_with("missing key")
        .then(|| {
            if path.is_empty() {
                index.first_key("")
            } else {
                index.locate(&path, At::Key).map(|(pos, _)| pos)
            }
        })
        .flatten();
    let at = if message.starts_with("unknown key") {
        At::Key
    } else {
        At::Value
    };
    let pos = owner
        .or_else(|| {
            err.location().map(|l| Pos {
                line: l.line(),
                column: l.column(),
            })
        })
        .or_else(|| index.locate(&path, at).map(|(pos, _)| pos))
        .unwrap_or(Pos { line: 1, column: 1 });
    let pos = within_text(lines, pos);
    Diagnostic {
        severity: Severity::Error,
        file: file.to_owned(),
        line: pos.line,
        column: pos.column,
        path,
        message,
        hint,
        source_line: lines.get(pos.line),
    }
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.line, d.column));
}

fn locate(file: &str, lines: &SourceLines, index: &SpanIndex, finding: &Finding) -> Diagnostic {
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
        source_line: lines.get(pos.line),
    }
}

/// A position at the very end of the text (where a parser reports an
/// unexpected end) moved onto the last line, so that the excerpt shows it.
fn within_text(lines: &SourceLines, pos: Pos) -> Pos {
    let count = lines.count();
    match lines.get(count) {
        Some(last) if pos.line > count => Pos {
            line: count,
            column: last.chars().count() + 1,
        },
        _ => pos,
    }
}

/// The lines of the text, found once: a diagnostic's excerpt is one lookup
/// even when a hostile spec has one huge line and many diagnostics on it.
struct SourceLines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> SourceLines<'a> {
    fn new(text: &'a str) -> SourceLines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceLines { text, starts }
    }

    /// How many lines the text has; a final line break starts no new line.
    fn count(&self) -> usize {
        if self.text.ends_with('\n') {
            self.starts.len().saturating_sub(1)
        } else {
            self.starts.len()
        }
    }

    /// The first characters of 1-based `line`, without its line break.
    fn get(&self, line: usize) -> Option<String> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let rest = self.text.get(start..)?;
        let end = rest.find('\n').unwrap_or(rest.len());
        let content = rest.get(..end)?.trim_end_matches('\r');
        Some(content.chars().take(MAX_EXCERPT_CHARS).collect())
    }
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
    let message = plain_words(&lower_first(&message));
    let hint = misspelt(&message).or_else(|| {
        if message.starts_with("invalid type: sequence, expected a map") {
            Some("this is a map: write `key: value` lines, not `- ` items".to_owned())
        } else if message.starts_with("invalid type: map, expected a sequence") {
            Some("this is a list: write `- ` items or `[a, b]`".to_owned())
        } else {
            None
        }
    });
    (message, hint)
}

/// For "unknown field `x`, expected one of `a`, `b`": the closest of the
/// expected names.
fn misspelt(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown key `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let (found, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    crate::check::closest(found, candidates.iter().copied())
        .map(|name| format!("did you mean `{name}`?"))
}

/// Rewrites serde's Rust-flavoured words into the spec's own: a struct is a
/// map, `u16` is a whole number in a range.
fn plain_words(message: &str) -> String {
    let mut out = message
        .replacen("unknown field `", "unknown key `", 1)
        .replacen("missing field `", "missing key `", 1);
    if let Some(at) = out.find("expected struct ") {
        let end = out
            .get(at + "expected struct ".len()..)
            .and_then(|rest| rest.find(|c: char| !c.is_alphanumeric()))
            .map_or(out.len(), |i| at + "expected struct ".len() + i);
        out.replace_range(at..end, "expected a map");
    }
    for (rust, plain) in [
        ("expected u16", "expected a whole number from 0 to 65535"),
        (
            "expected u32",
            "expected a whole number from 0 to 4294967295",
        ),
        ("expected u64", "expected a whole number of at least 0"),
        ("expected a boolean", "expected `true` or `false`"),
    ] {
        if out.ends_with(rust) {
            out.truncate(out.len() - rust.len());
            out.push_str(plain);
        }
    }
    out
}
