//! `open()` and the methods of file objects.

use crate::builtins::args::{parse_args, self_arg};
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::file::{FileHandle, FileState};
use crate::objects::function::{Args, NativeFn};
use crate::types::types;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{BufRead, Read, Write};

/// The native methods of file objects.
pub static FILE_METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("close", file_close),
    ("flush", file_flush),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_enter),
];

/// `io.UnsupportedOperation`: a builtin exception class deriving from both
/// `OSError` and `ValueError`, raised for a read from a file opened for
/// writing and the like. Made once per process and frozen, like the
/// classes of [`types`].
pub fn unsupported_operation() -> crate::value::FrozenRef {
    use crate::objects::class::{Class, Layout};
    use crate::value::{FrozenRef, ObjRef};
    static CLASS: std::sync::OnceLock<FrozenRef> = std::sync::OnceLock::new();
    *CLASS.get_or_init(|| {
        let t = types();
        let bases = vec![t.os_error.to_ref(), t.value_error.to_ref()];
        let mro = crate::types::linearize(&bases).unwrap_or_else(|_| {
            vec![
                t.os_error.to_ref(),
                t.value_error.to_ref(),
                t.exception.to_ref(),
                t.base_exception.to_ref(),
                t.object.to_ref(),
            ]
        });
        ObjRef::new_frozen(ObjKind::Class(Box::new(Class {
            name: "UnsupportedOperation".to_string(),
            qualname: "UnsupportedOperation".to_string(),
            module: "io".to_string(),
            bases,
            mro,
            dict: RefCell::new(crate::objects::dict::Dict::new()),
            layout: Layout::Exception,
            slots: None,
            has_attr_hooks: std::cell::Cell::new(false),
        })))
    })
}

/// The `io.UnsupportedOperation` for reading a file opened for writing
/// (`writing` false) or the reverse, with CPython's message: binary files
/// name the operation, text files say what the file is not.
fn unsupported(binary: bool, writing: bool) -> PyErr {
    let msg = match (binary, writing) {
        (true, false) => "read",
        (true, true) => "write",
        (false, false) => "not readable",
        (false, true) => "not writable",
    };
    PyErr::new(unsupported_operation(), msg)
}

/// The `OSError` subclass (`FileNotFoundError` …) for an I/O error on a
/// path, with CPython's `[Errno N] message: 'path'`.
pub fn os_error(path: &str, e: &std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or(&msg);
    crate::builtins::exception_methods::new_os_error(i64::from(errno), msg, Some(path))
}

/// The text of a path argument: a str, or what an object's `__fspath__`
/// returns (a `pathlib.Path`); a TypeError as CPython's for anything else.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(ObjKind::Str(s)) = v.kind() {
        return Ok(s.as_str().to_string());
    }
    if v.as_obj().is_some() && !matches!(v.kind(), Some(ObjKind::Bytes(_))) {
        if let Ok(method) = vm.getattr_str(v, "__fspath__") {
            let r = vm.call(&method, &[], &[])?;
            if let Some(ObjKind::Str(s)) = r.kind() {
                return Ok(s.as_str().to_string());
            }
        }
    }
    Err(PyErr::type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(v)
    )))
}

/// Checks that the runtime's capabilities allow reading (or, with
/// `writing`, changing) the file system at `path`: `PermissionError`
/// naming the path when they do not.
pub fn check_access(vm: &Vm, writing: bool, path: &str) -> PyResult<()> {
    let caps = &vm.ctx.capabilities;
    if writing {
        caps.check_write(path)
    } else {
        caps.check_read(path)
    }
}

/// `open(file, mode='r', encoding=None)`.
pub fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = parse_args(
        "open",
        args,
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
        1,
    )?;
    let path = match &a[0] {
        Some(v) => fspath(vm, v)?,
        None => return Err(PyErr::type_error("open() argument 'file' must be str")),
    };
    let mode = match a[1].as_ref().and_then(|v| v.kind()) {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        None => "r".to_string(),
        _ => return Err(PyErr::type_error("open() argument 'mode' must be str")),
    };
    let binary = mode.contains('b');
    let writing = mode.contains('w') || mode.contains('a') || mode.contains('x');
    check_access(vm, writing, &path)?;
    let handle = if writing {
        let mut opts = std::fs::OpenOptions::new();
        if mode.contains('a') {
            opts.append(true).create(true);
        } else if mode.contains('x') {
            opts.write(true).create_new(true);
        } else {
            opts.write(true).create(true).truncate(true);
        }
        FileHandle::Write(std::io::BufWriter::new(
            opts.open(&path).map_err(|e| os_error(&path, &e))?,
        ))
    } else {
        let f = std::fs::File::open(&path).map_err(|e| os_error(&path, &e))?;
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            // EISDIR (21 on Linux and macOS), as the C library reports it.
            return Err(os_error(&path, &std::io::Error::from_raw_os_error(21)));
        }
        FileHandle::Read(std::io::BufReader::new(f))
    };
    Ok(Value::obj(ObjKind::File(Box::new(RefCell::new(
        FileState {
            name: path,
            mode,
            binary,
            handle,
        },
    )))))
}

fn with_file<T>(v: &Value, f: impl FnOnce(&mut FileState) -> PyResult<T>) -> PyResult<T> {
    match v.kind() {
        Some(ObjKind::File(cell)) => {
            let mut st = cell
                .try_borrow_mut()
                .map_err(|_| PyErr::runtime_error("file busy"))?;
            f(&mut st)
        }
        _ => Err(PyErr::type_error("not a file")),
    }
}

fn closed() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

fn text_or_bytes(binary: bool, data: Vec<u8>) -> PyResult<Value> {
    if binary {
        Ok(Value::obj(ObjKind::Bytes(data.into())))
    } else {
        String::from_utf8(data).map(str_value).map_err(|_| {
            PyErr::new(
                types().unicode_decode_error,
                "'utf-8' codec can't decode the file's bytes",
            )
        })
    }
}

/// Reads one line (used by iteration too); empty at end of file.
pub fn readline(_vm: &mut Vm, file: &Value) -> PyResult<Value> {
    with_file(file, |st| {
        let binary = st.binary;
        match &mut st.handle {
            FileHandle::Read(r) => {
                let mut buf = Vec::new();
                r.read_until(b'\n', &mut buf)
                    .map_err(|e| PyErr::new(types().os_error, e.to_string()))?;
                text_or_bytes(binary, buf)
            }
            FileHandle::Closed => Err(closed()),
            _ => Err(unsupported(binary, false)),
        }
    })
}

fn file_read(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("read", &args)?;
    let limit = match args.pos.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as u64),
        _ => None,
    };
    with_file(f, |st| {
        let binary = st.binary;
        match &mut st.handle {
            FileHandle::Read(r) => {
                let mut buf = Vec::new();
                let res = match limit {
                    Some(n) => r.take(n).read_to_end(&mut buf),
                    None => r.read_to_end(&mut buf),
                };
                res.map_err(|e| PyErr::new(types().os_error, e.to_string()))?;
                text_or_bytes(binary, buf)
            }
            FileHandle::Closed => Err(closed()),
            _ => Err(unsupported(binary, false)),
        }
    })
}

fn file_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("readline", &args)?.clone();
    readline(vm, &f)
}

fn file_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("readlines", &args)?.clone();
    let mut lines = Vec::new();
    loop {
        let line = readline(vm, &f)?;
        if vm.len(&line)? == 0 {
            break;
        }
        lines.push(line);
    }
    Ok(crate::builtins::new_list(lines))
}

/// Writes text or bytes to a file object (or the runtime's stdout/stderr).
pub fn write_to(vm: &mut Vm, f: &Value, data: &Value) -> PyResult<usize> {
    let binary = match f.kind() {
        Some(ObjKind::File(cell)) => cell.try_borrow().map(|st| st.binary).unwrap_or(false),
        _ => false,
    };
    let (bytes, count) = match (binary, data.kind()) {
        (false, Some(ObjKind::Str(s))) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        (true, Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_))) => {
            let b = vm.bytes_of(data)?;
            let n = b.len();
            (b, n)
        }
        (true, _) => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(data)
            )))
        }
        (false, _) => {
            return Err(PyErr::type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(data)
            )))
        }
    };
    let ctx = vm.ctx.clone();
    with_file(f, |st| {
        let io = |e: std::io::Error| PyErr::new(types().os_error, e.to_string());
        match &mut st.handle {
            FileHandle::Write(w) => w.write_all(&bytes).map_err(io)?,
            FileHandle::Stdout => ctx
                .stdout
                .write_str(&String::from_utf8_lossy(&bytes))
                .map_err(io)?,
            FileHandle::Stderr => {
                let _ = ctx.stdout.flush();
                ctx.stderr
                    .write_str(&String::from_utf8_lossy(&bytes))
                    .map_err(io)?
            }
            FileHandle::Closed => return Err(closed()),
            FileHandle::Read(_) => return Err(unsupported(binary, true)),
        }
        Ok(count)
    })
}

fn file_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("write", &args)?.clone();
    let data = args.pos.get(1).cloned().unwrap_or(Value::None);
    write_to(vm, &f, &data).map(|n| Value::Int(n as i64))
}

fn file_writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("writelines", &args)?.clone();
    let lines = vm.collect(args.pos.get(1).unwrap_or(&Value::None))?;
    for line in lines {
        write_to(vm, &f, &line)?;
    }
    Ok(Value::None)
}

fn file_close(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("close", &args)?;
    with_file(f, |st| {
        if let FileHandle::Write(w) = &mut st.handle {
            w.flush()
                .map_err(|e| PyErr::new(types().os_error, e.to_string()))?;
        }
        if !matches!(st.handle, FileHandle::Stdout | FileHandle::Stderr) {
            st.handle = FileHandle::Closed;
        }
        Ok(Value::None)
    })
}

fn file_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("flush", &args)?;
    let ctx = vm.ctx.clone();
    with_file(f, |st| {
        match &mut st.handle {
            FileHandle::Write(w) => {
                let _ = w.flush();
            }
            FileHandle::Stdout => {
                let _ = ctx.stdout.flush();
            }
            _ => {}
        }
        Ok(Value::None)
    })
}

fn file_enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_arg("__enter__", &args)?.clone())
}

fn file_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    file_close(vm, Args::positional(&args.pos[..1.min(args.pos.len())]))?;
    Ok(Value::Bool(false))
}

/// A file object for the runtime's stdout (`to_stderr` false) or stderr.
pub fn std_stream(to_stderr: bool) -> Value {
    Value::obj(ObjKind::File(Box::new(RefCell::new(FileState {
        name: if to_stderr { "<stderr>" } else { "<stdout>" }.to_string(),
        mode: "w".to_string(),
        binary: false,
        handle: if to_stderr {
            FileHandle::Stderr
        } else {
            FileHandle::Stdout
        },
    }))))
}
