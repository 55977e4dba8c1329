//! Known-answer tests of webhook signature verification for the common
//! schemes, with signatures computed independently of this crate.
//!
//! Every expected signature below was computed once with Python's standard
//! library, e.g. `hmac.new(key, payload, hashlib.sha256).hexdigest()` (or
//! `base64.b64encode(...digest())`), and pasted here as a literal.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use connector_runtime::Secret;
use connector_runtime::http::{HeaderMap, HeaderName, HeaderValue};
use connector_runtime::spec::{
    Algorithm, Encoding, Locator, SignatureSpec, TimestampSpec, WebhookSpec,
};
use connector_runtime::webhook::{Verifier, VerifyError, WebhookError, event_id, event_name};

/// Hex HMAC-SHA256 over the raw body in its own header, no prefix, event
/// name in a header (a customer-service CRM's scheme).
static CRM: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "X-Kustomer-Webhook-Signature",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Hex,
        prefix: None,
        separator: None,
        signature_key: None,
        timestamp: None,
        payload: "{body}",
    },
    event_name: Locator {
        header: Some("X-Kustomer-Webhook-Event"),
        pointer: Some("/name"),
    },
    event_id: Some(Locator {
        header: None,
        pointer: Some("/id"),
    }),
};

const CRM_TOKEN: &str = "4c3b1c2a-whk-token-2026";
const CRM_OLD_TOKEN: &str = "previous-token-2025";
const CRM_BODY: &[u8] = br#"{"id":"6566e3a1f1d2c40012ab34cd","name":"kustomer.customer.create","org":"5f1e2d3c4b5a69788796a5b4","partition":"5f1e2d3c4b5a69788796a5b4","createdAt":"2026-10-14T09:21:07.412Z","data":{"type":"customer","id":"6566e3a0c0ffee0012345678","attributes":{"name":"Ada Lovelace","emails":[{"type":"home","email":"ada@example.com"}]},"links":{"self":"/v1/customers/6566e3a0c0ffee0012345678"}},"changes":null}"#;
/// hmac.new(b"4c3b1c2a-whk-token-2026", CRM_BODY, hashlib.sha256).hexdigest()
const CRM_SIGNATURE: &str = "94899563d1bcc6148d3ac61b709d8fc7b40f6c15ffc51dcdbad86b0f2f698da8";
/// hmac.new(b"previous-token-2025", CRM_BODY, hashlib.sha256).hexdigest()
const CRM_OLD_SIGNATURE: &str = "e154231555ef5d2c3d93930c1d5c241afff3440a29447a64a37668d115faf127";

/// `sha256=` + hex in one header (a code host's scheme).
static CODE_HOST: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "X-Hub-Signature-256",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Hex,
        prefix: Some("sha256="),
        separator: None,
        signature_key: None,
        timestamp: None,
        payload: "{body}",
    },
    event_name: Locator {
        header: Some("X-GitHub-Event"),
        pointer: None,
    },
    event_id: Some(Locator {
        header: Some("X-GitHub-Delivery"),
        pointer: None,
    }),
};

const CODE_HOST_SECRET: &str = "It's a Secret to Everybody";
const CODE_HOST_BODY: &[u8] = br#"{"action":"opened","issue":{"number":1347,"title":"Found a bug"},"repository":{"full_name":"octo/hello"}}"#;
/// "sha256=" + hmac.new(b"It's a Secret to Everybody", CODE_HOST_BODY, hashlib.sha256).hexdigest()
const CODE_HOST_SIGNATURE: &str =
    "sha256=8b53a9ce7c958a3aac4821455f30773dc511b64287dcad3ec7e53aac94619c9b";

/// `t=<unix>,v1=<hex>` over `{timestamp}.{body}` with a 5-minute tolerance
/// (a payment processor's scheme).
static PAYMENTS: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "Stripe-Signature",
        algorithm: Algorithm::HmacSha256,
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
        header: None,
        pointer: Some("/id"),
    }),
};

const PAYMENTS_SECRET: &str = "whsec_test_3f9a";
const PAYMENTS_BODY: &[u8] = br#"{"id":"evt_1Q2w3E4r5T6y","object":"event","type":"invoice.paid","created":1793000000,"data":{"object":{"id":"in_1Q2w3E","amount_paid":4200}}}"#;
const PAYMENTS_TIME: u64 = 1_793_000_000;
/// hmac.new(b"whsec_test_3f9a", b"1793000000." + PAYMENTS_BODY, hashlib.sha256).hexdigest()
const PAYMENTS_V1: &str = "fd698538f42bf37182946747ee033aef9ecb368ac848d461ce12eda624446cd2";
/// hmac.new(b"whsec_other", b"1793000000." + PAYMENTS_BODY, hashlib.sha256).hexdigest()
const PAYMENTS_V1_OTHER: &str = "37fe41fca165646c9c2d73237951b44e9cfad3dd7d35aad886adbdc1bf35ea87";

/// Timestamp in a header of its own, `v0=` prefix, `v0:{timestamp}:{body}`
/// (a chat platform's scheme).
static CHAT: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "X-Slack-Signature",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Hex,
        prefix: Some("v0="),
        separator: None,
        signature_key: None,
        timestamp: Some(TimestampSpec {
            header: Some("X-Slack-Request-Timestamp"),
            key: None,
            tolerance_seconds: 300,
        }),
        payload: "v0:{timestamp}:{body}",
    },
    event_name: Locator {
        header: None,
        pointer: Some("/type"),
    },
    event_id: None,
};

const CHAT_SECRET: &str = "8f742231b10e8888abcd99yyyzzz85a5";
const CHAT_BODY: &[u8] =
    b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fweather&text=94070";
/// "v0=" + hmac.new(CHAT_SECRET, b"v0:1531420618:" + CHAT_BODY, hashlib.sha256).hexdigest()
const CHAT_SIGNATURE: &str = "v0=a45771c0f181b7fb1752e9a26cc1ffb2c428f52ac8ab774ffa4adf8cf2874576";

/// Base64 HMAC-SHA512 (and a SHA-1 twin below) over the raw body.
static SHOP: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "X-Shop-Hmac",
        algorithm: Algorithm::HmacSha512,
        encoding: Encoding::Base64,
        prefix: None,
        separator: None,
        signature_key: None,
        timestamp: None,
        payload: "{body}",
    },
    event_name: Locator {
        header: Some("X-Shop-Topic"),
        pointer: None,
    },
    event_id: None,
};

static SHOP_SHA1: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        algorithm: Algorithm::HmacSha1,
        ..SHOP.signature
    },
    ..SHOP
};

static SHOP_SHA1_HEX: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        algorithm: Algorithm::HmacSha1,
        encoding: Encoding::Hex,
        ..SHOP.signature
    },
    ..SHOP
};

const SHOP_SECRET: &str = "shop-secret";
/// base64.b64encode(hmac.new(b"shop-secret", CODE_HOST_BODY, hashlib.sha512).digest())
const SHOP_SHA512_B64: &str =
    "niaeMBPn7egecNg+AV1VNoi0Q1GIlFo/PI+1mfvOKK5yvCEVduoIfwY0cEaXk1yE4K/eD9aMOTYsQds0+KkRDg==";
/// The same digest, base64.urlsafe_b64encode(...) with the `=` padding removed.
const SHOP_SHA512_B64URL: &str =
    "niaeMBPn7egecNg-AV1VNoi0Q1GIlFo_PI-1mfvOKK5yvCEVduoIfwY0cEaXk1yE4K_eD9aMOTYsQds0-KkRDg";
/// base64.b64encode(hmac.new(b"shop-secret", CODE_HOST_BODY, hashlib.sha1).digest())
const SHOP_SHA1_B64: &str = "LOtjzr1G+Mj4rMQKPqQK7q3q1g8=";
/// hmac.new(b"shop-secret", CODE_HOST_BODY, hashlib.sha1).hexdigest()
const SHOP_SHA1_HEX_SIG: &str = "2ceb63cebd46f8c8f8acc40a3ea40aeeadead60f";

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        let name = HeaderName::from_bytes(name.as_bytes()).unwrap();
        map.append(name, HeaderValue::from_str(value).unwrap());
    }
    map
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn crm() -> Verifier {
    Verifier::new(&CRM, [Secret::new(CRM_TOKEN)])
}

fn payments() -> Verifier {
    Verifier::new(&PAYMENTS, [Secret::new(PAYMENTS_SECRET)])
}

fn malformed_reason(result: Result<(), VerifyError>) -> String {
    match result {
        Err(VerifyError::MalformedSignature { reason }) => reason,
        other => panic!("expected a malformed signature, got {other:?}"),
    }
}

#[test]
fn crm_hex_signature_over_raw_body_verifies() {
    let h = headers(&[("x-kustomer-webhook-signature", CRM_SIGNATURE)]);
    assert_eq!(crm().verify(&h, CRM_BODY), Ok(()));
}

#[test]
fn crm_sign_matches_the_independent_vector() {
    assert_eq!(crm().sign(CRM_BODY, None), CRM_SIGNATURE);
}

#[test]
fn crm_uppercase_hex_is_accepted() {
    let upper = CRM_SIGNATURE.to_ascii_uppercase();
    let h = headers(&[("X-Kustomer-Webhook-Signature", &upper)]);
    assert_eq!(crm().verify(&h, CRM_BODY), Ok(()));
}

#[test]
fn crm_tampered_body_is_a_mismatch() {
    let h = headers(&[("x-kustomer-webhook-signature", CRM_SIGNATURE)]);
    let tampered = String::from_utf8(CRM_BODY.to_vec())
        .unwrap()
        .replace("Ada Lovelace", "Eve Mallory");
    assert_eq!(
        crm().verify(&h, tampered.as_bytes()),
        Err(VerifyError::Mismatch)
    );
    // One extra byte of whitespace is a different body too: no parsing or
    // normalising happens before the check.
    let mut spaced = CRM_BODY.to_vec();
    spaced.push(b'\n');
    assert_eq!(crm().verify(&h, &spaced), Err(VerifyError::Mismatch));
}

#[test]
fn crm_wrong_token_is_a_mismatch() {
    let verifier = Verifier::new(&CRM, [Secret::new("not-the-token")]);
    let h = headers(&[("x-kustomer-webhook-signature", CRM_SIGNATURE)]);
    assert_eq!(verifier.verify(&h, CRM_BODY), Err(VerifyError::Mismatch));
}

#[test]
fn missing_signature_header() {
    let h = headers(&[("x-kustomer-webhook-event", "kustomer.customer.create")]);
    assert_eq!(
        crm().verify(&h, CRM_BODY),
        Err(VerifyError::MissingSignature)
    );
}

#[test]
fn empty_signature_header() {
    let h = headers(&[("x-kustomer-webhook-signature", "")]);
    assert_eq!(crm().verify(&h, CRM_BODY), Err(VerifyError::EmptySignature));
    let h = headers(&[("x-kustomer-webhook-signature", "   ")]);
    assert_eq!(crm().verify(&h, CRM_BODY), Err(VerifyError::EmptySignature));
}

#[test]
fn malformed_signatures_say_what_was_expected() {
    let not_hex = headers(&[("x-kustomer-webhook-signature", "zz899563d1bc")]);
    assert_eq!(
        malformed_reason(crm().verify(&not_hex, CRM_BODY)),
        "expected hex digits"
    );

    let short = headers(&[("x-kustomer-webhook-signature", &CRM_SIGNATURE[..62])]);
    assert_eq!(
        malformed_reason(crm().verify(&short, CRM_BODY)),
        "expected a 32-byte signature, found 31 bytes"
    );

    let code_host = Verifier::new(&CODE_HOST, [Secret::new(CODE_HOST_SECRET)]);
    let no_prefix = headers(&[("x-hub-signature-256", &CODE_HOST_SIGNATURE[7..])]);
    assert_eq!(
        malformed_reason(code_host.verify(&no_prefix, CODE_HOST_BODY)),
        "expected the prefix `sha256=`"
    );

    let no_key = headers(&[("stripe-signature", "t=1793000000,v0=abcdef")]);
    assert_eq!(
        malformed_reason(payments().verify_at(&no_key, PAYMENTS_BODY, at(PAYMENTS_TIME))),
        "expected a `v1=` entry in the signature header"
    );

    let not_base64 = headers(&[("x-shop-hmac", "not*base64!")]);
    let shop = Verifier::new(&SHOP, [Secret::new(SHOP_SECRET)]);
    assert_eq!(
        malformed_reason(shop.verify(&not_base64, CODE_HOST_BODY)),
        "expected base64"
    );

    let mut non_ascii = HeaderMap::new();
    non_ascii.insert(
        "x-kustomer-webhook-signature",
        HeaderValue::from_bytes(b"\xe9\xe9").unwrap(),
    );
    assert!(matches!(
        crm().verify(&non_ascii, CRM_BODY),
        Err(VerifyError::MalformedSignature { .. })
    ));
}

#[test]
fn code_host_prefixed_hex_verifies_and_signs() {
    let verifier = Verifier::new(&CODE_HOST, [Secret::new(CODE_HOST_SECRET)]);
    let h = headers(&[("x-hub-signature-256", CODE_HOST_SIGNATURE)]);
    assert_eq!(verifier.verify(&h, CODE_HOST_BODY), Ok(()));
    assert_eq!(verifier.sign(CODE_HOST_BODY, None), CODE_HOST_SIGNATURE);
    assert_eq!(
        verifier.verify(&h, br#"{"action":"closed"}"#),
        Err(VerifyError::Mismatch)
    );
}

#[test]
fn payments_timestamped_signature_verifies_within_tolerance() {
    let value = format!("t={PAYMENTS_TIME},v1={PAYMENTS_V1}");
    let h = headers(&[("stripe-signature", &value)]);
    let verifier = payments();
    assert_eq!(
        verifier.verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME)),
        Ok(())
    );
    assert_eq!(
        verifier.verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME + 300)),
        Ok(())
    );
    assert_eq!(
        verifier.verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME - 300)),
        Ok(())
    );
    assert_eq!(verifier.sign(PAYMENTS_BODY, Some(PAYMENTS_TIME)), value);
}

#[test]
fn payments_out_of_tolerance_either_side() {
    let value = format!("t={PAYMENTS_TIME},v1={PAYMENTS_V1}");
    let h = headers(&[("stripe-signature", &value)]);
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME + 301)),
        Err(VerifyError::TimestampOutOfTolerance { age_seconds: 301 })
    );
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME - 3600)),
        Err(VerifyError::TimestampOutOfTolerance { age_seconds: -3600 })
    );
}

#[test]
fn payments_timestamp_is_part_of_the_signed_payload() {
    // The signature is genuine, but for another timestamp: a replay with a
    // fresh `t=` must not pass.
    let value = format!("t={},v1={PAYMENTS_V1}", PAYMENTS_TIME + 60);
    let h = headers(&[("stripe-signature", &value)]);
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME + 60)),
        Err(VerifyError::Mismatch)
    );
}

#[test]
fn payments_missing_and_malformed_timestamps() {
    let missing = headers(&[("stripe-signature", &format!("v1={PAYMENTS_V1}"))]);
    assert_eq!(
        payments().verify_at(&missing, PAYMENTS_BODY, at(PAYMENTS_TIME)),
        Err(VerifyError::MissingTimestamp)
    );
    for bad in ["t=soon", "t=-5", "t=1.5e9", "t=99999999999999999999999"] {
        let h = headers(&[("stripe-signature", &format!("{bad},v1={PAYMENTS_V1}"))]);
        assert_eq!(
            payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME)),
            Err(VerifyError::MalformedTimestamp),
            "{bad}"
        );
    }
}

#[test]
fn payments_any_of_several_v1_entries_may_match() {
    // The sender signs with two secrets while it rolls its own: one entry
    // per secret, in any order, plus entries of other schemes to skip.
    let value = format!("t={PAYMENTS_TIME},v1={PAYMENTS_V1_OTHER},v0=deadbeef, v1={PAYMENTS_V1}");
    let h = headers(&[("stripe-signature", &value)]);
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME)),
        Ok(())
    );

    let only_other = format!("t={PAYMENTS_TIME},v1={PAYMENTS_V1_OTHER}");
    let h = headers(&[("stripe-signature", &only_other)]);
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME)),
        Err(VerifyError::Mismatch)
    );

    // A malformed entry next to a good one does not spoil it.
    let value = format!("t={PAYMENTS_TIME},v1=nothex,v1={PAYMENTS_V1}");
    let h = headers(&[("stripe-signature", &value)]);
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME)),
        Ok(())
    );
}

#[test]
fn payments_empty_v1_entry_is_empty_signature() {
    let h = headers(&[("stripe-signature", "t=1793000000,v1=")]);
    assert_eq!(
        payments().verify_at(&h, PAYMENTS_BODY, at(PAYMENTS_TIME)),
        Err(VerifyError::EmptySignature)
    );
}

#[test]
fn chat_timestamp_in_its_own_header() {
    let verifier = Verifier::new(&CHAT, [Secret::new(CHAT_SECRET)]);
    let h = headers(&[
        ("x-slack-signature", CHAT_SIGNATURE),
        ("x-slack-request-timestamp", "1531420618"),
    ]);
    assert_eq!(
        verifier.verify_at(&h, CHAT_BODY, at(1_531_420_618 + 10)),
        Ok(())
    );
    assert_eq!(
        verifier.sign(CHAT_BODY, Some(1_531_420_618)),
        CHAT_SIGNATURE
    );
    assert_eq!(
        verifier.verify_at(&h, CHAT_BODY, at(1_531_420_618 + 301)),
        Err(VerifyError::TimestampOutOfTolerance { age_seconds: 301 })
    );

    let mut garbled = h.clone();
    garbled.insert(
        "x-slack-request-timestamp",
        HeaderValue::from_bytes(b"15314\xff20618").unwrap(),
    );
    assert_eq!(
        verifier.verify_at(&garbled, CHAT_BODY, at(1_531_420_618)),
        Err(VerifyError::MalformedTimestamp)
    );

    let no_timestamp = headers(&[("x-slack-signature", CHAT_SIGNATURE)]);
    assert_eq!(
        verifier.verify_at(&no_timestamp, CHAT_BODY, at(1_531_420_618)),
        Err(VerifyError::MissingTimestamp)
    );
}

#[test]
fn rotation_accepts_either_secret() {
    let verifier = Verifier::new(&CRM, [Secret::new(CRM_TOKEN), Secret::new(CRM_OLD_TOKEN)]);
    for signature in [CRM_SIGNATURE, CRM_OLD_SIGNATURE] {
        let h = headers(&[("x-kustomer-webhook-signature", signature)]);
        assert_eq!(verifier.verify(&h, CRM_BODY), Ok(()));
    }
    let only_new = crm();
    let h = headers(&[("x-kustomer-webhook-signature", CRM_OLD_SIGNATURE)]);
    assert_eq!(only_new.verify(&h, CRM_BODY), Err(VerifyError::Mismatch));
}

#[test]
fn no_secrets_rejects_everything() {
    let verifier = Verifier::new(&CRM, Vec::new());
    let h = headers(&[("x-kustomer-webhook-signature", CRM_SIGNATURE)]);
    assert_eq!(verifier.verify(&h, CRM_BODY), Err(VerifyError::NoSecrets));
}

#[test]
fn base64_sha512_standard_and_url_safe() {
    let verifier = Verifier::new(&SHOP, [Secret::new(SHOP_SECRET)]);
    for signature in [SHOP_SHA512_B64, SHOP_SHA512_B64URL] {
        let h = headers(&[("x-shop-hmac", signature)]);
        assert_eq!(verifier.verify(&h, CODE_HOST_BODY), Ok(()), "{signature}");
    }
    assert_eq!(verifier.sign(CODE_HOST_BODY, None), SHOP_SHA512_B64);
    let h = headers(&[("x-shop-hmac", SHOP_SHA512_B64)]);
    assert_eq!(verifier.verify(&h, CRM_BODY), Err(VerifyError::Mismatch));
}

#[test]
fn sha1_in_base64_and_hex() {
    let b64 = Verifier::new(&SHOP_SHA1, [Secret::new(SHOP_SECRET)]);
    let h = headers(&[("x-shop-hmac", SHOP_SHA1_B64)]);
    assert_eq!(b64.verify(&h, CODE_HOST_BODY), Ok(()));
    assert_eq!(b64.sign(CODE_HOST_BODY, None), SHOP_SHA1_B64);

    let hex = Verifier::new(&SHOP_SHA1_HEX, [Secret::new(SHOP_SECRET)]);
    let h = headers(&[("x-shop-hmac", SHOP_SHA1_HEX_SIG)]);
    assert_eq!(hex.verify(&h, CODE_HOST_BODY), Ok(()));

    // A SHA-256-sized signature is the wrong length for SHA-1.
    let h = headers(&[("x-shop-hmac", CRM_SIGNATURE)]);
    assert!(matches!(
        hex.verify(&h, CODE_HOST_BODY),
        Err(VerifyError::MalformedSignature { .. })
    ));
}

#[test]
fn body_that_is_not_json_is_still_verified_as_bytes() {
    let verifier = crm();
    let body = b"\x00\xffnot json at all";
    let signature = verifier.sign(body, None);
    let h = headers(&[("x-kustomer-webhook-signature", &signature)]);
    assert_eq!(verifier.verify(&h, body), Ok(()));
    assert_eq!(event_name(&CRM, &HeaderMap::new(), body), None);
    assert_eq!(event_id(&CRM, &HeaderMap::new(), body), None);
}

#[test]
fn event_name_prefers_the_header_and_falls_back_to_the_body() {
    let h = headers(&[("x-kustomer-webhook-event", "kustomer.customer.update")]);
    assert_eq!(
        event_name(&CRM, &h, CRM_BODY).as_deref(),
        Some("kustomer.customer.update")
    );
    assert_eq!(
        event_name(&CRM, &HeaderMap::new(), CRM_BODY).as_deref(),
        Some("kustomer.customer.create")
    );
    assert_eq!(
        event_id(&CRM, &h, CRM_BODY).as_deref(),
        Some("6566e3a1f1d2c40012ab34cd")
    );
    // The header-only scheme never looks at the body.
    assert_eq!(
        event_name(&CODE_HOST, &HeaderMap::new(), CODE_HOST_BODY),
        None
    );
    let h = headers(&[("x-github-delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958")]);
    assert_eq!(
        event_id(&CODE_HOST, &h, b"").as_deref(),
        Some("72d3162e-cc78-11e3-81ab-4c9367dc0958")
    );
    // A spec without an id locator has no ids.
    assert_eq!(event_id(&CHAT, &h, CRM_BODY), None);
    // Numbers are ids too; objects are not.
    assert_eq!(
        event_id(&PAYMENTS, &HeaderMap::new(), br#"{"id":42}"#).as_deref(),
        Some("42")
    );
    assert_eq!(
        event_id(&PAYMENTS, &HeaderMap::new(), br#"{"id":{}}"#),
        None
    );
}

#[test]
fn errors_never_show_secrets_or_bodies() {
    let verifier = Verifier::new(&CRM, [Secret::new(CRM_TOKEN)]);
    let debug = format!("{verifier:?}");
    assert!(!debug.contains(CRM_TOKEN), "{debug}");
    assert!(debug.contains("secrets: 1"), "{debug}");

    let source = serde_json::from_slice::<u32>(br#""Ada Lovelace""#).unwrap_err();
    let error = WebhookError::Decode {
        event: "kustomer.customer.create".to_owned(),
        body: bytes::Bytes::from_static(br#""Ada Lovelace""#),
        source,
    };
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains("Ada"), "{text}");
        assert!(text.contains("kustomer.customer.create"), "{text}");
    }
    assert_eq!(
        error.to_string(),
        "could not decode the `kustomer.customer.create` webhook body: unexpected shape at line 1 column 14"
    );

    let h = headers(&[("x-kustomer-webhook-signature", CRM_OLD_SIGNATURE)]);
    let rejected = WebhookError::from(verifier.verify(&h, CRM_BODY).unwrap_err());
    assert_eq!(
        rejected.to_string(),
        "webhook rejected: signature does not match the body"
    );
    assert_eq!(
        WebhookError::TooLarge {
            limit: 1024,
            size: 4096
        }
        .to_string(),
        "webhook body of 4096 bytes is larger than the limit of 1024 bytes"
    );
}

#[test]
fn verify_uses_the_clock_for_tolerance() {
    // Signed now with the verifier's own signer: passes against the real
    // clock; the same header against a clock an hour ahead does not.
    let verifier = payments();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let h = headers(&[("stripe-signature", &verifier.sign(PAYMENTS_BODY, Some(now)))]);
    assert_eq!(verifier.verify(&h, PAYMENTS_BODY), Ok(()));
    assert!(matches!(
        verifier.verify_at(&h, PAYMENTS_BODY, at(now + 3600)),
        Err(VerifyError::TimestampOutOfTolerance { .. })
    ));
}

/// A space-separated list of prefixed base64 signatures without keys, the
/// timestamp in a header of its own.
static LIST: WebhookSpec = WebhookSpec {
    signature: SignatureSpec {
        header: "webhook-signature",
        algorithm: Algorithm::HmacSha256,
        encoding: Encoding::Base64,
        prefix: Some("v1,"),
        separator: Some(" "),
        signature_key: None,
        timestamp: Some(TimestampSpec {
            header: Some("webhook-timestamp"),
            key: None,
            tolerance_seconds: 300,
        }),
        payload: "{timestamp}.{body}",
    },
    event_name: Locator {
        header: None,
        pointer: Some("/type"),
    },
    event_id: None,
};

const LIST_BODY: &[u8] =
    br#"{"type":"user.created","data":{"id":"u_17","email":"kai@example.com"}}"#;
/// base64.b64encode(hmac.new(b"list-secret-A", b"1700000000." + LIST_BODY, hashlib.sha256).digest())
const LIST_SIG_A: &str = "PSJiqzupO08P1lvlrYkQ/KDkxYyW+IzKvzk59dugCcA=";
/// The same with b"list-secret-B".
const LIST_SIG_B: &str = "nQ4Sz3O2ncWuPDcw14WUBmLo669+dpAG3nC8Ui3OamU=";

#[test]
fn unkeyed_list_of_prefixed_base64_signatures() {
    let value = format!("v1,{LIST_SIG_B} v1,{LIST_SIG_A}");
    let h = headers(&[
        ("webhook-signature", &value),
        ("webhook-timestamp", "1700000000"),
    ]);
    let a = Verifier::new(&LIST, [Secret::new("list-secret-A")]);
    assert_eq!(a.verify_at(&h, LIST_BODY, at(1_700_000_000)), Ok(()));
    assert_eq!(
        a.sign(LIST_BODY, Some(1_700_000_000)),
        format!("v1,{LIST_SIG_A}")
    );

    let other = Verifier::new(&LIST, [Secret::new("list-secret-C")]);
    assert_eq!(
        other.verify_at(&h, LIST_BODY, at(1_700_000_000)),
        Err(VerifyError::Mismatch)
    );

    let unprefixed = headers(&[
        ("webhook-signature", LIST_SIG_A),
        ("webhook-timestamp", "1700000000"),
    ]);
    assert_eq!(
        malformed_reason(a.verify_at(&unprefixed, LIST_BODY, at(1_700_000_000))),
        "expected the prefix `v1,`"
    );
}
