//! The client-side request budget is applied before sending and shared by
//! every clone of a transport, but not by separate transports.

mod common;

use std::time::Duration;

use common::*;
use connector_runtime::{Budget, Request, RequestOptions, Transport};
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn get() -> Request {
    Request::new(&GET_CUSTOMER, "/v1/customers/cus_1".to_owned())
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| r.len())
}

#[tokio::test]
async fn budget_is_shared_by_clones_and_holds_back_the_third_request() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": customer_json("cus_1", "Ada")})),
        )
        .mount(&server)
        .await;
    let mut config = config(&server.uri());
    // Two requests, then the next slot only after an hour: the third call
    // can only be waiting for the budget.
    config.budget = Some(Budget {
        requests: 2,
        per: Duration::from_secs(7200),
    });
    let first = Transport::new(config.clone()).expect("builds");
    let second = first.clone();
    let options = RequestOptions::default();

    first
        .send_empty::<Value>(get(), &options)
        .await
        .expect("first fits the budget");
    second
        .send_empty::<Value>(get(), &options)
        .await
        .expect("second fits the budget");

    let third = tokio::spawn({
        let third = second.clone();
        async move {
            third
                .send_empty::<Value>(get(), &RequestOptions::default())
                .await
        }
    });
    // Give the third call every chance to send if the budget did not hold it.
    for _ in 0..50 {
        tokio::task::yield_now().await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        !third.is_finished(),
        "the third request did not wait for the budget"
    );
    assert_eq!(received(&server).await, 2);
    third.abort();

    // A separate transport has a budget of its own.
    Transport::new(config)
        .expect("builds")
        .send_empty::<Value>(get(), &options)
        .await
        .expect("a new transport starts with a full budget");
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn budget_lets_the_waiting_request_through_when_a_slot_frees() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let mut config = config(&server.uri());
    config.budget = Some(Budget {
        requests: 2,
        per: Duration::from_millis(400),
    });
    let transport = Transport::new(config).expect("builds");

    let calls = (0..3).map(|_| {
        let transport = transport.clone();
        async move {
            transport
                .send_empty::<Value>(get(), &RequestOptions::default())
                .await
        }
    });
    let results = futures::future::join_all(calls).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(received(&server).await, 3);
}
