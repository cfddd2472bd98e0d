//! A watchdog that aborts the whole test process when a run hangs: a
//! deadlock must fail the test with a message, not stall CI.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;

/// Armed while alive; dropping it (also on a panic) calls the watchdog off.
pub struct Watchdog {
    _alive: Sender<()>,
}

impl Watchdog {
    /// Aborts the process after `limit` unless dropped first; the message
    /// says how many of `total` tasks were done by then.
    pub fn arm(limit: Duration, done: Arc<AtomicU64>, total: u64) -> Watchdog {
        let (alive, gone) = channel::<()>();
        std::thread::spawn(move || {
            if gone.recv_timeout(limit) == Err(RecvTimeoutError::Timeout) {
                eprintln!(
                    "chaos watchdog: the run took more than {limit:?} ({} of {total} tasks done): \
                     a deadlock or a call that ignores its time budget or cancel token",
                    done.load(Ordering::Relaxed)
                );
                std::process::abort();
            }
        });
        Watchdog { _alive: alive }
    }
}
