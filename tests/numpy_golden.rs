//! The numpy golden suite: every script in `tests/numpy/cases/` runs under
//! taipan, and its stdout must equal `tests/numpy/expected/NAME.out`, which
//! real NumPy 2.3.5 under CPython produced (see `tests/golden/mod.rs` and
//! `tests/numpy/README.md`).

mod golden;
mod support;

const NUMPY: golden::Suite = golden::Suite {
    name: "numpy",
    cases: "tests/numpy/cases",
    expected: "tests/numpy/expected",
    known_failures: Some("tests/numpy/known_failures.txt"),
    run_in_root: false,
};

#[test]
fn golden_set_is_complete() {
    NUMPY.assert_complete();
}

#[test]
fn cases_match_numpy_goldens() {
    NUMPY.assert_cases_match();
}
