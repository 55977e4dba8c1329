//! Value types and formatting helpers: path segments, parameters,
//! `Nullable`, `DateTime`, `Date` and host-variable checks.

use connector_runtime::{
    Date, DateTime, Nullable, ToParam, check_host_variable, param_string, path,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

#[test]
fn segment_escapes_what_would_change_the_path() {
    assert_eq!(path::segment("a/b"), "a%2Fb");
    assert_eq!(path::segment("first last"), "first%20last");
    assert_eq!(path::segment("what?x=1"), "what%3Fx=1");
    assert_eq!(path::segment("tag#1"), "tag%231");
    assert_eq!(path::segment("100%"), "100%25");
    assert_eq!(path::segment("café"), "caf%C3%A9");
    assert_eq!(path::segment("東京"), "%E6%9D%B1%E4%BA%AC");
    assert_eq!(path::segment(".."), "%2E%2E");
    assert_eq!(path::segment("."), "%2E");
}

#[test]
fn segment_leaves_unreserved_and_segment_legal_characters() {
    assert_eq!(path::segment("ada@example.com"), "ada@example.com");
    assert_eq!(path::segment("a=b+c:d"), "a=b+c:d");
    assert_eq!(path::segment("5f3e1b2c-9a7d_x.y~z"), "5f3e1b2c-9a7d_x.y~z");
    assert_eq!(path::segment("..."), "...");
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Open,
    Snoozed,
}

#[test]
fn params_format_scalars_and_enums() {
    assert_eq!(param_string(&Status::Snoozed), "snoozed");
    assert_eq!(param_string(&Status::Open), "open");
    assert_eq!(param_string(&42_i64), "42");
    assert_eq!(param_string(&1.5_f64), "1.5");
    assert_eq!(param_string(&false), "false");
    assert_eq!(param_string("plain text"), "plain text");
    assert_eq!(param_string(&vec!["a", "b"]), "a,b");
    assert_eq!(true.to_param(), "true");
    assert_eq!(7_u32.to_param(), "7");
    assert_eq!((-3_i32).to_param(), "-3");
    assert_eq!("x".to_param(), "x");
    assert_eq!(String::from("y").to_param(), "y");
    assert_eq!(0.25_f64.to_param(), "0.25");
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct CustomerPatch {
    #[serde(
        default,
        deserialize_with = "connector_runtime::nullable::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    name: Option<Nullable<String>>,
}

#[test]
fn nullable_round_trips_all_three_states() {
    let cases = [
        (r#"{}"#, None),
        (r#"{"name":null}"#, Some(Nullable::Null)),
        (r#"{"name":"Ada"}"#, Some(Nullable::Value("Ada".to_owned()))),
    ];
    for (text, name) in cases {
        let patch: CustomerPatch = serde_json::from_str(text).expect("decodes");
        assert_eq!(patch, CustomerPatch { name: name.clone() }, "{text}");
        assert_eq!(serde_json::to_string(&patch).expect("encodes"), text);
    }
}

#[test]
fn nullable_helpers() {
    let value = Nullable::Value(3);
    assert_eq!(value.value(), Some(&3));
    assert_eq!(value.as_ref(), Nullable::Value(&3));
    assert_eq!(value.into_option(), Some(3));
    assert_eq!(Nullable::<i32>::Null.into_option(), None);
    assert_eq!(Nullable::<i32>::default(), Nullable::Null);
    assert_eq!(Nullable::from(Some(1)), Nullable::Value(1));
    assert_eq!(Nullable::<i32>::from(None), Nullable::Null);
}

#[test]
fn nullable_rejects_the_wrong_type() {
    assert!(serde_json::from_str::<CustomerPatch>(r#"{"name":5}"#).is_err());
}

#[test]
fn date_time_round_trips_with_milliseconds() {
    let text = "\"2026-10-21T14:02:11.925Z\"";
    let at: DateTime = serde_json::from_str(text).expect("rfc 3339");
    assert_eq!(serde_json::to_string(&at).expect("encodes"), text);
    assert_eq!(at.to_string(), "2026-10-21T14:02:11.925Z");
    assert_eq!(at.get().millisecond(), 925);
    assert_eq!(at.get().unix_timestamp(), 1_792_591_331);
}

#[test]
fn date_time_keeps_offsets_and_orders_by_instant() {
    let east: DateTime =
        serde_json::from_value(json!("2026-10-21T16:02:11+02:00")).expect("offset");
    let utc: DateTime = serde_json::from_value(json!("2026-10-21T14:02:12Z")).expect("utc");
    assert_eq!(east.to_string(), "2026-10-21T16:02:11+02:00");
    assert!(east < utc);
    let from_time = DateTime::from(time::macros::datetime!(2026-10-21 14:02:11.5 UTC));
    assert_eq!(from_time.to_string(), "2026-10-21T14:02:11.500Z");
}

#[test]
fn date_times_keep_the_sub_second_digits_they_were_given() {
    for text in [
        "2026-10-21T14:02:11Z",
        "2026-10-21T14:02:11.9Z",
        "2026-10-21T14:02:11.920Z",
        "2026-10-21T14:02:11.000Z",
        "2026-10-21T14:02:11.123456Z",
        "2026-10-21T14:02:11.120000000-03:30",
    ] {
        let at: DateTime = serde_json::from_value(json!(text)).expect("rfc 3339");
        assert_eq!(serde_json::to_value(at).expect("encodes"), json!(text));
    }
    let a: DateTime = serde_json::from_value(json!("2026-10-21T14:02:11.92Z")).expect("a");
    let b: DateTime = serde_json::from_value(json!("2026-10-21T14:02:11.920Z")).expect("b");
    assert_eq!(a, b, "equality is by instant");
}

#[test]
fn malformed_date_times_are_serde_errors() {
    for bad in [
        json!("2026-10-21"),
        json!("yesterday"),
        json!("2026-13-01T00:00:00Z"),
        json!(1792591331),
    ] {
        let error = serde_json::from_value::<DateTime>(bad.clone()).expect_err("rejected");
        assert!(!error.to_string().is_empty(), "{bad}");
    }
}

#[test]
fn date_round_trips() {
    let day: Date = serde_json::from_str("\"2026-02-28\"").expect("date");
    assert_eq!(
        serde_json::to_string(&day).expect("encodes"),
        "\"2026-02-28\""
    );
    assert_eq!(day.get().day(), 28);
    assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    assert!(serde_json::from_str::<Date>("\"2026-10-21T14:02:11Z\"").is_err());
}

#[test]
fn host_variables_must_match_the_whole_pattern() {
    assert!(check_host_variable("org", "acme-support", "[a-z0-9-]+").is_ok());
    for bad in ["acme.evil.com", "acme/x", "", "ACME"] {
        let error = check_host_variable("org", bad, "[a-z0-9-]+").expect_err(bad);
        assert!(
            error
                .to_string()
                .contains("expected a match of `[a-z0-9-]+`")
        );
    }
    // An alternation is anchored as a whole, not per branch.
    assert!(check_host_variable("region", "us-east", "us|eu").is_err());
}
