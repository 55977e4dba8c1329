//! Compiles the generated `types` modules of the fixture specs (checked in
//! under `tests/generated/`) and exercises them: round trips of unknown
//! values, the three states of a PATCH field, boxing, generics and names.

#![deny(warnings)]

// The generated items are public API of a library; in this test binary
// nothing outside uses most of them, which is not the generated code's fault.
macro_rules! fixture {
    ($module:ident, $file:literal) => {
        #[allow(dead_code)]
        mod $module {
            include!($file);
        }
    };
}

fixture!(fields, "../generated/types_fields.rs");
fixture!(enums, "../generated/types_enums.rs");
fixture!(unknown_fields, "../generated/types_unknown_fields.rs");
fixture!(collections, "../generated/types_collections.rs");
fixture!(unions, "../generated/types_unions.rs");
fixture!(recursive, "../generated/types_recursive.rs");
fixture!(generics, "../generated/types_generics.rs");
fixture!(scalars, "../generated/types_scalars.rs");
fixture!(naming, "../generated/types_naming.rs");
fixture!(inline, "../generated/types_inline.rs");

use connector_runtime::Nullable;
use serde_json::{Value, json};

fn to_json<T: serde::Serialize>(value: &T) -> Value {
    match serde_json::to_value(value) {
        Ok(json) => json,
        Err(error) => panic!("serialize failed: {error}"),
    }
}

fn from_json<T: serde::de::DeserializeOwned>(json: Value) -> T {
    match serde_json::from_value(json.clone()) {
        Ok(value) => value,
        Err(error) => panic!("deserialize of {json} failed: {error}"),
    }
}

/// Deserializes, serializes again, and checks nothing was lost or added.
fn assert_round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(json: Value) -> T {
    let value: T = from_json(json.clone());
    assert_eq!(to_json(&value), json);
    value
}

mod field_states {
    use super::*;
    use fields::types::{Contact, ContactPatch};

    #[test]
    fn patch_body_serializes_absent_null_and_value_differently() {
        let absent = ContactPatch::default();
        assert_eq!(to_json(&absent), json!({}));

        let cleared = ContactPatch {
            phone: Some(Nullable::Null),
            ..ContactPatch::default()
        };
        assert_eq!(to_json(&cleared), json!({ "phone": null }));

        let set = ContactPatch {
            age: Some(Nullable::Value(1)),
            tags: Some(Nullable::Value(vec!["vip".to_owned()])),
            ..ContactPatch::default()
        };
        assert_eq!(to_json(&set), json!({ "age": 1, "tags": ["vip"] }));
    }

    #[test]
    fn patch_body_reads_absent_null_and_value_as_three_states() {
        let patch: ContactPatch = from_json(json!({ "phone": null, "age": 42 }));
        assert_eq!(patch.name, None);
        assert_eq!(patch.phone, Some(Nullable::Null));
        assert_eq!(patch.age, Some(Nullable::Value(42)));
        assert_eq!(patch.tags, None);
    }

    #[test]
    fn contact_keeps_wire_names_nulls_and_unknown_fields() {
        let payload = json!({
            "id": "5f1a9c",
            "name": "Ada Lovelace",
            "email": "ada@example.com",
            "phone": null,
            "deletedAt": "2024-03-01T12:30:00Z",
            "externalId": "crm-77",
            "loyaltyTier": "gold",
        });
        let contact: Contact = assert_round_trip(payload);
        assert_eq!(contact.external_ref.as_deref(), Some("crm-77"));
        assert_eq!(contact.phone, Some(Nullable::Null));
        assert_eq!(contact.age, None);
        assert_eq!(
            contact.deleted_at.map(|at| at.to_string()).as_deref(),
            Some("2024-03-01T12:30:00Z")
        );
        assert_eq!(contact.extra.get("loyaltyTier"), Some(&json!("gold")));
    }

    #[test]
    fn required_nullable_field_is_written_as_null() {
        let contact = Contact {
            id: "c1".to_owned(),
            name: "Grace".to_owned(),
            ..Contact::default()
        };
        assert_eq!(
            to_json(&contact),
            json!({ "id": "c1", "name": "Grace", "deletedAt": null })
        );
        let missing_required = serde_json::from_value::<Contact>(json!({ "id": "c1" }));
        assert!(missing_required.is_err());
    }

    #[test]
    #[allow(deprecated)] // reads the deprecated field on purpose
    fn deprecated_field_still_round_trips() {
        let contact: Contact = assert_round_trip(json!({
            "id": "c1", "name": "Grace", "deletedAt": null, "legacyCode": "L-9"
        }));
        assert_eq!(contact.legacy_code.as_deref(), Some("L-9"));
    }
}

mod open_enums {
    use super::*;
    use enums::types::{Channel, Conversation, ConversationStatus, Priority};

    #[test]
    fn known_string_values_map_to_variants() {
        let status: ConversationStatus = from_json(json!("snoozed"));
        assert_eq!(status, ConversationStatus::Snoozed);
        assert_eq!(status.as_str(), "snoozed");
        assert_eq!(status.to_string(), "snoozed");
        assert_eq!(ConversationStatus::from("done"), ConversationStatus::Done);
        assert_eq!(to_json(&Channel::VoiceMail), json!("voice-mail"));
        assert_eq!(to_json(&Channel::WhatsApp), json!("WhatsApp"));
        assert_eq!(to_json(&Channel::InApp), json!("in_app"));
    }

    #[test]
    fn unknown_string_value_survives_a_round_trip() {
        let status: ConversationStatus = assert_round_trip(json!("archived"));
        assert_eq!(status, ConversationStatus::Unknown("archived".to_owned()));
        assert_eq!(status.to_string(), "archived");
    }

    #[test]
    fn integer_enum_keeps_unknown_numbers() {
        assert_eq!(from_json::<Priority>(json!(5)), Priority::Urgent);
        assert_eq!(from_json::<Priority>(json!(-1)), Priority::Unset);
        let unknown: Priority = assert_round_trip(json!(42));
        assert_eq!(unknown, Priority::Unknown(42));
        assert_eq!(unknown.value(), 42);
        assert_eq!(Priority::Normal.to_string(), "3");
        assert!(serde_json::from_value::<Priority>(json!("high")).is_err());
    }

    #[test]
    fn conversation_with_values_added_later_still_decodes() {
        let conversation: Conversation = assert_round_trip(json!({
            "id": "conv_1",
            "status": "escalated",
            "priority": 4,
            "channels": ["email", "carrier-pigeon"],
        }));
        assert_eq!(
            conversation.status,
            ConversationStatus::Unknown("escalated".to_owned())
        );
        assert_eq!(conversation.priority, Some(Priority::Unknown(4)));
        assert_eq!(
            conversation.channels,
            Some(vec![
                Channel::Email,
                Channel::Unknown("carrier-pigeon".to_owned())
            ])
        );
    }
}

mod unknown_field_handling {
    use super::*;
    use unknown_fields::types::{Address, Customer, Marker, Note};

    #[test]
    fn open_object_keeps_fields_it_does_not_name() {
        let customer: Customer = assert_round_trip(json!({
            "id": "cus_1",
            "name": "Ada",
            "sentiment": { "polarity": 1, "confidence": 0.8 },
            "tags": ["vip"],
        }));
        assert_eq!(customer.extra.len(), 2);
        assert_eq!(
            customer.extra.get("sentiment"),
            Some(&json!({ "polarity": 1, "confidence": 0.8 }))
        );
    }

    #[test]
    fn closed_object_drops_fields_it_does_not_name() {
        let address: Address = from_json(json!({
            "street": "1 Main St", "city": "Springfield", "planet": "Earth"
        }));
        assert_eq!(
            to_json(&address),
            json!({ "street": "1 Main St", "city": "Springfield" })
        );
    }

    #[test]
    fn a_wire_field_named_extra_moves_the_catch_all() {
        let note: Note = assert_round_trip(json!({
            "body": "called back", "extra": "see ticket", "pinned": true
        }));
        assert_eq!(note.extra.as_deref(), Some("see ticket"));
        assert_eq!(note.extra_fields.get("pinned"), Some(&json!(true)));
    }

    #[test]
    fn object_without_fields_keeps_everything() {
        let marker: Marker = assert_round_trip(json!({ "anything": [1, 2] }));
        assert_eq!(marker.extra.len(), 1);
        assert_eq!(to_json(&Marker::default()), json!({}));
    }
}

mod collection_types {
    use super::*;
    use collections::types::{Board, Labels, Tag, Tags};

    #[test]
    fn nested_lists_and_maps_round_trip() {
        let board: Board = assert_round_trip(json!({
            "id": "b1",
            "tags": [{ "name": "urgent", "color": "red" }, { "name": "later" }],
            "columns": [["c1", "c2"], [], ["c3"]],
            "counts": { "todo": 3, "done": 10 },
            "tagsByColumn": { "todo": [{ "name": "urgent" }] },
            "labels": { "team": "support" },
            "scores": [{ "speed": 0.5 }, {}],
            "owner": { "id": "u1", "teams": ["a"] },
        }));
        let tags: &Tags = &board.tags;
        assert_eq!(tags.len(), 2);
        assert_eq!(board.columns.get(2), Some(&vec!["c3".to_owned()]));
        let labels: Option<&Labels> = board.labels.as_ref();
        assert_eq!(
            labels
                .and_then(|labels| labels.get("team"))
                .map(String::as_str),
            Some("support")
        );
        let todo: Option<&Vec<Tag>> = board
            .tags_by_column
            .as_ref()
            .and_then(|map| map.get("todo"));
        assert_eq!(todo.map(Vec::len), Some(1));
    }
}

mod union_types {
    use super::*;
    use unions::types::{Actor, Billing, Bot, Invoice, Recipient, User};

    #[test]
    fn tagged_union_picks_the_variant_by_its_tag() {
        let actor: Actor = assert_round_trip(json!({
            "type": "user", "id": "u1", "email": "ada@example.com"
        }));
        let Actor::User(user) = &actor else {
            panic!("expected a user, got {actor:?}");
        };
        assert_eq!(user.id, "u1");
        assert!(user.extra.is_empty(), "the tag is not an unknown field");
        assert_eq!(actor.tag(), Some("user"));
    }

    #[test]
    fn tagged_union_writes_the_tag_first() {
        let actor = Actor::User(User {
            id: "u2".to_owned(),
            ..User::default()
        });
        let text = match serde_json::to_string(&actor) {
            Ok(text) => text,
            Err(error) => panic!("serialize failed: {error}"),
        };
        assert_eq!(text, r#"{"type":"user","id":"u2"}"#);
    }

    #[test]
    fn variant_that_declares_the_tag_field_keeps_it() {
        let actor: Actor = assert_round_trip(json!({ "type": "bot", "id": "b1" }));
        assert_eq!(
            actor,
            Actor::Bot(Bot {
                r#type: "bot".to_owned(),
                id: "b1".to_owned(),
                extra: serde_json::Map::new(),
            })
        );
    }

    #[test]
    fn unknown_or_missing_tag_is_kept_as_received() {
        let payload = json!({ "type": "integration", "id": "i1", "vendor": "acme" });
        let actor: Actor = assert_round_trip(payload.clone());
        assert_eq!(actor, Actor::Unknown(payload));
        assert_eq!(actor.tag(), Some("integration"));

        let untagged: Actor = assert_round_trip(json!({ "id": "x" }));
        assert_eq!(untagged.tag(), None);
    }

    #[test]
    fn known_tag_with_a_bad_body_is_an_error_naming_the_variant() {
        let error = match serde_json::from_value::<Actor>(json!({ "type": "team", "id": 7 })) {
            Ok(actor) => panic!("expected an error, got {actor:?}"),
            Err(error) => error.to_string(),
        };
        assert!(
            error.contains("invalid `team` variant of `Actor`"),
            "{error}"
        );
    }

    #[test]
    fn large_variant_is_boxed_and_round_trips() {
        let billing: Billing = assert_round_trip(json!({
            "kind": "invoice", "id": "in_1", "total": 12.5, "issuedAt": "2024-01-31T00:00:00Z"
        }));
        let Billing::Invoice(invoice) = billing else {
            panic!("expected an invoice");
        };
        let invoice: Box<Invoice> = invoice;
        assert_eq!(invoice.total, Some(12.5));
    }

    #[test]
    fn untagged_union_tries_variants_in_order() {
        assert!(matches!(
            from_json::<Recipient>(json!({ "id": "u1" })),
            Recipient::User(_)
        ));
        assert_eq!(
            from_json::<Recipient>(json!("ops@example.com")),
            Recipient::String("ops@example.com".to_owned())
        );
        assert_eq!(
            from_json::<Recipient>(json!(["a@example.com", "b@example.com"])),
            Recipient::StringList(vec!["a@example.com".to_owned(), "b@example.com".to_owned()])
        );
        let other: Recipient = assert_round_trip(json!(42));
        assert_eq!(other, Recipient::Other(json!(42)));
    }
}

mod recursive_types {
    use super::*;
    use recursive::types::{Binary, Category, Comment, Expr, Folder, Tree};

    fn evaluate(expr: &Expr) -> Option<f64> {
        match expr {
            Expr::Number(value) => Some(*value),
            Expr::Binary(binary) => {
                let Binary {
                    op, left, right, ..
                } = binary.as_ref();
                let (left, right) = (evaluate(left)?, evaluate(right)?);
                match op.as_str() {
                    "+" => Some(left + right),
                    "*" => Some(left * right),
                    _ => None,
                }
            }
            Expr::Other(_) => None,
        }
    }

    #[test]
    fn self_referencing_object_nests() {
        let category: Category = assert_round_trip(json!({
            "name": "Laptops",
            "parent": { "name": "Computers", "parent": { "name": "Electronics" } },
            "children": [{ "name": "Ultrabooks" }],
        }));
        let grandparent = category
            .parent
            .as_ref()
            .and_then(|parent| parent.parent.as_ref())
            .map(|grandparent| grandparent.name.as_str());
        assert_eq!(grandparent, Some("Electronics"));
    }

    #[test]
    fn mutual_recursion_through_optional_nullable_fields() {
        let comment: Comment = assert_round_trip(json!({
            "body": "first",
            "reply": { "body": "second", "reply": null },
            "thread": { "title": "t", "first": { "body": "first" } },
        }));
        let reply = comment.reply.as_ref().and_then(Nullable::value);
        assert_eq!(
            reply.map(|reply| reply.reply.clone()),
            Some(Some(Nullable::Null))
        );
    }

    #[test]
    fn recursive_union_evaluates() {
        let expr: Expr = assert_round_trip(json!({
            "op": "+", "left": 1.0, "right": { "op": "*", "left": 2.0, "right": 3.0 }
        }));
        assert_eq!(evaluate(&expr), Some(7.0));
    }

    #[test]
    fn recursion_through_a_generic_wrapper_and_an_alias_of_maps() {
        let folder: Folder = assert_round_trip(json!({
            "name": "drafts", "parent": { "value": { "name": "home" } }
        }));
        assert_eq!(
            folder.parent.map(|parent| parent.value.name),
            Some("home".to_owned())
        );
        let tree: Tree = assert_round_trip(json!({ "a": { "b": {} }, "c": {} }));
        assert_eq!(tree.0.len(), 2);
        assert_eq!(to_json(&Tree::default()), json!({}));
    }
}

mod generic_types {
    use super::*;
    use generics::types::{
        Change, Customer, CustomerAttributes, Document, Labelled, OneOrMany, Page, Reading,
        Relationship, Tombstone,
    };

    #[test]
    fn json_api_document_decodes_into_typed_attributes() {
        let document: Document<Customer> = assert_round_trip(json!({
            "data": {
                "type": "customer",
                "id": "5f1a9c",
                "attributes": {
                    "name": "Ada Lovelace",
                    "email": "ada@example.com",
                    "createdAt": "2024-02-29T08:15:00.5Z",
                    "locale": "en-GB",
                },
                "relationships": { "org": { "data": { "type": "org", "id": "o1" } } },
                "links": { "self": "/v1/customers/5f1a9c" },
            },
            "links": { "self": "/v1/customers/5f1a9c", "next": null },
        }));
        assert_eq!(
            document.data.attributes.name.as_deref(),
            Some("Ada Lovelace")
        );
        assert_eq!(
            document.data.attributes.extra.get("locale"),
            Some(&json!("en-GB"))
        );
        let links = document.links.as_ref();
        assert_eq!(
            links.and_then(|links| links.self_.as_deref()),
            Some("/v1/customers/5f1a9c")
        );
        assert_eq!(
            links.and_then(|links| links.next.clone()),
            Some(Nullable::Null)
        );
    }

    #[test]
    fn an_unused_type_parameter_is_dropped_from_the_rust_type() {
        let reading: Reading = assert_round_trip(json!({
            "temperature": { "label": "celsius", "value": 21.5 }
        }));
        let temperature: Option<Labelled<f64>> = reading.temperature;
        assert_eq!(temperature.map(|t| t.value), Some(21.5));
    }

    #[test]
    fn optional_json_field_keeps_null_apart_from_absent() {
        let empty_to_one: Relationship = assert_round_trip(json!({ "data": null }));
        assert_eq!(empty_to_one.data, Some(Value::Null));
        let absent: Relationship = assert_round_trip(json!({}));
        assert_eq!(absent.data, None);
    }

    #[test]
    fn generic_alias_of_a_list_document() {
        let page: Page<CustomerAttributes> = assert_round_trip(json!({
            "data": [
                { "type": "customer", "id": "1", "attributes": { "name": "A" } },
                { "type": "customer", "id": "2", "attributes": {} },
            ],
            "links": { "next": "/v1/customers?page=2" },
        }));
        assert_eq!(page.data.len(), 2);
    }

    #[test]
    fn generic_unions_decode_with_their_argument() {
        assert_eq!(
            from_json::<OneOrMany<String>>(json!("a")),
            OneOrMany::T("a".to_owned())
        );
        assert_eq!(
            from_json::<OneOrMany<String>>(json!(["a", "b"])),
            OneOrMany::TList(vec!["a".to_owned(), "b".to_owned()])
        );

        let upsert: Change<CustomerAttributes> =
            assert_round_trip(json!({ "op": "upsert", "name": "Ada" }));
        let Change::Upsert(attributes) = upsert else {
            panic!("expected an upsert");
        };
        assert_eq!(attributes.name.as_deref(), Some("Ada"));

        let delete: Change<CustomerAttributes> =
            assert_round_trip(json!({ "op": "delete", "id": "c1" }));
        assert_eq!(
            delete,
            Change::Delete(Tombstone {
                id: "c1".to_owned(),
                extra: serde_json::Map::new(),
            })
        );
    }
}

mod scalar_types {
    use super::*;
    use scalars::types::{Measurement, Settings};

    #[test]
    fn every_scalar_round_trips() {
        let measurement: Measurement = assert_round_trip(json!({
            "takenAt": "2024-06-30T23:59:59.123Z",
            "day": "2024-06-30",
            "small": -2147483648_i64,
            "unsigned": 4294967295_u64,
            "counter": 18446744073709551615_u64,
            "signed": -9007199254740993_i64,
            "integer": 7,
            "ratio": 0.25,
            "exact": -1.5,
            "flag": true,
            "raw": { "nested": [1, "two", null] },
            "apiKey": "sk_live_abc123",
        }));
        assert_eq!(measurement.counter, Some(u64::MAX));
        assert_eq!(measurement.small, Some(i32::MIN));
        assert_eq!(
            measurement.day.map(|day| day.to_string()).as_deref(),
            Some("2024-06-30")
        );
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let measurement: Measurement = from_json(json!({
            "takenAt": "2024-06-30T23:59:59Z", "apiKey": "sk_live_abc123"
        }));
        let debug = format!("{measurement:?}");
        assert!(!debug.contains("sk_live_abc123"), "{debug}");
        assert_eq!(
            measurement.api_key.as_ref().map(|key| key.expose()),
            Some("sk_live_abc123")
        );
    }

    #[test]
    fn out_of_range_and_malformed_values_are_errors() {
        let too_big = json!({ "takenAt": "2024-06-30T23:59:59Z", "small": 2147483648_i64 });
        assert!(serde_json::from_value::<Measurement>(too_big).is_err());
        let bad_date = json!({ "takenAt": "yesterday" });
        assert!(serde_json::from_value::<Measurement>(bad_date).is_err());
    }

    #[test]
    fn object_whose_fields_all_have_defaults_derives_default() {
        let settings = Settings::default();
        assert_eq!(
            to_json(&settings),
            json!({ "retries": 0, "verbose": false, "label": "", "extra_headers": {} })
        );
    }
}

mod names {
    use super::*;
    use naming::types::{Comparator, OptionType, Pick, Reactions, ResultType, S, Selection, Self_};

    #[test]
    fn every_wire_name_gets_its_own_field() {
        let reactions = Reactions {
            reactions_plus_1: Some(1),
            reactions_minus_1: Some(2),
            plus_1: Some(3),
            minus_1: Some(4),
            r#type: Some("t".to_owned()),
            r#ref: Some("r".to_owned()),
            self_: Some("s".to_owned()),
            r#gen: Some("g".to_owned()),
            r#async: Some("a".to_owned()),
            n_2fa: Some(true),
            gte: Some(5),
            ne: Some(6),
            underscore_count_underscore: Some(7),
            count_field: Some(8),
            count_2: Some(9),
            empty: Some("e".to_owned()),
            extra: Some("x".to_owned()),
            filter_created_at_gte: Some("f".to_owned()),
            cafe: Some("c".to_owned()),
            count: Some("renamed".to_owned()),
            extra_fields: serde_json::Map::new(),
        };
        let expected = json!({
            "reactions-+1": 1, "reactions--1": 2, "+1": 3, "-1": 4,
            "type": "t", "ref": "r", "self": "s", "gen": "g", "async": "a",
            "2fa": true, ">=": 5, "≠": 6, "__count__": 7, "count": 8, "Count": 9,
            "": "e", "extra": "x", "filter[createdAt][gte]": "f", "café": "c",
            "renamed": "renamed",
        });
        assert_eq!(to_json(&reactions), expected);
        assert_eq!(from_json::<Reactions>(expected), reactions);
    }

    #[test]
    fn comparator_values_get_distinct_variants() {
        let wire = [
            "=", ">=", "<=", ">", "<", "≠", "!=", "unknown", "self", "Self", "2nd", "",
        ];
        let variants: Vec<Comparator> = wire.iter().map(|value| Comparator::from(*value)).collect();
        assert_eq!(
            variants,
            vec![
                Comparator::Eq,
                Comparator::Gte,
                Comparator::Lte,
                Comparator::Gt,
                Comparator::Lt,
                Comparator::Ne,
                Comparator::NeValue,
                Comparator::UnknownValue,
                Comparator::Self_,
                Comparator::SelfValue,
                Comparator::N2nd,
                Comparator::Empty,
            ]
        );
        for (variant, value) in variants.iter().zip(wire) {
            assert_eq!(variant.as_str(), value);
        }
        assert_eq!(Comparator::from("~="), Comparator::Unknown("~=".to_owned()));
    }

    #[test]
    fn one_letter_type_names_do_not_clash_with_generated_generics() {
        let first: Pick<OptionType> = assert_round_trip(json!({ "kind": "first", "value": "v" }));
        assert!(matches!(first, Pick::First(OptionType { .. })));
        let second: Pick<OptionType> = assert_round_trip(json!({ "kind": "second", "id": "s1" }));
        assert!(matches!(second, Pick::Second(S { .. })));
    }

    #[test]
    fn type_names_that_clash_with_rust_are_renamed() {
        let selection: Selection = from_json(json!({ "value": "v" }));
        assert!(matches!(selection, Selection::Self_(Self_ { .. })));
        let list: ResultType = vec![OptionType::default()];
        assert_eq!(to_json(&list), json!([{}]));
    }
}

mod inline_objects {
    use super::*;
    use inline::types::{Order, OrderShipping, OrderShippingAddress, OrderShippingAddressGeo};

    #[test]
    fn objects_written_in_place_are_named_types_that_round_trip() {
        let order: Order = assert_round_trip(json!({
            "id": "o1",
            "shipping": {
                "method": "express",
                "address": { "line1": "1 Main St", "geo": { "lat": 52.5, "lng": 13.4 }, "floor": 3 },
            },
            "lines": [{ "sku": "A-1", "quantity": 2 }],
        }));
        let shipping: &OrderShipping = &order.shipping;
        assert_eq!(shipping.method, "express");
        let Some(Nullable::Value(address)) = &shipping.address else {
            panic!("expected an address, got {:?}", shipping.address);
        };
        let address: &OrderShippingAddress = address;
        let geo: Option<&OrderShippingAddressGeo> = address.geo.as_ref();
        assert_eq!(geo.and_then(|geo| geo.lat), Some(52.5));
        assert_eq!(address.extra.get("floor"), Some(&json!(3)));

        // Nullable in place like anywhere else: an explicit null is kept.
        let cleared: Order = assert_round_trip(json!({
            "id": "o2",
            "shipping": { "method": "pickup", "address": null },
        }));
        assert_eq!(cleared.shipping.address, Some(Nullable::Null));
    }
}
