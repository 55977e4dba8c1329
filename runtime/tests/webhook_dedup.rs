//! Duplicate suppression of webhook deliveries: repeats within the window,
//! expiry after it, the capacity bound and sharing between threads.

use std::sync::Arc;
use std::time::{Duration, Instant};

use connector_runtime::webhook::Deduplicator;

#[test]
fn same_id_twice_is_a_duplicate() {
    let seen = Deduplicator::new(100, Duration::from_secs(3600));
    assert!(seen.first_time("6566e3a1f1d2c40012ab34cd"));
    assert!(!seen.first_time("6566e3a1f1d2c40012ab34cd"));
    assert!(seen.first_time("6566e3a1f1d2c40012ab34ce"));
    assert_eq!(seen.len(), 2);
}

#[test]
fn an_id_is_new_again_after_the_window() {
    let seen = Deduplicator::new(100, Duration::from_secs(60));
    let start = Instant::now();
    assert!(seen.first_time_at("evt_1", start));
    assert!(!seen.first_time_at("evt_1", start + Duration::from_secs(59)));
    assert!(seen.first_time_at("evt_1", start + Duration::from_secs(60)));
    // Seen anew: a fresh window starts there.
    assert!(!seen.first_time_at("evt_1", start + Duration::from_secs(61)));
}

#[test]
fn the_window_counts_from_the_first_delivery() {
    // Retries every 30 s must not keep an id alive past its window.
    let seen = Deduplicator::new(100, Duration::from_secs(60));
    let start = Instant::now();
    assert!(seen.first_time_at("evt_1", start));
    assert!(!seen.first_time_at("evt_1", start + Duration::from_secs(30)));
    assert!(seen.first_time_at("evt_1", start + Duration::from_secs(61)));
}

#[test]
fn memory_is_bounded_by_capacity() {
    let seen = Deduplicator::new(3, Duration::from_secs(3600));
    for id in ["a", "b", "c", "d"] {
        assert!(seen.first_time(id));
    }
    assert_eq!(seen.len(), 3);
    // The least recently seen id was forgotten; the newer ones were not.
    assert!(!seen.first_time("d"));
    assert!(!seen.first_time("c"));
    assert!(seen.first_time("a"));
}

#[test]
fn zero_capacity_still_remembers_the_last_id() {
    let seen = Deduplicator::new(0, Duration::from_secs(3600));
    assert!(seen.first_time("a"));
    assert!(!seen.first_time("a"));
    assert!(!seen.is_empty());
}

#[test]
fn concurrent_deliveries_of_one_id_pass_once() {
    let seen = Arc::new(Deduplicator::new(1000, Duration::from_secs(3600)));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                (0..100)
                    .filter(|i| seen.first_time(&format!("evt_{i}")))
                    .count()
            })
        })
        .collect();
    let firsts: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(firsts, 100);
}
