//! The audio golden suite: every script in `tests/audio/cases/` (WAV files
//! built byte by byte by `tests/audio/wavmaker.py`, read with `soundfile`
//! and `wave`) runs under taipan, and its stdout must equal
//! `tests/audio/expected/NAME.out`, which CPython with NumPy 2.3.5 and
//! soundfile 0.13.1 printed (see `tests/golden/mod.rs` and
//! `tests/audio/README.md`).

mod golden;
mod support;

const AUDIO: golden::Suite = golden::Suite {
    name: "audio",
    cases: "tests/audio/cases",
    expected: "tests/audio/expected",
    known_failures: None,
    run_in_root: false,
};

#[test]
fn every_audio_case_has_a_golden() {
    AUDIO.assert_complete();
}

#[test]
fn audio_cases_match_their_goldens() {
    AUDIO.assert_cases_match();
}
