//! What each chaos task does, drawn from a seeded xorshift generator, and
//! the outcome the test expects of it (mirroring `tests/stress/chaos_tasks.py`).

use std::time::Duration;
use taipan::Arg;

/// A task's outcome: its value, or the class name of the exception it ended with.
pub type Outcome = Result<Arg, String>;

/// How many entries `TABLE` in `chaos_tasks.py` has (`"k<i>"` maps to `3 * i + 1`).
const TABLE_LEN: u64 = 4000;

/// The exception classes `fail(tid, kind)` raises, by kind (as the host
/// sees them: user classes qualified by their module, as in tracebacks).
const FAILURES: [&str; 7] = [
    "ValueError",
    "KeyError",
    "ZeroDivisionError",
    "chaos_tasks.ChaosError",
    "RuntimeError",
    "TypeError",
    "chaos_tasks.ChaosError",
];

/// A xorshift64* generator: small, seeded, good enough to mix task kinds.
pub struct Rng(u64);

impl Rng {
    /// The generator for task `id` under `seed` (independent of the order
    /// in which threads pick tasks up).
    pub fn for_task(seed: u64, id: u64) -> Rng {
        // SplitMix64's finaliser spreads neighbouring ids apart; never zero.
        let mut z = seed ^ id.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What a task does.
pub enum Action {
    /// `compute(id, words, weights, cycle)`: returns a value.
    Compute {
        /// Fresh words, some of them not in `TABLE`.
        words: Vec<String>,
        /// One weight per word.
        weights: Vec<i64>,
        /// 0: no reference cycle; 1: a parent/child cycle the task breaks;
        /// 2: one it leaves to the garbage collector.
        cycle: i64,
    },
    /// `pooled(id, 0)`: returns `6 * id`, worked out on a thread pool.
    Pooled,
    /// `fail(id, kind)`: raises `FAILURES[kind]`.
    Fail(u64),
    /// A never-ending [`Stuck`] call under a time budget: ends with TimeoutError.
    Timeout(Stuck),
    /// A never-ending [`Stuck`] call cancelled after the delay: ends with
    /// KeyboardInterrupt.
    Cancel(Stuck),
    /// `sleep_then_finally(id)` cancelled after the delay: returns `2 * id`.
    CancelFinally,
}

/// A call that never returns by itself: `spin(id, mode)` for modes 0 to 2,
/// `pooled(id, mode - 2)` (in a pool worker) for modes 3 and 4.
pub struct Stuck(u64);

impl Stuck {
    /// One of the five at random (of the first three without pools).
    fn new(rng: &mut Rng, mix: &Mix) -> Stuck {
        Stuck(rng.below(if mix.pools { 5 } else { 3 }))
    }

    /// The function and its arguments.
    fn call(&self, id: Arg) -> (&'static str, Vec<Arg>) {
        match self.0 {
            0..=2 => ("spin", vec![id, Arg::Int(self.0 as i64)]),
            mode => ("pooled", vec![id, Arg::Int(mode as i64 - 2)]),
        }
    }
}

/// One task: its id, action and call options.
pub struct Task {
    /// The task's unique id.
    pub id: u64,
    /// What it does.
    pub action: Action,
    /// Its time budget, if any.
    pub timeout: Option<Duration>,
    /// Whether it carries a cancel token.
    pub token: bool,
    /// For cancelled tasks, how long after the call starts the token is cancelled.
    pub cancel_after: Duration,
}

/// Which optional behaviours the tasks include.
pub struct Mix {
    /// Whether some tasks start a thread pool (each pool stays registered
    /// with the runtime until it ends, for now: see `tests/chaos.rs`).
    pub pools: bool,
}

impl Task {
    /// Task `id` under `seed`: about 57% compute, 3% pooled (compute
    /// without pools), 20% raise, 10% time out and 10% cancelled (spinning
    /// ones burn CPU until stopped, so their budgets and delays are short:
    /// up to 2.5 ms and 1.5 ms).
    pub fn new(seed: u64, id: u64, mix: &Mix) -> Task {
        let mut rng = Rng::for_task(seed, id);
        let roll = rng.below(100);
        let mut timeout = None;
        let mut token = false;
        let action = match roll {
            0..=79 => {
                // Values and failures may carry a generous budget or a
                // token nobody cancels: neither may change the outcome.
                match rng.below(4) {
                    0 => timeout = Some(Duration::from_secs(30)),
                    1 => token = true,
                    _ => {}
                }
                match roll {
                    0..=56 => compute_action(&mut rng),
                    57..=59 if mix.pools => Action::Pooled,
                    57..=59 => compute_action(&mut rng),
                    _ => Action::Fail(rng.below(FAILURES.len() as u64)),
                }
            }
            80..=89 => {
                timeout = Some(Duration::from_micros(500 + rng.below(2000)));
                Action::Timeout(Stuck::new(&mut rng, mix))
            }
            90..=97 => {
                token = true;
                Action::Cancel(Stuck::new(&mut rng, mix))
            }
            _ => {
                token = true;
                Action::CancelFinally
            }
        };
        let cancel_after = Duration::from_micros(rng.below(1500));
        Task {
            id,
            action,
            timeout,
            token,
            cancel_after,
        }
    }

    /// What kind of task it is, for the run's tally.
    pub fn kind(&self) -> &'static str {
        match self.action {
            Action::Compute { .. } => "value",
            Action::Pooled => "value from a pool",
            Action::Fail(_) => "raise",
            Action::Timeout(_) => "time out",
            Action::Cancel(_) => "cancelled",
            Action::CancelFinally => "cancelled, finally returns",
        }
    }

    /// The kinds [`Task::kind`] names.
    pub const KINDS: [&'static str; 6] = [
        "value",
        "value from a pool",
        "raise",
        "time out",
        "cancelled",
        "cancelled, finally returns",
    ];

    /// Whether the test cancels this task's token.
    pub fn is_cancelled(&self) -> bool {
        matches!(self.action, Action::Cancel(_) | Action::CancelFinally)
    }

    /// The module function it calls and its arguments.
    pub fn call(&self) -> (&'static str, Vec<Arg>) {
        let id = Arg::Int(self.id as i64);
        match &self.action {
            Action::Compute {
                words,
                weights,
                cycle,
            } => (
                "compute",
                vec![
                    id,
                    Arg::List(words.iter().map(|w| Arg::Str(w.clone())).collect()),
                    Arg::List(weights.iter().map(|&w| Arg::Int(w)).collect()),
                    Arg::Int(*cycle),
                ],
            ),
            Action::Pooled => ("pooled", vec![id, Arg::Int(0)]),
            Action::Fail(kind) => ("fail", vec![id, Arg::Int(*kind as i64)]),
            Action::Timeout(stuck) | Action::Cancel(stuck) => stuck.call(id),
            Action::CancelFinally => ("sleep_then_finally", vec![id]),
        }
    }

    /// The outcome the call must have.
    pub fn expected(&self) -> Outcome {
        let id = self.id as i64;
        match &self.action {
            Action::Compute { words, weights, .. } => {
                let scale = id % 7 + 1;
                let total: i64 = words
                    .iter()
                    .zip(weights)
                    .map(|(w, &k)| table_value(w) * scale * k)
                    .sum();
                let ends = format!("{}|{}", words[0], words[words.len() - 1]);
                Ok(Arg::Tuple(vec![
                    Arg::Int(id),
                    Arg::Int(total),
                    Arg::Str(ends),
                ]))
            }
            Action::Pooled => Ok(Arg::Int(6 * id)),
            Action::Fail(kind) => Err(FAILURES[*kind as usize].to_string()),
            Action::Timeout(_) => Err("TimeoutError".to_string()),
            Action::Cancel(_) => Err("KeyboardInterrupt".to_string()),
            Action::CancelFinally => Ok(Arg::Int(2 * id)),
        }
    }
}

/// Fresh words (3 to 10; some unknown to `TABLE`) and weights.
fn compute_action(rng: &mut Rng) -> Action {
    let n = 3 + rng.below(8) as usize;
    let words = (0..n)
        .map(|_| match rng.below(10) {
            0 => format!("zz{}", rng.below(1000)),
            _ => format!("k{}", rng.below(TABLE_LEN + TABLE_LEN / 4)),
        })
        .collect();
    let weights = (0..n).map(|_| rng.below(11) as i64 - 5).collect();
    Action::Compute {
        words,
        weights,
        cycle: match rng.below(8) {
            0 | 1 => 2,
            2 => 1,
            _ => 0,
        },
    }
}

/// `TABLE.get(word, -1)` of `chaos_tasks.py`.
fn table_value(word: &str) -> i64 {
    match word.strip_prefix('k').and_then(|n| n.parse::<u64>().ok()) {
        Some(i) if i < TABLE_LEN => 3 * i as i64 + 1,
        _ => -1,
    }
}
