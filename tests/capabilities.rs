//! What a script may touch: directory grants and module lists for
//! embedders, `--sandbox`/`--allow-read`/`--allow-write` for the CLI.

use std::path::PathBuf;
use std::process::Command;
use taipan::{Arg, Capabilities, Runtime};

/// A fresh directory under the system's temp dir, with `data.txt` in it.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("taipan_caps_{name}_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("data.txt"), "payload\n").expect("write data");
    dir
}

const READER: &str = r#"
def read(path):
    with open(path) as f:
        return f.read().strip()

def write(path):
    with open(path, "w") as f:
        f.write("x")
    return "written"

def import_os():
    import os
    return os.sep

def import_json():
    import json
    return json.dumps({"a": 1})
"#;

fn module(caps: Capabilities) -> taipan::SharedModule {
    let rt = Runtime::builder().capabilities(caps).build();
    let program = rt.compile_str("reader.py", READER).expect("compiles");
    rt.load(&program).expect("loads")
}

fn text(s: &str) -> Arg {
    Arg::Str(s.to_string())
}

#[test]
fn an_embedded_runtime_reads_nothing_until_granted() {
    let dir = scratch("embed");
    let data = dir.join("data.txt").display().to_string();
    let e = module(Capabilities::none())
        .call("read", &[text(&data)])
        .expect_err("denied");
    assert_eq!(e.kind, "PermissionError");
    assert!(e.traceback.contains(&data), "{}", e.traceback);

    let m = module(Capabilities::none().allow_read(&dir));
    assert_eq!(m.call("read", &[text(&data)]), Ok(text("payload")));
    let outside = m
        .call("read", &[text("/etc/hostname")])
        .expect_err("denied");
    assert_eq!(outside.kind, "PermissionError");
    let escape = format!("{}/../../etc/hostname", dir.display());
    let e = m.call("read", &[text(&escape)]).expect_err("denied");
    assert_eq!(e.kind, "PermissionError");
    let e = m
        .call("write", &[text(&dir.join("new.txt").display().to_string())])
        .expect_err("read-only grant");
    assert_eq!(e.kind, "PermissionError");

    let m = module(Capabilities::none().allow_write(&dir));
    let target = dir.join("new.txt").display().to_string();
    assert_eq!(m.call("write", &[text(&target)]), Ok(text("written")));
    assert_eq!(m.call("read", &[text(&target)]), Ok(text("x")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_module_list_limits_what_scripts_import_but_not_the_stdlib_itself() {
    let m = module(Capabilities::none().only_modules(["json"]));
    assert_eq!(m.call("import_json", &[]), Ok(text("{\"a\": 1}")));
    let e = m.call("import_os", &[]).expect_err("denied");
    assert_eq!(e.kind, "PermissionError");
    assert!(
        e.traceback.contains("may not import 'os'"),
        "{}",
        e.traceback
    );
}

#[test]
fn the_cli_sandbox_grants_only_the_named_directories() {
    let dir = scratch("cli");
    let script = dir.join("script.py");
    std::fs::write(
        &script,
        "import sys\n\
         print(open(sys.argv[1]).read().strip())\n\
         for path, mode in [('/etc/hostname', 'r'), (sys.argv[1] + '.out', 'w')]:\n\
         \x20   try:\n\
         \x20       open(path, mode)\n\
         \x20   except PermissionError:\n\
         \x20       print('denied', mode)\n",
    )
    .expect("write script");
    let data = dir.join("data.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .arg("--sandbox")
        .arg("--allow-read")
        .arg(&dir)
        .arg(&script)
        .arg(&data)
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "payload\ndenied r\ndenied w\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Without --sandbox the CLI has Python's full access.
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg("run")
        .arg(&script)
        .arg(&data)
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "payload\n");
    let _ = std::fs::remove_dir_all(&dir);
}
