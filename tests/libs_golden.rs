//! The third-party library golden suite: every script in `tests/libs/cases/`
//! uses a library that taipan ships as a shim (tqdm ...) and runs under
//! taipan; its stdout must equal `tests/libs/expected/NAME.out`, which
//! CPython with the real library (pinned in `tests/golden/requirements.txt`)
//! printed (see `tests/golden/mod.rs`).

mod golden;
mod support;

const LIBS: golden::Suite = golden::Suite {
    name: "libs",
    cases: "tests/libs/cases",
    expected: "tests/libs/expected",
    known_failures: None,
    run_in_root: false,
};

#[test]
fn every_libs_case_has_a_golden() {
    LIBS.assert_complete();
}

#[test]
fn libs_cases_match_their_goldens() {
    LIBS.assert_cases_match();
}
