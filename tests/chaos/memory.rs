//! Memory meters for the chaos test: each reads one figure (in kB) and
//! says how much it may grow between the warm-up and the end of the run.
//! RSS is the one there is today; another (e.g. the VM's per-thread heap
//! meter) is one more entry in [`meters`].

/// One memory figure and the growth allowed in it.
pub struct Meter {
    /// What it measures (for messages).
    pub name: &'static str,
    /// Reads the figure in kB (None where the platform has no reading).
    pub read: fn() -> Option<u64>,
    /// How many kB it may grow from the warm-up reading to the final one.
    pub margin_kb: u64,
}

/// The meters the test checks.
pub fn meters() -> Vec<Meter> {
    vec![Meter {
        name: "process RSS",
        read: rss_kb,
        // glibc keeps freed memory in up to 8 arenas per core for 16
        // threads, so RSS wanders by a few MB with no leak; a leak of
        // 100 bytes per task would add 8 MB over the 80,000 tasks after
        // the warm-up.
        margin_kb: 8 * 1024,
    }]
}

/// The resident set size of this process: `VmRSS` of /proc/self/status
/// (Linux; in kB there, unlike statm's pages).
fn rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmRSS:"))?;
    line.split_whitespace().next()?.parse().ok()
}

/// Each meter's reading at one moment.
pub struct Readings(Vec<Option<u64>>);

impl Readings {
    /// Reads every meter now.
    pub fn take(meters: &[Meter]) -> Readings {
        Readings(meters.iter().map(|m| (m.read)()).collect())
    }

    /// A line per meter: its figure at `self` and at `later`.
    pub fn report(&self, later: &Readings, meters: &[Meter]) -> String {
        meters
            .iter()
            .zip(self.0.iter().zip(&later.0))
            .map(|(m, (a, b))| format!("{}: {a:?} kB -> {b:?} kB\n", m.name))
            .collect()
    }

    /// The meters that grew by more than their margin from `self` to `later`.
    pub fn grown(&self, later: &Readings, meters: &[Meter]) -> Vec<String> {
        meters
            .iter()
            .zip(self.0.iter().zip(&later.0))
            .filter_map(|(m, (a, b))| match (a, b) {
                (Some(a), Some(b)) if b.saturating_sub(*a) > m.margin_kb => Some(format!(
                    "{} grew from {a} kB to {b} kB (more than {} kB)",
                    m.name, m.margin_kb
                )),
                _ => None,
            })
            .collect()
    }
}
