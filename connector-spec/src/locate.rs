//! An index from key paths (`operations.get_customer.path`) to where their
//! key and value start in the YAML text, so that every diagnostic is located.

use std::collections::{HashMap, HashSet};

use yaml_rust2::parser::{Event, Parser};

/// Deepest nesting of maps and lists a spec may have. Real specs stay far
/// below; the cap keeps hostile input from growing the stack without bound.
pub(crate) const MAX_DEPTH: usize = 64;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Where one node of the document is.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    /// The key, when the node is the value of a map entry.
    pub key: Option<Pos>,
    /// The value itself.
    pub value: Option<Pos>,
    /// The value is a quoted scalar, so its text starts one column later.
    pub quoted: bool,
    /// The value is a scalar (or alias), not a map or list.
    pub scalar: bool,
}

/// A problem the index finds on its own: a duplicate key or too deep nesting.
#[derive(Debug, Clone)]
pub(crate) struct IndexProblem {
    pub kind: ProblemKind,
    pub path: String,
    pub pos: Pos,
    pub message: String,
    pub hint: Option<String>,
}

/// The kinds of problem the index finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ProblemKind {
    /// A key given twice in one map.
    DuplicateKey,
    /// Nesting beyond `MAX_DEPTH`.
    TooDeep,
    /// Text that is not YAML.
    Syntax,
    /// A second document after the first.
    ExtraDocument,
}

/// Positions of every key and value of a document, by key path.
#[derive(Debug, Default)]
pub(crate) struct SpanIndex {
    entries: HashMap<String, Entry>,
}

enum Frame {
    Map {
        path: String,
        key: String,
        expecting_value: bool,
        seen: HashSet<String>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

/// Joins a map key onto a path.
pub(crate) fn join_key(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Joins a list index onto a path.
pub(crate) fn join_index(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

impl SpanIndex {
    /// Indexes `text`. Stops quietly at a syntax error: the YAML was already
    /// parsed by serde, which reports syntax errors itself.
    pub(crate) fn build(text: &str) -> (SpanIndex, Vec<IndexProblem>) {
        let mut index = SpanIndex::default();
        let mut problems = Vec::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut parser = Parser::new_from_str(text);
        let mut documents = 0usize;

        loop {
            let (event, marker) = match parser.next_token() {
                Ok(next) => next,
                Err(err) if err.info().contains("recursion limit") => {
                    let marker = err.marker();
                    problems.push(IndexProblem {
                        kind: ProblemKind::TooDeep,
                        path: String::new(),
                        pos: Pos {
                            line: marker.line(),
                            column: marker.col() + 1,
                        },
                        message: format!("maps and lists nest deeper than {MAX_DEPTH} levels"),
                        hint: None,
                    });
                    break;
                }
                Err(err) => {
                    let marker = err.marker();
                    problems.push(IndexProblem {
                        kind: ProblemKind::Syntax,
                        path: String::new(),
                        pos: Pos {
                            line: marker.line(),
                            column: marker.col() + 1,
                        },
                        message: format!("invalid yaml: {}", err.info()),
                        hint: None,
                    });
                    break;
                }
            };
            // yaml-rust2 counts columns from 0.
            let pos = Pos {
                line: marker.line(),
                column: marker.col() + 1,
            };
            match event {
                Event::StreamEnd => break,
                Event::DocumentStart => {
                    documents += 1;
                    if documents > 1 {
                        problems.push(IndexProblem {
                            kind: ProblemKind::ExtraDocument,
                            path: String::new(),
                            pos,
                            message: "expected one yaml document, found a second one".to_owned(),
                            hint: Some("a spec is one document: remove the `---` and what follows, or merge the documents".to_owned()),
                        });
                        break;
                    }
                }
                Event::Scalar(value, style, ..) => {
                    let quoted = matches!(
                        style,
                        yaml_rust2::scanner::TScalarStyle::SingleQuoted
                            | yaml_rust2::scanner::TScalarStyle::DoubleQuoted
                    );
                    index.node(&mut stack, &mut problems, pos, Some(value), quoted);
                }
                Event::Alias(_) => {
                    index.node(&mut stack, &mut problems, pos, Some("*".to_owned()), false);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let path = index.node(&mut stack, &mut problems, pos, None, false);
                    if stack.len() >= MAX_DEPTH {
                        problems.push(IndexProblem {
                            kind: ProblemKind::TooDeep,
                            path: shorten(&path),
                            pos,
                            message: format!("maps and lists nest deeper than {MAX_DEPTH} levels"),
                            hint: None,
                        });
                        break;
                    }
                    stack.push(if matches!(event, Event::MappingStart(..)) {
                        Frame::Map {
                            path,
                            key: String::new(),
                            expecting_value: false,
                            seen: HashSet::new(),
                        }
                    } else {
                        Frame::Seq { path, next: 0 }
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                    Self::advance(&mut stack);
                }
                _ => {}
            }
        }
        (index, problems)
    }

    /// Records a node that starts at `pos` and returns its path. A scalar
    /// (or alias) node is complete at once; a collection completes at its end.
    fn node(
        &mut self,
        stack: &mut [Frame],
        problems: &mut Vec<IndexProblem>,
        pos: Pos,
        scalar: Option<String>,
        quoted: bool,
    ) -> String {
        let is_scalar = scalar.is_some();
        let path = match stack.last_mut() {
            None => String::new(),
            Some(Frame::Map {
                path,
                key,
                expecting_value: false,
                seen,
            }) => {
                let name = scalar.unwrap_or_else(|| "?".to_owned());
                let full = join_key(path, &name);
                if !is_scalar {
                    // A collection as a key: not something a spec uses; its
                    // contents are indexed under `?` and never looked up.
                } else if !seen.insert(name.clone()) {
                    problems.push(IndexProblem {
                        kind: ProblemKind::DuplicateKey,
                        path: full.clone(),
                        pos,
                        message: format!("duplicate key `{name}`"),
                        hint: Some("a key may appear only once in a map".to_owned()),
                    });
                } else {
                    self.entries.entry(full.clone()).or_default().key = Some(pos);
                }
                *key = name;
                if is_scalar {
                    Self::advance(stack);
                }
                return full;
            }
            Some(Frame::Map { path, key, .. }) => join_key(path, key),
            Some(Frame::Seq { path, next, .. }) => join_index(path, *next),
        };
        let entry = self.entries.entry(path.clone()).or_default();
        if entry.value.is_none() {
            entry.value = Some(pos);
            entry.quoted = quoted;
            entry.scalar = is_scalar;
        }
        if is_scalar {
            Self::advance(stack);
        }
        path
    }

    /// A child node is complete: a map flips between key and value, a list
    /// moves to its next index.
    fn advance(stack: &mut [Frame]) {
        match stack.last_mut() {
            Some(Frame::Map {
                expecting_value, ..
            }) => *expecting_value = !*expecting_value,
            Some(Frame::Seq { next, .. }) => *next += 1,
            None => {}
        }
    }

    /// The first key of the map at `path`, where a key it lacks is shown.
    pub(crate) fn first_key(&self, path: &str) -> Option<Pos> {
        self.entries
            .iter()
            .filter(|(child, _)| parent(child) == Some(path))
            .filter_map(|(_, entry)| entry.key)
            .min_by_key(|pos| (pos.line, pos.column))
    }

    /// The entry at `path`, if the document has one.
    pub(crate) fn get(&self, path: &str) -> Option<&Entry> {
        self.entries.get(path)
    }
}

impl SpanIndex {
    /// Where a diagnostic about `path` points, and how many columns into
    /// the value. A path the document does not hold (a missing key, a field
    /// in short form) falls back to its nearest ancestor.
    pub(crate) fn locate(&self, path: &str, at: crate::check::At) -> Option<(Pos, usize)> {
        use crate::check::At;

        if let Some(entry) = self.get(path) {
            let found = match at {
                At::Key => entry.key.or(entry.value).map(|pos| (pos, 0)),
                At::Value => entry.value.map(|pos| (pos, 0)),
                At::ValueOffset(offset) => entry
                    .value
                    .map(|pos| (pos, offset + usize::from(entry.quoted))),
            };
            if found.is_some() {
                return found;
            }
        }
        let mut current = path;
        while let Some(parent) = parent(current) {
            current = parent;
            let Some(entry) = self.get(current) else {
                continue;
            };
            if entry.scalar {
                let offset = match at {
                    At::ValueOffset(offset) => offset + usize::from(entry.quoted),
                    _ => 0,
                };
                if let Some(pos) = entry.value {
                    return Some((pos, offset));
                }
            }
            if let Some(pos) = entry.key.or(entry.value) {
                return Some((pos, 0));
            }
        }
        None
    }
}

/// The path one level up: `a.b[2]` -> `a.b`, `a.b` -> `a`, `a` -> ``.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    path.get(..cut)
}

/// A path cut to a readable length: the path of a deeply nested node is
/// mostly `[0][0][0]…`.
fn shorten(path: &str) -> String {
    const KEEP: usize = 60;
    match path.char_indices().nth(KEEP) {
        Some((cut, _)) => format!("{}…", path.get(..cut).unwrap_or(path)),
        None => path.to_owned(),
    }
}
