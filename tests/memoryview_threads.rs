//! memoryviews at the thread boundary, where taipan's contract differs
//! from CPython (so the differential suite cannot check it): a view handed
//! to a worker is a view of a read-only copy, a view reached from shared
//! globals is frozen with its bytes, and writing through either (or
//! releasing the frozen one) raises the contract's TypeError, leaving the
//! caller's bytes as they were.

use support::{exception_type, taipan_command};

mod support;

const SCRIPT: &str = r#"
from concurrent.futures import ThreadPoolExecutor

BUF = bytearray(b"abcd")
SHARED = memoryview(bytearray(b"wxyz"))


def write_arg(view):
    try:
        view[0] = 1
        return "wrote"
    except TypeError as e:
        return "read-only copy" if "read-only copy" in str(e) else str(e)


def resize_arg(buf, view):
    try:
        buf.append(1)
        return "resized"
    except TypeError as e:
        return "read-only copy" if "read-only copy" in str(e) else str(e)


def write_shared(_):
    try:
        SHARED[0] = 1
        return "wrote"
    except TypeError as e:
        return "frozen" if "frozen" in str(e) else str(e)


def release_shared(_):
    try:
        SHARED.release()
        return "released"
    except TypeError as e:
        return "frozen" if "frozen" in str(e) else str(e)


def same_copy(pair):
    # One value copied whole: the view sees the copy of its bytearray.
    buf, view = pair
    return view.obj is buf


with ThreadPoolExecutor(max_workers=2) as pool:
    print(pool.submit(write_arg, memoryview(BUF)).result())
    print(pool.submit(resize_arg, BUF, memoryview(BUF)).result())
    print(pool.submit(same_copy, (BUF, memoryview(BUF)[1:])).result())
    print(pool.submit(write_shared, 0).result())
    print(pool.submit(release_shared, 0).result())
print(BUF, SHARED.tobytes())
BUF.append(33)
print(BUF)
"#;

#[test]
fn views_cross_threads_as_their_bytes_do() {
    let dir = std::env::temp_dir().join(format!("taipan-mv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("mv_threads.py");
    std::fs::write(&script, SCRIPT).expect("script written");
    let out = taipan_command()
        .arg("run")
        .arg(&script)
        .output()
        .expect("taipan runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert_eq!(exception_type(&stderr), "", "{stderr}");
    let expected = [
        "read-only copy",
        "read-only copy",
        "True",
        "frozen",
        "frozen",
        "bytearray(b'abcd') b'wxyz'",
        "bytearray(b'abcd!')",
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}
