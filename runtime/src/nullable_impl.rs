//! `Nullable<T>`: the explicit-`null` state of an optional, nullable field.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that may be `null` on the wire.
///
/// An optional nullable field is `Option<Nullable<T>>`: `None` is absent
/// (skipped when serializing), `Some(Nullable::Null)` is an explicit `null`,
/// `Some(Nullable::Value(v))` is a value.
///
/// ```
/// use connector_runtime::Nullable;
/// let cleared: Nullable<String> = serde_json::from_str("null").unwrap();
/// assert_eq!(cleared, Nullable::Null);
/// assert_eq!(serde_json::to_string(&Nullable::Value(3)).unwrap(), "3");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// An explicit `null`.
    Null,
    /// A present value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Borrows the value inside.
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Null => Nullable::Null,
            Nullable::Value(value) => Nullable::Value(value),
        }
    }

    /// `Some(v)` for a value, `None` for `null`.
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// The value, if it is not `null`.
    pub fn value(&self) -> Option<&T> {
        match self {
            Nullable::Null => None,
            Nullable::Value(value) => Some(value),
        }
    }

    /// Whether this is an explicit `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }
}

/// `null`, so that a defaulted field means "cleared" rather than inventing a value.
impl<T> Default for Nullable<T> {
    fn default() -> Nullable<T> {
        Nullable::Null
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Nullable<T> {
        match value {
            None => Nullable::Null,
            Some(value) => Nullable::Value(value),
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Nullable<T> {
        Nullable::Value(value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Null => serializer.serialize_none(),
            Nullable::Value(value) => serializer.serialize_some(value),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Nullable<T>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

/// Reads an `Option<Nullable<T>>` field so that a present `null` becomes
/// `Some(Nullable::Null)` (plain `Option` would turn it into `None`).
///
/// Use with `#[serde(default, deserialize_with = "::connector_runtime::nullable::deserialize",
/// skip_serializing_if = "Option::is_none")]`.
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<Nullable<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Nullable::<T>::deserialize(deserializer).map(Some)
}
