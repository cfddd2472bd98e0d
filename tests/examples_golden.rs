//! The example pipelines (`examples/*.py`): each runs under taipan from the
//! repository root, and its stdout must equal `tests/examples/expected/`,
//! which CPython with the real libraries printed (see `tests/golden/mod.rs`).

mod golden;
mod support;

const EXAMPLES: golden::Suite = golden::Suite {
    name: "examples",
    cases: "examples",
    expected: "tests/examples/expected",
    known_failures: None,
    run_in_root: true,
};

#[test]
fn every_example_has_a_golden() {
    EXAMPLES.assert_complete();
}

#[test]
fn examples_match_their_goldens() {
    EXAMPLES.assert_cases_match();
}
