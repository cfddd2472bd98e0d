//! The `.npy` file format: `np.save`, `np.load` and `a.tobytes()`.
//!
//! `np.save` writes what NumPy 2.3 writes, byte for byte: format 1.0 (2.0
//! when the header needs more than 65535 bytes), the header dict padded
//! with spaces so that the data starts at a multiple of 64 bytes, the
//! elements little-endian in C order (Fortran order for an array that is
//! only Fortran-contiguous, as NumPy does). `np.load` reads formats 1.0,
//! 2.0 and 3.0, either byte order and either memory order, and refuses
//! anything else with NumPy's `ValueError`s. Paths are read and written
//! with `std::fs` under the runtime's file capabilities (the rule `open`
//! follows); file objects go through their `read`/`write` methods.

use super::array::{Dims, NdArray};
use super::convert::{as_array_keep_scalar, shape_text};
use super::dtype::DType;
use super::element::{Element, LeBytes};
use super::fft::ComplexArray;
use super::shape;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::builtins::file::{check_access, fspath, os_error};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::types::types;
use taipan_vm::{Value, Vm};

/// The first six bytes of every `.npy` file.
const MAGIC: &[u8; 6] = b"\x93NUMPY";
/// The data starts at a multiple of this.
const ALIGN: usize = 64;
/// NumPy leaves room in the header for the growing axis to reach this
/// many digits.
const GROWTH_AXIS_MAX_DIGITS: usize = 21;
/// `np.load`'s default `max_header_size`.
const MAX_HEADER_SIZE: usize = 10000;

// ---------------------------------------------------------------------------
// Bytes of arrays.
// ---------------------------------------------------------------------------

fn le_bytes<T: LeBytes>(values: Vec<T>) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() * std::mem::size_of::<T>());
    for v in values {
        v.write_le(&mut out);
    }
    out
}

/// The elements of `a` as little-endian bytes, in C order.
pub(super) fn c_bytes(a: &NdArray) -> PyResult<Vec<u8>> {
    Ok(crate::with_dtype!(a.dtype, T => le_bytes(a.to_vec::<T>()?)))
}

/// The elements in Fortran order: the C order of the reversed axes.
fn f_bytes(a: &NdArray) -> PyResult<Vec<u8>> {
    c_bytes(&shape::transpose(a, None)?)
}

/// Whether `a` is Fortran-contiguous.
fn is_f_contiguous(a: &NdArray) -> bool {
    shape::transpose(a, None).is_ok_and(|t| t.is_c_contiguous())
}

/// `a.tobytes(order='C')`.
fn tobytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = super::dunders::this("tobytes", &args)?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let slots = parse_args("tobytes", rest, &["order"], 0)?;
    let order = match slots[0].as_ref().and_then(|v| v.kind()) {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        None => "C".to_string(),
        _ => return Err(PyErr::type_error("order must be str, not a non-string")),
    };
    let fortran = match order.as_str() {
        "C" | "c" | "K" | "k" => false,
        "F" | "f" => true,
        "A" | "a" => !a.is_c_contiguous() && is_f_contiguous(&a),
        _ => {
            return Err(PyErr::value_error(format!(
                "order must be one of 'C', 'F', 'A', or 'K' (got '{order}')"
            )))
        }
    };
    let bytes = if fortran { f_bytes(&a)? } else { c_bytes(&a)? };
    Ok(bytes_value(bytes))
}

/// `bytes(a)`, as CPython's `bytes()` treats an array: a 0-d integer
/// array is an index, so it gives that many zero bytes; any other array
/// gives its buffer, the bytes of `a.tobytes()`.
fn dunder_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a) = super::dunders::this("__bytes__", &args)?;
    if a.ndim() != 0 || !a.dtype.is_integer() {
        return Ok(bytes_value(c_bytes(&a)?));
    }
    let n = usize::try_from(vm.index_of(v)?).map_err(|_| PyErr::value_error("negative count"))?;
    vm.check_alloc(n, 1)?;
    Ok(bytes_value(
        taipan_vm::builtins::number_methods::zeroed_bytes(n)?,
    ))
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(ObjKind::Bytes(b.into_boxed_slice()))
}

// ---------------------------------------------------------------------------
// Writing.
// ---------------------------------------------------------------------------

/// The magic, version, length and padded header of an array, as NumPy's
/// `_write_array_header` makes them.
fn header_bytes(descr: &str, fortran: bool, shape: &[usize]) -> Vec<u8> {
    let mut header = format!(
        "{{'descr': '{descr}', 'fortran_order': {}, 'shape': {}, }}",
        if fortran { "True" } else { "False" },
        shape_text(shape)
    );
    let growing = if fortran { shape.last() } else { shape.first() };
    if let Some(n) = growing {
        let digits = n.to_string().len();
        header.push_str(&" ".repeat(GROWTH_AXIS_MAX_DIGITS.saturating_sub(digits)));
    }
    let hlen = header.len() + 1;
    let pad_for = |prefix: usize| ALIGN - (prefix + hlen) % ALIGN;
    let mut out = MAGIC.to_vec();
    let short_pad = pad_for(MAGIC.len() + 2 + 2);
    let pad = if hlen + short_pad <= usize::from(u16::MAX) {
        out.extend_from_slice(&[1, 0]);
        out.extend_from_slice(&((hlen + short_pad) as u16).to_le_bytes());
        short_pad
    } else {
        let pad = pad_for(MAGIC.len() + 2 + 4);
        out.extend_from_slice(&[2, 0]);
        out.extend_from_slice(&((hlen + pad) as u32).to_le_bytes());
        pad
    };
    out.extend_from_slice(header.as_bytes());
    out.extend(std::iter::repeat_n(b' ', pad));
    out.push(b'\n');
    out
}

/// The whole `.npy` file of an array.
fn npy_of_array(a: &NdArray) -> PyResult<Vec<u8>> {
    let fortran = !a.is_c_contiguous() && is_f_contiguous(a);
    let mut out = header_bytes(&a.dtype.descr(), fortran, &a.shape());
    out.extend(if fortran { f_bytes(a)? } else { c_bytes(a)? });
    Ok(out)
}

/// The whole `.npy` file of a complex array (`<c16` / `<c8`).
fn npy_of_complex(c: &ComplexArray) -> PyResult<Vec<u8>> {
    let size = 2 * c.part_dtype().itemsize();
    let mut out = header_bytes(&format!("<c{size}"), false, &c.shape());
    let (re, im) = (c_bytes(&c.re)?, c_bytes(&c.im)?);
    let half = size / 2;
    for (r, i) in re.chunks(half).zip(im.chunks(half)) {
        out.extend_from_slice(r);
        out.extend_from_slice(i);
    }
    Ok(out)
}

/// The path a `str` or `os.PathLike` names, or `None` for a file object
/// (one with the method `method`); TypeError for anything else.
fn path_of(vm: &mut Vm, v: &Value, method: &str) -> PyResult<Option<String>> {
    let file = !matches!(v.kind(), Some(ObjKind::Str(_)))
        && vm.getattr_str(v, "__fspath__").is_err()
        && vm.getattr_str(v, method).is_ok();
    Ok(if file { None } else { Some(fspath(vm, v)?) })
}

/// `np.save(file, arr, allow_pickle=True, fix_imports=True)`.
fn save(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args(
        "save",
        args,
        &["file", "arr", "allow_pickle", "fix_imports"],
        2,
    )?;
    let file = slots[0].clone().unwrap_or(Value::None);
    let arr = slots[1].clone().unwrap_or(Value::None);
    let bytes = match ComplexArray::of(&arr) {
        Some(c) => npy_of_complex(c)?,
        None => npy_of_array(&as_array_keep_scalar(vm, &arr)?)?,
    };
    match path_of(vm, &file, "write")? {
        Some(mut path) => {
            if !path.ends_with(".npy") {
                path.push_str(".npy");
            }
            check_access(vm, true, &path)?;
            std::fs::write(&path, bytes).map_err(|e| os_error(&path, &e))?;
        }
        None => {
            let write = vm.getattr_str(&file, "write")?;
            vm.call(&write, &[bytes_value(bytes)], &[])?;
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// Reading: where the bytes come from.
// ---------------------------------------------------------------------------

/// The bytes of a `.npy` file: all of a file read by path, or a file
/// object read a piece at a time (so that it stops after one array).
enum Source {
    Bytes { data: Vec<u8>, pos: usize },
    File(Value),
}

impl Source {
    /// Up to `n` bytes (fewer at the end).
    fn read(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        match self {
            Source::Bytes { data, pos } => {
                let end = pos.saturating_add(n).min(data.len());
                let out = data[*pos..end].to_vec();
                *pos = end;
                Ok(out)
            }
            Source::File(f) => {
                let read = vm.getattr_str(f, "read")?;
                let got = vm.call(&read, &[Value::Int(n.min(i64::MAX as usize) as i64)], &[])?;
                match got.kind() {
                    Some(ObjKind::Bytes(b)) => Ok(b.to_vec()),
                    _ => Err(PyErr::type_error(
                        "np.load needs a file opened in binary mode ('rb')",
                    )),
                }
            }
        }
    }

    /// Exactly `n` bytes, or NumPy's EOF error naming `what`.
    fn read_exact(&mut self, vm: &mut Vm, n: usize, what: &str) -> PyResult<Vec<u8>> {
        let b = self.read(vm, n)?;
        if b.len() != n {
            return Err(PyErr::value_error(format!(
                "EOF: reading {what}, expected {n} bytes got {}",
                b.len()
            )));
        }
        Ok(b)
    }
}

// ---------------------------------------------------------------------------
// Reading: the header, a Python literal.
// ---------------------------------------------------------------------------

/// The Python literals a header may hold.
#[derive(Clone, Debug, PartialEq)]
enum Lit {
    Str(String),
    Int(i128),
    Bool(bool),
    None,
    Tuple(Vec<Lit>),
    List(Vec<Lit>),
    Dict(Vec<(Lit, Lit)>),
}

impl Lit {
    /// Python's `repr`.
    fn repr(&self) -> String {
        let join = |items: &[Lit]| items.iter().map(Lit::repr).collect::<Vec<_>>().join(", ");
        match self {
            Lit::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
            Lit::Int(i) => i.to_string(),
            Lit::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Lit::None => "None".to_string(),
            Lit::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            Lit::Tuple(items) => format!("({})", join(items)),
            Lit::List(items) => format!("[{}]", join(items)),
            Lit::Dict(pairs) => {
                let inner: Vec<String> = pairs
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }
}

/// A recursive-descent parser of Python literals.
struct LitParser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl LitParser<'_> {
    fn skip_space(&mut self) {
        while self
            .s
            .get(self.pos)
            .is_some_and(|c| c.is_ascii_whitespace())
        {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.s.get(self.pos).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Option<Lit> {
        if depth > 16 {
            return None;
        }
        match self.peek()? {
            b'\'' | b'"' => self.string(),
            b'(' => self.sequence(b')', depth).map(Lit::Tuple),
            b'[' => self.sequence(b']', depth).map(Lit::List),
            b'{' => self.dict(depth),
            c if c == b'-' || c == b'+' || c.is_ascii_digit() => self.int(),
            _ => self.word(),
        }
    }

    fn string(&mut self) -> Option<Lit> {
        let quote = self.s[self.pos];
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let c = *self.s.get(self.pos)?;
            self.pos += 1;
            match c {
                b'\\' => {
                    out.push(*self.s.get(self.pos)?);
                    self.pos += 1;
                }
                c if c == quote => break,
                b'\n' => return None,
                c => out.push(c),
            }
        }
        Some(Lit::Str(out.iter().map(|&b| b as char).collect()))
    }

    fn int(&mut self) -> Option<Lit> {
        let start = self.pos;
        if matches!(self.s[self.pos], b'-' | b'+') {
            self.pos += 1;
        }
        while self.s.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.pos]).ok()?;
        // Python 2's long suffix, which NumPy's loader still accepts.
        if matches!(self.s.get(self.pos), Some(b'L' | b'l')) {
            self.pos += 1;
        }
        text.parse().ok().map(Lit::Int)
    }

    fn word(&mut self) -> Option<Lit> {
        let start = self.pos;
        while self
            .s
            .get(self.pos)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            self.pos += 1;
        }
        match &self.s[start..self.pos] {
            b"True" => Some(Lit::Bool(true)),
            b"False" => Some(Lit::Bool(false)),
            b"None" => Some(Lit::None),
            _ => None,
        }
    }

    fn sequence(&mut self, close: u8, depth: usize) -> Option<Vec<Lit>> {
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            if self.eat(close) {
                return Some(items);
            }
            items.push(self.value(depth + 1)?);
            if !self.eat(b',') {
                return self.eat(close).then_some(items);
            }
        }
    }

    fn dict(&mut self, depth: usize) -> Option<Lit> {
        self.pos += 1;
        let mut pairs = Vec::new();
        loop {
            if self.eat(b'}') {
                return Some(Lit::Dict(pairs));
            }
            let k = self.value(depth + 1)?;
            if !self.eat(b':') {
                return None;
            }
            pairs.push((k, self.value(depth + 1)?));
            if !self.eat(b',') {
                return self.eat(b'}').then_some(Lit::Dict(pairs));
            }
        }
    }
}

/// A header's text parsed as one literal (`None` on a syntax error).
fn parse_literal(text: &str) -> Option<Lit> {
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(c).unwrap_or(0xff))
        .collect();
    let mut p = LitParser { s: &bytes, pos: 0 };
    let v = p.value(0)?;
    p.skip_space();
    (p.pos == bytes.len()).then_some(v)
}

/// What an array's elements are.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Stored {
    Real(DType),
    /// Complex, with parts of this float type.
    Complex(DType),
}

impl Stored {
    fn itemsize(self) -> usize {
        match self {
            Stored::Real(d) => d.itemsize(),
            Stored::Complex(d) => 2 * d.itemsize(),
        }
    }
}

/// The header's meaning.
struct Header {
    stored: Stored,
    big_endian: bool,
    fortran: bool,
    shape: Dims,
}

fn header_error(msg: &str, v: &Lit) -> PyErr {
    PyErr::value_error(format!("{msg}: {}", v.repr()))
}

/// The element type of a `descr` string, NumPy's errors otherwise.
fn descr_type(descr: &Lit) -> PyResult<(Stored, bool)> {
    let Lit::Str(text) = descr else {
        return Err(match descr {
            Lit::List(_) => PyErr::value_error(format!(
                "taipan's numpy cannot load structured arrays (descr {})",
                descr.repr()
            )),
            _ => header_error("descr is not a valid dtype descriptor", descr),
        });
    };
    let (order, code) = match text.chars().next() {
        Some(c @ ('<' | '>' | '|' | '=')) => (c, &text[1..]),
        _ => ('=', text.as_str()),
    };
    let stored = match code {
        "c8" => Some(Stored::Complex(DType::Float32)),
        "c16" => Some(Stored::Complex(DType::Float64)),
        "f2" | "f4" | "f8" | "b1" | "i1" | "i2" | "i4" | "i8" | "u1" | "u2" | "u4" | "u8" => {
            DType::from_name(code).map(Stored::Real)
        }
        _ => None,
    };
    if let Some(s) = stored {
        return Ok((s, order == '>'));
    }
    let kind = code.chars().next().unwrap_or(' ');
    Err(match kind {
        'O' => PyErr::value_error("Object arrays cannot be loaded when allow_pickle=False"),
        'U' | 'S' | 'V' | 'M' | 'm' | 'a' | 'f' | 'c' | 'i' | 'u' | 'b' => {
            PyErr::value_error(format!(
                "taipan's numpy cannot load arrays of dtype {}",
                descr.repr()
            ))
        }
        _ => header_error("descr is not a valid dtype descriptor", descr),
    })
}

/// The header dict checked as NumPy's `_read_array_header` does.
fn check_header(text: &str) -> PyResult<Header> {
    let Some(lit) = parse_literal(text) else {
        return Err(PyErr::value_error(format!(
            "Cannot parse header: {}",
            Lit::Str(text.to_string()).repr()
        )));
    };
    let Lit::Dict(pairs) = &lit else {
        return Err(header_error("Header is not a dictionary", &lit));
    };
    let mut keys: Vec<Lit> = pairs.iter().map(|(k, _)| k.clone()).collect();
    taipan_vm::small_sort::sort_small_by_key(&mut keys, Lit::repr);
    let expected = ["descr", "fortran_order", "shape"].map(|k| Lit::Str(k.to_string()));
    if keys != expected {
        return Err(header_error(
            "Header does not contain the correct keys",
            &Lit::List(keys),
        ));
    }
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| *k == Lit::Str(name.to_string()))
            .map(|(_, v)| v.clone())
            .unwrap_or(Lit::None)
    };
    let shape_lit = get("shape");
    let dims: Option<Vec<i128>> = match &shape_lit {
        Lit::Tuple(items) => items
            .iter()
            .map(|x| if let Lit::Int(i) = x { Some(*i) } else { None })
            .collect(),
        _ => None,
    };
    let Some(dims) = dims else {
        return Err(header_error("shape is not valid", &shape_lit));
    };
    let fortran = match get("fortran_order") {
        Lit::Bool(b) => b,
        other => return Err(header_error("fortran_order is not a valid bool", &other)),
    };
    let (stored, big_endian) = descr_type(&get("descr"))?;
    if dims.iter().any(|&d| d < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    let fits = dims.iter().try_fold(1isize, |acc, &d| {
        acc.checked_mul(isize::try_from(d.max(1)).ok()?)
    });
    if fits.is_none() {
        return Err(PyErr::value_error("array is too big."));
    }
    let shape: Dims = dims.iter().map(|&d| d as usize).collect();
    Ok(Header {
        stored,
        big_endian,
        fortran,
        shape,
    })
}

// ---------------------------------------------------------------------------
// Reading: the file.
// ---------------------------------------------------------------------------

fn eof_error(msg: &str) -> PyErr {
    let class = types()
        .exception_named("EOFError")
        .unwrap_or(types().value_error);
    PyErr::new(class, msg)
}

/// The magic and version; the length of the header length field and
/// whether the header is UTF-8.
fn read_prelude(vm: &mut Vm, src: &mut Source) -> PyResult<(usize, bool)> {
    let magic = src.read(vm, MAGIC.len())?;
    if magic != MAGIC {
        return Err(PyErr::value_error(
            "This file contains pickled (object) data. If you trust the file you can load it \
             unsafely using the `allow_pickle=` keyword argument or `pickle.load()`.",
        ));
    }
    let version = src.read(vm, 2)?;
    if version.len() != 2 {
        return Err(PyErr::value_error(format!(
            "EOF: reading magic string, expected 8 bytes got {}",
            6 + version.len()
        )));
    }
    match (version[0], version[1]) {
        (1, 0) => Ok((2, false)),
        (2, 0) => Ok((4, false)),
        (3, 0) => Ok((4, true)),
        (major, minor) => Err(PyErr::value_error(format!(
            "we only support format version (1,0), (2,0), and (3,0), not ({major}, {minor})"
        ))),
    }
}

fn read_header(vm: &mut Vm, src: &mut Source, max_header_size: usize) -> PyResult<Header> {
    let (len_size, utf8) = read_prelude(vm, src)?;
    let raw_len = src.read_exact(vm, len_size, "array header length")?;
    let hlen = raw_len
        .iter()
        .rev()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    let raw = src.read_exact(vm, hlen, "array header")?;
    let text: String = if utf8 {
        String::from_utf8(raw)
            .map_err(|_| PyErr::value_error("Cannot parse header: it is not UTF-8"))?
    } else {
        raw.iter().map(|&b| b as char).collect()
    };
    if text.len() > max_header_size {
        return Err(PyErr::value_error(format!(
            "Header info length ({}) is large and may not be safe to load securely.\nTo allow \
             loading, adjust `max_header_size` or fully trust the `.npy` file using \
             `allow_pickle=True`.\nFor safety against large resource use or crashes, sandboxing \
             may be necessary.",
            text.len()
        )));
    }
    check_header(&text)
}

fn from_bytes<T: LeBytes>(raw: &[u8], big_endian: bool) -> Vec<T> {
    let size = std::mem::size_of::<T>();
    raw.chunks_exact(size)
        .map(|chunk| {
            if big_endian {
                let swapped: Vec<u8> = chunk.iter().rev().copied().collect();
                T::read_le(&swapped)
            } else {
                T::read_le(chunk)
            }
        })
        .collect()
}

/// Elements of `dtype` from their bytes, in the file's order and shape.
pub(super) fn real_array(raw: &[u8], dtype: DType, big_endian: bool, shape: Dims) -> NdArray {
    let data = crate::with_dtype!(dtype, T => T::wrap(from_bytes::<T>(raw, big_endian)));
    NdArray::new(data, shape)
}

/// An array laid out as the header says: Fortran order is the C order of
/// the reversed shape, transposed back (a view, as NumPy's F-ordered result).
fn oriented(a: NdArray, fortran: bool) -> PyResult<NdArray> {
    if fortran {
        shape::transpose(&a, None)
    } else {
        Ok(a)
    }
}

fn read_array(vm: &mut Vm, src: &mut Source, max_header_size: usize) -> PyResult<Value> {
    let h = read_header(vm, src, max_header_size)?;
    let count = h
        .shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d));
    let nbytes = count.and_then(|c| c.checked_mul(h.stored.itemsize()));
    let (Some(count), Some(nbytes)) = (count, nbytes) else {
        return Err(PyErr::value_error("array is too big."));
    };
    let raw = src.read(vm, nbytes)?;
    if raw.len() < nbytes {
        return Err(PyErr::value_error(format!(
            "Failed to read all data for array. Expected {} = {count} elements, could only read \
             {} elements. (file seems not fully written?)",
            shape_text(&h.shape),
            raw.len() / h.stored.itemsize()
        )));
    }
    let file_shape: Dims = if h.fortran {
        h.shape.iter().rev().copied().collect()
    } else {
        h.shape.clone()
    };
    match h.stored {
        Stored::Real(dt) => {
            Ok(oriented(real_array(&raw, dt, h.big_endian, file_shape), h.fortran)?.into_value())
        }
        Stored::Complex(part) => {
            let half = part.itemsize();
            let (re, im): (Vec<u8>, Vec<u8>) = {
                let mut re = Vec::with_capacity(nbytes / 2);
                let mut im = Vec::with_capacity(nbytes / 2);
                for pair in raw.chunks_exact(2 * half) {
                    re.extend_from_slice(&pair[..half]);
                    im.extend_from_slice(&pair[half..]);
                }
                (re, im)
            };
            let re = oriented(
                real_array(&re, part, h.big_endian, file_shape.clone()),
                h.fortran,
            )?;
            let im = oriented(real_array(&im, part, h.big_endian, file_shape), h.fortran)?;
            Ok(ComplexArray {
                re,
                im,
                scalar: false,
            }
            .into_value())
        }
    }
}

/// `np.load(file, mmap_mode=None, allow_pickle=False, fix_imports=True,
/// encoding='ASCII', *, max_header_size=10000)`: one `.npy` array, or an
/// `NpzFile` of an `.npz` archive.
fn load(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = [
        "file",
        "mmap_mode",
        "allow_pickle",
        "fix_imports",
        "encoding",
        "max_header_size",
    ];
    let slots = parse_args("load", args, &names, 1)?;
    let file = slots[0].clone().unwrap_or(Value::None);
    let max_header_size = match slots[5].as_ref() {
        Some(v) => usize::try_from(vm.index_of(v)?).unwrap_or(0),
        None => MAX_HEADER_SIZE,
    };
    let mut src = match path_of(vm, &file, "read")? {
        Some(path) => {
            check_access(vm, false, &path)?;
            let data = std::fs::read(&path).map_err(|e| os_error(&path, &e))?;
            Source::Bytes { data, pos: 0 }
        }
        None => Source::File(file),
    };
    if starts_zip(vm, &mut src)? {
        // An `.npz` archive: an `NpzFile`, written in Python over zipfile.
        return super::module_functions::python_method(vm, args, "_npz_load");
    }
    read_array(vm, &mut src, max_header_size)
}

/// Whether the file starts as a ZIP archive does (an `.npz`), read as
/// NumPy's `load` does: the magic's length, then back to where it began.
fn starts_zip(vm: &mut Vm, src: &mut Source) -> PyResult<bool> {
    let magic = src.read(vm, MAGIC.len())?;
    if magic.is_empty() {
        return Err(eof_error("No data left in file"));
    }
    match src {
        Source::Bytes { pos, .. } => *pos = 0,
        Source::File(f) => {
            let seek = vm.getattr_str(f, "seek")?;
            vm.call(
                &seek,
                &[Value::Int(-(magic.len() as i64)), Value::Int(1)],
                &[],
            )?;
        }
    }
    Ok(magic.starts_with(b"PK\x03\x04") || magic.starts_with(b"PK\x05\x06"))
}

/// `np.save` and `np.load`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("save", save), ("load", load)];

/// `a.tobytes()` and `bytes(a)`.
pub const METHODS: &[(&str, NativeFn)] = &[("tobytes", tobytes), ("__bytes__", dunder_bytes)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_numpy() {
        let h = header_bytes("<f4", false, &[2, 3]);
        assert_eq!(h.len(), 128);
        assert_eq!(&h[..10], b"\x93NUMPY\x01\x00v\x00");
        assert!(h[10..].starts_with(b"{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"));
        assert_eq!(h[127], b'\n');
        assert_eq!(header_bytes("<f8", false, &[]).len(), 128);
    }

    #[test]
    fn header_literals_parse() {
        let h = check_header("{'descr': '>i4', 'fortran_order': True, 'shape': (3, 2), }  \n").ok();
        let h = h.map(|h| (h.stored, h.big_endian, h.fortran, h.shape.to_vec()));
        assert_eq!(
            h,
            Some((Stored::Real(DType::Int32), true, true, vec![3, 2]))
        );
        assert!(check_header("{'descr': '<f8'").is_err());
        assert_eq!(parse_literal("(3,)"), Some(Lit::Tuple(vec![Lit::Int(3)])));
    }
}
