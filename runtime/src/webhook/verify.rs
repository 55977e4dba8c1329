//! Signature checking of webhook deliveries, driven only by a static
//! [`SignatureSpec`]: HMAC over the raw body, several secrets at once.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use hmac::{Hmac, Mac};
use http::HeaderMap;

use crate::Secret;
use crate::spec::{Algorithm, Encoding, SignatureSpec, WebhookSpec};

/// Why a delivery's signature was not accepted.
///
/// Messages name the problem only: never a secret, a body or the received
/// signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The signature header is absent.
    #[error("missing signature header")]
    MissingSignature,
    /// The signature header (or its signature entry) is present but empty.
    #[error("empty signature")]
    EmptySignature,
    /// The signature header could not be read as the spec describes it.
    #[error("malformed signature: {reason}")]
    MalformedSignature {
        /// What was expected, lower case.
        reason: String,
    },
    /// Well-formed, but no secret produces this signature for this body.
    #[error("signature does not match the body")]
    Mismatch,
    /// The scheme signs a timestamp and none was sent.
    #[error("missing signature timestamp")]
    MissingTimestamp,
    /// The timestamp is not whole Unix seconds.
    #[error("malformed signature timestamp: expected unix seconds")]
    MalformedTimestamp,
    /// Authentic, but signed too long ago (positive age) or too far in the
    /// future (negative age): a replay or a badly wrong clock.
    #[error("signature timestamp is {age_seconds} seconds away from now, outside the tolerance")]
    TimestampOutOfTolerance {
        /// Seconds from the timestamp to now; negative when it lies in the future.
        age_seconds: i64,
    },
    /// The verifier was built without any secret, so nothing can pass.
    #[error("no webhook secret configured")]
    NoSecrets,
}

/// Checks webhook signatures over the raw body before anything is parsed.
///
/// Built from the connector's static [`WebhookSpec`] and one or more
/// secrets: during a rotation the old and the new secret are both given and
/// a delivery signed with either passes. Comparison is constant-time.
///
/// A signature prefix (`sha256=`) is matched without regard to ASCII case.
/// Accepted encodings: hex in either case; base64 in the standard or the
/// URL-safe alphabet, padded or not. Accepting both alphabets is unambiguous:
/// the characters they disagree on (`+/` against `-_`) are each valid in only
/// one of them, so a text decodes to the same bytes whichever one applies.
///
/// ```
/// use connector_runtime::spec::*;
/// use connector_runtime::{Secret, webhook::Verifier};
///
/// static SPEC: WebhookSpec = WebhookSpec {
///     signature: SignatureSpec {
///         header: "x-signature",
///         algorithm: Algorithm::HmacSha256,
///         encoding: Encoding::Hex,
///         prefix: Some("sha256="),
///         separator: None,
///         signature_key: None,
///         timestamp: None,
///         payload: "{body}",
///     },
///     event_name: Locator { header: Some("x-event"), pointer: None },
///     event_id: None,
/// };
///
/// let verifier = Verifier::new(&SPEC, [Secret::new("token")]);
/// let body = br#"{"id":"1"}"#;
/// let mut headers = connector_runtime::http::HeaderMap::new();
/// headers.insert("x-signature", verifier.sign(body, None).parse().unwrap());
/// assert!(verifier.verify(&headers, body).is_ok());
/// assert!(verifier.verify(&headers, b"{}").is_err());
/// ```
#[derive(Clone)]
pub struct Verifier {
    spec: &'static WebhookSpec,
    secrets: Vec<Secret>,
    payload: Vec<Piece>,
}

/// One part of the signed payload template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Text(&'static str),
    Body,
    Timestamp,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verifier")
            .field("header", &self.spec.signature.header)
            .field("algorithm", &self.spec.signature.algorithm)
            .field("secrets", &self.secrets.len())
            .finish()
    }
}

impl Verifier {
    /// A verifier for `spec` that accepts a signature made with any of
    /// `secrets`. Empty secrets are left out: they would verify anything.
    pub fn new(spec: &'static WebhookSpec, secrets: impl IntoIterator<Item = Secret>) -> Verifier {
        Verifier {
            spec,
            // An empty secret is a key anyone can sign with, most often an
            // unset environment variable: it verifies nothing.
            secrets: secrets
                .into_iter()
                .filter(|secret| !secret.expose().is_empty())
                .collect(),
            payload: parse_template(spec.signature.payload),
        }
    }

    /// The spec this verifier follows.
    pub fn spec(&self) -> &'static WebhookSpec {
        self.spec
    }

    /// Checks `body` against the signature in `headers`, with the current
    /// time for the timestamp tolerance.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Checks `body` against the signature in `headers` as if the time were `now`.
    ///
    /// The order of checks is: secrets configured, signature present and
    /// well-formed, timestamp present and well-formed, signature matches,
    /// timestamp within tolerance. So an out-of-tolerance error is only ever
    /// reported for an authentic (replayed or delayed) delivery.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), VerifyError> {
        if self.secrets.is_empty() {
            return Err(VerifyError::NoSecrets);
        }
        let sig = &self.spec.signature;
        let received = ReceivedHeader::read(sig, headers)?;
        let candidates = received.signatures(sig)?;

        let timestamp = match sig.timestamp {
            None => None,
            Some(ts) => {
                let from_header = match ts.header.and_then(|name| headers.get(name)) {
                    Some(value) => Some(
                        value
                            .to_str()
                            .map_err(|_| VerifyError::MalformedTimestamp)?
                            .trim(),
                    ),
                    None => None,
                };
                let text = from_header
                    .or_else(|| ts.key.and_then(|key| received.value_of(key)))
                    .filter(|text| !text.is_empty())
                    .ok_or(VerifyError::MissingTimestamp)?;
                let seconds = parse_unix_seconds(text)?;
                Some((text, seconds, ts.tolerance_seconds))
            }
        };
        let timestamp_text = timestamp.map(|(text, _, _)| text);
        if timestamp_text.is_none() && self.payload.contains(&Piece::Timestamp) {
            return Err(VerifyError::MissingTimestamp);
        }

        let matched = self.secrets.iter().any(|secret| {
            let Some(mac) = self.mac(secret, body, timestamp_text.unwrap_or_default()) else {
                return false;
            };
            candidates
                .iter()
                .any(|candidate| mac.clone().verify(candidate))
        });
        if !matched {
            return Err(VerifyError::Mismatch);
        }

        if let Some((_, seconds, tolerance)) = timestamp {
            let now = unix_seconds(now);
            let age = now.saturating_sub(seconds);
            if age.unsigned_abs() > tolerance {
                return Err(VerifyError::TimestampOutOfTolerance { age_seconds: age });
            }
        }
        Ok(())
    }

    /// Signs `body` the way the sender does and returns the signature
    /// header's value (for tests and local stand-ins of the sender).
    ///
    /// Uses the first secret; with none, an empty key (which [`verify`]
    /// never accepts, as it reports [`VerifyError::NoSecrets`]). When the
    /// scheme signs a timestamp, `timestamp` (default: now) goes into the
    /// payload and, if the spec keeps it inside the signature header, into
    /// the returned value; a timestamp in a header of its own is the caller's
    /// to send.
    ///
    /// [`verify`]: Verifier::verify
    pub fn sign(&self, body: &[u8], timestamp: Option<u64>) -> String {
        let sig = &self.spec.signature;
        let needs_timestamp = sig.timestamp.is_some() || self.payload.contains(&Piece::Timestamp);
        let timestamp = needs_timestamp
            .then(|| timestamp.unwrap_or_else(|| unix_seconds(SystemTime::now()).max(0) as u64));
        let timestamp_text = timestamp.map(|t| t.to_string()).unwrap_or_default();

        let key = self.secrets.first().map(Secret::expose).unwrap_or_default();
        let digest = self
            .mac_with_key(key.as_bytes(), body, &timestamp_text)
            .map(Digest::finish)
            .unwrap_or_default();
        let encoded = match sig.encoding {
            Encoding::Hex => hex::encode(digest),
            Encoding::Base64 => base64::engine::general_purpose::STANDARD.encode(digest),
        };
        let signature = format!("{}{encoded}", sig.prefix.unwrap_or_default());

        let mut parts = Vec::new();
        if let Some(key) = sig.timestamp.and_then(|ts| ts.key) {
            parts.push(format!("{key}={timestamp_text}"));
        }
        match sig.signature_key {
            Some(key) => parts.push(format!("{key}={signature}")),
            None => parts.push(signature),
        }
        parts.join(sig.separator.unwrap_or(","))
    }

    fn mac(&self, secret: &Secret, body: &[u8], timestamp: &str) -> Option<Digest> {
        self.mac_with_key(secret.expose().as_bytes(), body, timestamp)
    }

    fn mac_with_key(&self, key: &[u8], body: &[u8], timestamp: &str) -> Option<Digest> {
        let mut mac = Digest::new(self.spec.signature.algorithm, key)?;
        for piece in &self.payload {
            match piece {
                Piece::Text(text) => mac.update(text.as_bytes()),
                Piece::Body => mac.update(body),
                Piece::Timestamp => mac.update(timestamp.as_bytes()),
            }
        }
        Some(mac)
    }
}

/// The signature header as received: its `key=value` entries, or its whole
/// text when the spec has no separator.
struct ReceivedHeader<'h> {
    entries: Vec<Entry<'h>>,
}

/// One entry of the signature header.
struct Entry<'h> {
    /// The entry as received (trimmed).
    raw: &'h str,
    /// Text before the first `=`; empty without one or when the header is
    /// not a list.
    key: &'h str,
    /// Text after the first `=`, else the whole entry.
    value: &'h str,
}

impl<'h> ReceivedHeader<'h> {
    fn read(sig: &SignatureSpec, headers: &'h HeaderMap) -> Result<Self, VerifyError> {
        let mut values = headers.get_all(sig.header).iter().peekable();
        if values.peek().is_none() {
            return Err(VerifyError::MissingSignature);
        }
        let mut entries = Vec::new();
        for value in values {
            let text = value
                .to_str()
                .map_err(|_| malformed("expected a signature header of visible ascii characters"))?
                .trim();
            let pieces: Vec<&str> = match sig.separator {
                Some(separator) if !separator.is_empty() => text.split(separator).collect(),
                _ => vec![text],
            };
            for piece in pieces.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
                // Only a list header is `key=value`; elsewhere `=` may be
                // base64 padding or part of a prefix such as `sha256=`.
                let (key, value) = if sig.separator.is_some() || sig.signature_key.is_some() {
                    match piece.split_once('=') {
                        Some((key, value)) => (key.trim(), value.trim()),
                        None => ("", piece),
                    }
                } else {
                    ("", piece)
                };
                entries.push(Entry {
                    raw: piece,
                    key,
                    value,
                });
            }
        }
        if entries.is_empty() {
            return Err(VerifyError::EmptySignature);
        }
        Ok(ReceivedHeader { entries })
    }

    fn value_of(&self, key: &str) -> Option<&'h str> {
        self.entries
            .iter()
            .find(|entry| entry.key == key)
            .map(|entry| entry.value)
    }

    /// Every signature the header carries, decoded. Several are normal
    /// (`v1=a,v1=b` during a sender-side rotation); one well-formed
    /// signature is enough to go on, otherwise the first problem is reported.
    fn signatures(&self, sig: &SignatureSpec) -> Result<Vec<Vec<u8>>, VerifyError> {
        let texts: Vec<&str> = match (sig.signature_key, sig.separator) {
            (Some(key), _) => {
                let texts: Vec<&str> = self
                    .entries
                    .iter()
                    .filter(|entry| entry.key == key)
                    .map(|entry| entry.value)
                    .collect();
                if texts.is_empty() {
                    return Err(malformed(format!(
                        "expected a `{key}=` entry in the signature header"
                    )));
                }
                texts
            }
            // A list without signature keys: every entry is a signature,
            // except the timestamp entry when it lives in the same header.
            // A `=` elsewhere belongs to the signature (prefix, padding).
            (None, Some(_)) => {
                let timestamp_key = sig.timestamp.and_then(|ts| ts.key);
                self.entries
                    .iter()
                    .filter(|entry| entry.key.is_empty() || Some(entry.key) != timestamp_key)
                    .map(|entry| entry.raw)
                    .collect()
            }
            (None, None) => self.entries.iter().map(|entry| entry.raw).collect(),
        };

        let expected_len = sig.algorithm.output_len();
        let mut decoded = Vec::new();
        let mut first_error = None;
        let mut all_empty = true;
        for text in texts {
            if text.is_empty() {
                continue;
            }
            all_empty = false;
            match decode_signature(sig, text, expected_len) {
                Ok(bytes) => decoded.push(bytes),
                Err(error) => {
                    first_error.get_or_insert(error);
                }
            }
        }
        if all_empty {
            return Err(VerifyError::EmptySignature);
        }
        match (decoded.is_empty(), first_error) {
            (true, Some(error)) => Err(error),
            (true, None) => Err(VerifyError::EmptySignature),
            (false, _) => Ok(decoded),
        }
    }
}

fn decode_signature(
    sig: &SignatureSpec,
    text: &str,
    expected_len: usize,
) -> Result<Vec<u8>, VerifyError> {
    let text = match sig.prefix {
        Some(prefix) if !prefix.is_empty() => {
            let head = text.get(..prefix.len());
            match head {
                Some(head) if head.eq_ignore_ascii_case(prefix) => {
                    text.get(prefix.len()..).unwrap_or_default()
                }
                _ => return Err(malformed(format!("expected the prefix `{prefix}`"))),
            }
        }
        _ => text,
    };
    if text.is_empty() {
        return Err(VerifyError::EmptySignature);
    }
    let bytes = match sig.encoding {
        Encoding::Hex => hex::decode(text).map_err(|_| malformed("expected hex digits"))?,
        Encoding::Base64 => decode_base64(text).ok_or_else(|| malformed("expected base64"))?,
    };
    if bytes.len() != expected_len {
        let found = bytes.len();
        let unit = if found == 1 { "byte" } else { "bytes" };
        return Err(malformed(format!(
            "expected a {expected_len}-byte signature, found {found} {unit}"
        )));
    }
    Ok(bytes)
}

/// Standard or URL-safe alphabet, padding optional (see [`Verifier`] on why
/// this is unambiguous).
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    const CONFIG: GeneralPurposeConfig =
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    const STANDARD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, CONFIG);
    const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, CONFIG);
    STANDARD
        .decode(text)
        .or_else(|_| URL_SAFE.decode(text))
        .ok()
}

fn malformed(reason: impl Into<String>) -> VerifyError {
    VerifyError::MalformedSignature {
        reason: reason.into(),
    }
}

fn parse_unix_seconds(text: &str) -> Result<i64, VerifyError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(VerifyError::MalformedTimestamp);
    }
    text.parse::<i64>()
        .map_err(|_| VerifyError::MalformedTimestamp)
}

fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs())
            .map(|secs| -secs)
            .unwrap_or(i64::MIN),
    }
}

/// Splits a payload template into text, `{body}` and `{timestamp}`. Any
/// other braces are literal text, as the sender would write them.
fn parse_template(template: &'static str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        let next = [("{body}", Piece::Body), ("{timestamp}", Piece::Timestamp)]
            .into_iter()
            .filter_map(|(marker, piece)| rest.find(marker).map(|at| (at, marker, piece)))
            .min_by_key(|(at, _, _)| *at);
        match next {
            Some((at, marker, piece)) => {
                let (before, after) = rest.split_at(at);
                if !before.is_empty() {
                    pieces.push(Piece::Text(before));
                }
                pieces.push(piece);
                rest = after.get(marker.len()..).unwrap_or_default();
            }
            None => {
                pieces.push(Piece::Text(rest));
                rest = "";
            }
        }
    }
    pieces
}

impl Algorithm {
    /// Bytes in a MAC of this algorithm.
    fn output_len(self) -> usize {
        match self {
            Algorithm::HmacSha1 => 20,
            Algorithm::HmacSha256 => 32,
            Algorithm::HmacSha512 => 64,
        }
    }
}

/// A running HMAC of the spec's algorithm.
#[derive(Clone)]
enum Digest {
    Sha1(Hmac<sha1::Sha1>),
    Sha256(Hmac<sha2::Sha256>),
    Sha512(Hmac<sha2::Sha512>),
}

impl Digest {
    /// `None` only if the MAC refused the key, which HMAC never does (it
    /// takes keys of any length); callers then treat the secret as unusable
    /// rather than falling back to another key.
    fn new(algorithm: Algorithm, key: &[u8]) -> Option<Digest> {
        match algorithm {
            Algorithm::HmacSha1 => Hmac::new_from_slice(key).ok().map(Digest::Sha1),
            Algorithm::HmacSha256 => Hmac::new_from_slice(key).ok().map(Digest::Sha256),
            Algorithm::HmacSha512 => Hmac::new_from_slice(key).ok().map(Digest::Sha512),
        }
    }

    fn update(&mut self, bytes: &[u8]) {
        match self {
            Digest::Sha1(mac) => mac.update(bytes),
            Digest::Sha256(mac) => mac.update(bytes),
            Digest::Sha512(mac) => mac.update(bytes),
        }
    }

    /// Constant-time comparison with a received signature.
    fn verify(self, signature: &[u8]) -> bool {
        match self {
            Digest::Sha1(mac) => mac.verify_slice(signature).is_ok(),
            Digest::Sha256(mac) => mac.verify_slice(signature).is_ok(),
            Digest::Sha512(mac) => mac.verify_slice(signature).is_ok(),
        }
    }

    fn finish(self) -> Vec<u8> {
        match self {
            Digest::Sha1(mac) => mac.finalize().into_bytes().to_vec(),
            Digest::Sha256(mac) => mac.finalize().into_bytes().to_vec(),
            Digest::Sha512(mac) => mac.finalize().into_bytes().to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_split_into_pieces() {
        assert_eq!(parse_template("{body}"), vec![Piece::Body]);
        assert_eq!(
            parse_template("{timestamp}.{body}"),
            vec![Piece::Timestamp, Piece::Text("."), Piece::Body]
        );
        assert_eq!(
            parse_template("v0:{timestamp}:{body}!"),
            vec![
                Piece::Text("v0:"),
                Piece::Timestamp,
                Piece::Text(":"),
                Piece::Body,
                Piece::Text("!")
            ]
        );
    }
}
