//! Decoding a spec part by part: each top-level key, and each entry of the
//! named sections (types, operations, paging, servers, host variables,
//! webhook events), is decoded on its own, so that every shape error is
//! reported in one run and the rest of the spec can still be checked.

use indexmap::IndexMap;
use serde::de::{DeserializeOwned, Error as _};

use crate::check::{Names, Undecoded};
use crate::locate::join_key;
use crate::model::{
    Algorithm, Auth, AuthScheme, Body, Encoding, EnumValue, Field, Hosts, Locator, Method,
    Operation, Param, ParamIn, Response, Signature, Spec, TypeDef, Variants, Webhooks,
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
            "types" => {
                (spec.types, d.undecoded.types) = d.entries_with(&key, value, Decoder::type_def)
            }
            "operations" => {
                (spec.operations, d.undecoded.operations) =
                    d.entries_with(&key, value, Decoder::operation);
            }
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
        self.entries_with(path, node, |decoder, path, _, value| {
            decoder.part(path, value)
        })
    }

    /// Like [`Decoder::entries`], with `decode_one` decoding each entry
    /// from its path, its name and its value.
    fn entries_with<T: DeserializeOwned>(
        &mut self,
        path: &str,
        node: &Node,
        mut decode_one: impl FnMut(&mut Self, &str, &str, &Node) -> Option<T>,
    ) -> Section<T> {
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
            if decoded.contains_key(&name) || failed.names.contains(&name) {
                // A duplicate, reported where the file is indexed; every
                // path locates the first entry, so only the first is kept.
                continue;
            }
            match decode_one(self, &join_key(path, &name), &name, value) {
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

    /// Decodes `value` into `slot`; whether it decoded.
    fn key<T: DeserializeOwned>(&mut self, path: &str, value: &Node, slot: &mut T) -> bool {
        match self.part(path, value) {
            Some(decoded) => {
                *slot = decoded;
                true
            }
            None => false,
        }
    }

    /// Reports `key` as unknown in a `T` at `path`: serde words the error
    /// and lists the keys a `T` may have, and fails on the unknown key
    /// before any value is read or any missing key is noticed.
    fn unknown_key<T: DeserializeOwned>(&mut self, path: &str, key: &str) {
        let lone = Node::Map(vec![(
            Node::String(key.to_owned()),
            Node::Null(String::new()),
        )]);
        self.part::<T>(path, &lone);
    }

    /// Decodes one type key by key, and its `fields` field by field: a
    /// field that fails is left out and named in `undecoded.fields`, so
    /// the other fields are still checked. A failing `description` or
    /// `closed` is left out. Any other failing key fails the type, whose
    /// kind or parameters may then be unknown; its fields still report
    /// their own errors.
    fn type_def(&mut self, path: &str, name: &str, node: &Node) -> Option<TypeDef> {
        let Node::Map(entries) = node else {
            return self.part(path, node);
        };
        let mut def = TypeDef::default();
        let mut decoded = true;
        for (key, value) in entries {
            let Some(key) = key.key_text() else {
                self.part::<String>(path, key);
                decoded = false;
                continue;
            };
            let at = join_key(path, &key);
            decoded &= match key.as_str() {
                // Neither documentation nor `closed` changes what the type
                // is or which names it uses: the type stands without them.
                "description" => {
                    self.key::<Option<String>>(&at, value, &mut def.description);
                    true
                }
                "params" => self.key::<Vec<String>>(&at, value, &mut def.params),
                "fields" if matches!(value, Node::Map(_)) => {
                    let (fields, failed) = self.entries::<Field>(&at, value);
                    if !failed.names.is_empty() {
                        self.undecoded.fields.insert(name.to_owned(), failed.names);
                    }
                    def.fields = Some(fields);
                    true
                }
                "fields" => {
                    self.key::<Option<IndexMap<String, Field>>>(&at, value, &mut def.fields)
                }
                "closed" => {
                    self.key::<bool>(&at, value, &mut def.closed);
                    true
                }
                "values" => self.key::<Option<Vec<EnumValue>>>(&at, value, &mut def.values),
                "variants" => self.key::<Option<Variants>>(&at, value, &mut def.variants),
                "tag" => self.key::<Option<String>>(&at, value, &mut def.tag),
                "type" => self.key::<Option<String>>(&at, value, &mut def.alias),
                _ => {
                    self.unknown_key::<TypeDef>(path, &key);
                    false
                }
            };
        }
        if !decoded {
            self.undecoded.fields.remove(name);
        }
        decoded.then_some(def)
    }

    /// Decodes one operation key by key, and its `params` entry by entry,
    /// so that every mistake in it is reported. The operation is kept:
    /// a `method` or `path` that fails gets a stand-in that no check
    /// reports on, and an operation with any key that failed is named in
    /// `undecoded.partial_operations`, so that checks of what it lacks
    /// are skipped.
    fn operation(&mut self, path: &str, name: &str, node: &Node) -> Option<Operation> {
        let Node::Map(entries) = node else {
            return self.part(path, node);
        };
        let mut operation = Operation {
            // No check depends on a method other than GET and HEAD.
            method: Method::Post,
            path: String::new(),
            summary: None,
            description: None,
            docs_url: None,
            params: IndexMap::new(),
            body: None,
            response: None,
            paging: None,
            retry_safe: false,
            deprecated: false,
        };
        let mut method = false;
        let mut template = false;
        let mut complete = true;
        // An unknown key may be a required one misspelled, which is then
        // not reported missing as well.
        let mut unknown = false;
        for (key, value) in entries {
            let Some(key) = key.key_text() else {
                self.part::<String>(path, key);
                unknown = true;
                continue;
            };
            let at = join_key(path, &key);
            let o = &mut operation;
            match key.as_str() {
                "method" => method = self.key::<Method>(&at, value, &mut o.method),
                "path" => template = self.key::<String>(&at, value, &mut o.path),
                "summary" => complete &= self.key(&at, value, &mut o.summary),
                "description" => complete &= self.key(&at, value, &mut o.description),
                "docs_url" => complete &= self.key(&at, value, &mut o.docs_url),
                "params" if matches!(value, Node::Map(_)) => {
                    let (params, failed) = self.entries::<Param>(&at, value);
                    complete &= !failed.any();
                    o.params = params;
                }
                "params" => {
                    complete &= self.key::<IndexMap<String, Param>>(&at, value, &mut o.params);
                }
                "body" => complete &= self.key::<Option<Body>>(&at, value, &mut o.body),
                "response" => {
                    complete &= self.key::<Option<Response>>(&at, value, &mut o.response);
                }
                "paging" => complete &= self.key(&at, value, &mut o.paging),
                "retry_safe" => complete &= self.key(&at, value, &mut o.retry_safe),
                "deprecated" => complete &= self.key(&at, value, &mut o.deprecated),
                _ => {
                    self.unknown_key::<Operation>(path, &key);
                    unknown = true;
                }
            }
        }
        for (key, found) in [("method", method), ("path", template)] {
            if found {
                continue;
            }
            let at = join_key(path, key);
            if !unknown
                && !entries
                    .iter()
                    .any(|(k, _)| k.key_text().as_deref() == Some(key))
            {
                self.errors.push(ShapeError {
                    path: path.to_owned(),
                    error: serde_yaml::Error::missing_field(key),
                });
            }
            self.stand_ins.push(at);
            complete = false;
        }
        if !template {
            // A path that places every declared path parameter, so that
            // none of them is reported as missing from it.
            operation.path = operation
                .params
                .iter()
                .filter(|(_, param)| param.location == ParamIn::Path)
                .map(|(name, _)| format!("/{{{name}}}"))
                .collect();
        }
        if !complete || unknown {
            self.undecoded
                .partial_operations
                .names
                .insert(name.to_owned());
        }
        Some(operation)
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
        let mut files = vec![
            root.join("tests/fixtures/valid/full.yaml"),
            root.join("tests/fixtures/valid/minimal.yaml"),
        ];
        // Every connector spec of the repository, whatever its vendor.
        let Ok(specs) = std::fs::read_dir(root.join("../specs")) else {
            panic!("cannot list the repository's specs");
        };
        let before = files.len();
        files.extend(
            specs
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "yaml")),
        );
        assert!(files.len() > before, "no spec found under specs/");
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

    fn decode_text(text: &str) -> Decoded {
        let Some(node) = Node::parse(text, 10_000) else {
            panic!("parses");
        };
        let Some(decoded) = decode(&node) else {
            panic!("a map");
        };
        decoded
    }

    const HEAD: &str = "name: n\ntitle: t\nhosts: { default: a, servers: { a: { url: x } } }\nauth: { scheme: none }\n";

    #[test]
    fn a_field_that_fails_drops_only_itself() {
        let decoded = decode_text(&format!(
            "{HEAD}types:\n  A:\n    fields:\n      x: {{ type: string, requird: true }}\n      y: strng\n      z: {{ type: string, nullable: maybe }}\n"
        ));
        let paths: Vec<&str> = decoded.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            ["types.A.fields.x.requird", "types.A.fields.z.nullable"]
        );
        assert!(!decoded.undecoded.types.contains("A"));
        let Some(fields) = decoded.spec.types.get("A").and_then(|a| a.fields.as_ref()) else {
            panic!("`A` decoded with fields");
        };
        assert_eq!(fields.keys().collect::<Vec<_>>(), ["y"]);
        let Some(failed) = decoded.undecoded.fields.get("A") else {
            panic!("failed fields of `A` are named");
        };
        assert!(failed.contains("x") && failed.contains("z") && !failed.contains("y"));
    }

    #[test]
    fn a_type_key_that_fails_drops_the_type_but_reports_its_fields() {
        let decoded = decode_text(&format!(
            "{HEAD}types:\n  A:\n    params: T\n    fields:\n      x: {{ type: string, requird: true }}\n"
        ));
        let paths: Vec<&str> = decoded.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["types.A.params", "types.A.fields.x.requird"]);
        assert!(decoded.undecoded.types.contains("A"));
        assert!(decoded.undecoded.fields.is_empty());
        assert!(decoded.spec.types.is_empty());
    }

    #[test]
    fn a_type_keeps_standing_without_a_description_that_fails() {
        let decoded = decode_text(&format!(
            "{HEAD}types:\n  A:\n    description: [x]\n    closed: maybe\n    fields: {{ x: string }}\n"
        ));
        let paths: Vec<&str> = decoded.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["types.A.description", "types.A.closed"]);
        assert!(!decoded.undecoded.types.contains("A"));
        assert!(decoded.spec.types.contains_key("A"));
    }

    #[test]
    fn every_key_of_an_operation_is_decoded_on_its_own() {
        let decoded = decode_text(&format!(
            "{HEAD}operations:\n  get:\n    method: GETT\n    path: [a]\n    params:\n      id: {{ in: path, required: true }}\n      q: {{ in: qeury }}\n    response: {{ status: abc }}\n    retry_safe: true\n"
        ));
        let paths: Vec<&str> = decoded.errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "operations.get.method",
                "operations.get.path",
                "operations.get.params.q.in",
                "operations.get.response.status",
            ]
        );
        let Some(operation) = decoded.spec.operations.get("get") else {
            panic!("the operation is kept");
        };
        assert!(operation.retry_safe);
        assert_eq!(operation.params.keys().collect::<Vec<_>>(), ["id"]);
        // The stand-in path places the declared path parameter.
        assert_eq!(operation.path, "/{id}");
        assert!(is_stand_in(&decoded.stand_ins, "operations.get.method"));
        assert!(is_stand_in(&decoded.stand_ins, "operations.get.path"));
        assert!(decoded.undecoded.partial_operations.contains("get"));
        assert!(!decoded.undecoded.operations.contains("get"));
    }

    #[test]
    fn a_missing_method_is_reported_unless_a_key_may_be_it_misspelled() {
        let decoded = decode_text(&format!(
            "{HEAD}operations:\n  a: {{ path: /a }}\n  b: {{ metod: GET, path: /b }}\n"
        ));
        let messages: Vec<(String, String)> = decoded
            .errors
            .iter()
            .map(|e| (e.path.clone(), e.error.to_string()))
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert_eq!(messages[0].0, "operations.a");
        assert!(
            messages[0].1.contains("missing field `method`"),
            "{messages:?}"
        );
        assert_eq!(messages[1].0, "operations.b.metod");
        assert!(is_stand_in(&decoded.stand_ins, "operations.a.method"));
        assert!(is_stand_in(&decoded.stand_ins, "operations.b.method"));
    }

    #[test]
    fn only_the_first_of_duplicate_entries_is_kept() {
        let decoded = decode_text(&format!(
            "{HEAD}operations:\n  a: {{ method: GET, path: /first }}\n  a: {{ method: GET, path: /second }}\n"
        ));
        let Some(operation) = decoded.spec.operations.get("a") else {
            panic!("kept");
        };
        assert_eq!(operation.path, "/first");
    }
}
