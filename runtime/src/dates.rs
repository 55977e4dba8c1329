//! Date and date-time values as APIs send them: RFC 3339 text and `YYYY-MM-DD`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

/// A point in time, written as RFC 3339 text (`2026-10-21T14:02:11.925Z`).
///
/// ```
/// use connector_runtime::DateTime;
/// let at: DateTime = serde_json::from_str("\"2026-10-21T14:02:11.925Z\"").unwrap();
/// assert_eq!(at.to_string(), "2026-10-21T14:02:11.925Z");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateTime(time::OffsetDateTime);

impl DateTime {
    /// Wraps a `time` value.
    pub fn new(value: time::OffsetDateTime) -> DateTime {
        DateTime(value)
    }

    /// The `time` value inside.
    pub fn get(&self) -> time::OffsetDateTime {
        self.0
    }

    /// Parses RFC 3339 text.
    pub fn parse(text: &str) -> Result<DateTime, time::error::Parse> {
        time::OffsetDateTime::parse(text, &Rfc3339).map(DateTime)
    }
}

impl From<time::OffsetDateTime> for DateTime {
    fn from(value: time::OffsetDateTime) -> DateTime {
        DateTime(value)
    }
}

impl From<DateTime> for time::OffsetDateTime {
    fn from(value: DateTime) -> time::OffsetDateTime {
        value.0
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.format(&Rfc3339) {
            Ok(text) => f.write_str(&text),
            // RFC 3339 cannot express years outside 0..=9999; fall back to
            // `time`'s own notation rather than failing a log line.
            Err(_) => write!(f, "{}", self.0),
        }
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.0.format(&Rfc3339).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DateTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateTime::parse(&text).map_err(|error| {
            serde::de::Error::custom(format_args!(
                "expected an RFC 3339 date-time, got {text:?}: {error}"
            ))
        })
    }
}

/// A calendar date, written as `YYYY-MM-DD`.
///
/// ```
/// use connector_runtime::Date;
/// let day: Date = serde_json::from_str("\"2026-10-21\"").unwrap();
/// assert_eq!(day.to_string(), "2026-10-21");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(time::Date);

const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]");

impl Date {
    /// Wraps a `time` value.
    pub fn new(value: time::Date) -> Date {
        Date(value)
    }

    /// The `time` value inside.
    pub fn get(&self) -> time::Date {
        self.0
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, time::error::Parse> {
        time::Date::parse(text, DATE_FORMAT).map(Date)
    }
}

impl From<time::Date> for Date {
    fn from(value: time::Date) -> Date {
        Date(value)
    }
}

impl From<Date> for time::Date {
    fn from(value: Date) -> time::Date {
        value.0
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.format(DATE_FORMAT) {
            Ok(text) => f.write_str(&text),
            Err(_) => write!(f, "{}", self.0),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self
            .0
            .format(DATE_FORMAT)
            .map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(|error| {
            serde::de::Error::custom(format_args!(
                "expected a YYYY-MM-DD date, got {text:?}: {error}"
            ))
        })
    }
}
