//! Whole-spec facts the emitter needs about named types: which references
//! close a cycle (and so need a `Box`), which objects can derive `Default`,
//! and roughly how large a value is (to keep enum variants balanced).

use std::collections::{HashMap, HashSet};

use connector_spec::model::{TypeDef, Variants};
use connector_spec::{CheckedSpec, Prim, TypeExpr};
use indexmap::IndexMap;

/// Enum variants larger than this are boxed, which keeps every enum below
/// the size difference clippy's `large_enum_variant` reports (200 bytes).
pub const MAX_INLINE_VARIANT_BYTES: u64 = 192;

/// What a named type compiles to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A struct with named fields.
    Object,
    /// An open enum of strings.
    StringEnum,
    /// An open enum of integers.
    IntegerEnum,
    /// A union chosen by a tag field.
    Tagged,
    /// A union whose variants are tried in order.
    Untagged,
    /// `pub type X = …;`
    Alias,
    /// An alias that refers to itself through other aliases, which Rust
    /// type aliases cannot express: a transparent newtype instead.
    Newtype,
}

/// The named types of one spec and what was learnt about them.
pub struct Catalog<'a> {
    spec: &'a CheckedSpec,
    defs: &'a IndexMap<String, TypeDef>,
    kinds: HashMap<String, Kind>,
    /// Strongly connected component of every type in the graph of direct
    /// (unboxed) containment.
    components: HashMap<String, usize>,
    /// Types whose component is a cycle.
    recursive: HashSet<String>,
    /// Objects that derive `Default`.
    defaults: HashSet<String>,
}

impl<'a> Catalog<'a> {
    /// Analyses every named type of `spec`.
    pub fn new(spec: &'a CheckedSpec) -> Catalog<'a> {
        let defs = &spec.spec.types;
        let mut catalog = Catalog {
            spec,
            defs,
            kinds: HashMap::new(),
            components: HashMap::new(),
            recursive: HashSet::new(),
            defaults: HashSet::new(),
        };
        for (name, def) in defs {
            catalog.kinds.insert(name.clone(), kind_of(def));
        }
        for name in catalog.alias_cycles() {
            catalog.kinds.insert(name, Kind::Newtype);
        }
        catalog.find_cycles();
        catalog.find_defaults();
        catalog
    }

    /// Parses a type expression of the spec. A checked spec always parses;
    /// should one not, the value is kept as raw JSON rather than failing.
    pub fn expr(&self, text: &str, params: &[String]) -> TypeExpr {
        self.spec
            .expr(text, params)
            .unwrap_or(TypeExpr::Prim(Prim::Json))
    }

    /// What `name` compiles to; an unknown name is treated as an alias.
    pub fn kind(&self, name: &str) -> Kind {
        self.kinds.get(name).copied().unwrap_or(Kind::Alias)
    }

    /// Whether the struct `name` derives `Default`.
    pub fn derives_default(&self, name: &str) -> bool {
        self.defaults.contains(name)
    }

    /// Whether a field or variant of `owner` with type `expr` must be boxed:
    /// it contains, without a list or map in between, a type of the same
    /// cycle as `owner`.
    pub fn closes_cycle(&self, owner: &str, expr: &TypeExpr) -> bool {
        if !self.recursive.contains(owner) {
            return false;
        }
        let component = self.components.get(owner);
        let mut refs = Vec::new();
        self.direct_refs(expr, &mut refs, &mut HashSet::new());
        refs.iter()
            .any(|name| self.components.get(name.as_str()) == component)
    }

    /// The fields of the object behind `expr` (through aliases), if it is one.
    pub fn object_fields(
        &self,
        expr: &TypeExpr,
    ) -> Option<&'a IndexMap<String, connector_spec::model::Field>> {
        let mut current = expr.clone();
        for _ in 0..=self.defs.len() {
            let TypeExpr::Named { name, args } = &current else {
                return None;
            };
            let def = self.defs.get(name)?;
            match self.kind(name) {
                Kind::Object => return def.fields.as_ref(),
                Kind::Alias => {
                    let target = self.expr(def.alias.as_deref()?, &def.params);
                    current = target.substitute(&def.params, args);
                }
                _ => return None,
            }
        }
        None
    }

    /// An upper bound of the size in bytes of a value of `expr`, good
    /// enough to decide which enum variants to box.
    pub fn size(&self, expr: &TypeExpr) -> u64 {
        self.size_within(expr, &mut Vec::new())
    }

    fn size_within(&self, expr: &TypeExpr, visiting: &mut Vec<String>) -> u64 {
        match expr {
            TypeExpr::Prim(prim) => match prim {
                Prim::Bool
                | Prim::I32
                | Prim::U32
                | Prim::Date
                | Prim::I64
                | Prim::U64
                | Prim::F64 => 8,
                Prim::String | Prim::Secret | Prim::DateTime => 24,
                Prim::Json => 80,
            },
            TypeExpr::List(_) | TypeExpr::Map(_) => 24,
            TypeExpr::Param(_) => 8,
            TypeExpr::Named { name, args } => {
                if visiting.iter().any(|seen| seen == name) {
                    return 8;
                }
                let Some(def) = self.defs.get(name) else {
                    return 80;
                };
                visiting.push(name.clone());
                let size = self.def_size(name, def, args, visiting);
                visiting.pop();
                size
            }
        }
    }

    fn def_size(
        &self,
        name: &str,
        def: &TypeDef,
        args: &[TypeExpr],
        visiting: &mut Vec<String>,
    ) -> u64 {
        let resolve = |text: &str| self.expr(text, &def.params).substitute(&def.params, args);
        match self.kind(name) {
            Kind::StringEnum => 32,
            Kind::IntegerEnum => 16,
            Kind::Object => {
                let fields = def.fields.iter().flatten();
                let mut total: u64 = if def.closed { 0 } else { 80 };
                for (_, field) in fields {
                    let expr = resolve(&field.ty);
                    let inner = if self.closes_cycle(name, &expr) {
                        8
                    } else {
                        self.size_within(&expr, visiting)
                    };
                    let wrapped = if field.required && !field.nullable {
                        inner
                    } else {
                        inner + 8
                    };
                    total = total.saturating_add(wrapped.next_multiple_of(8));
                }
                total
            }
            Kind::Tagged | Kind::Untagged => {
                let largest = variant_texts(def)
                    .into_iter()
                    .map(|text| {
                        let expr = resolve(text);
                        let size = self.size_within(&expr, visiting);
                        if size > MAX_INLINE_VARIANT_BYTES || self.closes_cycle(name, &expr) {
                            8
                        } else {
                            size
                        }
                    })
                    .max()
                    .unwrap_or(0);
                largest.max(80) + 8
            }
            Kind::Alias | Kind::Newtype => match def.alias.as_deref() {
                Some(text) => self.size_within(&resolve(text), visiting),
                None => 80,
            },
        }
    }

    /// Named types `expr` holds inline: directly, in an `Option`, or as the
    /// argument of a generic type that holds its parameter inline.
    fn direct_refs(&self, expr: &TypeExpr, out: &mut Vec<String>, visiting: &mut HashSet<String>) {
        let TypeExpr::Named { name, args } = expr else {
            return;
        };
        out.push(name.clone());
        let Some(def) = self.defs.get(name) else {
            return;
        };
        for (param, arg) in def.params.iter().zip(args) {
            if self.holds_param_inline(name, param, visiting) {
                self.direct_refs(arg, out, visiting);
            }
        }
    }

    /// Whether the generic type `name` holds its parameter `param` inline.
    /// Unknown while it is being worked out (a generic type that refers to
    /// itself): assumed yes, which at worst adds a `Box`.
    fn holds_param_inline(&self, name: &str, param: &str, visiting: &mut HashSet<String>) -> bool {
        let key = format!("{name}<{param}>");
        if !visiting.insert(key.clone()) {
            return true;
        }
        let Some(def) = self.defs.get(name) else {
            return true;
        };
        let marker = TypeExpr::Named {
            name: format!("<{param}>"),
            args: Vec::new(),
        };
        let params = &def.params;
        let marker_args: Vec<TypeExpr> = params
            .iter()
            .map(|p| {
                if p == param {
                    marker.clone()
                } else {
                    TypeExpr::Prim(Prim::Json)
                }
            })
            .collect();
        let mut found = false;
        for text in self.member_texts(def) {
            let expr = self.expr(text, params).substitute(params, &marker_args);
            let mut refs = Vec::new();
            self.direct_refs(&expr, &mut refs, visiting);
            if refs.iter().any(|r| *r == format!("<{param}>")) {
                found = true;
                break;
            }
        }
        visiting.remove(&key);
        found
    }

    /// Type expressions a definition holds: field types, variant types, or
    /// the aliased type.
    fn member_texts(&self, def: &'a TypeDef) -> Vec<&'a str> {
        let mut texts: Vec<&str> = def
            .fields
            .iter()
            .flatten()
            .map(|(_, field)| field.ty.as_str())
            .collect();
        texts.extend(variant_texts(def));
        texts.extend(def.alias.as_deref());
        texts
    }

    /// Tarjan's algorithm over the direct-containment graph; marks every type
    /// on a cycle.
    fn find_cycles(&mut self) {
        let names: Vec<String> = self.defs.keys().cloned().collect();
        let mut edges: HashMap<String, Vec<String>> = HashMap::new();
        for name in &names {
            let Some(def) = self.defs.get(name) else {
                continue;
            };
            let mut refs = Vec::new();
            // A plain alias is transparent, a cycle through it is broken in
            // the struct or enum that holds it.
            for text in self.member_texts(def) {
                let expr = self.expr(text, &def.params);
                self.direct_refs(&expr, &mut refs, &mut HashSet::new());
            }
            refs.retain(|r| self.defs.contains_key(r));
            edges.insert(name.clone(), refs);
        }

        let components = strongly_connected(&names, &edges);
        for (index, component) in components.iter().enumerate() {
            let cyclic = component.len() > 1
                || component.first().is_some_and(|only| {
                    edges
                        .get(only)
                        .is_some_and(|targets| targets.contains(only))
                });
            for name in component {
                self.components.insert(name.clone(), index);
                if cyclic {
                    self.recursive.insert(name.clone());
                }
            }
        }
    }

    /// Aliases that reach themselves through aliases only, lists and maps
    /// included: `type A = Vec<A>` is not legal Rust.
    fn alias_cycles(&self) -> Vec<String> {
        let aliases: Vec<String> = self
            .defs
            .iter()
            .filter(|(name, _)| self.kind(name) == Kind::Alias)
            .map(|(name, _)| name.clone())
            .collect();
        let mut edges: HashMap<String, Vec<String>> = HashMap::new();
        for name in &aliases {
            let mut refs = Vec::new();
            if let Some(text) = self.defs.get(name).and_then(|def| def.alias.as_deref()) {
                let params = self
                    .defs
                    .get(name)
                    .map(|def| def.params.as_slice())
                    .unwrap_or(&[]);
                all_refs(&self.expr(text, params), &mut refs);
            }
            refs.retain(|r| aliases.contains(r));
            edges.insert(name.clone(), refs);
        }
        strongly_connected(&aliases, &edges)
            .into_iter()
            .filter(|component| {
                component.len() > 1
                    || component.first().is_some_and(|only| {
                        edges
                            .get(only)
                            .is_some_and(|targets| targets.contains(only))
                    })
            })
            .flatten()
            .collect()
    }

    /// Least fixed point: an object derives `Default` once every required,
    /// non-nullable field has a default. Objects that can only be default
    /// through themselves never are (their `default()` would not end).
    fn find_defaults(&mut self) {
        loop {
            let mut changed = false;
            for (name, def) in self.defs {
                if self.kind(name) != Kind::Object || self.defaults.contains(name) {
                    continue;
                }
                let all_default = def.fields.iter().flatten().all(|(_, field)| {
                    !field.required
                        || field.nullable
                        || self.has_default(&self.expr(&field.ty, &def.params), 0)
                });
                if all_default {
                    self.defaults.insert(name.clone());
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// Whether a value of `expr` has a `Default`.
    pub fn expr_has_default(&self, expr: &TypeExpr) -> bool {
        self.has_default(expr, 0)
    }

    fn has_default(&self, expr: &TypeExpr, depth: usize) -> bool {
        match expr {
            TypeExpr::Prim(prim) => !matches!(prim, Prim::DateTime | Prim::Date | Prim::Secret),
            TypeExpr::List(_) | TypeExpr::Map(_) | TypeExpr::Param(_) => true,
            TypeExpr::Named { name, args } => {
                let own = match self.kind(name) {
                    Kind::Object => self.defaults.contains(name),
                    Kind::Alias => {
                        depth <= self.defs.len()
                            && self.defs.get(name).is_some_and(|def| {
                                def.alias.as_deref().is_some_and(|text| {
                                    let target =
                                        self.expr(text, &def.params).substitute(&def.params, args);
                                    self.has_default(&target, depth + 1)
                                })
                            })
                    }
                    _ => false,
                };
                own && args.iter().all(|arg| self.has_default(arg, depth + 1))
            }
        }
    }
}

/// What a definition compiles to, from which of its keys are present.
fn kind_of(def: &TypeDef) -> Kind {
    if def.fields.is_some() {
        Kind::Object
    } else if let Some(values) = &def.values {
        let all_integers = !values.is_empty()
            && values
                .iter()
                .all(|value| matches!(value.value, connector_spec::model::EnumLiteral::Integer(_)));
        if all_integers {
            Kind::IntegerEnum
        } else {
            Kind::StringEnum
        }
    } else if let Some(variants) = &def.variants {
        match (variants, &def.tag) {
            (Variants::Tagged(_), Some(_)) => Kind::Tagged,
            _ => Kind::Untagged,
        }
    } else {
        Kind::Alias
    }
}

/// Type expressions of a union's variants, in order.
pub fn variant_texts(def: &TypeDef) -> Vec<&str> {
    match &def.variants {
        Some(Variants::Untagged(list)) => list.iter().map(String::as_str).collect(),
        Some(Variants::Tagged(map)) => map.values().map(String::as_str).collect(),
        None => Vec::new(),
    }
}

fn all_refs(expr: &TypeExpr, out: &mut Vec<String>) {
    match expr {
        TypeExpr::Named { name, args } => {
            out.push(name.clone());
            for arg in args {
                all_refs(arg, out);
            }
        }
        TypeExpr::List(inner) | TypeExpr::Map(inner) => all_refs(inner, out),
        TypeExpr::Prim(_) | TypeExpr::Param(_) => {}
    }
}

/// Tarjan's strongly connected components, iterative so that a deep spec
/// cannot overflow the stack. Components come out in a deterministic order.
fn strongly_connected(nodes: &[String], edges: &HashMap<String, Vec<String>>) -> Vec<Vec<String>> {
    let position: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, name)| (name.as_str(), i))
        .collect();
    let successors: Vec<Vec<usize>> = nodes
        .iter()
        .map(|name| {
            edges
                .get(name)
                .into_iter()
                .flatten()
                .filter_map(|target| position.get(target.as_str()).copied())
                .collect()
        })
        .collect();

    let count = nodes.len();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut components = Vec::new();

    for root in 0..count {
        if index.get(root).copied() != Some(usize::MAX) {
            continue;
        }
        // Each frame: node and how many of its successors were visited.
        let mut frames: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut next)) = frames.last_mut() {
            if *next == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&successor) = successors[node].get(*next) {
                *next += 1;
                if index[successor] == usize::MAX {
                    frames.push((successor, 0));
                } else if on_stack[successor] {
                    low[node] = low[node].min(index[successor]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(nodes[member].clone());
                    if member == node {
                        break;
                    }
                }
                component.reverse();
                components.push(component);
            }
        }
    }
    components
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
name: analysis
title: Analysis
hosts: { default: main, servers: { main: { url: "https://api.example.com" } } }
auth: { scheme: bearer }
types:
  Node: { fields: { next: Node, label: { type: string, required: true } } }
  Listing: { fields: { items: { type: "list<Listing>", required: true } } }
  Pair: { params: [A], fields: { first: { type: A, required: true }, rest: "list<A>" } }
  Holder: { fields: { pair: "Pair<Holder>", names: "Pair<list<Holder>>" } }
  Stamp: { fields: { at: { type: date-time, required: true } } }
  Stamped: { fields: { stamp: { type: Stamp, required: true } } }
"#;

    fn named(name: &str, args: Vec<TypeExpr>) -> TypeExpr {
        TypeExpr::Named {
            name: name.to_owned(),
            args,
        }
    }

    #[test]
    fn boxes_exactly_the_references_that_close_a_cycle() {
        let spec = match connector_spec::check_str("analysis.yaml", SPEC) {
            Ok(spec) => spec,
            Err(diagnostics) => panic!("{diagnostics}"),
        };
        let catalog = Catalog::new(&spec);
        let holder = named("Holder", vec![]);
        assert!(catalog.closes_cycle("Node", &named("Node", vec![])));
        assert!(!catalog.closes_cycle(
            "Listing",
            &TypeExpr::List(Box::new(named("Listing", vec![])))
        ));
        assert!(catalog.closes_cycle("Holder", &named("Pair", vec![holder.clone()])));
        assert!(!catalog.closes_cycle(
            "Holder",
            &named("Pair", vec![TypeExpr::List(Box::new(holder))])
        ));
    }

    #[test]
    fn default_is_derived_only_when_every_required_field_has_one() {
        let spec = match connector_spec::check_str("analysis.yaml", SPEC) {
            Ok(spec) => spec,
            Err(diagnostics) => panic!("{diagnostics}"),
        };
        let catalog = Catalog::new(&spec);
        assert!(catalog.derives_default("Node"));
        assert!(catalog.derives_default("Listing"));
        assert!(catalog.derives_default("Pair"));
        assert!(!catalog.derives_default("Stamp"));
        assert!(!catalog.derives_default("Stamped"));
    }

    #[test]
    fn components_find_cycles_and_singletons() {
        let nodes: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
        let mut edges = HashMap::new();
        edges.insert("a".to_owned(), vec!["b".to_owned()]);
        edges.insert("b".to_owned(), vec!["a".to_owned(), "c".to_owned()]);
        edges.insert("c".to_owned(), vec!["d".to_owned()]);
        let mut components = strongly_connected(&nodes, &edges);
        for component in &mut components {
            component.sort();
        }
        components.sort();
        assert_eq!(
            components,
            vec![
                vec!["a".to_owned(), "b".to_owned()],
                vec!["c".to_owned()],
                vec!["d".to_owned()]
            ]
        );
    }
}
