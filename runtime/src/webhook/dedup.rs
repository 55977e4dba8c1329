//! Suppression of duplicate webhook deliveries: senders retry, so the same
//! event id can arrive more than once.

use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use lru::LruCache;

/// Remembers recently seen event ids so that a redelivered event is handled
/// once, within bounded memory.
///
/// At most `capacity` ids are kept (the least recently seen is forgotten
/// first) and an id is forgotten `window` after it was first seen. Shared
/// between tasks through `&self`: it is `Send + Sync`.
///
/// ```
/// use std::time::Duration;
/// use connector_runtime::webhook::Deduplicator;
///
/// let seen = Deduplicator::new(10_000, Duration::from_secs(24 * 60 * 60));
/// assert!(seen.first_time("evt_1"));
/// assert!(!seen.first_time("evt_1"));
/// assert!(seen.first_time("evt_2"));
/// ```
pub struct Deduplicator {
    window: Duration,
    seen: Mutex<LruCache<String, Instant>>,
}

impl std::fmt::Debug for Deduplicator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("Deduplicator")
            .field("capacity", &seen.cap())
            .field("window", &self.window)
            .field("remembered", &seen.len())
            .finish()
    }
}

impl Deduplicator {
    /// Keeps up to `capacity` ids (at least one) for `window` each.
    pub fn new(capacity: usize, window: Duration) -> Deduplicator {
        let capacity = NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN);
        Deduplicator {
            window,
            seen: Mutex::new(LruCache::new(capacity)),
        }
    }

    /// `true` the first time `id` is offered within the window, `false` for
    /// a repeat. Check and record happen under one lock, so two concurrent
    /// deliveries of the same id cannot both see `true`.
    pub fn first_time(&self, id: &str) -> bool {
        self.first_time_at(id, Instant::now())
    }

    /// [`first_time`](Deduplicator::first_time) as if the time were `now`.
    pub fn first_time_at(&self, id: &str, now: Instant) -> bool {
        // A panic elsewhere while holding the lock leaves the cache in a
        // consistent state (every lru operation completes or does nothing),
        // so a poisoned lock is still safe to use.
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(first_seen) = seen.get(id) {
            if now.saturating_duration_since(*first_seen) < self.window {
                return false;
            }
        }
        // The window is measured from the first delivery, so a steady stream
        // of retries cannot keep an id alive forever.
        seen.put(id.to_owned(), now);
        true
    }

    /// How many ids are remembered now (expired ones included until they
    /// are evicted or seen again).
    pub fn len(&self) -> usize {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// Whether no id is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
