//! The exact requests the generated Stripe client sends: basic auth with the
//! secret key, form-encoded bodies, bracketed query names and header params.

mod common;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use common::{KEY, client, fixture_json, ok_json, received};
use serde_json::json;
use stripe::types::{
    AddressInput, AutomaticPaymentMethods, CaptureMethod, CustomerCreate, CustomerUpdate,
    InvoiceStatus, Metadata, PaymentIntentCreate, TaxExempt,
};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The one request the server received; fails if there were more or none.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = received(server).await;
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// A header of a received request as text.
fn header_text<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request
        .headers
        .get(name)
        .map(|value| value.to_str().expect("header is ascii"))
}

/// `Authorization` as Stripe expects it: the key as user name, no password.
fn basic_auth() -> String {
    format!("Basic {}", STANDARD.encode(format!("{KEY}:")))
}

/// The form body of a request, decoded into pairs in the order sent.
fn form_pairs(request: &Request) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&request.body)
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

#[tokio::test]
async fn create_customer_sends_a_nested_form_and_the_idempotency_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;

    let mut metadata = Metadata::new();
    metadata.insert("crm_id".to_owned(), "crm-10293".to_owned());
    metadata.insert("plan".to_owned(), "pro & co".to_owned());
    let body = CustomerCreate {
        name: Some("Dana Whitfield".to_owned()),
        email: Some("dana+billing@example.com".to_owned()),
        address: Some(AddressInput {
            line1: Some("118 Harbor Street".to_owned()),
            city: Some("Seattle".to_owned()),
            country: Some("US".to_owned()),
            ..AddressInput::default()
        }),
        metadata: Some(metadata),
        preferred_locales: Some(vec!["en".to_owned(), "fr-CA".to_owned()]),
        tax_exempt: Some(TaxExempt::None),
        ..CustomerCreate::default()
    };
    let customer = client(&server)
        .create_customer(body)
        .idempotency_key("a1f4c9e2-7b3d-4f60-9c1e-2d8b5a7e0f13")
        .await
        .expect("the customer decodes");
    assert_eq!(customer.id, "cus_RfT3kQz8LmN2aB");

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.query(), None);
    assert_eq!(
        header_text(&request, "authorization"),
        Some(basic_auth().as_str())
    );
    assert_eq!(
        header_text(&request, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        header_text(&request, "idempotency-key"),
        Some("a1f4c9e2-7b3d-4f60-9c1e-2d8b5a7e0f13")
    );
    assert_eq!(
        form_pairs(&request),
        pairs(&[
            ("name", "Dana Whitfield"),
            ("email", "dana+billing@example.com"),
            ("address[line1]", "118 Harbor Street"),
            ("address[city]", "Seattle"),
            ("address[country]", "US"),
            ("metadata[crm_id]", "crm-10293"),
            ("metadata[plan]", "pro & co"),
            ("preferred_locales[0]", "en"),
            ("preferred_locales[1]", "fr-CA"),
            ("tax_exempt", "none"),
        ])
    );
    // Brackets stay literal in form keys, as Stripe's own libraries send them.
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        "name=Dana+Whitfield&email=dana%2Bbilling%40example.com\
         &address[line1]=118+Harbor+Street&address[city]=Seattle&address[country]=US\
         &metadata[crm_id]=crm-10293&metadata[plan]=pro+%26+co\
         &preferred_locales[0]=en&preferred_locales[1]=fr-CA&tax_exempt=none"
    );
}

#[tokio::test]
async fn no_idempotency_key_means_no_header() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/payment_intents"))
        .respond_with(ok_json("payment-intent.json"))
        .expect(1)
        .mount(&server)
        .await;

    let mut body = PaymentIntentCreate::new(2000, "usd");
    body.automatic_payment_methods = Some(AutomaticPaymentMethods::new(true));
    body.capture_method = Some(CaptureMethod::Manual);
    body.confirm = Some(false);
    let intent = client(&server)
        .create_payment_intent(body)
        .await
        .expect("the payment intent decodes");
    assert_eq!(intent.id, "pi_3QmZr2Lk8Tq1vXyZ0aBcDeFg");

    let request = only_request(&server).await;
    assert_eq!(header_text(&request, "idempotency-key"), None);
    assert_eq!(
        form_pairs(&request),
        pairs(&[
            ("amount", "2000"),
            ("currency", "usd"),
            ("automatic_payment_methods[enabled]", "true"),
            ("capture_method", "manual"),
            ("confirm", "false"),
        ])
    );
}

#[tokio::test]
async fn update_customer_escapes_the_id_and_sends_empty_strings_to_clear() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/customers/cus_RfT3kQz8LmN2aB"))
        .respond_with(ok_json("customer.json"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/v1/customers/cus%2F..%2Fx%20y"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "cus_x", "object": "customer", "deleted": true
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let mut metadata = Metadata::new();
    metadata.insert("plan".to_owned(), String::new());
    let change = CustomerUpdate {
        phone: Some(String::new()),
        metadata: Some(metadata),
        ..CustomerUpdate::default()
    };
    client
        .update_customer("cus_RfT3kQz8LmN2aB", change)
        .await
        .expect("the customer decodes");
    let deleted = client
        .delete_customer("cus/../x y")
        .await
        .expect("the deletion decodes");
    assert!(deleted.deleted);

    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    assert_eq!(
        String::from_utf8_lossy(&requests[0].body),
        "phone=&metadata[plan]="
    );
    assert_eq!(requests[1].method.as_str(), "DELETE");
    assert!(requests[1].body.is_empty());
    assert_eq!(requests[1].url.path(), "/v1/customers/cus%2F..%2Fx%20y");
}

#[tokio::test]
async fn list_filters_use_bracketed_names_and_repeat_expand() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(header("authorization", basic_auth().as_str()))
        .respond_with(ok_json("customers-page-2.json"))
        .expect(1)
        .mount(&server)
        .await;

    let page = client(&server)
        .list_customers()
        .limit(3)
        .email("dana.whitfield@example.com")
        .created_gte(1792000000)
        .created_lt(1793000000)
        .expand(["data.default_source", "data.test_clock"])
        .send()
        .await
        .expect("the page decodes");
    assert!(!page.has_more);

    let request = only_request(&server).await;
    assert_eq!(
        request.url.query(),
        Some(
            "limit=3&email=dana.whitfield%40example.com&created%5Bgte%5D=1792000000\
             &created%5Blt%5D=1793000000&expand%5B%5D=data.default_source&expand%5B%5D=data.test_clock"
        )
    );
}

#[tokio::test]
async fn search_and_invoice_filters_reach_the_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "search_result",
            "data": [fixture_json("customer.json")],
            "has_more": false,
            "next_page": null,
            "url": "/v1/customers/search"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/invoices"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "list", "data": [], "has_more": false, "url": "/v1/invoices"
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);

    let found = client
        .search_customers("metadata['crm_id']:'crm-10293'")
        .limit(10)
        .await
        .expect("the results decode");
    assert_eq!(found.data.len(), 1);
    client
        .list_invoices()
        .customer("cus_RfT3kQz8LmN2aB")
        .status(InvoiceStatus::Open)
        .await
        .expect("an empty list decodes");

    let requests = received(&server).await;
    assert_eq!(
        requests[0].url.query(),
        Some("query=metadata%5B%27crm_id%27%5D%3A%27crm-10293%27&limit=10")
    );
    assert_eq!(
        requests[1].url.query(),
        Some("customer=cus_RfT3kQz8LmN2aB&status=open")
    );
}

#[tokio::test]
async fn a_post_without_a_body_sends_no_form() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/invoices/in_1QmZu0Lk8Tq1vXyZ/finalize"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "in_1QmZu0Lk8Tq1vXyZ", "object": "invoice", "status": "open",
            "collection_method": "send_invoice", "amount_due": 2000, "currency": "usd"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let invoice = client(&server)
        .finalize_invoice("in_1QmZu0Lk8Tq1vXyZ")
        .await
        .expect("the invoice decodes");
    assert_eq!(
        invoice.status,
        Some(stripe::Nullable::Value(InvoiceStatus::Open))
    );

    let request = only_request(&server).await;
    assert!(request.body.is_empty());
    assert_eq!(
        header_text(&request, "authorization"),
        Some(basic_auth().as_str())
    );
}

#[tokio::test]
async fn test_connection_reads_the_balance() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/balance"))
        .and(header("authorization", basic_auth().as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "object": "balance",
            "available": [{"amount": 66620, "currency": "usd", "source_types": {"card": 66620}}],
            "pending": [{"amount": 0, "currency": "usd"}],
            "livemode": false
        })))
        .expect(1)
        .mount(&server)
        .await;

    client(&server)
        .test_connection()
        .await
        .expect("the key works");
}

#[tokio::test]
async fn the_key_never_shows_in_debug_output() {
    let server = MockServer::start().await;
    let builder = stripe::Client::builder()
        .base_url(server.uri())
        .basic_auth(KEY, "");
    assert!(!format!("{builder:?}").contains(KEY));
    let client = builder.build().expect("the client builds");
    assert!(!format!("{client:?}").contains(KEY));
}
