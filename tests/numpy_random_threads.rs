//! `numpy.random` under the concurrency contract (DESIGN.md): each thread
//! draws from its own global `RandomState`, a worker's seeded from its
//! starting thread's; a generator object shared with workers is frozen,
//! and drawing from it raises the contract's error. NumPy's global
//! generator is process-wide, so these cannot be golden cases.

#[path = "cli_script/mod.rs"]
mod cli_script;

/// Runs `script`, asserting success; its stdout.
fn run(script: &str) -> String {
    let out = cli_script::taipan_run(&[], script);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// After `np.random.seed(n)`, a one-worker pool's draws from the global
/// functions repeat from run to run and differ for another seed; the main
/// thread's own sequence does not move when workers draw.
#[test]
fn worker_globals_are_seeded_from_the_starting_thread() {
    let script = |seed: u32| {
        format!(
            "import numpy as np\n\
             from numpy.random import randn\n\
             from concurrent.futures import ThreadPoolExecutor\n\
             np.random.seed({seed})\n\
             expected = np.random.RandomState({seed}).rand()\n\
             def draw(_):\n    return [float(np.random.rand()), int(np.random.randint(1000)), float(randn())]\n\
             with ThreadPoolExecutor(1) as ex:\n    print(list(ex.map(draw, range(2))))\n\
             print(np.random.rand() == expected)\n"
        )
    };
    let (first, again, other) = (run(&script(7)), run(&script(7)), run(&script(8)));
    assert_eq!(first, again);
    assert_ne!(first, other);
    assert!(first.ends_with("True\n"), "{first}");
}

/// A generator made inside the work gives the same numbers on any thread.
#[test]
fn generators_made_in_workers_match_the_main_thread() {
    let out = run("import numpy as np\n\
         from concurrent.futures import ThreadPoolExecutor\n\
         def own(seed):\n    rng = np.random.default_rng(seed)\n    rs = np.random.RandomState(seed)\n    \
         return rng.random(3).tolist() + rng.integers(0, 100, 3).tolist() + rs.randn(2).tolist()\n\
         with ThreadPoolExecutor(2) as ex:\n    print(list(ex.map(own, [1, 2, 3])) == [own(1), own(2), own(3)])\n");
    assert_eq!(out, "True\n");
}

/// A module-level `Generator` or `RandomState` that workers reach, or one
/// passed as an argument, is frozen: drawing raises a TypeError that
/// names it, in the worker and in the main thread alike; its state can
/// still be read.
#[test]
fn a_shared_generator_refuses_draws() {
    let out = run("import numpy as np\n\
         from concurrent.futures import ThreadPoolExecutor\n\
         rng = np.random.default_rng(0)\n\
         rs = np.random.RandomState(0)\n\
         def use_rng(_):\n    return rng.random()\n\
         def use_rs(_):\n    return rs.randint(10)\n\
         def use_arg(g):\n    return g.normal()\n\
         def look(_):\n    return rs.get_state()[2]\n\
         for f, arg in ((use_rng, 0), (use_rs, 0), (use_arg, np.random.default_rng(1))):\n    \
         try:\n        with ThreadPoolExecutor(1) as ex:\n            ex.submit(f, arg).result()\n    \
         except TypeError as e:\n        print(str(e).split(':')[0])\n\
         with ThreadPoolExecutor(1) as ex:\n    print(ex.submit(look, 0).result())\n\
         try:\n    rs.seed(1)\nexcept TypeError as e:\n    print('main:', 'frozen' in str(e))\n");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "cannot draw from or reseed this Generator (global 'rng' of module '__main__')",
            "cannot draw from or reseed this RandomState (global 'rs' of module '__main__')",
            "cannot draw from or reseed this Generator (a value handed to another thread)",
            "624",
            "main: True",
        ],
        "{out}"
    );
}
