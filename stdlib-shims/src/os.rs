//! The native `_os` under `os` (`py/os.py`): the calls that touch the
//! file system and the process. Every file-system call checks the
//! runtime's capabilities first, as `open` does: reading (listing,
//! `stat`) needs `read_files`, changing (`mkdir`, `remove` …) needs
//! `write_files`.

use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use taipan_vm::builtins::args::{arg_int, check_positional};
use taipan_vm::builtins::file::{check_access, errno_message, fspath, os_error};
use taipan_vm::builtins::{new_dict, new_list, new_tuple};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::interp::import::new_module;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

/// The module's functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("listdir", listdir),
    ("scandir_entries", scandir_entries),
    ("stat", stat),
    ("lstat", lstat),
    ("kind", kind),
    ("readlink", readlink),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("rename", rename),
    ("symlink", symlink),
    ("environ_items", environ_items),
    ("cpu_count", cpu_count),
    ("getpid", getpid),
    ("strerror", strerror),
    ("fspath", os_fspath),
    ("urandom", urandom),
];

/// Builds `_os`.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("_os");
    for &(name, f) in FUNCTIONS {
        vm.module_set(&m, name, native_function(name, f, false))?;
    }
    Ok(m)
}

/// The path in positional argument `i`, checked against the capabilities
/// (`writing`: the call changes the file system).
fn path_arg(vm: &mut Vm, args: &Args<'_>, i: usize, writing: bool) -> PyResult<String> {
    let path = match args.pos.get(i) {
        Some(v) => fspath(vm, v)?,
        None => ".".to_string(),
    };
    check_access(vm, writing, &path)?;
    Ok(path)
}

fn getcwd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("getcwd", args, 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error(".", &e))?;
    Ok(str_value(cwd.to_string_lossy().as_ref()))
}

fn read_dir(path: &str) -> PyResult<Vec<std::fs::DirEntry>> {
    let entries = std::fs::read_dir(path).map_err(|e| os_error(path, &e))?;
    entries.map(|e| e.map_err(|e| os_error(path, &e))).collect()
}

/// `listdir(path='.')`: the names in a directory, in the order the OS
/// gives them.
fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("listdir", args, 0, 1)?;
    let path = path_arg(vm, &args, 0, false)?;
    let names = read_dir(&path)?
        .iter()
        .map(|e| str_value(e.file_name().to_string_lossy().as_ref()))
        .collect();
    Ok(new_list(names))
}

/// `scandir_entries(path)`: `(name, is_dir, is_file, is_symlink)` for each
/// entry, as `os.scandir` needs them (a symlink's target decides `is_dir`
/// and `is_file`, as `DirEntry`'s default `follow_symlinks=True` does).
fn scandir_entries(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("scandir_entries", args, 0, 1)?;
    let path = path_arg(vm, &args, 0, false)?;
    let mut out = Vec::new();
    for e in read_dir(&path)? {
        let link = e.file_type().map(|t| t.is_symlink()).unwrap_or(false);
        let target = std::fs::metadata(e.path()).ok();
        out.push(new_tuple(vec![
            str_value(e.file_name().to_string_lossy().as_ref()),
            Value::Bool(target.as_ref().is_some_and(|m| m.is_dir())),
            Value::Bool(target.as_ref().is_some_and(|m| m.is_file())),
            Value::Bool(link),
        ]));
    }
    Ok(new_list(out))
}

/// A timestamp as CPython's `st_mtime` computes it.
fn seconds(sec: i64, nsec: i64) -> Value {
    Value::Float(sec as f64 + nsec as f64 * 1e-9)
}

/// A timestamp in whole nanoseconds (`st_mtime_ns`).
fn nanoseconds(sec: i64, nsec: i64) -> Value {
    let ns = i128::from(sec) * 1_000_000_000 + i128::from(nsec);
    i64::try_from(ns).map_or(Value::Float(ns as f64), Value::Int)
}

/// The ten fields of `os.stat_result`, then the three times in
/// nanoseconds, as a tuple.
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    new_tuple(vec![
        Value::Int(i64::from(m.mode())),
        Value::Int(m.ino() as i64),
        Value::Int(m.dev() as i64),
        Value::Int(m.nlink() as i64),
        Value::Int(i64::from(m.uid())),
        Value::Int(i64::from(m.gid())),
        Value::Int(m.size() as i64),
        seconds(m.atime(), m.atime_nsec()),
        seconds(m.mtime(), m.mtime_nsec()),
        seconds(m.ctime(), m.ctime_nsec()),
        nanoseconds(m.atime(), m.atime_nsec()),
        nanoseconds(m.mtime(), m.mtime_nsec()),
        nanoseconds(m.ctime(), m.ctime_nsec()),
    ])
}

/// `stat(path)` or, with `follow` false, `lstat(path)`.
fn stat_of(vm: &mut Vm, args: Args<'_>, name: &str, follow: bool) -> PyResult<Value> {
    check_positional(name, args, 1, 1)?;
    let path = path_arg(vm, &args, 0, false)?;
    let m = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    Ok(stat_tuple(&m.map_err(|e| os_error(&path, &e))?))
}

fn stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_of(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_of(vm, args, "lstat", false)
}

/// `kind(path, follow)`: `'dir'`, `'file'`, `'link'` (only when not
/// following links) or `'other'`; None when nothing is there or the OS
/// refuses to say (what `os.path.exists` and friends need). Only a denied
/// capability raises.
fn kind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("kind", args, 2, 2)?;
    let path = path_arg(vm, &args, 0, false)?;
    let follow = vm.truthy(&args.pos[1])?;
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    Ok(match meta {
        Ok(m) if m.is_dir() => str_value("dir"),
        Ok(m) if m.is_file() => str_value("file"),
        Ok(m) if m.file_type().is_symlink() => str_value("link"),
        Ok(_) => str_value("other"),
        Err(_) => Value::None,
    })
}

fn readlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("readlink", args, 1, 1)?;
    let path = path_arg(vm, &args, 0, false)?;
    let target = std::fs::read_link(&path).map_err(|e| os_error(&path, &e))?;
    Ok(str_value(target.to_string_lossy().as_ref()))
}

/// `mkdir(path, mode)`.
fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("mkdir", args, 2, 2)?;
    let path = path_arg(vm, &args, 0, true)?;
    let mode = arg_int(vm, &args.pos[1])?;
    std::fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&path)
        .map_err(|e| os_error(&path, &e))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("rmdir", args, 1, 1)?;
    let path = path_arg(vm, &args, 0, true)?;
    std::fs::remove_dir(&path).map_err(|e| os_error(&path, &e))?;
    Ok(Value::None)
}

/// `remove(path)`: a directory gives `IsADirectoryError` (EISDIR), as the
/// C library's `unlink` does on Linux.
fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("remove", args, 1, 1)?;
    let path = path_arg(vm, &args, 0, true)?;
    if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
        return Err(os_error(&path, &std::io::Error::from_raw_os_error(21)));
    }
    std::fs::remove_file(&path).map_err(|e| os_error(&path, &e))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("rename", args, 2, 2)?;
    let src = path_arg(vm, &args, 0, true)?;
    let dst = path_arg(vm, &args, 1, true)?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(&src, &e))?;
    Ok(Value::None)
}

/// `symlink(src, dst)`: makes `dst` a link to `src` (only `dst` is
/// written; `src` is stored as text).
fn symlink(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("symlink", args, 2, 2)?;
    let src = fspath(vm, &args.pos[0])?;
    let dst = path_arg(vm, &args, 1, true)?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(&dst, &e))?;
    Ok(Value::None)
}

/// What `os.environ` starts from, as a dict: the process's environment, or
/// in a worker thread the `os.environ` of the thread that started it.
fn environ_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("environ_items", args, 0, 0)?;
    let d = new_dict();
    if let Some(items) = vm.environ.clone() {
        for (k, v) in items {
            vm.dict_set(&d, str_value(k.as_str()), str_value(v.as_str()))?;
        }
        return Ok(d);
    }
    for (k, v) in std::env::vars_os() {
        let k = str_value(k.to_string_lossy().as_ref());
        vm.dict_set(&d, k, str_value(v.to_string_lossy().as_ref()))?;
    }
    Ok(d)
}

fn cpu_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("cpu_count", args, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn getpid(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("getpid", args, 0, 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

/// `os.strerror(code)`: the C library's message for an errno value
/// ("Unknown error N" for one it does not know).
fn strerror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("strerror", args, 1, 1)?;
    let code = arg_int(vm, &args.pos[0])?;
    let code = i32::try_from(code).map_err(|_| {
        PyErr::overflow(if code < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })?;
    let (_, message) = errno_message(&std::io::Error::from_raw_os_error(code));
    Ok(str_value(message.as_str()))
}

fn os_fspath(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("fspath", args, 1, 1)?;
    if matches!(args.pos[0].kind(), Some(ObjKind::Bytes(_))) {
        return Ok(args.pos[0].clone());
    }
    Ok(str_value(fspath(vm, &args.pos[0])?))
}

/// `urandom(size)`: `size` random bytes from the system's source
/// (`/dev/urandom`), for `uuid4()` and `random.SystemRandom`. Reading the
/// device is not the script's file access, so no capability is asked.
fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    check_positional("urandom", args, 1, 1)?;
    let size = arg_int(vm, &args.pos[0])?;
    let Ok(size) = usize::try_from(size) else {
        return Err(PyErr::value_error("negative argument not allowed"));
    };
    vm.check_alloc(size, 1)?;
    let mut data = vec![0u8; size];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut data))
        .map_err(|e| os_error("/dev/urandom", &e))?;
    Ok(Value::obj(ObjKind::Bytes(data.into_boxed_slice())))
}
