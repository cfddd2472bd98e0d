//! `open()`: checking its arguments as CPython does, then opening the file
//! (after the capability check) with a text layer unless the mode says
//! binary.

use crate::builtins::args::parse_args;
use crate::builtins::codecs::Codec;
use crate::builtins::file::{check_access, fspath, os_error};
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::file::{FileHandle, FileState, Newline, TextState};
use crate::objects::function::Args;
use crate::value::Value;
use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Seek, SeekFrom};

/// What a mode string asks for.
struct Mode {
    /// `r`, `w`, `a` or `x`.
    base: char,
    /// `b` was given.
    binary: bool,
    /// `+` was given: open for reading and writing.
    update: bool,
}

impl Mode {
    /// Parses `mode` with CPython's checks and messages.
    fn parse(mode: &str) -> PyResult<Mode> {
        let invalid = || PyErr::value_error(format!("invalid mode: '{mode}'"));
        let mut seen = String::new();
        for c in mode.chars() {
            if !"rwaxbt+".contains(c) || seen.contains(c) {
                return Err(invalid());
            }
            seen.push(c);
        }
        let bases: Vec<char> = seen.chars().filter(|c| "rwax".contains(*c)).collect();
        if seen.contains('b') && seen.contains('t') {
            return Err(PyErr::value_error(
                "can't have text and binary mode at once",
            ));
        }
        if bases.is_empty() {
            return Err(PyErr::value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
        let [base] = bases[..] else {
            return Err(PyErr::value_error(
                "must have exactly one of create/read/write/append mode",
            ));
        };
        Ok(Mode {
            base,
            binary: seen.contains('b'),
            update: seen.contains('+'),
        })
    }

    /// Whether the file is opened for writing.
    fn writing(&self) -> bool {
        self.base != 'r' || self.update
    }

    /// The mode a binary file reports (`rb`, `wb`, `rb+` …), as CPython's
    /// `FileIO` normalises it (`w+` reports `rb+`).
    fn binary_name(&self) -> String {
        match (self.base, self.update) {
            ('w', true) => "rb+".to_string(),
            (base, true) => format!("{base}b+"),
            (base, false) => format!("{base}b"),
        }
    }
}

/// An optional str argument of `open` (`encoding`, `errors`, `newline`).
fn opt_str(vm: &Vm, v: Option<&Value>, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.kind() {
            Some(ObjKind::Str(s)) => Ok(Some(s.as_str().to_string())),
            _ => Err(PyErr::type_error(format!(
                "open() argument '{name}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `open`'s `newline` argument.
pub(crate) fn parse_newline(newline: Option<&str>) -> PyResult<Newline> {
    Ok(match newline {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => {
            return Err(PyErr::value_error(format!(
                "illegal newline value: {other}"
            )))
        }
    })
}

/// Opens the file at `path` for `mode`; a file opened for appending is
/// positioned at its end (so `tell()` reports its size, as in CPython).
fn open_path(path: &str, mode: &Mode) -> PyResult<FileHandle> {
    let fail = |e: std::io::Error| os_error(path, &e);
    if mode.base == 'r' {
        let f = File::open(path).map_err(fail)?;
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            // EISDIR (21 on Linux and macOS), as the C library reports it.
            return Err(os_error(path, &std::io::Error::from_raw_os_error(21)));
        }
        if !mode.update {
            return Ok(FileHandle::Read(BufReader::new(f)));
        }
    }
    let mut opts = OpenOptions::new();
    match mode.base {
        'r' => opts.write(true),
        'a' => opts.append(true).create(true),
        'x' => opts.write(true).create_new(true),
        _ => opts.write(true).create(true).truncate(true),
    };
    let mut f = opts.read(mode.update).open(path).map_err(fail)?;
    if mode.base == 'a' {
        f.seek(SeekFrom::End(0)).map_err(fail)?;
    }
    Ok(if mode.update {
        FileHandle::Update(BufReader::new(f))
    } else {
        FileHandle::Write(BufWriter::new(f))
    })
}

/// The byte position of a file just opened.
fn start_position(handle: &mut FileHandle) -> u64 {
    match handle {
        FileHandle::Write(w) => w.stream_position().unwrap_or(0),
        FileHandle::Update(r) => r.stream_position().unwrap_or(0),
        _ => 0,
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None)`.
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
    let mode_text = match a[1].as_ref().map(|v| (v, v.kind())) {
        None => "r".to_string(),
        Some((_, Some(ObjKind::Str(s)))) => s.as_str().to_string(),
        Some((v, _)) => {
            return Err(PyErr::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(v)
            )))
        }
    };
    let mode = Mode::parse(&mode_text)?;
    let buffering = crate::builtins::args::arg_opt_int(vm, a[2].as_ref())?;
    let encoding = opt_str(vm, a[3].as_ref(), "encoding")?;
    let errors = opt_str(vm, a[4].as_ref(), "errors")?;
    let newline = opt_str(vm, a[5].as_ref(), "newline")?;
    let text = if mode.binary {
        let given = [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ];
        if let Some((_, what)) = given.iter().find(|(v, _)| v.is_some()) {
            return Err(PyErr::value_error(format!(
                "binary mode doesn't take {what} argument"
            )));
        }
        None
    } else {
        if buffering == Some(0) {
            return Err(PyErr::value_error("can't have unbuffered text I/O"));
        }
        // "locale" (what `io.text_encoding(None)` gives) is UTF-8 here, as
        // no encoding is.
        let encoding = encoding.filter(|e| e != "locale");
        let codec = Codec::lookup(encoding.as_deref().unwrap_or("utf-8"))?;
        Some(TextState::new(
            encoding.unwrap_or_else(|| "UTF-8".to_string()),
            codec,
            errors.unwrap_or_else(|| "strict".to_string()),
            parse_newline(newline.as_deref())?,
        ))
    };
    check_access(vm, mode.writing(), &path)?;
    let mut handle = open_path(&path, &mode)?;
    let mut text = text;
    if let Some(t) = text.as_mut() {
        // Appending to a file that holds something: no byte order mark.
        if start_position(&mut handle) != 0 {
            t.encoder = t.codec.after_start();
        }
    }
    Ok(Value::obj(ObjKind::File(Box::new(RefCell::new(
        FileState {
            name: path,
            mode: if mode.binary {
                mode.binary_name()
            } else {
                mode_text
            },
            handle,
            text,
        },
    )))))
}
