//! The YAML document as a plain tree, read once by serde_yaml (which bounds
//! nesting and alias expansion), so that each part of a spec can be decoded
//! on its own and a shape error in one part does not hide the others.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};

/// One value of the document. A plain scalar that YAML reads as null, a
/// boolean or a number keeps its text too, because serde_yaml gives a string
/// field the text as written (`1.0`, `0x1F`). Maps keep their entries in
/// order, duplicates included: the position index reports duplicate keys.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null(String),
    Bool(bool, String),
    Int(i64, String),
    UInt(u64, String),
    Float(f64, String),
    String(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// Reads `text` into a tree of at most `max_nodes` values; `None` if
    /// serde_yaml refuses the text or it expands past the cap through aliases.
    pub(crate) fn parse(text: &str, max_nodes: usize) -> Option<Node> {
        let budget = Cell::new(max_nodes);
        let mut node = NodeSeed { budget: &budget }
            .deserialize(serde_yaml::Deserializer::from_str(text))
            .ok()?;
        // A second pass, in step with the tree, reads the text of the
        // scalars serde_yaml typed; aliases expand the same way both times.
        TextSeed(&mut node)
            .deserialize(serde_yaml::Deserializer::from_str(text))
            .ok()?;
        Some(node)
    }

    /// The text of a scalar, as serde_yaml gives it to a string field.
    fn scalar_text(&self) -> Option<String> {
        match self {
            Node::Null(text)
            | Node::Bool(_, text)
            | Node::Int(_, text)
            | Node::UInt(_, text)
            | Node::Float(_, text)
            | Node::String(text) => Some(text.clone()),
            Node::Seq(_) | Node::Map(_) => None,
        }
    }

    /// Whether the node is an empty plain scalar, which serde_yaml reads
    /// as an empty map or list.
    fn is_empty_scalar(&self) -> bool {
        matches!(self, Node::Null(text) if text.is_empty())
    }

    /// A map key as text; `None` for a list or map used as a key.
    pub(crate) fn key_text(&self) -> Option<String> {
        self.scalar_text()
    }

    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Node::Null(_) => Unexpected::Unit,
            Node::Bool(b, _) => Unexpected::Bool(*b),
            Node::Int(n, _) => Unexpected::Signed(*n),
            Node::UInt(n, _) => Unexpected::Unsigned(*n),
            Node::Float(n, _) => Unexpected::Float(*n),
            Node::String(s) => Unexpected::Str(s),
            Node::Seq(_) => Unexpected::Seq,
            Node::Map(_) => Unexpected::Map,
        }
    }
}

/// Builds a `Node`, counting down a budget of values so that aliases
/// cannot blow a small text up into a huge tree.
struct NodeSeed<'b> {
    budget: &'b Cell<usize>,
}

impl NodeSeed<'_> {
    fn spend<E: de::Error>(&self) -> Result<(), E> {
        match self.budget.get().checked_sub(1) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom("the spec expands to too many values")),
        }
    }
}

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Node;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a yaml value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        self.spend()?;
        Ok(Node::Bool(v, String::new()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        self.spend()?;
        Ok(Node::Int(v, String::new()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        self.spend()?;
        Ok(Node::UInt(v, String::new()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        self.spend()?;
        Ok(Node::Float(v, String::new()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        self.spend()?;
        Ok(Node::String(v.to_owned()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        self.spend()?;
        Ok(Node::Null(String::new()))
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        self.visit_unit()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        self.spend()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(NodeSeed {
            budget: self.budget,
        })? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        self.spend()?;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key_seed(NodeSeed {
            budget: self.budget,
        })? {
            let value = map.next_value_seed(NodeSeed {
                budget: self.budget,
            })?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

/// Fills in the text of the typed scalars of a tree built from the same
/// document.
struct TextSeed<'n>(&'n mut Node);

impl<'de> DeserializeSeed<'de> for TextSeed<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match self.0 {
            Node::Seq(items) => deserializer.deserialize_seq(TextVisitor::Seq(items)),
            Node::Map(entries) => deserializer.deserialize_map(TextVisitor::Map(entries)),
            Node::String(_) => deserializer
                .deserialize_ignored_any(de::IgnoredAny)
                .map(drop),
            Node::Null(text)
            | Node::Bool(_, text)
            | Node::Int(_, text)
            | Node::UInt(_, text)
            | Node::Float(_, text) => deserializer.deserialize_str(TextVisitor::Scalar(text)),
        }
    }
}

enum TextVisitor<'n> {
    Scalar(&'n mut String),
    Seq(&'n mut [Node]),
    Map(&'n mut [(Node, Node)]),
}

impl<'de> Visitor<'de> for TextVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the value read in the first pass")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        match self {
            TextVisitor::Scalar(text) => {
                v.clone_into(text);
                Ok(())
            }
            _ => Err(E::custom("the second pass found a scalar")),
        }
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let TextVisitor::Seq(items) = self else {
            return Err(de::Error::custom("the second pass found a list"));
        };
        for item in items {
            seq.next_element_seed(TextSeed(item))?
                .ok_or_else(|| de::Error::custom("the second pass found a shorter list"))?;
        }
        Ok(())
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let TextVisitor::Map(entries) = self else {
            return Err(de::Error::custom("the second pass found a map"));
        };
        for (key, value) in entries {
            map.next_key_seed(TextSeed(key))?
                .ok_or_else(|| de::Error::custom("the second pass found a shorter map"))?;
            map.next_value_seed(TextSeed(value))?;
        }
        Ok(())
    }
}

/// Decodes a model type from a `Node` the way serde_yaml decodes it from
/// text: any scalar reads as a string where a string is expected, and an
/// empty value reads as an empty map or list.
#[derive(Clone, Copy)]
pub(crate) struct NodeDeserializer<'a>(pub &'a Node);

type Error = serde_yaml::Error;

impl<'de, 'a> de::Deserializer<'de> for NodeDeserializer<'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Null(_) => visitor.visit_unit(),
            Node::Bool(b, _) => visitor.visit_bool(*b),
            Node::Int(n, _) => visitor.visit_i64(*n),
            Node::UInt(n, _) => visitor.visit_u64(*n),
            Node::Float(n, _) => visitor.visit_f64(*n),
            Node::String(s) => visitor.visit_str(s),
            Node::Seq(items) => visitor.visit_seq(SeqAccess {
                items: items.iter(),
            }),
            Node::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                value: None,
            }),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.scalar_text() {
            Some(text) => visitor.visit_string(text),
            None => Err(de::Error::invalid_type(self.0.unexpected(), &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Node::Null(_) => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            empty if empty.is_empty_scalar() => visitor.visit_seq(SeqAccess { items: [].iter() }),
            Node::Seq(items) => visitor.visit_seq(SeqAccess {
                items: items.iter(),
            }),
            other => Err(de::Error::invalid_type(other.unexpected(), &visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            empty if empty.is_empty_scalar() => visitor.visit_map(MapAccess {
                entries: [].iter(),
                value: None,
            }),
            Node::Map(entries) => visitor.visit_map(MapAccess {
                entries: entries.iter(),
                value: None,
            }),
            other => Err(de::Error::invalid_type(other.unexpected(), &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // The model's enums are all plain names.
        match self.0.scalar_text() {
            Some(text) => visitor.visit_enum(text.into_deserializer()),
            None => Err(de::Error::invalid_type(self.0.unexpected(), &visitor)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct
    }
}

struct SeqAccess<'a> {
    items: std::slice::Iter<'a, Node>,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.items
            .next()
            .map(|item| seed.deserialize(NodeDeserializer(item)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAccess<'a> {
    entries: std::slice::Iter<'a, (Node, Node)>,
    value: Option<&'a Node>,
}

impl<'de> de::MapAccess<'de> for MapAccess<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(NodeDeserializer(key)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(NodeDeserializer(value)),
            None => Err(de::Error::custom("a map value was read before its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_as_strings_where_strings_are_expected() {
        let node = Node::parse("a: 1.0\n0x1F: True\nc: ~\n", 1000).expect("parses");
        let typed: indexmap::IndexMap<String, serde_yaml::Value> =
            serde::Deserialize::deserialize(NodeDeserializer(&node)).expect("decodes");
        assert_eq!(typed.get("a"), Some(&serde_yaml::Value::from(1.0)));
        assert_eq!(typed.get("0x1F"), Some(&serde_yaml::Value::Bool(true)));
        assert_eq!(typed.get("c"), Some(&serde_yaml::Value::Null));
    }

    /// A string field reads the scalar as written, as serde_yaml reads it
    /// from the text.
    #[test]
    fn string_fields_read_the_text_as_serde_yaml_does() {
        let scalars = [
            "0123", "1e3", "0x1F", ".5", "+1", "1_000", "-0", "True", "~", "null", "", ".inf",
            "1.0", "0o17", "-1.50", "yes", "1:30", "'7'", "\"x\"",
        ];
        for scalar in scalars {
            let mut text = format!("value: {scalar}\n");
            if !scalar.is_empty() {
                text.push_str(&format!("{scalar}: key\n"));
            }
            let direct: indexmap::IndexMap<String, String> =
                serde_yaml::from_str(&text).expect("decodes");
            let node = Node::parse(&text, 100).expect("parses");
            let via: indexmap::IndexMap<String, String> =
                serde::Deserialize::deserialize(NodeDeserializer(&node)).expect("decodes");
            assert_eq!(via, direct, "{scalar}");
        }
    }

    #[test]
    fn alias_expansion_is_bounded() {
        let mut text = String::from("a: &x0 [a, a, a, a, a, a, a, a, a, a]\n");
        for level in 1..3 {
            let items = vec![format!("*x{}", level - 1); 10].join(", ");
            text.push_str(&format!("b{level}: &x{level} [{items}]\n"));
        }
        // About 1,100 values once the aliases are expanded.
        assert!(Node::parse(&text, 1_000).is_none());
        assert!(Node::parse(&text, 2_000).is_some());
    }
}
