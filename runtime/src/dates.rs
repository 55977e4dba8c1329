//! Date and date-time values as APIs send them: RFC 3339 text and `YYYY-MM-DD`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;

/// A point in time, written as RFC 3339 text (`2026-10-21T14:02:11.925Z`).
///
/// It remembers how many sub-second digits it was given, so that a value
/// read from a server is written back exactly as it came (`.920` stays
/// `.920`). Equality, hashing and ordering look at the instant only.
///
/// ```
/// use connector_runtime::DateTime;
/// let at: DateTime = serde_json::from_str("\"2026-10-21T14:02:11.920Z\"").unwrap();
/// assert_eq!(at.to_string(), "2026-10-21T14:02:11.920Z");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct DateTime {
    instant: time::OffsetDateTime,
    /// Sub-second digits to write, 0 to 9.
    digits: u8,
}

impl DateTime {
    /// Wraps a `time` value; it is written with as few sub-second digits
    /// (none, 3, 6 or 9) as keep it exact.
    pub fn new(value: time::OffsetDateTime) -> DateTime {
        let nanos = value.nanosecond();
        let digits = match nanos {
            0 => 0,
            n if n % 1_000_000 == 0 => 3,
            n if n % 1_000 == 0 => 6,
            _ => 9,
        };
        DateTime {
            instant: value,
            digits,
        }
    }

    /// The `time` value inside.
    pub fn get(&self) -> time::OffsetDateTime {
        self.instant
    }

    /// Parses RFC 3339 text.
    pub fn parse(text: &str) -> Result<DateTime, time::error::Parse> {
        let instant = time::OffsetDateTime::parse(text, &Rfc3339)?;
        let digits = text
            .split_once('.')
            .map_or(0, |(_, fraction)| {
                fraction.bytes().take_while(u8::is_ascii_digit).count()
            })
            .min(9);
        Ok(DateTime {
            instant,
            digits: digits as u8,
        })
    }

    fn rfc3339(&self) -> Result<String, time::error::Format> {
        const WHOLE_SECONDS: &[time::format_description::BorrowedFormatItem<'static>] =
            format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
        let mut text = self.instant.format(WHOLE_SECONDS)?;
        if self.digits > 0 {
            let nanos = format!("{:09}", self.instant.nanosecond());
            text.push('.');
            text.push_str(&nanos[..usize::from(self.digits)]);
        }
        let offset = self.instant.offset();
        if offset.is_utc() {
            text.push('Z');
        } else {
            let sign = if offset.is_negative() { '-' } else { '+' };
            let hours = offset.whole_hours().unsigned_abs();
            let minutes = offset.minutes_past_hour().unsigned_abs();
            text.push_str(&format!("{sign}{hours:02}:{minutes:02}"));
        }
        Ok(text)
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &DateTime) -> bool {
        self.instant == other.instant
    }
}

impl Eq for DateTime {}

impl std::hash::Hash for DateTime {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.instant.hash(state);
    }
}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &DateTime) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    fn cmp(&self, other: &DateTime) -> std::cmp::Ordering {
        self.instant.cmp(&other.instant)
    }
}

impl From<time::OffsetDateTime> for DateTime {
    fn from(value: time::OffsetDateTime) -> DateTime {
        DateTime::new(value)
    }
}

impl From<DateTime> for time::OffsetDateTime {
    fn from(value: DateTime) -> time::OffsetDateTime {
        value.instant
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.rfc3339() {
            Ok(text) => f.write_str(&text),
            // A year RFC 3339 cannot express: fall back to `time`'s own
            // notation rather than failing a log line.
            Err(_) => write!(f, "{}", self.instant),
        }
    }
}

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.rfc3339().map_err(serde::ser::Error::custom)?;
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
