//! `taipan map script.py:function INPUT… --threads N [--out DIR]`.

use std::process::{Command, Output};

fn taipan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("taipan starts")
}

#[test]
fn prints_results_in_input_order() {
    let inputs: Vec<String> = (0..40).map(|i| "good ".repeat(i % 5) + "bad").collect();
    let mut args = vec!["map", "tests/map/score.py:score", "--threads", "4"];
    args.extend(inputs.iter().map(String::as_str));
    let out = taipan(&args);
    assert!(out.status.success());
    let want: String = (0..40)
        .map(|i| format!("{}\n", 2 * (i % 5) as i64 - 3))
        .collect();
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn writes_one_file_per_input_with_out() {
    let dir = std::env::temp_dir().join(format!("taipan_map_out_{}", std::process::id()));
    let dir_s = dir.to_string_lossy().to_string();
    let out = taipan(&[
        "map",
        "tests/map/score.py:shout",
        "abc",
        "tests/map/score.py",
        "--out",
        &dir_s,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(dir.join("000000.out")).expect("written"),
        b"ABC"
    );
    assert_eq!(
        std::fs::read(dir.join("score.py.out")).expect("written"),
        b"TESTS/MAP/SCORE.PY"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_failing_input_is_reported_and_the_others_still_print() {
    let out = taipan(&["map", "tests/map/score.py:fail_on_empty", "ab", "", "abcde"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5\n2\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("fail_on_empty(\"\") failed"), "{err}");
    assert!(
        err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
        "{err}"
    );
}

#[test]
fn a_bad_target_is_a_usage_error() {
    let out = taipan(&["map", "tests/map/score.py", "x"]);
    assert_eq!(out.status.code(), Some(2));
}
