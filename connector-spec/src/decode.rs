//! Decoding a spec part by part: each top-level key, and each entry of the
//! named sections (types, operations, paging, servers, host variables,
//! webhook events), is decoded on its own, so that every shape error is
//! reported in one run and the rest of the spec can still be checked.

use indexmap::IndexMap;
use serde::de::{DeserializeOwned, Error as _};

use crate::check::{Names, Undecoded};
use crate::locate::join_key;
use crate::model::{
    Algorithm, Auth, AuthScheme, Encoding, Hosts, Locator, Signature, Spec, Webhooks,
};
use crate::node::{Node, NodeDeserializer};

/// The top-level keys a spec must have, in the order the model declares them.
const REQUIRED: [&str; 4] = ["name", "title", "hosts", "auth"];

/// A shape error of one part: the key path of the offending value and what
/// serde said about it.
pub(crate) struct ShapeError {
    pub path: String,
    pub error: serde_yaml::Error,
}

/// What decoding found: the spec assembled from the parts that decoded,
/// with stand-ins for required parts that did not.
pub(crate) struct Decoded {
    pub spec: Spec,
    pub errors: Vec<ShapeError>,
    /// Entries that exist but did not decode.
    pub undecoded: Undecoded,
    /// Paths whose value in `spec` is a stand-in: what the checker says
    /// about them is about the stand-in, not the file.
    pub stand_ins: Vec<String>,
}

/// Whether `path` is at or under one of `stand_ins`.
pub(crate) fn is_stand_in(stand_ins: &[String], path: &str) -> bool {
    stand_ins.iter().any(|stand_in| {
        path.strip_prefix(stand_in.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    })
}

/// Decodes the document `root` part by part; `None` if it is not a map (an
/// empty file, a list), which has no parts to decode separately.
pub(crate) fn decode(root: &Node) -> Option<Decoded> {
    let Node::Map(entries) = root else {
        return None;
    };
    let mut decoder = Decoder {
        errors: Vec::new(),
        undecoded: Undecoded::default(),
        stand_ins: Vec::new(),
    };
    let mut spec = Spec {
        schema: None,
        name: String::new(),
        title: String::new(),
        description: None,
        docs_url: None,
        hosts: Hosts {
            default: String::new(),
            variables: IndexMap::new(),
            servers: IndexMap::new(),
        },
        auth: Auth {
            scheme: AuthScheme::None,
            name: None,
            prefix: None,
            description: None,
        },
        headers: IndexMap::new(),
        rate_limit: None,
        retry: None,
        timeouts: None,
        errors: None,
        test_connection: None,
        paging: IndexMap::new(),
        types: IndexMap::new(),
        operations: IndexMap::new(),
        webhooks: None,
    };
    let mut present: Vec<String> = Vec::new();
    for (key, value) in entries {
        let Some(key) = key.key_text() else {
            decoder.part::<String>("", key);
            continue;
        };
        let d = &mut decoder;
        match key.as_str() {
            "$schema" => spec.schema = d.part(&key, value).flatten(),
            "name" => match d.part(&key, value) {
                Some(name) => spec.name = name,
                None => d.stand_ins.push(key.clone()),
            },
            "title" => match d.part(&key, value) {
                Some(title) => spec.title = title,
                None => d.stand_ins.push(key.clone()),
            },
            "description" => spec.description = d.part(&key, value).flatten(),
            "docs_url" => spec.docs_url = d.part(&key, value).flatten(),
            "hosts" => spec.hosts = d.hosts(value),
            "auth" => match d.part(&key, value) {
                Some(auth) => spec.auth = auth,
                None => d.stand_ins.push(key.clone()),
            },
            "headers" => spec.headers = d.part(&key, value).unwrap_or_default(),
            "rate_limit" => spec.rate_limit = d.part(&key, value).flatten(),
            "retry" => spec.retry = d.part(&key, value).flatten(),
            "timeouts" => spec.timeouts = d.part(&key, value).flatten(),
            "errors" => spec.errors = d.part(&key, value).flatten(),
            "test_connection" => spec.test_connection = d.part(&key, value).flatten(),
            "paging" => (spec.paging, d.undecoded.paging) = d.entries(&key, value),
            "types" => (spec.types, d.undecoded.types) = d.entries(&key, value),
            "operations" => (spec.operations, d.undecoded.operations) = d.entries(&key, value),
            "webhooks" => spec.webhooks = d.webhooks(value),
            _ => {
                // Serde words the error and lists the keys a spec may have;
                // the unknown key fails before any value is read.
                d.part::<Spec>(
                    "",
                    &Node::Map(vec![(Node::String(key.clone()), Node::Null(String::new()))]),
                );
            }
        }
        present.push(key);
    }
    for key in REQUIRED {
        if !present.iter().any(|k| k == key) {
            decoder.errors.push(ShapeError {
                path: String::new(),
                error: serde_yaml::Error::missing_field(key),
            });
            decoder.stand_ins.push(key.to_owned());
        }
    }
    Some(Decoded {
        spec,
        errors: decoder.errors,
        undecoded: decoder.undecoded,
        stand_ins: decoder.stand_ins,
    })
}

/// The entries of a section that decoded, and the names of those that did not.
type Section<T> = (IndexMap<String, T>, Names);

struct Decoder {
    errors: Vec<ShapeError>,
    undecoded: Undecoded,
    stand_ins: Vec<String>,
}

impl Decoder {
    /// Decodes the value at `path`, or records why it does not decode.
    fn part<T: DeserializeOwned>(&mut self, path: &str, node: &Node) -> Option<T> {
        match serde_path_to_error::deserialize(NodeDeserializer(node)) {
            Ok(value) => Some(value),
            Err(err) => {
                let path = join_path(path, &err.path().to_string());
                self.errors.push(ShapeError {
                    path,
                    error: err.into_inner(),
                });
                None
            }
        }
    }

    /// Decodes each entry of the map at `path` on its own; returns those
    /// that decoded and the names of those that did not.
    fn entries<T: DeserializeOwned>(&mut self, path: &str, node: &Node) -> Section<T> {
        let mut failed = Names::default();
        let Node::Map(entries) = node else {
            // Not a map: decoded whole, for serde's own message (an empty
            // value is an empty map).
            let decoded = self.part::<IndexMap<String, T>>(path, node);
            failed.all = decoded.is_none();
            return (decoded.unwrap_or_default(), failed);
        };
        let mut decoded = IndexMap::new();
        for (key, value) in entries {
            let Some(name) = key.key_text() else {
                self.part::<String>(path, key);
                continue;
            };
            match self.part::<T>(&join_key(path, &name), value) {
                Some(entry) => {
                    decoded.insert(name, entry);
                }
                None => {
                    failed.names.insert(name);
                }
            }
        }
        (decoded, failed)
    }

    /// The map `node` with the map under `key` decoded entry by entry and
    /// emptied, so that the rest decodes without it. A value under `key`
    /// that is not a map stays, for the rest to report.
    fn split_section<T: DeserializeOwned>(
        &mut self,
        base: &str,
        entries: &[(Node, Node)],
        key: &str,
    ) -> (Vec<(Node, Node)>, Option<Section<T>>) {
        let mut rest = Vec::with_capacity(entries.len());
        let mut section = None;
        for (k, value) in entries {
            if k.key_text().as_deref() == Some(key) && matches!(value, Node::Map(_)) {
                section = Some(self.entries(&join_key(base, key), value));
                rest.push((k.clone(), Node::Map(Vec::new())));
            } else {
                rest.push((k.clone(), value.clone()));
            }
        }
        (rest, section)
    }

    fn hosts(&mut self, node: &Node) -> Hosts {
        let Node::Map(entries) = node else {
            return self.part::<Hosts>("hosts", node).unwrap_or_else(|| {
                self.undecoded.servers.all = true;
                self.undecoded.variables.all = true;
                self.stand_ins.push("hosts".to_owned());
                Hosts {
                    default: String::new(),
                    variables: IndexMap::new(),
                    servers: IndexMap::new(),
                }
            });
        };
        let (rest, servers) = self.split_section("hosts", entries, "servers");
        let (rest, variables) = self.split_section("hosts", &rest, "variables");
        match self.part::<Hosts>("hosts", &Node::Map(rest)) {
            Some(hosts) => {
                // A section that was not a map decoded with the rest.
                let (servers, failed) = servers.unwrap_or((hosts.servers, Names::default()));
                self.undecoded.servers = failed;
                let (variables, failed) = variables.unwrap_or((hosts.variables, Names::default()));
                self.undecoded.variables = failed;
                Hosts {
                    default: hosts.default,
                    variables,
                    servers,
                }
            }
            None => {
                self.stand_ins.push("hosts.default".to_owned());
                let (servers, failed) = servers.unwrap_or_else(|| (IndexMap::new(), all()));
                self.undecoded.servers = failed;
                let (variables, failed) = variables.unwrap_or_else(|| (IndexMap::new(), all()));
                self.undecoded.variables = failed;
                Hosts {
                    default: String::new(),
                    variables,
                    servers,
                }
            }
        }
    }

    fn webhooks(&mut self, node: &Node) -> Option<Webhooks> {
        let Node::Map(entries) = node else {
            let webhooks = self.part::<Option<Webhooks>>("webhooks", node);
            if webhooks.is_none() {
                self.undecoded.events.all = true;
            }
            return webhooks.flatten();
        };
        let (rest, events) = self.split_section("webhooks", entries, "events");
        Some(match self.part::<Webhooks>("webhooks", &Node::Map(rest)) {
            Some(webhooks) => {
                let (events, failed) = events.unwrap_or((webhooks.events, Names::default()));
                self.undecoded.events = failed;
                Webhooks { events, ..webhooks }
            }
            None => {
                let (events, failed) = events.unwrap_or_else(|| (IndexMap::new(), all()));
                self.undecoded.events = failed;
                // The events still get checked against the spec's types.
                for key in ["signature", "event_name", "event_id"] {
                    self.stand_ins.push(join_key("webhooks", key));
                }
                Webhooks {
                    signature: Signature {
                        header: String::new(),
                        algorithm: Algorithm::HmacSha256,
                        encoding: Encoding::Hex,
                        prefix: None,
                        separator: None,
                        signature_key: None,
                        timestamp: None,
                        payload: "{body}".to_owned(),
                    },
                    event_name: Locator {
                        header: None,
                        pointer: None,
                    },
                    event_id: None,
                    events,
                }
            }
        })
    }
}

/// Every name of a section that did not decode as a map.
fn all() -> Names {
    Names {
        all: true,
        ..Names::default()
    }
}

/// `base` joined with a path serde_path_to_error printed (`.` for none).
fn join_path(base: &str, inner: &str) -> String {
    if inner == "." || inner.is_empty() {
        base.to_owned()
    } else if base.is_empty() || inner.starts_with('[') {
        format!("{base}{inner}")
    } else {
        format!("{base}.{inner}")
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// A valid spec decodes part by part to exactly what serde_yaml decodes
    /// it to whole: the parts cover every key of the model.
    #[test]
    fn parts_assemble_the_spec_serde_decodes_whole() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = [
            root.join("tests/fixtures/valid/full.yaml"),
            root.join("tests/fixtures/valid/minimal.yaml"),
            root.join("../specs/kustomer.yaml"),
            root.join("../specs/github.yaml"),
            root.join("../specs/stripe.yaml"),
        ];
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                panic!("cannot read {}", file.display());
            };
            let whole: Spec = match serde_yaml::from_str(&text) {
                Ok(spec) => spec,
                Err(err) => panic!("{}: {err}", file.display()),
            };
            let Some(node) = Node::parse(&text, text.len() + 1000) else {
                panic!("{}: no node tree", file.display());
            };
            let Some(decoded) = decode(&node) else {
                panic!("{}: not a map", file.display());
            };
            let messages: Vec<String> =
                decoded.errors.iter().map(|e| e.error.to_string()).collect();
            assert!(messages.is_empty(), "{}: {messages:?}", file.display());
            assert!(decoded.stand_ins.is_empty(), "{}", file.display());
            assert_eq!(decoded.spec, whole, "{}", file.display());
        }
    }

    #[test]
    fn a_stand_in_covers_the_paths_under_it() {
        let stand_ins = ["hosts.default".to_owned(), "name".to_owned()];
        assert!(is_stand_in(&stand_ins, "hosts.default"));
        assert!(is_stand_in(&stand_ins, "name"));
        assert!(is_stand_in(&stand_ins, "name[0]"));
        assert!(!is_stand_in(&stand_ins, "names"));
        assert!(!is_stand_in(&stand_ins, "hosts.defaults"));
        assert!(!is_stand_in(&stand_ins, "hosts"));
    }

    #[test]
    fn every_failing_entry_is_reported_and_named() {
        let text = "name: n\ntitle: t\nhosts: { default: a, servers: { a: { url: x } } }\nauth: { scheme: none }\ntypes:\n  A: { feilds: {} }\n  B: { fields: {} }\n  C: { values: {} }\n";
        let Some(node) = Node::parse(text, 1000) else {
            panic!("parses");
        };
        let Some(decoded) = decode(&node) else {
            panic!("a map");
        };
        let paths: Vec<&str> = decoded.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["types.A.feilds", "types.C.values"]);
        assert!(decoded.undecoded.types.contains("A"));
        assert!(decoded.undecoded.types.contains("C"));
        assert!(!decoded.undecoded.types.contains("B"));
        assert_eq!(decoded.spec.types.keys().collect::<Vec<_>>(), ["B"]);
    }
}
