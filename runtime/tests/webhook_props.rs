//! Property tests: verification never panics, whatever arrives, and a
//! delivery signed by `Verifier::sign` always verifies.
//!
//! Each property runs 512 generated cases (`ProptestConfig::with_cases`).

use std::time::{Duration, UNIX_EPOCH};

use connector_runtime::Secret;
use connector_runtime::http::{HeaderMap, HeaderName, HeaderValue};
use connector_runtime::spec::{
    Algorithm, Encoding, Locator, SignatureSpec, TimestampSpec, WebhookSpec,
};
use connector_runtime::webhook::{Verifier, VerifyError, event_id, event_name};
use proptest::prelude::*;

const CASES: u32 = 512;

static PLAIN_HEX: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "x-signature",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Hex,
        prefix: None,
        separator: None,
        signature_key: None,
        timestamp: None,
        payload: "{body}",
    },
    event_name: Locator {
        header: Some("x-event"),
        pointer: Some("/name"),
    },
    event_id: Some(Locator {
        header: None,
        pointer: Some("/id"),
    }),
};

static PREFIXED_BASE64: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "x-signature",
        algorithm: Algorithm::HmacSha512,
        encoding: Encoding::Base64,
        prefix: Some("sha512="),
        separator: None,
        signature_key: None,
        timestamp: Some(TimestampSpec {
            header: Some("x-timestamp"),
            key: None,
            tolerance_seconds: 300,
        }),
        payload: "{timestamp}:{body}",
    },
    event_name: Locator {
        header: None,
        pointer: Some("/type"),
    },
    event_id: None,
};

static KEYED_LIST: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "x-signature",
        algorithm: Algorithm::HmacSha1,
        encoding: Encoding::Hex,
        prefix: None,
        separator: Some(","),
        signature_key: Some("v1"),
        timestamp: Some(TimestampSpec {
            header: None,
            key: Some("t"),
            tolerance_seconds: 300,
        }),
        payload: "{timestamp}.{body}",
    },
    event_name: Locator {
        header: None,
        pointer: Some("/type"),
    },
    event_id: Some(Locator {
        header: Some("x-id"),
        pointer: Some("/id"),
    }),
};

static SPECS: [&WebhookSpec; 3] = [&PLAIN_HEX, &PREFIXED_BASE64, &KEYED_LIST];

/// Header text that `HeaderValue` accepts, biased towards the shapes a
/// signature header has so that deeper parsing paths are reached.
fn header_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,80}",
        "(t=[0-9]{0,12},)?(v1=[0-9a-fA-F]{0,42},?){0,3}",
        "(sha512=)?[A-Za-z0-9+/_=-]{0,90}",
        "[0-9a-f]{64}",
        "[0-9]{0,25}",
    ]
}

fn header_map(pairs: &[(usize, String)]) -> HeaderMap {
    const NAMES: [&str; 4] = ["x-signature", "x-timestamp", "x-event", "x-id"];
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        let name = HeaderName::from_static(NAMES[name % NAMES.len()]);
        if let Ok(value) = HeaderValue::from_str(value) {
            map.append(name, value);
        }
    }
    map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn verify_never_panics(
        spec in 0..SPECS.len(),
        pairs in proptest::collection::vec((0usize..4, header_text()), 0..5),
        body in proptest::collection::vec(any::<u8>(), 0..256),
        now in 0u64..4_000_000_000,
        secrets in proptest::collection::vec("[ -~]{0,40}", 0..3),
    ) {
        let spec = SPECS[spec];
        let verifier = Verifier::new(spec, secrets.into_iter().map(Secret::new));
        let headers = header_map(&pairs);
        let result = verifier.verify_at(&headers, &body, UNIX_EPOCH + Duration::from_secs(now));
        // Random input essentially never carries a valid MAC; any error is
        // fine, a panic is not.
        if let Err(error) = result {
            prop_assert!(!error.to_string().is_empty());
        }
        let _ = event_name(spec, &headers, &body);
        let _ = event_id(spec, &headers, &body);
    }

    #[test]
    fn signed_deliveries_verify(
        spec in 0..SPECS.len(),
        body in proptest::collection::vec(any::<u8>(), 0..512),
        timestamp in 0u64..4_000_000_000,
        drift in -300i64..=300,
        secret in "[ -~]{1,64}",
    ) {
        let spec = SPECS[spec];
        let verifier = Verifier::new(spec, [Secret::new("old-secret"), Secret::new(secret.clone())]);
        // The sender signs with the new secret only.
        let signer = Verifier::new(spec, [Secret::new(secret)]);
        let mut headers = HeaderMap::new();
        headers.insert("x-signature", HeaderValue::from_str(&signer.sign(&body, Some(timestamp))).unwrap());
        headers.insert("x-timestamp", HeaderValue::from_str(&timestamp.to_string()).unwrap());
        let now = UNIX_EPOCH + Duration::from_secs(timestamp.saturating_add_signed(drift));
        let drifted = timestamp.saturating_add_signed(drift) as i64 - timestamp as i64;
        let result = verifier.verify_at(&headers, &body, now);
        if spec.signature.timestamp.is_some() && drifted.unsigned_abs() > 300 {
            prop_assert_eq!(result, Err(VerifyError::TimestampOutOfTolerance { age_seconds: drifted }));
        } else {
            prop_assert_eq!(result, Ok(()));
        }

        // Flipping one bit of the body breaks it.
        if !body.is_empty() {
            let mut tampered = body.clone();
            tampered[0] ^= 1;
            prop_assert_eq!(verifier.verify_at(&headers, &tampered, now), Err(VerifyError::Mismatch));
        }
    }
}
