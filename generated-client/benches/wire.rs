//! Costs a Kustomer integration pays per message: decoding a page of
//! customers into typed models and encoding it back, and verifying and
//! parsing a signed webhook delivery.
//!
//! `cargo bench -p kustomer`

use connector_runtime::http::HeaderValue;
use kustomer::Secret;
use kustomer::types::{Customer, ListDocument};
use kustomer::webhooks::{Event, HeaderMap};

fn main() {
    divan::main();
}

/// A page of `count` customers, built from the documented single-customer
/// fixture.
fn customers_page(count: usize) -> Vec<u8> {
    let customer: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/fixtures/kustomer/customer.json"))
            .unwrap_or_default();
    let data = vec![customer["data"].clone(); count];
    let page = serde_json::json!({
        "meta": {"page": 1, "pageSize": count, "total": count, "totalPages": 1},
        "links": {"self": "/v1/customers?page=1", "next": null},
        "data": data,
    });
    serde_json::to_vec(&page).unwrap_or_default()
}

/// Decoding a page of customers (typed models, unknown fields kept).
#[divan::bench(args = [1, 100])]
fn decode_customers(bencher: divan::Bencher, count: usize) {
    let body = customers_page(count);
    bencher
        .counter(divan::counter::BytesCount::of_slice(&body))
        .bench(|| {
            serde_json::from_slice::<ListDocument<Customer>>(divan::black_box(&body)).is_ok()
        });
}

/// Encoding the same page back to JSON.
#[divan::bench(args = [1, 100])]
fn encode_customers(bencher: divan::Bencher, count: usize) {
    let Ok(page) = serde_json::from_slice::<ListDocument<Customer>>(&customers_page(count)) else {
        eprintln!("the customer fixture does not decode; nothing to measure");
        return;
    };
    bencher.bench(|| serde_json::to_vec(divan::black_box(&page)).map(|body| body.len()));
}

/// Verifying the signature over the raw body, then parsing the typed event.
#[divan::bench]
fn verify_and_parse_delivery(bencher: divan::Bencher) {
    let body = include_bytes!("../../tests/fixtures/kustomer/webhook-conversation-update.json");
    let verifier = kustomer::webhooks::verifier([Secret::new("bench-token")]);
    let mut headers = HeaderMap::new();
    if let Ok(signature) = HeaderValue::from_str(&verifier.sign(body, None)) {
        headers.insert("x-kustomer-webhook-signature", signature);
    }
    bencher
        .counter(divan::counter::BytesCount::of_slice(body))
        .bench(|| Event::verify_and_parse(&verifier, &headers, divan::black_box(body)).is_ok());
}
