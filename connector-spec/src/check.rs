//! The semantic checker: everything the serde model cannot say on its own,
//! from unknown type names to paging pointers that lead nowhere. It reports
//! every problem it finds as a `Finding` with the key path it is about.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use crate::diagnostic::Severity;
use crate::locate::{join_index, join_key};
use crate::model::{
    AuthScheme, EnumLiteral, ListStyle, Method, NextFrom, Operation, ParamIn, Spec, TypeDef,
    Variants,
};
use crate::types::{self, Prim, TypeExpr};

/// Which part of the node at a path a finding points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    /// The key of the entry (for "missing" and "not allowed here").
    Key,
    /// The start of the value.
    Value,
    /// A character offset into a scalar value (a type expression error).
    ValueOffset(usize),
}

/// One problem, before it is located in the text.
#[derive(Debug, Clone)]
pub(crate) struct Finding {
    pub severity: Severity,
    pub path: String,
    pub at: At,
    pub message: String,
    pub hint: Option<String>,
}

/// What the check found, and the item types of paged operations.
pub(crate) struct Outcome {
    pub findings: Vec<Finding>,
    pub page_items: IndexMap<String, TypeExpr>,
}

/// Names of entries that exist in the spec but did not decode (a shape
/// error was reported for them). References to them are not reported again,
/// so that one typo does not cascade into many errors.
#[derive(Debug, Clone, Default)]
pub(crate) struct Undecoded {
    pub types: Names,
    pub operations: Names,
    pub paging: Names,
    pub servers: Names,
    pub variables: Names,
    pub events: Names,
    /// Per type, the fields that did not decode; the type itself did.
    pub fields: HashMap<String, HashSet<String>>,
    /// Operations kept although some of their keys did not decode: what
    /// they seem to lack may be in those keys.
    pub partial_operations: Names,
}

/// Some names of one section, or all of it when the section itself did
/// not decode.
#[derive(Debug, Clone, Default)]
pub(crate) struct Names {
    pub names: HashSet<String>,
    pub all: bool,
}

impl Names {
    /// Whether `name` may be an entry that did not decode.
    pub fn contains(&self, name: &str) -> bool {
        self.all || self.names.contains(name)
    }

    /// Whether any entry of the section did not decode.
    pub fn any(&self) -> bool {
        self.all || !self.names.is_empty()
    }
}

/// Longest chain of aliases followed before giving up, so that a cycle of
/// aliases cannot loop forever.
const MAX_ALIAS_HOPS: usize = 32;

/// Checks `spec` and returns every problem found. Entries named in
/// `undecoded` are treated as present but unknown.
pub(crate) fn check(spec: &Spec, undecoded: &Undecoded) -> Outcome {
    let mut checker = Checker {
        spec,
        undecoded,
        findings: Vec::new(),
        page_items: IndexMap::new(),
        reached_undecoded: Cell::new(false),
    };
    checker.names();
    checker.types();
    checker.hosts();
    checker.auth();
    checker.headers();
    checker.paging();
    checker.errors();
    checker.operations();
    checker.test_connection();
    checker.webhooks();
    checker.limits();
    Outcome {
        findings: checker.findings,
        page_items: checker.page_items,
    }
}

/// The candidate closest to `found`, if one is close enough to be a typo:
/// a few edits away (swapped letters count as one) or similar by
/// Jaro-Winkler, which favours a shared start (`org` for `organization`).
pub(crate) fn closest<'a>(
    found: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let found = found.to_lowercase();
    let max_edits = (found.chars().count() / 3).max(1);
    candidates
        .filter_map(|candidate| {
            let lower = candidate.to_lowercase();
            let edits = strsim::osa_distance(&found, &lower);
            let similarity = strsim::jaro_winkler(&found, &lower);
            (edits <= max_edits || similarity > 0.8).then_some((edits, similarity, candidate))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)))
        .map(|(_, _, candidate)| candidate)
}

fn did_you_mean<'a>(found: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    closest(found, candidates).map(|name| format!("did you mean `{name}`?"))
}

fn is_snake_case(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_type_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Character offset of the first occurrence of `name` as a whole word in a
/// type expression (`Note` in `list<NoteId, Note>` is the second).
fn name_offset(text: &str, name: &str) -> usize {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    text.match_indices(name)
        .find(|(i, _)| {
            let before = text.get(..*i).and_then(|t| t.chars().next_back());
            let after = text.get(i + name.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
        .and_then(|(i, _)| text.get(..i))
        .map_or(0, |prefix| prefix.chars().count())
}

/// Whether `pointer` is a JSON pointer (RFC 6901): empty, or `/`-led.
fn is_json_pointer(pointer: &str) -> bool {
    if !(pointer.is_empty() || pointer.starts_with('/')) {
        return false;
    }
    // `~` must be followed by 0 or 1.
    let mut chars = pointer.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
            return false;
        }
    }
    true
}

/// The reference tokens of a valid JSON pointer, unescaped.
fn pointer_segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// `{name}` placeholders of a template, or the offset of an unbalanced
/// brace. Offsets count characters, as diagnostic columns do.
fn placeholders(template: &str) -> Result<Vec<(usize, &str)>, (usize, &'static str)> {
    let mut found = Vec::new();
    // Byte index and character offset of the open `{`.
    let mut open: Option<(usize, usize)> = None;
    for (offset, (i, c)) in template.char_indices().enumerate() {
        match c {
            '{' if open.is_some() => return Err((offset, "`{` inside a placeholder")),
            '{' => open = Some((i, offset)),
            '}' => match open.take() {
                Some((start, start_offset)) => {
                    found.push((start_offset, template.get(start + 1..i).unwrap_or("")));
                }
                None => return Err((offset, "`}` without a matching `{`")),
            },
            _ => {}
        }
    }
    match open {
        Some((_, start_offset)) => Err((start_offset, "`{` without a matching `}`")),
        None => Ok(found),
    }
}

struct Checker<'a> {
    spec: &'a Spec,
    undecoded: &'a Undecoded,
    findings: Vec<Finding>,
    page_items: IndexMap<String, TypeExpr>,
    /// Set when a pointer followed last reached a type or field that did
    /// not decode: the `json` it resolved to stands for what is unknown.
    reached_undecoded: Cell<bool>,
}

impl<'a> Checker<'a> {
    fn report(
        &mut self,
        severity: Severity,
        path: String,
        at: At,
        message: String,
        hint: Option<String>,
    ) {
        self.findings.push(Finding {
            severity,
            path,
            at,
            message,
            hint,
        });
    }

    fn error(&mut self, path: impl Into<String>, at: At, message: impl Into<String>) {
        self.report(Severity::Error, path.into(), at, message.into(), None);
    }

    fn error_hint(
        &mut self,
        path: impl Into<String>,
        at: At,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        self.report(Severity::Error, path.into(), at, message.into(), hint);
    }

    fn warning(&mut self, path: impl Into<String>, at: At, message: impl Into<String>) {
        self.report(Severity::Warning, path.into(), at, message.into(), None);
    }

    fn pointer(&mut self, path: String, pointer: &str) {
        if !is_json_pointer(pointer) {
            self.error_hint(
                path,
                At::Value,
                format!("`{pointer}` is not a json pointer"),
                Some("a json pointer is empty or starts with `/`, like `/data/0/id`; `~` is written `~0` and `/` `~1`".to_owned()),
            );
        }
    }

    // ---- names --------------------------------------------------------------

    fn names(&mut self) {
        if !is_snake_case(&self.spec.name) {
            self.error_hint(
                "name",
                At::Value,
                format!("connector name `{}` is not snake_case", self.spec.name),
                Some("use lower case letters, digits and `_`, starting with a letter".to_owned()),
            );
        }
        for name in self.spec.types.keys() {
            if !is_type_name(name) {
                self.error_hint(
                    join_key("types", name),
                    At::Key,
                    format!("type name `{name}` must start with an upper case letter"),
                    Some("use letters, digits and `_`, like `CustomerAttributes`".to_owned()),
                );
            }
        }
        for name in self.spec.operations.keys() {
            if !is_snake_case(name) {
                self.error_hint(
                    join_key("operations", name),
                    At::Key,
                    format!("operation name `{name}` is not a snake_case identifier"),
                    Some(format!(
                        "operation names become method names: try `{}`",
                        heck::ToSnakeCase::to_snake_case(name.as_str())
                    )),
                );
            }
        }
    }

    // ---- type expressions ---------------------------------------------------

    /// Parses and resolves a type expression; reports what is wrong with it.
    fn type_expr(&mut self, path: &str, text: &str, params: &[String]) -> Option<TypeExpr> {
        match types::parse(text, params) {
            Ok(expr) => {
                let before = self.findings.len();
                self.resolve_names(path, text, &expr);
                (self.findings.len() == before).then_some(expr)
            }
            Err(err) => {
                let offset = text
                    .get(..err.offset)
                    .map_or(0, |prefix| prefix.chars().count());
                self.error(
                    path,
                    At::ValueOffset(offset),
                    format!("invalid type expression `{text}`: {}", err.message),
                );
                None
            }
        }
    }

    /// Reports unknown names and wrong arities anywhere in `expr`.
    fn resolve_names(&mut self, path: &str, text: &str, expr: &TypeExpr) {
        let mut pending = vec![expr];
        while let Some(expr) = pending.pop() {
            match expr {
                TypeExpr::Prim(_) | TypeExpr::Param(_) => {}
                TypeExpr::List(inner) | TypeExpr::Map(inner) => pending.push(inner),
                TypeExpr::Named { name, args } => {
                    pending.extend(args.iter());
                    let offset = name_offset(text, name);
                    let Some(def) = self.spec.types.get(name) else {
                        if self.undecoded.types.contains(name) {
                            continue;
                        }
                        let owner = self
                            .spec
                            .types
                            .iter()
                            .find(|(_, def)| def.params.contains(name))
                            .map(|(owner, _)| owner.clone());
                        if let Some(owner) = owner {
                            self.error_hint(
                                path,
                                At::ValueOffset(offset),
                                format!("type parameter `{name}` is used outside its generic type"),
                                Some(format!("`{name}` is a parameter of `{owner}` and means something only inside it")),
                            );
                            continue;
                        }
                        let prims = Prim::NAMES.iter().map(|(n, _)| *n);
                        let hint = did_you_mean(
                            name,
                            self.spec.types.keys().map(String::as_str).chain(prims),
                        );
                        self.error_hint(
                            path,
                            At::ValueOffset(offset),
                            format!("unknown type `{name}`"),
                            hint,
                        );
                        continue;
                    };
                    if def.params.len() != args.len() {
                        let want = def.params.len();
                        self.error_hint(
                            path,
                            At::ValueOffset(offset),
                            format!(
                                "`{name}` takes {want} type argument{}, found {}",
                                if want == 1 { "" } else { "s" },
                                args.len()
                            ),
                            (want > 0)
                                .then(|| format!("write `{name}<{}>`", def.params.join(", "))),
                        );
                    }
                }
            }
        }
    }

    /// Follows aliases from a named type; `None` for an alias cycle or a
    /// name that does not resolve.
    fn unalias(&self, mut expr: TypeExpr) -> Option<TypeExpr> {
        for _ in 0..MAX_ALIAS_HOPS {
            let TypeExpr::Named { name, args } = &expr else {
                return Some(expr);
            };
            let Some(def) = self.spec.types.get(name) else {
                // A type that did not decode stays as it is: unknown, not absent.
                return self.undecoded.types.contains(name).then_some(expr);
            };
            let Some(alias) = &def.alias else {
                return Some(expr);
            };
            let target = types::parse(alias, &def.params).ok()?;
            expr = target.substitute(&def.params, args);
        }
        None
    }

    /// Whether `expr` may be a path, query or header parameter: a scalar,
    /// an enum, or a list of those.
    fn is_param_type(&self, expr: &TypeExpr, allow_list: bool) -> bool {
        match self.unalias(expr.clone()) {
            Some(TypeExpr::Prim(prim)) => prim != Prim::Json,
            Some(TypeExpr::List(inner)) => allow_list && self.is_param_type(&inner, false),
            Some(TypeExpr::Named { name, .. }) => match self.spec.types.get(&name) {
                Some(def) => def.values.is_some(),
                None => self.undecoded.types.contains(&name),
            },
            _ => false,
        }
    }

    // ---- types --------------------------------------------------------------

    fn types(&mut self) {
        let spec = self.spec;
        for (name, def) in &spec.types {
            let base = join_key("types", name);
            self.type_def(&base, name, def);
        }
        self.alias_cycles();
    }

    fn type_def(&mut self, base: &str, name: &str, def: &TypeDef) {
        let mut seen = HashSet::new();
        for (i, param) in def.params.iter().enumerate() {
            let path = join_index(&join_key(base, "params"), i);
            if !is_identifier(param) {
                self.error(
                    path,
                    At::Value,
                    format!("type parameter `{param}` is not an identifier"),
                );
            } else if !seen.insert(param) {
                self.error(
                    path,
                    At::Value,
                    format!("type parameter `{param}` is declared twice"),
                );
            } else if self.spec.types.contains_key(param)
                || self.undecoded.types.names.contains(param.as_str())
                || Prim::from_name(param).is_some()
            {
                self.error(
                    path,
                    At::Value,
                    format!("type parameter `{param}` has the name of a type"),
                );
            }
        }

        let given: Vec<&str> = [
            ("fields", def.fields.is_some()),
            ("values", def.values.is_some()),
            ("variants", def.variants.is_some()),
            ("type", def.alias.is_some()),
        ]
        .into_iter()
        .filter_map(|(key, present)| present.then_some(key))
        .collect();
        match given.as_slice() {
            [] => self.error_hint(
                base,
                At::Key,
                format!("type `{name}` has none of `fields`, `values`, `variants` and `type`"),
                Some("give `fields` for an object, `values` for an enum, `variants` for a union, or `type` for an alias".to_owned()),
            ),
            [_] => {}
            [first, rest @ ..] => {
                for other in rest {
                    self.error_hint(
                        join_key(base, other),
                        At::Key,
                        format!("type `{name}` has both `{first}` and `{other}`"),
                        Some("a type has exactly one of `fields`, `values`, `variants` and `type`".to_owned()),
                    );
                }
            }
        }

        let mut used_params: HashSet<String> = HashSet::new();
        let mut note_params = |expr: &TypeExpr| {
            let mut pending = vec![expr.clone()];
            while let Some(expr) = pending.pop() {
                match expr {
                    TypeExpr::Param(p) => {
                        used_params.insert(p);
                    }
                    TypeExpr::List(inner) | TypeExpr::Map(inner) => pending.push(*inner),
                    TypeExpr::Named { args, .. } => pending.extend(args),
                    TypeExpr::Prim(_) => {}
                }
            }
        };

        if let Some(fields) = &def.fields {
            for (field_name, field) in fields {
                let path = join_key(&join_key(&join_key(base, "fields"), field_name), "type");
                if let Some(expr) = self.type_expr(&path, &field.ty, &def.params) {
                    note_params(&expr);
                }
                if let Some(rust_name) = &field.rust_name {
                    if !is_snake_case(rust_name) {
                        self.error(
                            join_key(
                                &join_key(&join_key(base, "fields"), field_name),
                                "rust_name",
                            ),
                            At::Value,
                            format!("rust name `{rust_name}` is not a snake_case identifier"),
                        );
                    }
                }
            }
        } else if def.closed {
            self.error(
                join_key(base, "closed"),
                At::Key,
                "`closed` is only for types with `fields`",
            );
        }

        if let Some(values) = &def.values {
            self.enum_values(base, values);
        }

        match (&def.variants, &def.tag) {
            (Some(Variants::Untagged(_)), Some(_)) => self.error_hint(
                join_key(base, "variants"),
                At::Key,
                format!("union `{name}` has a `tag`, so its `variants` must be a map"),
                Some("write `variants:` as a map from tag value to type, or drop `tag` for an untagged union".to_owned()),
            ),
            (Some(Variants::Tagged(_)), None) => self.error_hint(
                join_key(base, "variants"),
                At::Key,
                format!("union `{name}` has `variants` as a map but no `tag`"),
                Some("add `tag:` naming the field that holds the tag, or write `variants:` as a list for an untagged union".to_owned()),
            ),
            (None, Some(_)) => self.error(
                join_key(base, "tag"),
                At::Key,
                "`tag` is only for unions with `variants`",
            ),
            _ => {}
        }
        match &def.variants {
            Some(Variants::Untagged(list)) => {
                if list.is_empty() {
                    self.error(
                        join_key(base, "variants"),
                        At::Key,
                        format!("union `{name}` has no variants"),
                    );
                }
                for (i, variant) in list.iter().enumerate() {
                    let path = join_index(&join_key(base, "variants"), i);
                    if let Some(expr) = self.type_expr(&path, variant, &def.params) {
                        note_params(&expr);
                    }
                }
            }
            Some(Variants::Tagged(map)) => {
                if map.is_empty() {
                    self.error(
                        join_key(base, "variants"),
                        At::Key,
                        format!("union `{name}` has no variants"),
                    );
                }
                for (tag, variant) in map {
                    let path = join_key(&join_key(base, "variants"), tag);
                    if let Some(expr) = self.type_expr(&path, variant, &def.params) {
                        note_params(&expr);
                        self.tagged_variant(&path, name, tag, &expr);
                    }
                }
            }
            None => {}
        }

        if let Some(alias) = &def.alias {
            if let Some(expr) = self.type_expr(&join_key(base, "type"), alias, &def.params) {
                note_params(&expr);
            }
        }

        // A field that did not decode may be where a parameter is used.
        let fields_failed = self.undecoded.fields.contains_key(name);
        if given.len() == 1 && def.values.is_none() && !fields_failed {
            for (i, param) in def.params.iter().enumerate() {
                // A parameter that shadows a type was reported already.
                let shadows =
                    self.spec.types.contains_key(param) || Prim::from_name(param).is_some();
                if !used_params.contains(param) && !shadows {
                    self.warning(
                        join_index(&join_key(base, "params"), i),
                        At::Value,
                        format!("type parameter `{param}` is never used"),
                    );
                }
            }
        }
    }

    /// The tag of a tagged union sits next to the fields of the variant, so
    /// a variant must be an object (or a type parameter, checked where the
    /// union is used).
    fn tagged_variant(&mut self, path: &str, union: &str, tag: &str, expr: &TypeExpr) {
        let is_object = match self.unalias(expr.clone()) {
            Some(TypeExpr::Named { name, .. }) => self
                .spec
                .types
                .get(&name)
                .is_none_or(|def| def.fields.is_some()),
            Some(TypeExpr::Param(_) | TypeExpr::Prim(Prim::Json)) | None => true,
            Some(_) => false,
        };
        if !is_object {
            self.error_hint(
                path,
                At::Value,
                format!("variant `{tag}` of tagged union `{union}` is `{expr}`, expected an object type"),
                Some("the tag is a field next to the variant's own fields, so a variant needs `fields`".to_owned()),
            );
        }
    }

    fn enum_values(&mut self, base: &str, values: &[crate::model::EnumValue]) {
        let path = join_key(base, "values");
        if values.is_empty() {
            self.error(path.clone(), At::Key, "an enum needs at least one value");
            return;
        }
        let strings = values
            .iter()
            .filter(|v| matches!(v.value, EnumLiteral::String(_)))
            .count();
        if strings != 0 && strings != values.len() {
            let first_is_string = values
                .first()
                .is_some_and(|v| matches!(v.value, EnumLiteral::String(_)));
            let odd = values
                .iter()
                .position(|v| matches!(v.value, EnumLiteral::String(_)) != first_is_string)
                .unwrap_or(0);
            self.error_hint(
                join_index(&path, odd),
                At::Value,
                "enum values mix strings and integers",
                Some(
                    "quote the integers to make them strings, or make every value an integer"
                        .to_owned(),
                ),
            );
        }
        let mut seen = HashSet::new();
        let mut names = HashSet::new();
        for (i, value) in values.iter().enumerate() {
            let at = join_index(&path, i);
            let shown = match &value.value {
                EnumLiteral::Integer(n) => n.to_string(),
                EnumLiteral::String(s) => s.clone(),
            };
            if !seen.insert(&value.value) {
                self.error(
                    at.clone(),
                    At::Value,
                    format!("enum value `{shown}` appears twice"),
                );
            }
            match (&value.value, &value.name) {
                (EnumLiteral::Integer(_), None) => self.error_hint(
                    at.clone(),
                    At::Value,
                    format!("integer enum value `{shown}` needs a `name`"),
                    Some(format!("write `{{ value: {shown}, name: SomeName }}`")),
                ),
                (_, Some(name)) if !is_type_name(name) => self.error(
                    join_key(&at, "name"),
                    At::Value,
                    format!("variant name `{name}` must start with an upper case letter"),
                ),
                _ => {}
            }
            if let Some(name) = &value.name {
                if !names.insert(name) {
                    self.error(
                        join_key(&at, "name"),
                        At::Value,
                        format!("variant name `{name}` appears twice"),
                    );
                }
            }
        }
    }

    fn alias_cycles(&mut self) {
        let spec = self.spec;
        for (name, def) in &spec.types {
            if def.alias.is_none() {
                continue;
            }
            let start = TypeExpr::Named {
                name: name.clone(),
                args: def
                    .params
                    .iter()
                    .map(|p| TypeExpr::Param(p.clone()))
                    .collect(),
            };
            let mut current = start;
            let mut visited = HashSet::new();
            while let TypeExpr::Named {
                name: current_name,
                args,
            } = &current
            {
                if !visited.insert(current_name.clone()) {
                    if current_name == name {
                        self.error(
                            join_key(&join_key("types", name), "type"),
                            At::Value,
                            format!("alias `{name}` refers back to itself"),
                        );
                    }
                    break;
                }
                let Some(def) = spec.types.get(current_name) else {
                    break;
                };
                let Some(alias) = &def.alias else {
                    break;
                };
                let Ok(target) = types::parse(alias, &def.params) else {
                    break;
                };
                current = target.substitute(&def.params, args);
            }
        }
    }

    // ---- hosts and auth -----------------------------------------------------

    fn hosts(&mut self) {
        let hosts = &self.spec.hosts;
        if self.undecoded.servers.contains(&hosts.default) {
            // The default server, or every server, did not decode.
        } else if hosts.servers.is_empty() {
            if !self.undecoded.servers.any() {
                self.error(
                    "hosts.servers",
                    At::Key,
                    "`servers` needs at least one server",
                );
            }
        } else if !hosts.servers.contains_key(&hosts.default) {
            let hint = did_you_mean(&hosts.default, hosts.servers.keys().map(String::as_str));
            self.error_hint(
                "hosts.default",
                At::Value,
                format!("default server `{}` is not in `servers`", hosts.default),
                hint.or_else(|| {
                    Some(format!(
                        "servers are: {}",
                        hosts
                            .servers
                            .keys()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                }),
            );
        }

        let mut used = HashSet::new();
        for (key, server) in &hosts.servers {
            let path = join_key(&join_key("hosts.servers", key), "url");
            let url = &server.url;
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                self.error(
                    path.clone(),
                    At::Value,
                    format!("server url `{url}` must start with `https://` or `http://`"),
                );
            }
            if url.ends_with('/') {
                self.error_hint(
                    path.clone(),
                    At::Value,
                    format!("server url `{url}` ends with `/`"),
                    Some("operation paths start with `/`; drop the trailing one".to_owned()),
                );
            }
            match placeholders(url) {
                Err((offset, problem)) => self.error(
                    path.clone(),
                    At::ValueOffset(offset),
                    format!("unbalanced braces in server url: {problem}"),
                ),
                Ok(found) => {
                    for (offset, name) in found {
                        used.insert(name.to_owned());
                        if !hosts.variables.contains_key(name)
                            && !self.undecoded.variables.contains(name)
                        {
                            let hint =
                                did_you_mean(name, hosts.variables.keys().map(String::as_str))
                                    .or_else(|| {
                                        Some(format!("declare it under `hosts.variables.{name}`"))
                                    });
                            self.error_hint(
                                path.clone(),
                                At::ValueOffset(offset),
                                format!(
                                    "server url placeholder `{{{name}}}` is not a declared variable"
                                ),
                                hint,
                            );
                        }
                    }
                }
            }
        }
        for (name, variable) in &hosts.variables {
            let path = join_key("hosts.variables", name);
            if !used.contains(name) && !self.undecoded.servers.any() {
                self.error(
                    path.clone(),
                    At::Key,
                    format!("host variable `{name}` is not used by any server url"),
                );
            }
            if let Some(pattern) = &variable.pattern {
                // A value must match in full, so the example is checked the
                // same way.
                match regex_lite::Regex::new(&format!("^(?:{pattern})$")) {
                    Err(err) => {
                        let detail = err.to_string();
                        let detail = detail.lines().last().unwrap_or_default().trim().to_owned();
                        self.error(
                            join_key(&path, "pattern"),
                            At::Value,
                            format!("`{pattern}` is not a valid regular expression: {detail}"),
                        );
                    }
                    Ok(regex) => {
                        if let Some(example) = &variable.example {
                            if !regex.is_match(example) {
                                self.error(
                                    join_key(&path, "example"),
                                    At::Value,
                                    format!(
                                        "example `{example}` does not match the pattern `{pattern}`"
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    fn auth(&mut self) {
        let auth = &self.spec.auth;
        match auth.scheme {
            AuthScheme::Header | AuthScheme::Query => {
                let place = if auth.scheme == AuthScheme::Header {
                    "header"
                } else {
                    "query parameter"
                };
                match &auth.name {
                    None => self.error_hint(
                        "auth.name",
                        At::Key,
                        format!("auth scheme `{}` needs `name`", scheme_name(auth.scheme)),
                        Some(format!("`name` is the {place} that carries the key")),
                    ),
                    Some(name) if name.trim().is_empty() => {
                        self.error(
                            "auth.name",
                            At::Value,
                            format!("expected a {place} name, found an empty string"),
                        );
                    }
                    Some(_) => {}
                }
            }
            _ => {
                if auth.name.is_some() {
                    self.error(
                        "auth.name",
                        At::Key,
                        format!(
                            "`name` is only for auth schemes `header` and `query`, not `{}`",
                            scheme_name(auth.scheme)
                        ),
                    );
                }
            }
        }
        if auth.prefix.is_some() && auth.scheme != AuthScheme::Header {
            self.error(
                "auth.prefix",
                At::Key,
                format!(
                    "`prefix` is only for auth scheme `header`, not `{}`",
                    scheme_name(auth.scheme)
                ),
            );
        }
    }

    fn headers(&mut self) {
        let headers: Vec<(String, String)> = self
            .spec
            .headers
            .iter()
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        for (name, value) in headers {
            let path = format!("headers.{name}");
            let token = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            if !token {
                self.error(
                    path.clone(),
                    At::Key,
                    format!("expected a header name of letters, digits and `-`, found `{name}`"),
                );
            } else if name.eq_ignore_ascii_case("authorization") {
                self.error_hint(
                    path.clone(),
                    At::Key,
                    "credentials do not belong in `headers`".to_owned(),
                    Some("declare them under `auth`, so they are kept secret".to_owned()),
                );
            }
            if !value
                .bytes()
                .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
            {
                self.error(
                    path,
                    At::Value,
                    "expected a header value of printable ASCII characters",
                );
            }
        }
    }

    // ---- paging and errors --------------------------------------------------

    fn paging(&mut self) {
        let spec = self.spec;
        for (name, paging) in &spec.paging {
            let base = join_key("paging", name);
            self.pointer(join_key(&base, "items"), &paging.items);
            if let Some(stop) = &paging.stop_when_false {
                self.pointer(join_key(&base, "stop_when_false"), stop);
            }
            let next = &paging.next;
            let next_path = join_key(&base, "next");
            let from = from_name(next.from);
            let (needs_pointer, needs_param) = match next.from {
                NextFrom::BodyLink => (true, false),
                NextFrom::LinkHeader => (false, false),
                NextFrom::BodyCursor | NextFrom::LastItem => (true, true),
                NextFrom::PageNumber => (false, true),
            };
            match (&next.pointer, needs_pointer) {
                (None, true) => self.error_hint(
                    join_key(&next_path, "pointer"),
                    At::Key,
                    format!("`from: {from}` needs `pointer`"),
                    Some(if next.from == NextFrom::LastItem {
                        "`pointer` is a json pointer into the last item, like `/id`".to_owned()
                    } else {
                        "`pointer` is a json pointer into the page body, like `/links/next`"
                            .to_owned()
                    }),
                ),
                (Some(_), false) => self.error(
                    join_key(&next_path, "pointer"),
                    At::Key,
                    format!("`pointer` is not used with `from: {from}`"),
                ),
                (Some(pointer), true) => self.pointer(join_key(&next_path, "pointer"), pointer),
                (None, false) => {}
            }
            match (&next.param, needs_param) {
                (None, true) => self.error_hint(
                    join_key(&next_path, "param"),
                    At::Key,
                    format!("`from: {from}` needs `param`"),
                    Some("`param` is the query parameter the next request sends".to_owned()),
                ),
                (Some(_), false) => self.error(
                    join_key(&next_path, "param"),
                    At::Key,
                    format!("`param` is not used with `from: {from}`"),
                ),
                _ => {}
            }
            if next.start.is_some() && next.from != NextFrom::PageNumber {
                self.error(
                    join_key(&next_path, "start"),
                    At::Key,
                    format!("`start` is only for `from: page_number`, not `{from}`"),
                );
            }
        }
    }

    fn errors(&mut self) {
        let Some(errors) = &self.spec.errors else {
            return;
        };
        let body = self.type_expr("errors.type", &errors.ty, &[]);
        for (i, pointer) in errors.message.iter().enumerate() {
            let path = join_index("errors.message", i);
            if !is_json_pointer(pointer) {
                self.pointer(path, pointer);
                continue;
            }
            let Some(body) = &body else {
                continue;
            };
            // Error bodies vary; a message pointer the type does not
            // declare still works on the raw body.
            if let Err(problem) = self.follow_pointer(body.clone(), pointer) {
                self.warning(
                    path,
                    At::Value,
                    format!(
                        "error message pointer `{pointer}` does not resolve in `{body}`: {problem}"
                    ),
                );
            }
        }
    }

    /// Limits the runtime divides by or waits on must be positive, and the
    /// backoff must grow towards its maximum.
    fn limits(&mut self) {
        if let Some(budget) = self
            .spec
            .rate_limit
            .as_ref()
            .and_then(|r| r.budget.as_ref())
        {
            for (key, value) in [
                ("requests", budget.requests),
                ("per_seconds", budget.per_seconds),
            ] {
                if value == 0 {
                    self.error(
                        join_key("rate_limit.budget", key),
                        At::Value,
                        format!("`{key}` is 0, expected at least 1"),
                    );
                }
            }
        }
        if let Some(retry) = &self.spec.retry {
            if retry.max_attempts == Some(0) {
                self.error_hint(
                    "retry.max_attempts",
                    At::Value,
                    "`max_attempts` is 0, expected at least 1",
                    Some("attempts count the first one: 1 means no retries".to_owned()),
                );
            }
            if let (Some(initial), Some(max)) = (retry.initial_backoff_ms, retry.max_backoff_ms) {
                if initial > max {
                    self.error(
                        "retry.initial_backoff_ms",
                        At::Value,
                        format!(
                            "`initial_backoff_ms` is {initial}, more than `max_backoff_ms` {max}"
                        ),
                    );
                }
            }
        }
        if let Some(timeouts) = &self.spec.timeouts {
            for (key, value) in [
                ("connect_ms", timeouts.connect_ms),
                ("request_ms", timeouts.request_ms),
            ] {
                if value == Some(0) {
                    self.error(
                        join_key("timeouts", key),
                        At::Value,
                        format!("`{key}` is 0, expected at least 1"),
                    );
                }
            }
        }
    }

    // ---- operations ---------------------------------------------------------

    fn operations(&mut self) {
        let spec = self.spec;
        for (name, operation) in &spec.operations {
            self.operation(name, operation);
        }
    }

    fn operation(&mut self, name: &str, operation: &Operation) {
        let base = join_key("operations", name);
        let path_key = join_key(&base, "path");
        let template = &operation.path;

        let mut in_template: Vec<&str> = Vec::new();
        if !template.starts_with('/') {
            self.error_hint(
                path_key.clone(),
                At::Value,
                format!("path `{template}` must start with `/`"),
                Some(format!("write `/{}`", template.trim_start_matches('/'))),
            );
        }
        match placeholders(template) {
            Err((offset, problem)) => self.error(
                path_key.clone(),
                At::ValueOffset(offset),
                format!("unbalanced braces in path: {problem}"),
            ),
            Ok(found) => {
                for (offset, placeholder) in found {
                    if !is_identifier(placeholder) {
                        self.error(
                            path_key.clone(),
                            At::ValueOffset(offset),
                            format!("path placeholder `{{{placeholder}}}` is not an identifier"),
                        );
                    } else if in_template.contains(&placeholder) {
                        self.error(
                            path_key.clone(),
                            At::ValueOffset(offset),
                            format!("path placeholder `{{{placeholder}}}` appears twice"),
                        );
                    } else {
                        in_template.push(placeholder);
                    }
                }
            }
        }

        let params_path = join_key(&base, "params");
        for (param_name, param) in &operation.params {
            let path = join_key(&params_path, param_name);
            let type_path = join_key(&path, "type");
            if param_name.trim().is_empty() {
                self.error(path.clone(), At::Key, "parameter name is empty");
            }
            if let Some(rust_name) = &param.rust_name {
                if !is_snake_case(rust_name) {
                    self.error(
                        join_key(&path, "rust_name"),
                        At::Value,
                        format!("rust name `{rust_name}` is not a snake_case identifier"),
                    );
                }
            }
            let expr = self.type_expr(&type_path, &param.ty, &[]);
            match param.location {
                ParamIn::Path => {
                    if !in_template.contains(&param_name.as_str()) {
                        let hint =
                            did_you_mean(param_name, in_template.iter().copied()).or_else(|| {
                                Some(format!(
                                    "add `{{{param_name}}}` to the path, or change `in`"
                                ))
                            });
                        self.error_hint(
                            path.clone(),
                            At::Key,
                            format!(
                                "path parameter `{param_name}` does not appear in path `{template}`"
                            ),
                            hint,
                        );
                    }
                    if !param.required {
                        self.error_hint(
                            path.clone(),
                            At::Key,
                            format!("path parameter `{param_name}` must be required"),
                            Some(
                                "add `required: true`: a path cannot leave a segment out"
                                    .to_owned(),
                            ),
                        );
                    }
                    if let Some(expr) = &expr {
                        if !self.is_param_type(expr, false) {
                            self.error(
                                type_path.clone(),
                                At::Value,
                                format!("path parameter `{param_name}` has type `{}`, expected a scalar or an enum", param.ty),
                            );
                        }
                    }
                }
                ParamIn::Query | ParamIn::Header
                    if param.style == ListStyle::Repeat
                        && expr.as_ref().is_some_and(|e| {
                            !matches!(self.unalias(e.clone()), Some(TypeExpr::List(_)))
                        }) =>
                {
                    self.error(
                        join_key(&path, "style"),
                        At::Value,
                        format!(
                            "`style: repeat` is for list parameters, and `{param_name}` is `{}`",
                            param.ty
                        ),
                    );
                }
                ParamIn::Query | ParamIn::Header => {
                    if let Some(expr) = &expr {
                        if !self.is_param_type(expr, true) {
                            self.error_hint(
                                type_path.clone(),
                                At::Value,
                                format!(
                                    "{} parameter `{param_name}` has type `{}`, expected a scalar, an enum, or a list of those",
                                    if param.location == ParamIn::Query { "query" } else { "header" },
                                    param.ty
                                ),
                                Some("objects, maps and `json` cannot be written into a url or a header".to_owned()),
                            );
                        }
                    }
                }
            }
        }

        if let Some(body) = &operation.body {
            self.type_expr(&join_key(&join_key(&base, "body"), "type"), &body.ty, &[]);
            // RFC 9110 gives a body no meaning on GET and HEAD; DELETE
            // bodies are rare but documented by real APIs, so they pass.
            if matches!(operation.method, Method::Get | Method::Head) {
                self.warning(
                    join_key(&base, "body"),
                    At::Key,
                    format!(
                        "`{}` request with a body: many servers and proxies drop it",
                        method_name(operation.method)
                    ),
                );
            }
        }

        let mut response_type = None;
        if let Some(response) = &operation.response {
            let response_path = join_key(&base, "response");
            if !(100..=599).contains(&response.status) {
                self.error(
                    join_key(&response_path, "status"),
                    At::Value,
                    format!(
                        "response status {} is not an http status, expected 100 to 599",
                        response.status
                    ),
                );
            } else if !(200..=299).contains(&response.status) {
                self.warning(
                    join_key(&response_path, "status"),
                    At::Value,
                    format!("success response status {} is not 2xx", response.status),
                );
            }
            if let Some(ty) = &response.ty {
                response_type = self.type_expr(&join_key(&response_path, "type"), ty, &[]);
            }
        }

        if let Some(scheme) = &operation.paging {
            let paging_path = join_key(&base, "paging");
            match self.spec.paging.get(scheme) {
                None if self.undecoded.paging.contains(scheme) => {}
                None => {
                    let hint = did_you_mean(scheme, self.spec.paging.keys().map(String::as_str))
                        .or_else(|| {
                            if self.spec.paging.is_empty() {
                                Some(
                                    "declare paging schemes under the top-level `paging`"
                                        .to_owned(),
                                )
                            } else {
                                None
                            }
                        });
                    self.error_hint(
                        paging_path,
                        At::Value,
                        format!("unknown paging scheme `{scheme}`"),
                        hint,
                    );
                }
                Some(paging) => {
                    let has_type = operation.response.as_ref().is_some_and(|r| r.ty.is_some());
                    if !has_type && self.undecoded.partial_operations.contains(name) {
                        // The response may be in a key that did not decode.
                    } else if !has_type {
                        self.error_hint(
                            paging_path,
                            At::Key,
                            format!("paged operation `{name}` has no response type"),
                            Some("add `response: { type: ... }`, the type of one page".to_owned()),
                        );
                    } else if let Some(page) = response_type {
                        if is_json_pointer(&paging.items) {
                            self.reached_undecoded.set(false);
                            match self.follow_pointer(page.clone(), &paging.items) {
                                Ok(TypeExpr::Prim(Prim::Json))
                                    if self.reached_undecoded.get() => {}
                                Ok(TypeExpr::List(item)) => {
                                    self.page_pointers(&base, scheme, paging, &page, &item);
                                    self.page_items.insert(name.to_owned(), *item);
                                }
                                Ok(other) => self.error_hint(
                                    join_key(&base, "response.type"),
                                    At::Value,
                                    format!(
                                        "paging scheme `{scheme}` takes items at `{}`, which is `{other}` in `{page}`, expected a list",
                                        paging.items
                                    ),
                                    None,
                                ),
                                Err(problem) => self.error(
                                    join_key(&base, "response.type"),
                                    At::Value,
                                    format!(
                                        "paging scheme `{scheme}` takes items at `{}`, which does not resolve in `{page}`: {problem}",
                                        paging.items
                                    ),
                                ),
                            }
                        }
                    }
                }
            }
        }
    }

    /// Checks the pointers of a paging scheme against one operation's page
    /// and item types. Objects keep unknown keys, so a pointer through an
    /// undeclared field still works at run time: that is a warning. A
    /// `stop_when_false` pointer that reaches a non-boolean is an error.
    fn page_pointers(
        &mut self,
        base: &str,
        scheme: &str,
        paging: &crate::model::Paging,
        page: &TypeExpr,
        item: &TypeExpr,
    ) {
        let type_path = join_key(base, "response.type");
        let next = &paging.next;
        if let Some(pointer) = next.pointer.as_deref().filter(|p| is_json_pointer(p)) {
            let (root, what) = if next.from == NextFrom::LastItem {
                (item, "the last item")
            } else {
                (page, "the page")
            };
            if let Err(problem) = self.follow_pointer(root.clone(), pointer) {
                self.warning(
                    type_path.clone(),
                    At::Value,
                    format!(
                        "paging scheme `{scheme}` reads `{pointer}` from {what} `{root}`, which the spec does not declare: {problem}"
                    ),
                );
            }
        }
        if let Some(stop) = paging
            .stop_when_false
            .as_deref()
            .filter(|p| is_json_pointer(p))
        {
            match self.follow_pointer(page.clone(), stop) {
                Ok(TypeExpr::Prim(Prim::Bool | Prim::Json)) => {}
                Ok(other) => self.error(
                    type_path,
                    At::Value,
                    format!(
                        "paging scheme `{scheme}` stops when `{stop}` is false, but it is `{other}` in `{page}`, expected `boolean`"
                    ),
                ),
                Err(problem) => self.warning(
                    type_path,
                    At::Value,
                    format!(
                        "paging scheme `{scheme}` reads `{stop}` from the page `{page}`, which the spec does not declare: {problem}"
                    ),
                ),
            }
        }
    }

    /// The type a JSON pointer reaches from `root`: object fields by wire
    /// name, list elements by index, map values by any key.
    fn follow_pointer(&self, root: TypeExpr, pointer: &str) -> Result<TypeExpr, String> {
        self.follow_segments(root, &pointer_segments(pointer), 0)
    }

    /// Follows `segments` from `root`. A union resolves through the first
    /// variant the rest of the pointer fits; `json` holds anything.
    fn follow_segments(
        &self,
        root: TypeExpr,
        segments: &[String],
        depth: usize,
    ) -> Result<TypeExpr, String> {
        if depth > MAX_ALIAS_HOPS {
            return Err("unions nest too deep to follow".to_owned());
        }
        let mut current = root;
        for (i, segment) in segments.iter().enumerate() {
            let resolved = self
                .unalias(current.clone())
                .ok_or_else(|| format!("`{current}` is an alias that does not resolve"))?;
            current = match resolved {
                TypeExpr::List(inner) => {
                    if segment.parse::<usize>().is_ok() {
                        *inner
                    } else {
                        return Err(format!("`{segment}` is not an index into `list<{inner}>`"));
                    }
                }
                TypeExpr::Map(inner) => *inner,
                TypeExpr::Prim(Prim::Json) => return Ok(TypeExpr::Prim(Prim::Json)),
                TypeExpr::Named { name, args } => {
                    let Some(def) = self.spec.types.get(&name) else {
                        if self.undecoded.types.contains(&name) {
                            // Nothing is known of a type that did not decode.
                            self.reached_undecoded.set(true);
                            return Ok(TypeExpr::Prim(Prim::Json));
                        }
                        return Err(format!("unknown type `{name}`"));
                    };
                    if let Some(variants) = &def.variants {
                        let rest = segments.get(i..).unwrap_or_default();
                        return self.follow_union(&name, def, &args, variants, rest, depth);
                    }
                    let fields = def.fields.as_ref().ok_or_else(|| {
                        format!("`{name}` is not an object, it has no field `{segment}`")
                    })?;
                    let field = fields.get(segment);
                    if field.is_none()
                        && self
                            .undecoded
                            .fields
                            .get(&name)
                            .is_some_and(|failed| failed.contains(segment))
                    {
                        // Nothing is known of a field that did not decode.
                        self.reached_undecoded.set(true);
                        return Ok(TypeExpr::Prim(Prim::Json));
                    }
                    let field = field.ok_or_else(|| {
                        let mut text = format!("`{name}` has no field `{segment}`");
                        if let Some(near) = closest(segment, fields.keys().map(String::as_str)) {
                            text.push_str(&format!(" (did you mean `{near}`?)"));
                        }
                        text
                    })?;
                    types::parse(&field.ty, &def.params)
                        .map_err(|err| err.message)?
                        .substitute(&def.params, &args)
                }
                TypeExpr::Prim(prim) => {
                    return Err(format!("`{}` has no field `{segment}`", prim.name()));
                }
                TypeExpr::Param(param) => {
                    return Err(format!("type parameter `{param}` has no known fields"));
                }
            };
        }
        self.unalias(current.clone())
            .ok_or_else(|| format!("`{current}` is an alias that does not resolve"))
    }

    fn follow_union(
        &self,
        name: &str,
        def: &TypeDef,
        args: &[TypeExpr],
        variants: &Variants,
        rest: &[String],
        depth: usize,
    ) -> Result<TypeExpr, String> {
        if let (Some(tag), [only]) = (&def.tag, rest) {
            if only == tag {
                return Ok(TypeExpr::Prim(Prim::String));
            }
        }
        let texts: Vec<&String> = match variants {
            Variants::Untagged(list) => list.iter().collect(),
            Variants::Tagged(map) => map.values().collect(),
        };
        for text in texts {
            let Ok(variant) = types::parse(text, &def.params) else {
                continue;
            };
            let variant = variant.substitute(&def.params, args);
            if let Ok(found) = self.follow_segments(variant, rest, depth + 1) {
                return Ok(found);
            }
        }
        let pointer: String = rest.iter().map(|s| format!("/{s}")).collect();
        Err(format!("no variant of union `{name}` has `{pointer}`"))
    }

    fn test_connection(&mut self) {
        let Some(name) = &self.spec.test_connection else {
            return;
        };
        let Some(operation) = self.spec.operations.get(name) else {
            if self.undecoded.operations.contains(name) {
                return;
            }
            let hint = did_you_mean(name, self.spec.operations.keys().map(String::as_str));
            self.error_hint(
                "test_connection",
                At::Value,
                format!("`test_connection` names unknown operation `{name}`"),
                hint,
            );
            return;
        };
        if self.undecoded.partial_operations.contains(name) {
            // Its parameters or body may be in keys that did not decode.
            return;
        }
        let declared_required = operation.params.iter().any(|(_, p)| p.required);
        let implicit = placeholders(&operation.path).is_ok_and(|found| {
            found
                .iter()
                .any(|(_, placeholder)| !operation.params.contains_key(*placeholder))
        });
        if declared_required || implicit || operation.body.is_some() {
            self.error_hint(
                "test_connection",
                At::Value,
                format!("`test_connection` operation `{name}` has required parameters or a body"),
                Some("a connection test must be callable with no arguments".to_owned()),
            );
        }
    }

    // ---- webhooks -----------------------------------------------------------

    fn webhooks(&mut self) {
        let Some(webhooks) = &self.spec.webhooks else {
            return;
        };
        self.locator("webhooks.event_name", &webhooks.event_name);
        if let Some(event_id) = &webhooks.event_id {
            self.locator("webhooks.event_id", event_id);
        }
        if webhooks.events.is_empty() && !self.undecoded.events.any() {
            self.error(
                "webhooks.events",
                At::Key,
                "`events` needs at least one event",
            );
        }
        for (name, event) in &webhooks.events {
            let path = join_key("webhooks.events", name);
            let body = self.type_expr(&join_key(&path, "type"), &event.ty, &[]);
            let locators = [
                ("event_name", Some(&webhooks.event_name)),
                ("event_id", webhooks.event_id.as_ref()),
            ];
            for (key, locator) in locators {
                let pointer = locator
                    .and_then(|l| l.pointer.as_deref())
                    .filter(|p| is_json_pointer(p));
                if let (Some(pointer), Some(body)) = (pointer, &body) {
                    // The body is read as raw JSON first, so an undeclared
                    // field still works; a declared-looking typo is likelier.
                    if let Err(problem) = self.follow_pointer(body.clone(), pointer) {
                        self.warning(
                            join_key(&path, "type"),
                            At::Value,
                            format!("`{key}` pointer `{pointer}` does not resolve in event type `{body}`: {problem}"),
                        );
                    }
                }
            }
            if let Some(rust_name) = &event.rust_name {
                if !is_type_name(rust_name) {
                    self.error(
                        join_key(&path, "rust_name"),
                        At::Value,
                        format!("variant name `{rust_name}` must start with an upper case letter"),
                    );
                }
            }
        }

        let signature = &webhooks.signature;
        let base = "webhooks.signature";
        if signature.header.trim().is_empty() {
            self.error(
                join_key(base, "header"),
                At::Value,
                "expected a header name, found an empty string",
            );
        }
        match (&signature.separator, &signature.signature_key) {
            (Some(_), None) => self.error_hint(
                join_key(base, "separator"),
                At::Key,
                "`separator` needs `signature_key`",
                Some(
                    "`signature_key` is the key of the signature among the `key=value` pairs"
                        .to_owned(),
                ),
            ),
            (None, Some(_)) => self.error_hint(
                join_key(base, "signature_key"),
                At::Key,
                "`signature_key` needs `separator`",
                Some("`separator` splits the header into `key=value` pairs, like `,`".to_owned()),
            ),
            (Some(separator), Some(_)) if separator.is_empty() => {
                self.error(
                    join_key(base, "separator"),
                    At::Value,
                    "expected a separator, found an empty string",
                );
            }
            _ => {}
        }
        if let Some(timestamp) = &signature.timestamp {
            let path = join_key(base, "timestamp");
            match (&timestamp.header, &timestamp.key) {
                (None, None) => self.error_hint(
                    path,
                    At::Key,
                    "`timestamp` needs `header` or `key`",
                    Some(
                        "`header` names a header of its own; `key` a key of the signature header"
                            .to_owned(),
                    ),
                ),
                (Some(_), Some(_)) => self.error(
                    join_key(&path, "key"),
                    At::Key,
                    "`timestamp` has both `header` and `key`, expected one",
                ),
                (None, Some(_)) if signature.separator.is_none() => self.error_hint(
                    join_key(&path, "key"),
                    At::Key,
                    "timestamp `key` needs the signature header to have a `separator`",
                    Some(
                        "a key is looked up among the `key=value` pairs of the signature header"
                            .to_owned(),
                    ),
                ),
                _ => {}
            }
        }
        let payload_path = join_key(base, "payload");
        match placeholders(&signature.payload) {
            Err((offset, problem)) => self.error(
                payload_path,
                At::ValueOffset(offset),
                format!("unbalanced braces in signed payload: {problem}"),
            ),
            Ok(found) => {
                if !found.iter().any(|(_, name)| *name == "body") {
                    self.error_hint(
                        payload_path.clone(),
                        At::Value,
                        format!("signed payload `{}` does not contain `{{body}}`", signature.payload),
                        Some("the signature must cover the body: write `{body}` or a template such as `{timestamp}.{body}`".to_owned()),
                    );
                }
                for (offset, name) in found {
                    match name {
                        "body" => {}
                        "timestamp" if signature.timestamp.is_some() => {}
                        "timestamp" => self.error_hint(
                            payload_path.clone(),
                            At::ValueOffset(offset),
                            "signed payload uses `{timestamp}` but the signature has no `timestamp`",
                            Some("add `timestamp:` to the signature, saying where the timestamp is".to_owned()),
                        ),
                        other => self.error_hint(
                            payload_path.clone(),
                            At::ValueOffset(offset),
                            format!("unknown placeholder `{{{other}}}` in signed payload"),
                            Some("expected `{body}` or `{timestamp}`".to_owned()),
                        ),
                    }
                }
            }
        }
    }

    fn locator(&mut self, path: &str, locator: &crate::model::Locator) {
        if locator.header.is_none() && locator.pointer.is_none() {
            self.error_hint(
                path,
                At::Key,
                format!(
                    "`{}` needs `header` or `pointer`",
                    path.rsplit('.').next().unwrap_or(path)
                ),
                Some(
                    "`header` names a request header; `pointer` is a json pointer into the body"
                        .to_owned(),
                ),
            );
        }
        if let Some(pointer) = &locator.pointer {
            self.pointer(join_key(path, "pointer"), pointer);
        }
    }
}

fn scheme_name(scheme: AuthScheme) -> &'static str {
    match scheme {
        AuthScheme::Bearer => "bearer",
        AuthScheme::Basic => "basic",
        AuthScheme::Header => "header",
        AuthScheme::Query => "query",
        AuthScheme::None => "none",
    }
}

fn from_name(from: NextFrom) -> &'static str {
    match from {
        NextFrom::BodyLink => "body_link",
        NextFrom::LinkHeader => "link_header",
        NextFrom::BodyCursor => "body_cursor",
        NextFrom::LastItem => "last_item",
        NextFrom::PageNumber => "page_number",
    }
}

fn method_name(method: Method) -> &'static str {
    match method {
        Method::Get => "GET",
        Method::Post => "POST",
        Method::Put => "PUT",
        Method::Patch => "PATCH",
        Method::Delete => "DELETE",
        Method::Head => "HEAD",
    }
}
