//! Objects written in place inside a field become named types before the
//! spec is checked, so the checker and code generators see named types only.

use heck::ToUpperCamelCase;

use crate::locate::join_key;
use crate::model::{Spec, TypeDef};

/// Where each hoisted type was written: its key path as a named type
/// (`types.CustomerAddress`) and the field it came from
/// (`types.Customer.fields.address`).
pub(crate) struct Hoisted(Vec<(String, String)>);

/// Names every inline object after its parent type and field, adds it to
/// `types` and points the field at it. Nested inline objects are hoisted
/// in turn.
pub(crate) fn hoist(spec: &mut Spec) -> Hoisted {
    let mut moved = Vec::new();
    let mut pending: Vec<String> = spec.types.keys().cloned().collect();
    let mut next = 0;
    while let Some(parent) = pending.get(next).cloned() {
        next += 1;
        let inline: Vec<(String, crate::model::TypeDef)> = match spec
            .types
            .get_mut(&parent)
            .and_then(|def| def.fields.as_mut())
        {
            Some(fields) => fields
                .iter_mut()
                .filter_map(|(wire, field)| {
                    let inner = field.fields.take()?;
                    let def = TypeDef {
                        description: Some(format!(
                            "The object in the `{wire}` field of `{parent}`."
                        )),
                        fields: Some(inner),
                        ..TypeDef::default()
                    };
                    Some((wire.clone(), def))
                })
                .collect(),
            None => continue,
        };
        for (wire, def) in inline {
            let name = fresh_name(spec, &parent, &wire);
            if let Some(field) = spec
                .types
                .get_mut(&parent)
                .and_then(|parent| parent.fields.as_mut())
                .and_then(|fields| fields.get_mut(&wire))
            {
                field.ty = name.clone();
            }
            spec.types.insert(name.clone(), def);
            moved.push((
                join_key("types", &name),
                join_key(&join_key(&join_key("types", &parent), "fields"), &wire),
            ));
            pending.push(name);
        }
    }
    Hoisted(moved)
}

impl Hoisted {
    /// The key path in the file of what `path` names in the hoisted spec.
    pub(crate) fn source_path(&self, path: &str) -> String {
        let mut path = path.to_owned();
        // Nested objects were hoisted from hoisted ones: map back until the
        // path is one the file has. Each step moves to an earlier type, so
        // this ends within as many steps as there are hoisted types.
        for _ in 0..=self.0.len() {
            let Some((from, to)) = self.0.iter().find(|(from, _)| {
                path.strip_prefix(from.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
            }) else {
                break;
            };
            path = format!("{to}{}", &path[from.len()..]);
        }
        path
    }
}

/// `CustomerAddress` for `Customer.address`, made unique among the types.
fn fresh_name(spec: &Spec, parent: &str, wire: &str) -> String {
    let field: String = wire
        .to_upper_camel_case()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let field = if field.starts_with(|c: char| c.is_ascii_alphabetic()) {
        field
    } else {
        format!("Field{field}")
    };
    let base = format!("{parent}{field}");
    let mut name = base.clone();
    let mut n = 1;
    while spec.types.contains_key(&name) {
        n += 1;
        name = format!("{base}{n}");
    }
    name
}
