//! The methods of file objects (text files, `BufferedReader`,
//! `BufferedWriter` and the standard streams); `open()` itself is in
//! [`crate::builtins::file_open`], the text layer in
//! [`crate::builtins::textio`].

pub use crate::builtins::file_open::open;

use crate::builtins::args::{arg_opt_int, parse_args, rest, self_arg};
use crate::builtins::codecs::Codec;
use crate::builtins::textio::CHUNK;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::file::{FileHandle, FileState, Newline, TextState};
use crate::objects::function::{Args, NativeFn};
use crate::types::types;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Read, Seek, SeekFrom, Write};

/// The native methods of file objects.
pub static FILE_METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("close", file_close),
    ("flush", file_flush),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("fileno", file_fileno),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("isatty", file_isatty),
    ("reconfigure", file_reconfigure),
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
            attr_hooks: std::cell::Cell::new(0),
            builtin: true,
            c_type: std::cell::Cell::new(false),
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
    let (errno, msg) = errno_message(e);
    crate::builtins::exception_methods::new_os_error(errno, &msg, Some(path))
}

/// The errno of an I/O error and the C library's message for it
/// (`[Errno 2] No such file or directory` is built from these).
pub fn errno_message(e: &std::io::Error) -> (i64, String) {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or(&msg);
    (i64::from(errno), msg.to_string())
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

/// Runs `f` on the state of the file object `v`.
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

/// The `ValueError` for any operation on a closed file.
fn closed() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// An I/O error without a path (`OSError: [Errno N] message`).
fn io_error(e: &std::io::Error) -> PyErr {
    let (errno, msg) = errno_message(e);
    crate::builtins::exception_methods::new_os_error(errno, &msg, None)
}

/// `ValueError` on a closed file, else the state for `f`.
fn open_state<T>(v: &Value, f: impl FnOnce(&mut FileState) -> PyResult<T>) -> PyResult<T> {
    with_file(v, |st| match st.handle {
        FileHandle::Closed => Err(closed()),
        _ => f(st),
    })
}

/// `ValueError` for a closed file, `io.UnsupportedOperation` for one not
/// opened for reading.
fn check_readable(handle: &FileHandle, binary: bool) -> PyResult<()> {
    match handle {
        FileHandle::Read(_) | FileHandle::Update(_) | FileHandle::Stdin => Ok(()),
        FileHandle::Closed => Err(closed()),
        _ => Err(unsupported(binary, false)),
    }
}

/// Reads up to `size` bytes (all the rest when `None`) from a readable
/// handle. Standard input gives one line at a time, so that `input()`,
/// which reads the process's stdin directly, sees the lines after it.
fn read_raw(handle: &mut FileHandle, size: Option<usize>, binary: bool) -> PyResult<Vec<u8>> {
    check_readable(handle, binary)?;
    let mut buf = Vec::new();
    let res = match handle {
        FileHandle::Read(r) | FileHandle::Update(r) => match size {
            Some(n) => r.by_ref().take(n as u64).read_to_end(&mut buf),
            None => r.read_to_end(&mut buf),
        },
        FileHandle::Stdin => {
            let mut input = std::io::stdin().lock();
            match size {
                Some(_) => input.read_until(b'\n', &mut buf),
                None => input.read_to_end(&mut buf),
            }
        }
        _ => Ok(0),
    };
    res.map_err(|e| io_error(&e))?;
    Ok(buf)
}

/// Reads text through the layer until `take` can answer from it (a line,
/// some characters), decoding the file piece by piece; `all` reads the
/// rest of the file in one piece (as CPython's `read()` does, so that a
/// decoding error's position counts from where the read began).
fn read_text(
    st: &mut FileState,
    all: bool,
    mut take: impl FnMut(&mut TextState) -> Option<String>,
) -> PyResult<Value> {
    let FileState { handle, text, .. } = st;
    check_readable(handle, false)?;
    let Some(text) = text.as_mut() else {
        return Err(PyErr::type_error("not a text file"));
    };
    text.snapshot &= !all;
    loop {
        if let Some(s) = take(text) {
            return Ok(str_value(s));
        }
        let size = if all { None } else { Some(CHUNK) };
        let bytes = read_raw(handle, size, false)?;
        text.feed(&bytes, all || bytes.is_empty())?;
        text.snapshot = !all;
    }
}

/// Reads one line of bytes (at most `limit`), splitting at `\n` only.
fn read_binary_line(st: &mut FileState, limit: Option<usize>) -> PyResult<Value> {
    check_readable(&st.handle, true)?;
    let mut buf = Vec::new();
    let res = match &mut st.handle {
        FileHandle::Read(r) | FileHandle::Update(r) => match limit {
            Some(n) => r.by_ref().take(n as u64).read_until(b'\n', &mut buf),
            None => r.read_until(b'\n', &mut buf),
        },
        _ => Ok(0),
    };
    res.map_err(|e| io_error(&e))?;
    Ok(Value::obj(ObjKind::Bytes(buf.into())))
}

/// Reads one line, with at most `limit` characters (or bytes); empty at
/// the end of the file.
fn read_line(st: &mut FileState, limit: Option<usize>) -> PyResult<Value> {
    if st.binary() {
        return read_binary_line(st, limit);
    }
    read_text(st, false, |t| t.take_line(limit))
}

/// Reads one line (used by iteration too); empty at end of file.
pub fn readline(_vm: &mut Vm, file: &Value) -> PyResult<Value> {
    with_file(file, |st| read_line(st, None))
}

/// A size argument: `None` or a negative number mean no limit.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    Ok(arg_opt_int(vm, v)?.and_then(|n| usize::try_from(n).ok()))
}

fn file_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("read", &args)?;
    let a = parse_args("read", rest(args), &["size"], 0)?;
    let limit = size_arg(vm, a[0].as_ref())?;
    with_file(f, |st| {
        if st.binary() {
            if !opened_for_reading(st) {
                return Err(unsupported(true, false));
            }
            let bytes = read_raw(&mut st.handle, limit, true)?;
            return Ok(Value::obj(ObjKind::Bytes(bytes.into())));
        }
        read_text(st, limit.is_none(), |t| t.take_chars(limit))
    })
}

fn file_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("readline", &args)?;
    let a = parse_args("readline", rest(args), &["size"], 0)?;
    let limit = size_arg(vm, a[0].as_ref())?;
    with_file(f, |st| read_line(st, limit))
}

fn file_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("readlines", &args)?.clone();
    let a = parse_args("readlines", rest(args), &["hint"], 0)?;
    let hint = size_arg(vm, a[0].as_ref())?.filter(|&n| n > 0);
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = readline(vm, &f)?;
        let n = vm.len(&line)?;
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(crate::builtins::new_list(lines))
}

/// The bytes `write` is to write for `data`, and the count it returns:
/// text encoded by the file's text layer, or the bytes of a bytes-like
/// object.
fn bytes_to_write(vm: &Vm, st: &mut FileState, data: &Value) -> PyResult<(Vec<u8>, usize)> {
    match (st.text.as_mut(), data.kind()) {
        (Some(t), Some(ObjKind::Str(s))) => {
            let count = s.char_len();
            let bytes = match st.handle {
                // The runtime's streams take text as it is.
                FileHandle::Stdout | FileHandle::Stderr => s.as_str().as_bytes().to_vec(),
                _ => t.encode(s.as_str())?,
            };
            Ok((bytes, count))
        }
        (None, Some(ObjKind::Bytes(b))) => Ok((b.to_vec(), b.len())),
        (None, Some(ObjKind::ByteArray(b))) => {
            let b = b
                .try_borrow()
                .map_err(|_| PyErr::runtime_error("bytearray busy"))?;
            Ok((b.clone(), b.len()))
        }
        (None, _) if crate::objects::memoryview::is_bytes_like(data) => {
            let b = vm.bytes_of(data)?;
            let n = b.len();
            Ok((b, n))
        }
        (None, _) => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(data)
        ))),
        (Some(_), _) => Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(data)
        ))),
    }
}

/// Writes text or bytes to a file object (or the runtime's stdout/stderr).
pub fn write_to(vm: &mut Vm, f: &Value, data: &Value) -> PyResult<usize> {
    let ctx = vm.ctx.clone();
    with_file(f, |st| {
        let binary = st.binary();
        match st.handle {
            FileHandle::Closed => return Err(closed()),
            FileHandle::Read(_) | FileHandle::Stdin => return Err(unsupported(binary, true)),
            _ => {}
        }
        let (bytes, count) = bytes_to_write(vm, st, data)?;
        let io = |e: std::io::Error| io_error(&e);
        match &mut st.handle {
            FileHandle::Write(w) => w.write_all(&bytes).map_err(io)?,
            FileHandle::Update(r) => {
                // Write where the reading is: drop what was read ahead
                // (CPython's text layer drops its read-ahead too).
                let at = r.stream_position().map_err(io)?;
                r.seek(SeekFrom::Start(at)).map_err(io)?;
                if let Some(t) = st.text.as_mut() {
                    t.drop_read_ahead();
                }
                r.get_mut().write_all(&bytes).map_err(io)?
            }
            FileHandle::Stdout => ctx.stdout.write_bytes(&bytes).map_err(io)?,
            FileHandle::Stderr => ctx.write_stderr(&bytes).map_err(io)?,
            _ => {}
        }
        Ok(count)
    })
}

fn file_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("write", &args)?.clone();
    let data = args.pos.get(1).cloned().unwrap_or(Value::None);
    write_to(vm, &f, &data).map(|n| Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
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
            w.flush().map_err(|e| io_error(&e))?;
        }
        if !matches!(
            st.handle,
            FileHandle::Stdin | FileHandle::Stdout | FileHandle::Stderr
        ) {
            st.handle = FileHandle::Closed;
        }
        Ok(Value::None)
    })
}

fn file_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("flush", &args)?;
    let ctx = vm.ctx.clone();
    open_state(f, |st| {
        match &mut st.handle {
            FileHandle::Write(w) => w.flush().map_err(|e| io_error(&e))?,
            FileHandle::Stdout => {
                let _ = ctx.stdout.flush();
            }
            _ => {}
        }
        Ok(Value::None)
    })
}

/// The `OSError` CPython gives for seeking a stream that cannot seek
/// (a pipe, a terminal).
fn not_seekable() -> PyErr {
    io_error(&std::io::Error::from_raw_os_error(29))
}

/// The byte position of the file's handle (for a text file, past what
/// the text layer has read ahead).
fn raw_position(handle: &mut FileHandle) -> PyResult<u64> {
    let res = match handle {
        FileHandle::Read(r) | FileHandle::Update(r) => r.stream_position(),
        FileHandle::Write(w) => w.stream_position(),
        FileHandle::Closed => return Err(closed()),
        _ => return Err(not_seekable()),
    };
    res.map_err(|e| io_error(&e))
}

/// Moves the handle to `to`; returns the new position.
fn raw_seek(handle: &mut FileHandle, to: SeekFrom) -> PyResult<u64> {
    let res = match handle {
        FileHandle::Read(r) | FileHandle::Update(r) => r.seek(to),
        FileHandle::Write(w) => w.seek(to),
        FileHandle::Closed => return Err(closed()),
        _ => return Err(not_seekable()),
    };
    res.map_err(|e| io_error(&e))
}

/// The position of what the script has read or written: the handle's,
/// less what the text layer has read ahead.
fn position(st: &mut FileState) -> PyResult<u64> {
    let raw = raw_position(&mut st.handle)?;
    let ahead = st.text.as_ref().map_or(0, TextState::unread_bytes);
    Ok(raw.saturating_sub(ahead as u64))
}

fn file_tell(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("tell", &args)?;
    open_state(f, |st| {
        let at = position(st)?;
        let flags = st.text.as_ref().map_or(0, TextState::cookie_flags);
        if flags == 0 {
            return Ok(int_value(at));
        }
        Ok(crate::objects::int::int_value(
            (BigInt::from(flags) << 64u32) | BigInt::from(at),
        ))
    })
}

/// A text file's `seek` offset: the byte position and the decoder state
/// that [`TextState::cookie_flags`] packed above bit 64 (0 for a plain
/// int).
fn text_cookie(vm: &mut Vm, v: &Value) -> PyResult<(i64, u64)> {
    let Some(ObjKind::BigInt(big)) = v.kind() else {
        return Ok((vm.index_of(v)?, 0));
    };
    let low = big & BigInt::from(u64::MAX);
    let (Some(at), Some(flags)) = (low.to_i64(), (big >> 64u32).to_u64()) else {
        // Negative, or past any state: refused as too big an index.
        return Ok((vm.index_of(v)?, 0));
    };
    Ok((at, flags))
}

/// A file position as a Python int.
fn int_value(n: u64) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// Where `seek(offset, whence)` goes in a text file, with CPython's
/// refusals: only absolute positions, the current one and the end.
fn text_target(st: &mut FileState, offset: i64, whence: i64) -> PyResult<SeekFrom> {
    let refuse = |what: &str| {
        PyErr::new(
            unsupported_operation(),
            format!("can't do nonzero {what}-relative seeks"),
        )
    };
    match whence {
        0 => u64::try_from(offset)
            .map(SeekFrom::Start)
            .map_err(|_| PyErr::value_error(format!("negative seek position {offset}"))),
        1 if offset != 0 => Err(refuse("cur")),
        1 => Ok(SeekFrom::Start(position(st)?)),
        2 if offset != 0 => Err(refuse("end")),
        2 => Ok(SeekFrom::End(0)),
        _ => Err(PyErr::value_error(format!(
            "invalid whence ({whence}, should be 0, 1 or 2)"
        ))),
    }
}

/// Where `seek(offset, whence)` goes in a binary file.
fn binary_target(offset: i64, whence: i64) -> PyResult<SeekFrom> {
    match whence {
        // A negative absolute position fails as the system call does.
        0 => u64::try_from(offset)
            .map(SeekFrom::Start)
            .map_err(|_| io_error(&std::io::Error::from_raw_os_error(22))),
        1 => Ok(SeekFrom::Current(offset)),
        2 => Ok(SeekFrom::End(offset)),
        _ => Err(PyErr::value_error(format!(
            "whence value {whence} unsupported"
        ))),
    }
}

fn file_seek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("seek", &args)?;
    let a = parse_args("seek", rest(args), &["cookie", "whence"], 1)?;
    let whence = arg_opt_int(vm, a[1].as_ref())?.unwrap_or(0);
    let text = with_file(f, |st| Ok(!st.binary()))?;
    let (offset, flags) = match a[0].as_ref() {
        Some(v) if text && whence == 0 => text_cookie(vm, v)?,
        Some(v) => (vm.index_of(v)?, 0),
        None => (0, 0),
    };
    open_state(f, |st| {
        let to = if st.binary() {
            binary_target(offset, whence)?
        } else {
            text_target(st, offset, whence)?
        };
        let at = raw_seek(&mut st.handle, to)?;
        if let Some(t) = st.text.as_mut() {
            t.reset(at);
            t.restore_cookie_flags(flags);
        }
        // A text file answers a position with a state with that cookie.
        match (flags, a[0].as_ref()) {
            (1.., Some(cookie)) => Ok(cookie.clone()),
            _ => Ok(int_value(at)),
        }
    })
}

fn file_truncate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("truncate", &args)?;
    let a = parse_args("truncate", rest(args), &["pos"], 0)?;
    let size = arg_opt_int(vm, a[0].as_ref())?;
    open_state(f, |st| {
        if !matches!(st.handle, FileHandle::Write(_) | FileHandle::Update(_)) {
            return Err(PyErr::new(unsupported_operation(), "truncate"));
        }
        let size = match size {
            Some(n) => u64::try_from(n)
                .map_err(|_| PyErr::value_error(format!("negative size value {n}")))?,
            None => position(st)?,
        };
        let file = match &mut st.handle {
            FileHandle::Write(w) => {
                w.flush().map_err(|e| io_error(&e))?;
                w.get_ref()
            }
            FileHandle::Update(r) => r.get_ref(),
            _ => return Err(PyErr::new(unsupported_operation(), "truncate")),
        };
        file.set_len(size).map_err(|e| io_error(&e))?;
        Ok(int_value(size))
    })
}

/// The file descriptor of a handle.
fn descriptor(handle: &FileHandle) -> PyResult<i64> {
    #[cfg(unix)]
    {
        use std::os::unix::io::AsRawFd;
        match handle {
            FileHandle::Read(r) | FileHandle::Update(r) => Ok(i64::from(r.get_ref().as_raw_fd())),
            FileHandle::Write(w) => Ok(i64::from(w.get_ref().as_raw_fd())),
            FileHandle::Stdin => Ok(0),
            FileHandle::Stdout => Ok(1),
            FileHandle::Stderr => Ok(2),
            FileHandle::Closed => Err(closed()),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = handle;
        Err(PyErr::new(unsupported_operation(), "fileno"))
    }
}

fn file_fileno(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("fileno", &args)?;
    open_state(f, |st| descriptor(&st.handle).map(Value::Int))
}

/// `reconfigure(*, encoding=None, errors=None, newline=..., line_buffering=None,
/// write_through=None)` of a text file (`sys.stdout.reconfigure(encoding=
/// "utf-8")`): a new codec, error handler or newline mode for what is read
/// and written next. The buffering options are checked and accepted;
/// taipan's text files have no line buffering to switch.
fn file_reconfigure(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("reconfigure", &args)?;
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(
            "reconfigure() takes no positional arguments",
        ));
    }
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let opts = crate::builtins::functions::keyword_args("reconfigure", args.kw, &names)?;
    let text_opt = |i: usize| -> PyResult<Option<String>> {
        match &opts[i] {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => match v.kind() {
                Some(ObjKind::Str(s)) => Ok(Some(s.as_str().to_string())),
                _ => Err(PyErr::type_error(format!(
                    "reconfigure() argument '{}' must be str or None, not {}",
                    names[i],
                    vm.type_name(v)
                ))),
            },
        }
    };
    let (encoding, errors) = (text_opt(0)?, text_opt(1)?);
    let newline = match &opts[2] {
        None => None,
        Some(_) => Some(crate::builtins::file_open::parse_newline(
            text_opt(2)?.as_deref(),
        )?),
    };
    let codec = encoding.as_deref().map(Codec::lookup).transpose()?;
    let type_name = vm.type_name(f);
    open_state(f, |st| {
        let Some(text) = st.text.as_mut() else {
            return Err(PyErr::attribute_error(format!(
                "'_io.{type_name}' object has no attribute 'reconfigure'"
            )));
        };
        if let (Some(name), Some(codec)) = (encoding, codec) {
            text.encoding = name;
            text.codec = codec;
            text.decoder = codec;
            text.encoder = codec.after_start();
            // A new encoding without an error handler resets it.
            text.errors = errors.clone().unwrap_or_else(|| "strict".to_string());
        }
        if let Some(errors) = errors {
            text.errors = errors;
        }
        if let Some(newline) = newline {
            text.newline = newline;
        }
        Ok(Value::None)
    })
}

/// A method that answers a question about an open file's handle.
fn ask(args: &Args<'_>, name: &str, q: fn(&FileHandle) -> bool) -> PyResult<Value> {
    let f = self_arg(name, args)?;
    open_state(f, |st| Ok(Value::Bool(q(&st.handle))))
}

/// Whether a file was opened for reading (closed or not).
fn opened_for_reading(st: &FileState) -> bool {
    st.mode.starts_with('r') || st.mode.contains('+')
}

/// Whether a file was opened for writing (closed or not).
fn opened_for_writing(st: &FileState) -> bool {
    !st.mode.starts_with('r') || st.mode.contains('+')
}

fn file_readable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("readable", &args)?;
    // CPython asks a closed file whether it is closed only if it could read.
    with_file(f, |st| match st.handle {
        FileHandle::Closed if opened_for_reading(st) => Err(closed()),
        FileHandle::Read(_) | FileHandle::Update(_) | FileHandle::Stdin => Ok(Value::Bool(true)),
        _ => Ok(Value::Bool(false)),
    })
}

fn file_writable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_arg("writable", &args)?;
    with_file(f, |st| match st.handle {
        FileHandle::Closed if opened_for_writing(st) => Err(closed()),
        FileHandle::Write(_) | FileHandle::Update(_) | FileHandle::Stdout | FileHandle::Stderr => {
            Ok(Value::Bool(true))
        }
        _ => Ok(Value::Bool(false)),
    })
}

fn file_seekable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ask(&args, "seekable", |h| {
        matches!(
            h,
            FileHandle::Read(_) | FileHandle::Write(_) | FileHandle::Update(_)
        )
    })
}

fn file_isatty(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ask(&args, "isatty", |h| match h {
        FileHandle::Read(r) | FileHandle::Update(r) => r.get_ref().is_terminal(),
        FileHandle::Write(w) => w.get_ref().is_terminal(),
        FileHandle::Stdin => std::io::stdin().is_terminal(),
        FileHandle::Stdout => std::io::stdout().is_terminal(),
        FileHandle::Stderr => std::io::stderr().is_terminal(),
        FileHandle::Closed => false,
    })
}

fn file_enter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_arg("__enter__", &args)?.clone())
}

fn file_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    file_close(vm, Args::positional(&args.pos[..1.min(args.pos.len())]))?;
    Ok(Value::Bool(false))
}

/// A standard stream: the process's stdin, or the runtime's stdout or
/// stderr. Text in UTF-8 with `\n` line ends, as CPython's are on Linux.
fn std_file(name: &str, mode: &str, handle: FileHandle) -> Value {
    let text = TextState::new(
        "utf-8".to_string(),
        crate::builtins::codecs::Codec::Utf8,
        "strict".to_string(),
        Newline::Fixed("\n"),
    );
    Value::obj(ObjKind::File(Box::new(RefCell::new(FileState {
        name: name.to_string(),
        mode: mode.to_string(),
        handle,
        text: Some(text),
    }))))
}

/// A file object for the runtime's stdout (`to_stderr` false) or stderr.
pub fn std_stream(to_stderr: bool) -> Value {
    if to_stderr {
        std_file("<stderr>", "w", FileHandle::Stderr)
    } else {
        std_file("<stdout>", "w", FileHandle::Stdout)
    }
}

/// The binary layer under a standard stream (`sys.stdout.buffer`): the
/// same handle without the text layer; None for other files.
pub fn std_buffer(st: &FileState) -> Option<Value> {
    if st.binary() {
        return None;
    }
    let (name, mode, handle) = match st.handle {
        FileHandle::Stdout => ("<stdout>", "wb", FileHandle::Stdout),
        FileHandle::Stderr => ("<stderr>", "wb", FileHandle::Stderr),
        FileHandle::Stdin => ("<stdin>", "rb", FileHandle::Stdin),
        _ => return None,
    };
    Some(Value::obj(ObjKind::File(Box::new(RefCell::new(
        FileState {
            name: name.to_string(),
            mode: mode.to_string(),
            handle,
            text: None,
        },
    )))))
}

/// `sys.stdin`: the process's standard input.
pub fn stdin_stream() -> Value {
    std_file("<stdin>", "r", FileHandle::Stdin)
}
