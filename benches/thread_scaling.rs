//! Throughput of one compiled program called from 1 and from 2 (… N) OS
//! threads at once, each thread with its own VM. A VM behind a lock would
//! stay at 1.0x; the bar for issue 3 is >= 1.8x at 2 threads.
//!
//! Run: `cargo bench --bench thread_scaling` (release build); after `--`,
//! `--rounds R` (default 5), `--seconds S` (work per thread and point at one
//! thread, default 0.5) and `--max-threads N` (default: the CPU count).

use std::time::Instant;
use taipan::{Arg, Runtime};

const PROGRAM: &str = r#"
def work(n):
    total = 0
    feats = {}
    for i in range(n):
        key = "f" + str(i % 101)
        feats[key] = feats.get(key, 0.0) + (i % 13) * 0.5
        total += i * i % 7
    return total + len(feats)
"#;

fn run(rt: &Runtime, program: &taipan::Program, threads: usize, calls_per_thread: usize) -> f64 {
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..calls_per_thread {
                    let r = rt
                        .run_function(program, "work", &[Arg::Int(20000)])
                        .expect("runs");
                    assert!(matches!(r, Arg::Int(_)));
                }
            });
        }
    });
    (threads * calls_per_thread) as f64 / start.elapsed().as_secs_f64()
}

/// What to measure: how many interleaved rounds, and how long one point
/// should take at one thread. `cargo bench` passes `--bench`, which is
/// ignored with any other flag this bench does not know.
struct Plan {
    rounds: usize,
    seconds_per_point: f64,
    /// The most threads to try (1, 2, 4, … up to it).
    max_threads: usize,
}

impl Plan {
    fn from_args() -> Plan {
        let mut plan = Plan {
            rounds: 5,
            seconds_per_point: 0.5,
            max_threads: std::thread::available_parallelism().map_or(2, |n| n.get().max(2)),
        };
        let args: Vec<String> = std::env::args().skip(1).collect();
        for pair in args.windows(2) {
            match (pair[0].as_str(), pair[1].parse::<f64>()) {
                ("--rounds", Ok(v)) if v >= 1.0 => plan.rounds = v as usize,
                ("--seconds", Ok(v)) if v > 0.0 => plan.seconds_per_point = v,
                ("--max-threads", Ok(v)) if v >= 1.0 => plan.max_threads = v as usize,
                _ => {}
            }
        }
        plan
    }
}

fn main() {
    let plan = Plan::from_args();
    let rt = Runtime::builder().build();
    let program = rt.compile_str("bench.py", PROGRAM).expect("compiles");
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut counts = vec![1];
    while counts[counts.len() - 1] * 2 <= plan.max_threads {
        counts.push(counts[counts.len() - 1] * 2);
    }
    // Warm up, then size every point to about `seconds_per_point` of work
    // per thread (each thread makes the same number of calls at every N).
    let warm = run(&rt, &program, 1, 4);
    let calls = ((plan.seconds_per_point * warm).ceil() as usize).max(4);
    // Rounds visit every thread count in turn, so a burst of load from
    // elsewhere on a shared machine hits one round, not one thread count;
    // the best throughput of each count is kept.
    let mut best = vec![0.0f64; counts.len()];
    for _ in 0..plan.rounds {
        for (slot, &n) in counts.iter().enumerate() {
            best[slot] = best[slot].max(run(&rt, &program, n, calls));
        }
    }
    println!(
        "{cores} CPUs; {calls} calls per thread; best of {} rounds",
        plan.rounds
    );
    println!("threads  calls/s   speed-up");
    for (&n, &t) in counts.iter().zip(&best) {
        println!("{:>7}  {:>8.1}   {:>6.2}x", n, t, t / best[0]);
    }
}
