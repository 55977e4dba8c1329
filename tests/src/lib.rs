//! Shared helpers for the cross-crate tests: the recorded vendor payloads
//! under `tests/fixtures/`, and an HMAC computed independently of the
//! runtime's webhook verifier.

use std::path::PathBuf;

use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

/// The raw bytes of `tests/fixtures/<connector>/<name>`, exactly as recorded
/// (a webhook signature covers them byte for byte).
pub fn fixture_bytes(connector: &str, name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(connector)
        .join(name);
    match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) => panic!("cannot read fixture {}: {error}", path.display()),
    }
}

/// The text of a payload under `tests/fixtures/<connector>/`.
pub fn fixture(connector: &str, name: &str) -> String {
    match String::from_utf8(fixture_bytes(connector, name)) {
        Ok(text) => text,
        Err(error) => panic!("fixture {connector}/{name} is not utf-8: {error}"),
    }
}

/// A payload parsed as plain JSON, for comparing with what a client sends
/// or re-encodes.
pub fn fixture_json(connector: &str, name: &str) -> Value {
    match serde_json::from_str(&fixture(connector, name)) {
        Ok(value) => value,
        Err(error) => panic!("fixture {connector}/{name} is not json: {error}"),
    }
}

/// Lowercase hex HMAC-SHA256 under `key` of `parts` written one after the
/// other: the way vendors sign deliveries, computed here without the
/// runtime so that tests check it against an independent signer.
pub fn hmac_sha256_hex(key: &str, parts: &[&[u8]]) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key.as_bytes()) {
        Ok(mac) => mac,
        Err(error) => panic!("hmac takes keys of any length: {error}"),
    };
    for part in parts {
        mac.update(part);
    }
    hex::encode(mac.finalize().into_bytes())
}
