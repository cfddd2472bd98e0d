//! What each frozen object was reached as ("global 'VOCAB' of module
//! '__main__'"), so that the error for a refused write can name it.
//!
//! Frozen objects are immortal, so their addresses are never reused and one
//! process-wide table serves every runtime. It is written when work is
//! handed off (once per newly frozen object) and read only to build an
//! error message: it is never on the execution path.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

fn table() -> &'static Mutex<HashMap<usize, Arc<str>>> {
    static TABLE: OnceLock<Mutex<HashMap<usize, Arc<str>>>> = OnceLock::new();
    TABLE.get_or_init(Default::default)
}

/// Records that the objects at `addrs` were frozen as `origin`.
pub fn record(addrs: &[usize], origin: &Arc<str>) {
    if addrs.is_empty() {
        return;
    }
    let mut t = table().lock().unwrap_or_else(|p| p.into_inner());
    for &a in addrs {
        t.entry(a).or_insert_with(|| origin.clone());
    }
}

/// What the frozen object at `addr` was reached as, if recorded.
pub fn describe(addr: usize) -> Option<Arc<str>> {
    let t = table().lock().unwrap_or_else(|p| p.into_inner());
    t.get(&addr).cloned()
}
