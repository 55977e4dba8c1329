//! Formatting of path and query parameter values.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

/// Everything but RFC 3986 unreserved characters and the few sub-delimiters
/// that are legal inside a segment and commonly appear in ids (`=`, `@`, `+`, `:`).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'=')
    .remove(b'@')
    .remove(b'+')
    .remove(b':');

/// Percent-encodes a value for use as (part of) one path segment.
///
/// `/`, `?`, `#`, `%`, space and non-ASCII are escaped, so a value can never
/// change which resource a path names. A whole segment of `.` or `..` is
/// escaped too, because URL parsers would otherwise resolve it away.
///
/// ```
/// assert_eq!(connector_runtime::path::segment("a/b c"), "a%2Fb%20c");
/// assert_eq!(connector_runtime::path::segment("a=b@c+d"), "a=b@c+d");
/// ```
pub fn segment(value: &str) -> String {
    match value {
        "." => "%2E".to_owned(),
        ".." => "%2E%2E".to_owned(),
        _ => utf8_percent_encode(value, SEGMENT).to_string(),
    }
}

/// A scalar that can be written as a query or path parameter.
pub trait ToParam {
    /// The text sent on the wire.
    fn to_param(&self) -> String;
}

impl ToParam for String {
    fn to_param(&self) -> String {
        self.clone()
    }
}

impl ToParam for &str {
    fn to_param(&self) -> String {
        (*self).to_owned()
    }
}

impl ToParam for str {
    fn to_param(&self) -> String {
        self.to_owned()
    }
}

macro_rules! display_param {
    ($($ty:ty),*) => {$(
        impl ToParam for $ty {
            fn to_param(&self) -> String {
                self.to_string()
            }
        }
    )*};
}

display_param!(bool, i32, i64, u32, u64, f64);

/// Formats any serializable scalar as parameter text: strings unquoted,
/// numbers and booleans as written in JSON, enums through their serde names.
/// Lists become comma-separated; objects fall back to JSON text; `null` is empty.
///
/// ```
/// assert_eq!(connector_runtime::param_string(&"open"), "open");
/// assert_eq!(connector_runtime::param_string(&true), "true");
/// assert_eq!(connector_runtime::param_string(&vec![1, 2]), "1,2");
/// ```
pub fn param_string<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(value) => value_text(&value),
        Err(_) => String::new(),
    }
}

fn value_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Bool(flag) => flag.to_string(),
        serde_json::Value::Number(number) => number.to_string(),
        serde_json::Value::Array(values) => {
            values.iter().map(value_text).collect::<Vec<_>>().join(",")
        }
        serde_json::Value::Object(_) => value.to_string(),
    }
}
