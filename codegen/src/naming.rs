//! The naming pass: every Rust identifier of a generated crate, decided in one
//! pass per scope so that no two names collide and none is illegal.
//!
//! Rules, applied to each wire name (or `rust_name` override) in turn:
//!
//! - Words are split at punctuation and case changes, then joined with `heck`
//!   (`UpperCamelCase` for types, variants and operation structs,
//!   `snake_case` for fields, functions and parameters).
//! - Punctuation that carries meaning is spelled as a word so that it cannot
//!   vanish: `+1` is `Plus1`, a sign `-1` is `Minus1`, `>=` `<=` `=` `!=` `≠`
//!   are `Gte` `Lte` `Eq` `Ne` `Ne`, and so on (see `SYMBOL_WORDS`). A name that
//!   is nothing but separators spells them too (`_` is `Underscore`).
//! - Letters outside ASCII are transliterated when they are accented Latin
//!   letters (`é` is `e`) and spelled by code point otherwise (`日` is `U65e5`).
//! - A name that starts with a digit gets a prefix: `N` in camel case (`N2fa`),
//!   `n_` in snake case (`n_2fa`).
//! - Keywords become raw identifiers (`r#type`), except those a raw identifier
//!   cannot express (`self`, `Self`, `super`, `crate`), which get a trailing
//!   underscore (`self_`). An empty name is `Empty` / `empty`.
//! - Inside one scope, names are claimed in this order: `rust_name`
//!   overrides, then names that need no change, then the rest, each group in
//!   declaration order. A name already taken (or reserved by the generated
//!   code around it, such as `Unknown` in an open enum or `Option` in the
//!   `types` module) tries, in turn: the same words with every separator
//!   spelled out (`__count__` is `underscore_count_underscore`), the name
//!   with a word that says what it is (`OptionType`, `timeout_param`), and
//!   last a number (`count_2`).

use std::collections::{HashMap, HashSet};

use connector_spec::model::{EnumLiteral, Variants};
use connector_spec::{CheckedSpec, TypeExpr};
use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Words for symbols that carry meaning, longest first so that `>=` is read
/// before `>`.
const SYMBOL_WORDS: &[(&str, &str)] = &[
    ("!==", "not eq"),
    ("===", "eq"),
    (">=", "gte"),
    ("<=", "lte"),
    ("!=", "ne"),
    ("<>", "ne"),
    ("==", "eq"),
    ("=", "eq"),
    (">", "gt"),
    ("<", "lt"),
    ("≥", "gte"),
    ("≤", "lte"),
    ("≠", "ne"),
    ("!", "not"),
    ("+", "plus"),
    ("±", "plus minus"),
    ("&", "and"),
    ("|", "or"),
    ("*", "star"),
    ("×", "times"),
    ("÷", "divided by"),
    ("%", "percent"),
    ("@", "at"),
    ("#", "hash"),
    ("$", "dollar"),
    ("€", "euro"),
    ("£", "pound"),
    ("^", "caret"),
    ("~", "tilde"),
    ("?", "question"),
];

/// Words for separators, used only when a name would otherwise vanish or
/// collide.
const SEPARATOR_WORDS: &[(char, &str)] = &[
    ('_', "underscore"),
    ('-', "dash"),
    ('.', "dot"),
    (' ', "space"),
    ('/', "slash"),
    ('\\', "backslash"),
    (':', "colon"),
    (';', "semicolon"),
    (',', "comma"),
    ('[', "open bracket"),
    (']', "close bracket"),
    ('(', "open paren"),
    (')', "close paren"),
    ('{', "open brace"),
    ('}', "close brace"),
    ('\'', "quote"),
    ('"', "double quote"),
    ('`', "backtick"),
];

/// Accented Latin letters and the ASCII they are read as.
const LATIN_LETTERS: &[(&str, &str)] = &[
    ("àáâãäåāăą", "a"),
    ("ÀÁÂÃÄÅĀĂĄ", "A"),
    ("æ", "ae"),
    ("Æ", "Ae"),
    ("çćĉċč", "c"),
    ("ÇĆĈĊČ", "C"),
    ("ďđð", "d"),
    ("ĎĐÐ", "D"),
    ("èéêëēĕėęě", "e"),
    ("ÈÉÊËĒĔĖĘĚ", "E"),
    ("ĝğġģ", "g"),
    ("ĜĞĠĢ", "G"),
    ("ĥħ", "h"),
    ("ĤĦ", "H"),
    ("ìíîïĩīĭįı", "i"),
    ("ÌÍÎÏĨĪĬĮİ", "I"),
    ("ĵ", "j"),
    ("Ĵ", "J"),
    ("ķ", "k"),
    ("Ķ", "K"),
    ("ĺļľŀł", "l"),
    ("ĹĻĽĿŁ", "L"),
    ("ñńņňŉ", "n"),
    ("ÑŃŅŇ", "N"),
    ("òóôõöøōŏő", "o"),
    ("ÒÓÔÕÖØŌŎŐ", "O"),
    ("œ", "oe"),
    ("Œ", "Oe"),
    ("ŕŗř", "r"),
    ("ŔŖŘ", "R"),
    ("śŝşš", "s"),
    ("ŚŜŞŠ", "S"),
    ("ß", "ss"),
    ("ţťŧ", "t"),
    ("ŢŤŦ", "T"),
    ("þ", "th"),
    ("Þ", "Th"),
    ("ùúûüũūŭůűų", "u"),
    ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
    ("ŵ", "w"),
    ("Ŵ", "W"),
    ("ýÿŷ", "y"),
    ("ÝŶŸ", "Y"),
    ("źżž", "z"),
    ("ŹŻŽ", "Z"),
];

/// Rust keywords that a raw identifier expresses (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords a raw identifier cannot express; they get a trailing underscore.
const UNRAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate"];

/// Names the generated `types` and `operations` modules use unqualified, so
/// a spec type may not shadow them.
const PRELUDE_TYPES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Variant that keeps a value an open enum, a tagged union or the event enum
/// does not know.
pub const UNKNOWN_VARIANT: &str = "Unknown";
/// Variant of an untagged union that keeps a value no other variant fits.
pub const OTHER_VARIANT: &str = "Other";

/// How a scope spells its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// `UpperCamelCase`: types, variants, operation structs.
    Camel,
    /// `snake_case`: fields, functions, parameters.
    Snake,
}

/// One decided identifier; `raw` when it must be written `r#text`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Name {
    text: String,
    raw: bool,
}

impl Name {
    fn ident(&self) -> Ident {
        if self.raw {
            Ident::new_raw(&self.text, Span::call_site())
        } else {
            Ident::new(&self.text, Span::call_site())
        }
    }
}

/// What one scope needs to know about a name before choosing it.
struct Entry {
    /// Lookup key: the wire name, or an index for untagged union variants.
    key: String,
    /// Text the identifier is derived from.
    source: String,
    /// A `rust_name` given in the spec.
    preferred: Option<String>,
}

impl Entry {
    fn derived(key: impl Into<String>, source: impl Into<String>) -> Entry {
        Entry {
            key: key.into(),
            source: source.into(),
            preferred: None,
        }
    }

    fn wire(key: &str, preferred: Option<&String>) -> Entry {
        Entry {
            key: key.to_owned(),
            source: key.to_owned(),
            preferred: preferred.cloned(),
        }
    }
}

/// The rules of one scope: its case, names it must avoid, and the word added
/// to a name that is taken.
struct Rules<'a> {
    case: Case,
    reserved: &'a [&'a str],
    kind_word: &'a str,
}

type Scope = HashMap<String, Name>;

/// All Rust names of one spec, decided in one pass over the whole set so
/// they never collide.
///
/// Lookups of a name the spec does not declare still return a legal
/// identifier derived from it (never a panic), so callers may use the same
/// methods for anything they meet.
#[derive(Debug, Clone, Default)]
pub struct Names {
    types: Scope,
    fields: HashMap<String, Scope>,
    extra_fields: HashMap<String, Name>,
    variants: HashMap<String, Scope>,
    operation_fns: Scope,
    operation_structs: Scope,
    params: HashMap<String, Scope>,
    events: Scope,
    host_variants: Scope,
    host_fns: Scope,
    /// For generic types with parameters they never use (which Rust
    /// rejects), which parameters the Rust type keeps.
    kept_params: HashMap<String, Vec<bool>>,
}

impl Names {
    /// Decides every name of `spec`. Never fails: collisions get renames.
    pub fn new(spec: &CheckedSpec) -> Names {
        let model = &spec.spec;
        let mut names = Names::default();

        let type_entries = model.types.keys().map(|name| Entry::wire(name, None));
        names.types = assign(
            type_entries,
            &Rules {
                case: Case::Camel,
                reserved: PRELUDE_TYPES,
                kind_word: "type",
            },
        );

        for (type_name, def) in &model.types {
            if !def.params.is_empty() {
                let used = used_params(spec, def);
                let kept: Vec<bool> = def.params.iter().map(|p| used.contains(p)).collect();
                if kept.contains(&false) {
                    names.kept_params.insert(type_name.clone(), kept);
                }
            }

            if let Some(fields) = &def.fields {
                let entries = fields
                    .iter()
                    .map(|(wire, field)| Entry::wire(wire, field.rust_name.as_ref()));
                let scope = assign(
                    entries,
                    &Rules {
                        case: Case::Snake,
                        reserved: &[],
                        kind_word: "field",
                    },
                );
                let taken: HashSet<&str> = scope.values().map(|name| name.text.as_str()).collect();
                let extra = ["extra", "extra_fields", "unknown_fields"]
                    .into_iter()
                    .find(|candidate| !taken.contains(candidate))
                    .map(str::to_owned)
                    .unwrap_or_else(|| numbered("extra", Case::Snake, &taken));
                names.extra_fields.insert(
                    type_name.clone(),
                    Name {
                        text: extra,
                        raw: false,
                    },
                );
                names.fields.insert(type_name.clone(), scope);
            }

            if let Some(values) = &def.values {
                let entries = values.iter().map(|value| match &value.value {
                    EnumLiteral::String(text) => Entry::wire(text, value.name.as_ref()),
                    EnumLiteral::Integer(number) => Entry {
                        key: number.to_string(),
                        source: number.to_string(),
                        preferred: value.name.clone(),
                    },
                });
                let scope = assign(
                    entries,
                    &Rules {
                        case: Case::Camel,
                        reserved: &[UNKNOWN_VARIANT],
                        kind_word: "value",
                    },
                );
                names.variants.insert(type_name.clone(), scope);
            }

            match &def.variants {
                Some(Variants::Tagged(variants)) => {
                    let entries = variants.keys().map(|tag| Entry::wire(tag, None));
                    let scope = assign(
                        entries,
                        &Rules {
                            case: Case::Camel,
                            reserved: &[UNKNOWN_VARIANT],
                            kind_word: "variant",
                        },
                    );
                    names.variants.insert(type_name.clone(), scope);
                }
                Some(Variants::Untagged(variants)) => {
                    let entries = variants.iter().enumerate().map(|(index, text)| {
                        let source = spec
                            .expr(text, &def.params)
                            .map(|expr| expr_words(&expr))
                            .unwrap_or_else(|_| text.clone());
                        Entry::derived(index.to_string(), source)
                    });
                    let scope = assign(
                        entries,
                        &Rules {
                            case: Case::Camel,
                            reserved: &[OTHER_VARIANT],
                            kind_word: "variant",
                        },
                    );
                    names.variants.insert(type_name.clone(), scope);
                }
                None => {}
            }
        }

        let operation_entries = || model.operations.keys().map(|name| Entry::wire(name, None));
        names.operation_fns = assign(
            operation_entries(),
            &Rules {
                case: Case::Snake,
                reserved: &[
                    "builder",
                    "test_connection",
                    "new",
                    "clone",
                    "fmt",
                    "default",
                    "transport",
                ],
                kind_word: "operation",
            },
        );
        let mut struct_reserved: Vec<&str> = PRELUDE_TYPES.to_vec();
        struct_reserved.extend(["Client", "ClientBuilder", "Host", "Error"]);
        names.operation_structs = assign(
            operation_entries(),
            &Rules {
                case: Case::Camel,
                reserved: &struct_reserved,
                kind_word: "request",
            },
        );
        for (op_name, operation) in &model.operations {
            let entries = operation
                .params
                .iter()
                .map(|(wire, param)| Entry::wire(wire, param.rust_name.as_ref()));
            let scope = assign(
                entries,
                &Rules {
                    case: Case::Snake,
                    reserved: &[
                        "client",
                        "options",
                        "timeout",
                        "retry",
                        "send",
                        "pages",
                        "items",
                        "body",
                        "into_future",
                    ],
                    kind_word: "param",
                },
            );
            names.params.insert(op_name.clone(), scope);
        }

        if let Some(webhooks) = &model.webhooks {
            let prefix = shared_event_prefix(webhooks.events.keys().map(String::as_str));
            let entries = webhooks.events.iter().map(|(wire, event)| Entry {
                key: wire.clone(),
                source: wire
                    .strip_prefix(prefix.as_str())
                    .unwrap_or(wire)
                    .to_owned(),
                preferred: event.rust_name.clone(),
            });
            names.events = assign(
                entries,
                &Rules {
                    case: Case::Camel,
                    reserved: &[UNKNOWN_VARIANT],
                    kind_word: "event",
                },
            );
        }

        let host_entries = || {
            model
                .hosts
                .servers
                .keys()
                .map(|name| Entry::wire(name, None))
        };
        names.host_variants = assign(
            host_entries(),
            &Rules {
                case: Case::Camel,
                reserved: &[],
                kind_word: "host",
            },
        );
        names.host_fns = assign(
            host_entries(),
            &Rules {
                case: Case::Snake,
                reserved: &["url"],
                kind_word: "host",
            },
        );

        names
    }

    /// Spec type name -> `CustomerAttributes`.
    pub fn type_ident(&self, type_name: &str) -> Ident {
        lookup(self.types.get(type_name), type_name, Case::Camel)
    }

    /// Rust name of the field with wire name `wire` in the object `type_name`.
    pub fn field_ident(&self, type_name: &str, wire: &str) -> Ident {
        let scope = self.fields.get(type_name);
        lookup(scope.and_then(|scope| scope.get(wire)), wire, Case::Snake)
    }

    /// The field of `type_name` that keeps fields the spec does not name:
    /// `extra`, unless a declared field already took that name.
    pub fn extra_ident(&self, type_name: &str) -> Ident {
        lookup(self.extra_fields.get(type_name), "extra", Case::Snake)
    }

    /// Variant of an enum value (keyed by the string, or the integer in
    /// decimal), of a tagged union (keyed by the tag value) or of an
    /// untagged union (keyed by the variant's index, `"0"`, `"1"`, …).
    pub fn variant_ident(&self, type_name: &str, wire_or_index: &str) -> Ident {
        let scope = self.variants.get(type_name);
        lookup(
            scope.and_then(|scope| scope.get(wire_or_index)),
            wire_or_index,
            Case::Camel,
        )
    }

    /// Client method of an operation: `get_customer`.
    pub fn operation_fn(&self, op: &str) -> Ident {
        lookup(self.operation_fns.get(op), op, Case::Snake)
    }

    /// Builder struct of an operation: `GetCustomer`.
    pub fn operation_struct(&self, op: &str) -> Ident {
        lookup(self.operation_structs.get(op), op, Case::Camel)
    }

    /// Argument or setter of a parameter: `filter[createdAt][gte]` ->
    /// `filter_created_at_gte`.
    pub fn param_ident(&self, op: &str, wire: &str) -> Ident {
        let scope = self.params.get(op);
        lookup(scope.and_then(|scope| scope.get(wire)), wire, Case::Snake)
    }

    /// Variant of the event enum: `shop.order.create` ->
    /// `OrderCreate` (a first segment that every event shares is dropped).
    pub fn event_variant(&self, event: &str) -> Ident {
        lookup(self.events.get(event), event, Case::Camel)
    }

    /// Variant of the `Host` enum for a server.
    pub fn host_variant(&self, server: &str) -> Ident {
        lookup(self.host_variants.get(server), server, Case::Camel)
    }

    /// Constructor function of the `Host` enum for a server.
    pub fn host_fn(&self, server: &str) -> Ident {
        lookup(self.host_fns.get(server), server, Case::Snake)
    }

    /// A type parameter of a generic type, as written in Rust.
    pub fn type_param(&self, param: &str) -> Ident {
        derive_name(param, Case::Camel).ident()
    }

    /// Whether the Rust type of `type_name` keeps its parameter at `index`.
    /// A parameter the type never uses is dropped (Rust rejects unused
    /// parameters), from the definition and from every use of the type.
    pub fn keeps_param(&self, type_name: &str, index: usize) -> bool {
        self.kept_params
            .get(type_name)
            .and_then(|kept| kept.get(index).copied())
            .unwrap_or(true)
    }
}

fn lookup(found: Option<&Name>, fallback: &str, case: Case) -> Ident {
    match found {
        Some(name) => name.ident(),
        None => derive_name(fallback, case).ident(),
    }
}

/// The first dotted segment every event name shares (`shop.`), or "" when
/// there is none or dropping it would leave an event without a name.
fn shared_event_prefix<'a>(mut events: impl Iterator<Item = &'a str>) -> String {
    let Some(first) = events.next() else {
        return String::new();
    };
    let Some((head, _)) = first.split_once('.') else {
        return String::new();
    };
    let prefix = format!("{head}.");
    let all_share = events.all(|event| {
        event
            .strip_prefix(prefix.as_str())
            .is_some_and(|rest| !rest.is_empty())
    });
    if all_share && first.len() > prefix.len() {
        prefix
    } else {
        String::new()
    }
}

/// Type parameters that the members of `def` mention.
fn used_params(spec: &CheckedSpec, def: &connector_spec::model::TypeDef) -> HashSet<String> {
    let mut texts: Vec<&str> = def
        .fields
        .iter()
        .flatten()
        .map(|(_, field)| field.ty.as_str())
        .collect();
    match &def.variants {
        Some(Variants::Untagged(list)) => texts.extend(list.iter().map(String::as_str)),
        Some(Variants::Tagged(map)) => texts.extend(map.values().map(String::as_str)),
        None => {}
    }
    texts.extend(def.alias.as_deref());

    let mut used = HashSet::new();
    let mut pending: Vec<TypeExpr> = texts
        .into_iter()
        .filter_map(|text| spec.expr(text, &def.params).ok())
        .collect();
    while let Some(expr) = pending.pop() {
        match expr {
            TypeExpr::Param(name) => {
                used.insert(name);
            }
            TypeExpr::List(inner) | TypeExpr::Map(inner) => pending.push(*inner),
            TypeExpr::Named { args, .. } => pending.extend(args),
            TypeExpr::Prim(_) => {}
        }
    }
    used
}

/// Words that describe a type expression, for naming an untagged union's
/// variant: `list<Customer>` reads `Customer list`.
fn expr_words(expr: &TypeExpr) -> String {
    match expr {
        TypeExpr::Prim(prim) => match prim {
            connector_spec::Prim::String => "string".to_owned(),
            connector_spec::Prim::Bool => "boolean".to_owned(),
            connector_spec::Prim::I64 => "integer".to_owned(),
            connector_spec::Prim::F64 => "number".to_owned(),
            other => other.name().to_owned(),
        },
        TypeExpr::List(inner) => format!("{} list", expr_words(inner)),
        TypeExpr::Map(inner) => format!("{} map", expr_words(inner)),
        TypeExpr::Named { name, args } => {
            let mut words = name.clone();
            for arg in args {
                words.push(' ');
                words.push_str(&expr_words(arg));
            }
            words
        }
        TypeExpr::Param(name) => name.clone(),
    }
}

/// Chooses the names of one scope; see the module documentation for the
/// order and the fallbacks.
fn assign(entries: impl Iterator<Item = Entry>, rules: &Rules<'_>) -> Scope {
    let entries: Vec<Entry> = entries.collect();
    let mut taken: HashSet<String> = rules.reserved.iter().map(|s| (*s).to_owned()).collect();
    let mut scope = Scope::new();

    let preferred = entries.iter().filter(|entry| entry.preferred.is_some());
    let exact = entries.iter().filter(|entry| {
        entry.preferred.is_none() && derive_name(&entry.source, rules.case).text == entry.source
    });
    let rest = entries.iter().filter(|entry| {
        entry.preferred.is_none() && derive_name(&entry.source, rules.case).text != entry.source
    });

    for entry in preferred.chain(exact).chain(rest) {
        if scope.contains_key(&entry.key) {
            continue;
        }
        let source = entry.preferred.as_deref().unwrap_or(&entry.source);
        let name = choose(source, entry.preferred.is_none(), rules, &taken);
        taken.insert(name.text.clone());
        scope.insert(entry.key.clone(), name);
    }
    scope
}

/// The first free candidate for `source`.
fn choose(source: &str, may_spell: bool, rules: &Rules<'_>, taken: &HashSet<String>) -> Name {
    let plain = derive_name(source, rules.case);
    if !taken.contains(&plain.text) {
        return plain;
    }
    if may_spell {
        let spelled = fix_up(convert(&words(source, true), rules.case), rules.case);
        if !taken.contains(&spelled.text) {
            return spelled;
        }
    }
    let base = convert(&words(source, false), rules.case);
    let with_kind = fix_up(
        convert(&format!("{base} {}", rules.kind_word), rules.case),
        rules.case,
    );
    if !taken.contains(&with_kind.text) {
        return with_kind;
    }
    let taken_refs: HashSet<&str> = taken.iter().map(String::as_str).collect();
    fix_up(numbered(&plain.text, rules.case, &taken_refs), rules.case)
}

/// `base` with the smallest number from 2 up that is free.
fn numbered(base: &str, case: Case, taken: &HashSet<&str>) -> String {
    let joiner = if case == Case::Snake || base.ends_with(|c: char| c.is_ascii_digit()) {
        "_"
    } else {
        ""
    };
    (2_u64..)
        .map(|n| format!("{base}{joiner}{n}"))
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_else(|| base.to_owned())
}

/// The identifier a name gets when nothing else competes for it.
fn derive_name(source: &str, case: Case) -> Name {
    fix_up(convert(&words(source, false), case), case)
}

fn convert(words: &str, case: Case) -> String {
    match case {
        Case::Camel => words.to_upper_camel_case(),
        Case::Snake => words.to_snake_case(),
    }
}

/// Makes a converted name legal: a placeholder for nothing, a prefix for a
/// leading digit, a raw identifier or an underscore for a keyword.
fn fix_up(text: String, case: Case) -> Name {
    let text = if text.is_empty() {
        match case {
            Case::Camel => "Empty".to_owned(),
            Case::Snake => "empty".to_owned(),
        }
    } else if text.starts_with(|c: char| c.is_ascii_digit()) {
        match case {
            Case::Camel => format!("N{text}"),
            Case::Snake => format!("n_{text}"),
        }
    } else {
        text
    };
    if UNRAW_KEYWORDS.contains(&text.as_str()) {
        Name {
            text: format!("{text}_"),
            raw: false,
        }
    } else if RAW_KEYWORDS.contains(&text.as_str()) {
        Name { text, raw: true }
    } else {
        Name { text, raw: false }
    }
}

/// Splits a wire name into space-separated ASCII words, spelling symbols
/// that carry meaning. With `spell_separators`, separators are spelled too
/// (a run of one separator counts once). A name that would lose every
/// character is spelled in full.
fn words(source: &str, spell_separators: bool) -> String {
    let split = split_words(source, spell_separators);
    if split.chars().any(|c| c.is_ascii_alphanumeric()) || spell_separators {
        split
    } else {
        split_words(source, true)
    }
}

fn split_words(source: &str, spell_separators: bool) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::new();
    let mut index = 0;
    let mut previous_separator: Option<char> = None;

    while let Some(&c) = chars.get(index) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
            previous_separator = None;
            index += 1;
            continue;
        }

        let rest: String = chars.iter().skip(index).take(3).collect();
        if let Some((symbol, word)) = SYMBOL_WORDS
            .iter()
            .find(|(symbol, _)| rest.starts_with(symbol))
        {
            push_word(&mut out, word);
            previous_separator = None;
            index += symbol.chars().count();
            continue;
        }

        // A `-` that starts a number (at the start, or after another
        // separator) is a sign, not a separator: `reactions--1`.
        let before_is_word = index > 0
            && chars
                .get(index - 1)
                .is_some_and(|before| before.is_ascii_alphanumeric());
        let next_is_digit = chars
            .get(index + 1)
            .is_some_and(|next| next.is_ascii_digit());
        if c == '-' && next_is_digit && !before_is_word {
            push_word(&mut out, "minus");
            previous_separator = None;
            index += 1;
            continue;
        }

        if let Some((_, word)) = SEPARATOR_WORDS.iter().find(|(sep, _)| *sep == c) {
            if spell_separators && previous_separator != Some(c) {
                push_word(&mut out, word);
            } else {
                out.push(' ');
            }
            previous_separator = Some(c);
            index += 1;
            continue;
        }

        previous_separator = None;
        index += 1;
        if let Some((_, ascii)) = LATIN_LETTERS
            .iter()
            .find(|(letters, _)| letters.contains(c))
        {
            out.push_str(ascii);
        } else if c.is_whitespace() || c.is_control() {
            out.push(' ');
        } else {
            push_word(&mut out, &format!("U{:04X}", u32::from(c)));
        }
    }
    out
}

fn push_word(out: &mut String, word: &str) {
    out.push(' ');
    out.push_str(word);
    out.push(' ');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn camel(source: &str) -> String {
        derive_name(source, Case::Camel).text
    }

    fn snake(source: &str) -> String {
        let name = derive_name(source, Case::Snake);
        if name.raw {
            format!("r#{}", name.text)
        } else {
            name.text
        }
    }

    #[test]
    fn punctuation_that_carries_meaning_is_spelled() {
        assert_eq!(camel("reactions-+1"), "ReactionsPlus1");
        assert_eq!(camel("reactions--1"), "ReactionsMinus1");
        assert_eq!(camel("reactions-1"), "Reactions1");
        assert_eq!(camel(">="), "Gte");
        assert_eq!(camel("<="), "Lte");
        assert_eq!(camel("="), "Eq");
        assert_eq!(camel("!="), "Ne");
        assert_eq!(camel("≠"), "Ne");
        assert_eq!(snake("filter[createdAt][gte]"), "filter_created_at_gte");
        assert_eq!(camel("-1"), "Minus1");
    }

    #[test]
    fn names_that_would_vanish_spell_their_separators() {
        assert_eq!(snake("_"), "underscore");
        assert_eq!(camel("-"), "Dash");
        assert_eq!(camel("..."), "Dot");
        assert_eq!(camel(""), "Empty");
    }

    #[test]
    fn keywords_and_digits_become_legal() {
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("gen"), "r#gen");
        assert_eq!(snake("async"), "r#async");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("super"), "super_");
        assert_eq!(camel("self"), "Self_");
        assert_eq!(camel("2fa"), "N2fa");
        assert_eq!(snake("2fa"), "n_2fa");
        assert_eq!(camel("café"), "Cafe");
        assert_eq!(camel("日"), "U65e5");
    }

    #[test]
    fn collisions_get_distinct_names_and_exact_names_win() {
        let rules = Rules {
            case: Case::Snake,
            reserved: &[],
            kind_word: "field",
        };
        let entries = ["__count__", "count", "Count", "COUNT"]
            .into_iter()
            .map(|wire| Entry::wire(wire, None));
        let scope = assign(entries, &rules);
        let text = |key: &str| scope.get(key).map(|name| name.text.clone());
        assert_eq!(text("count").as_deref(), Some("count"));
        assert_eq!(
            text("__count__").as_deref(),
            Some("underscore_count_underscore")
        );
        assert_eq!(text("Count").as_deref(), Some("count_field"));
        assert_eq!(text("COUNT").as_deref(), Some("count_2"));
    }

    #[test]
    fn reserved_names_are_avoided_and_overrides_win() {
        let rules = Rules {
            case: Case::Camel,
            reserved: PRELUDE_TYPES,
            kind_word: "type",
        };
        let entries = vec![
            Entry::wire("Option", None),
            Entry::wire("customer", None),
            Entry::wire("Customer", Some(&"Customer".to_owned())),
        ];
        let scope = assign(entries.into_iter(), &rules);
        let text = |key: &str| scope.get(key).map(|name| name.text.clone());
        assert_eq!(text("Option").as_deref(), Some("OptionType"));
        assert_eq!(text("Customer").as_deref(), Some("Customer"));
        assert_eq!(text("customer").as_deref(), Some("CustomerType"));
    }

    const SPEC: &str = r#"
name: naming_pass
title: Naming pass
hosts:
  default: org
  variables:
    org: { pattern: "[a-z0-9-]+" }
  servers:
    org: { url: "https://{org}.api.example.com" }
    url: { url: "https://api.example.com" }
    eu-west: { url: "https://eu.api.example.com" }
auth: { scheme: bearer }
types:
  Customer:
    fields:
      id: string
  Customer_event:
    fields:
      type: string
  CustomerEvent:
    fields:
      id: string
operations:
  builder:
    method: GET
    path: /builder
  get_customer:
    method: GET
    path: /customers/{id}
    params:
      timeout: { in: query, type: integer }
      "filter[createdAt][gte]": { in: query, type: date-time }
      self: { in: query }
      page_size: { in: query, type: integer, rust_name: limit }
    response: { type: Customer }
webhooks:
  signature: { header: X-Signature, algorithm: hmac-sha256, encoding: hex }
  event_name: { pointer: /name }
  events:
    acme.customer.create: { type: CustomerEvent }
    acme.customer.update: { type: CustomerEvent }
    acme.unknown: { type: CustomerEvent }
"#;

    #[test]
    fn every_scope_of_a_spec_gets_legal_distinct_names() {
        let spec = match connector_spec::check_str("naming.yaml", SPEC) {
            Ok(spec) => spec,
            Err(diagnostics) => panic!("{diagnostics}"),
        };
        let names = Names::new(&spec);
        let text = |ident: Ident| ident.to_string();

        assert_eq!(text(names.type_ident("Customer")), "Customer");
        assert_eq!(text(names.type_ident("CustomerEvent")), "CustomerEvent");
        assert_eq!(
            text(names.type_ident("Customer_event")),
            "CustomerUnderscoreEvent"
        );
        assert_eq!(text(names.field_ident("Customer_event", "type")), "r#type");
        assert_eq!(text(names.extra_ident("Customer")), "extra");

        assert_eq!(text(names.operation_fn("builder")), "builder_operation");
        assert_eq!(text(names.operation_struct("builder")), "Builder");
        assert_eq!(text(names.operation_fn("get_customer")), "get_customer");
        assert_eq!(text(names.operation_struct("get_customer")), "GetCustomer");
        assert_eq!(
            text(names.param_ident("get_customer", "timeout")),
            "timeout_param"
        );
        assert_eq!(
            text(names.param_ident("get_customer", "filter[createdAt][gte]")),
            "filter_created_at_gte"
        );
        assert_eq!(text(names.param_ident("get_customer", "self")), "self_");
        assert_eq!(
            text(names.param_ident("get_customer", "page_size")),
            "limit"
        );

        assert_eq!(
            text(names.event_variant("acme.customer.create")),
            "CustomerCreate"
        );
        assert_eq!(
            text(names.event_variant("acme.customer.update")),
            "CustomerUpdate"
        );
        assert_eq!(text(names.event_variant("acme.unknown")), "UnknownEvent");

        assert_eq!(text(names.host_variant("org")), "Org");
        assert_eq!(text(names.host_fn("url")), "url_host");
        assert_eq!(text(names.host_variant("eu-west")), "EuWest");
        assert_eq!(text(names.host_fn("eu-west")), "eu_west");
    }

    #[test]
    fn a_shared_first_event_segment_is_dropped() {
        let events = ["acme.customer.create", "acme.customer.update"];
        assert_eq!(shared_event_prefix(events.into_iter()), "acme.");
        assert_eq!(
            shared_event_prefix(["acme.customer.create"].into_iter()),
            "acme."
        );
        assert_eq!(shared_event_prefix(["a.b", "c.d"].into_iter()), "");
        assert_eq!(shared_event_prefix(["create"].into_iter()), "");
    }
}
