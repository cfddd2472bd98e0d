//! The canceller: a thread that cancels other threads' tokens when their
//! delay is up.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use taipan::CancelToken;

/// Tokens waiting to be cancelled, and a flag that ends [`Canceller::run`].
#[derive(Default)]
pub struct Canceller {
    due: Mutex<Vec<(Instant, CancelToken)>>,
    stop: AtomicBool,
}

impl Canceller {
    /// Cancels `token` once `after` has passed.
    pub fn schedule(&self, token: CancelToken, after: Duration) {
        let mut due = self.due.lock().unwrap_or_else(|p| p.into_inner());
        due.push((Instant::now() + after, token));
    }

    /// Cancels due tokens every 200 µs until [`Canceller::stop`].
    pub fn run(&self) {
        while !self.stop.load(Ordering::Acquire) {
            std::thread::sleep(Duration::from_micros(200));
            let now = Instant::now();
            let mut due = self.due.lock().unwrap_or_else(|p| p.into_inner());
            due.retain(|(at, token)| {
                if *at <= now {
                    token.cancel();
                }
                *at > now
            });
        }
    }

    /// Makes [`Canceller::run`] return.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
    }
}
