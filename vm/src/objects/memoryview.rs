//! `memoryview`: a one-dimensional window on the bytes of a `bytes` or
//! `bytearray`, read and written in place.
//!
//! A view holds the exporting object and says which of its bytes it sees
//! (a start, a count of items and a stride, so that `m[::-2]` is a view
//! too) and how to read them (a `struct` format of one native
//! character). Views of a bytearray are counted per thread, so that
//! resizing the bytearray while one exists raises CPython's BufferError
//! (see [`resize_guarded`]).
//!
//! Crossing threads, a view follows its object: frozen with it when work
//! reaches it (reads then need no lock, and writes through it raise the
//! contract's error, as writes to the frozen bytearray would), and copied
//! with it when handed to a worker as an argument (a view of the copy).

use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::native::NativeObject;
use crate::types::types;
use crate::value::{FrozenRef, Value};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// The message of every operation on a released view.
pub const RELEASED: &str = "operation forbidden on released memoryview object";

/// Which bytes of the exporting object a view sees, and as what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewLayout {
    /// Offset of the first item's first byte.
    pub start: usize,
    /// Number of items.
    pub len: usize,
    /// Bytes from one item to the next (negative for a reversed view).
    pub stride: isize,
    /// The `struct` format character of one item (`B`, `h`, `d` …).
    pub format: u8,
    /// Whether the format was given as `@x` (what `.format` shows).
    pub prefixed: bool,
}

impl ViewLayout {
    /// The layout of a whole buffer of `n` bytes, as unsigned bytes.
    pub fn bytes(n: usize) -> ViewLayout {
        ViewLayout {
            start: 0,
            len: n,
            stride: 1,
            format: b'B',
            prefixed: false,
        }
    }

    /// The size of one item in bytes.
    pub fn itemsize(&self) -> usize {
        itemsize(self.format).unwrap_or(1)
    }

    /// The number of bytes the view sees.
    pub fn nbytes(&self) -> usize {
        self.len * self.itemsize()
    }

    /// Whether the items lie one after another, in order.
    pub fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize() as isize
    }

    /// The offset of item `i` (which must be below `len`).
    pub fn offset(&self, i: usize) -> usize {
        // Items of a valid view lie inside the buffer, so the offset is
        // never negative.
        (self.start as isize + i as isize * self.stride) as usize
    }
}

/// The size of an item of a native `struct` format character, or None for
/// a character a memoryview does not take.
pub fn itemsize(format: u8) -> Option<usize> {
    Some(match format {
        b'?' | b'c' | b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// Whether a format reads single bytes (the formats a view can be cast
/// from and to freely).
pub fn is_byte_format(format: u8) -> bool {
    matches!(format, b'B' | b'b' | b'c')
}

/// One item of a view, unpacked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Item {
    /// An integer format's value.
    Int(i128),
    /// `f` or `d`.
    Float(f64),
    /// `c`: a bytes object of length 1.
    Char(u8),
    /// `?`.
    Bool(bool),
}

impl Item {
    /// Whether two items compare equal as the Python values they stand for.
    pub fn eq_value(self, other: Item) -> bool {
        match (self.number(), other.number()) {
            (Some(Item::Int(a)), Some(Item::Int(b))) => a == b,
            (Some(Item::Float(a)), Some(Item::Float(b))) => a == b,
            (Some(Item::Int(a)), Some(Item::Float(b)))
            | (Some(Item::Float(b)), Some(Item::Int(a))) => a as f64 == b && b.fract() == 0.0,
            _ => matches!((self, other), (Item::Char(a), Item::Char(b)) if a == b),
        }
    }

    /// The item as a number (a bool as 0 or 1), None for a `c` item.
    fn number(self) -> Option<Item> {
        match self {
            Item::Bool(b) => Some(Item::Int(i128::from(b))),
            Item::Char(_) => None,
            other => Some(other),
        }
    }
}

/// Reads the item of format `format` from `bytes` (native byte order).
pub fn unpack(format: u8, bytes: &[u8]) -> Item {
    let mut raw = [0u8; 8];
    let n = bytes.len().min(8);
    raw[..n].copy_from_slice(&bytes[..n]);
    let word = u64::from_ne_bytes(raw);
    let signed = |bits: u32| -> i128 {
        let shift = 64 - bits;
        i128::from(((word << shift) as i64) >> shift)
    };
    match format {
        b'?' => Item::Bool(raw[0] != 0),
        b'c' => Item::Char(raw[0]),
        b'b' => Item::Int(signed(8)),
        b'h' => Item::Int(signed(16)),
        b'i' => Item::Int(signed(32)),
        b'l' | b'q' | b'n' => Item::Int(signed(64)),
        b'f' => Item::Float(f64::from(f32::from_ne_bytes([
            raw[0], raw[1], raw[2], raw[3],
        ]))),
        b'd' => Item::Float(f64::from_ne_bytes(raw)),
        _ => {
            let bits = 8 * itemsize(format).unwrap_or(1) as u32;
            let mask = if bits == 64 {
                u64::MAX
            } else {
                (1u64 << bits) - 1
            };
            Item::Int(i128::from(word & mask))
        }
    }
}

/// The bytes of `item` in format `format` (native byte order), or None
/// when the value does not fit the format (an int out of range).
pub fn pack(format: u8, item: Item) -> Option<Vec<u8>> {
    let size = itemsize(format)?;
    match (format, item) {
        (b'f', Item::Float(x)) => Some((x as f32).to_ne_bytes().to_vec()),
        (b'd', Item::Float(x)) => Some(x.to_ne_bytes().to_vec()),
        (b'c', Item::Char(c)) => Some(vec![c]),
        (b'?', Item::Bool(b)) => Some(vec![u8::from(b)]),
        (_, Item::Int(n)) => {
            let bits = 8 * size as u32;
            let fits = if matches!(format, b'b' | b'h' | b'i' | b'l' | b'q' | b'n') {
                let half = 1i128 << (bits - 1);
                (-half..half).contains(&n)
            } else {
                (0..(1i128 << bits)).contains(&n)
            };
            fits.then(|| (n as u64).to_ne_bytes()[..size].to_vec())
        }
        _ => None,
    }
}

thread_local! {
    /// The number of live views of each bytearray of this thread, by the
    /// bytearray's address (a view keeps its bytearray alive, so the
    /// address is not reused while it is counted).
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

/// Counts one more view of the bytearray at `addr`.
fn add_export(addr: usize) {
    EXPORTS.with(|e| *e.borrow_mut().entry(addr).or_insert(0) += 1);
}

/// Counts one view of the bytearray at `addr` less. Quietly does nothing
/// while the thread is being torn down.
fn remove_export(addr: usize) {
    let _ = EXPORTS.try_with(|e| {
        let mut exports = e.borrow_mut();
        if let Some(n) = exports.get_mut(&addr) {
            *n -= 1;
            if *n == 0 {
                exports.remove(&addr);
            }
        }
    });
}

/// Whether views of the bytearray at `addr` exist.
fn has_exports(addr: usize) -> bool {
    EXPORTS.with(|e| {
        let exports = e.borrow();
        !exports.is_empty() && exports.contains_key(&addr)
    })
}

/// Runs `f` on the contents of the bytearray object at `addr`, refusing
/// (BufferError, as CPython does) a change of its size while memoryviews
/// of it exist: `f` then runs on a copy, which is kept only when its size
/// stayed the same (a same-size slice assignment is allowed).
pub fn resize_guarded<R>(
    addr: usize,
    buf: &mut Vec<u8>,
    f: impl FnOnce(&mut Vec<u8>) -> PyResult<R>,
) -> PyResult<R> {
    if !has_exports(addr) {
        return f(buf);
    }
    let mut copy = buf.clone();
    let r = f(&mut copy)?;
    if copy.len() != buf.len() {
        return Err(buffer_error(
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    buf.copy_from_slice(&copy);
    Ok(r)
}

/// A BufferError with `msg`.
pub fn buffer_error(msg: &str) -> PyErr {
    match types().exception_named("BufferError") {
        Some(class) => PyErr::new(class, msg),
        None => PyErr::type_error(msg.to_string()),
    }
}

/// A memoryview object.
pub struct MemoryView {
    /// The exporting object: a bytes or a bytearray.
    obj: Value,
    /// Which bytes, as what.
    layout: ViewLayout,
    /// Whether writes are refused (a view of bytes, or `toreadonly()`).
    readonly: bool,
    /// Set by `release()`: every operation but a few then raises.
    released: AtomicBool,
    /// Whether the view is counted among its bytearray's exports.
    counted: AtomicBool,
}

impl MemoryView {
    /// A view of `obj` (a bytes or bytearray, or a user subclass's payload
    /// of one) with `layout`, counted among a thread-local bytearray's
    /// exports.
    pub fn new(obj: Value, layout: ViewLayout, readonly: bool) -> MemoryView {
        let readonly = readonly || matches!(obj.kind(), Some(ObjKind::Bytes(_)));
        let counted = match &obj {
            Value::Obj(o) if matches!(o.kind(), ObjKind::ByteArray(_)) && !o.is_frozen() => {
                add_export(o.addr());
                true
            }
            _ => false,
        };
        MemoryView {
            obj,
            layout,
            readonly,
            released: AtomicBool::new(false),
            counted: AtomicBool::new(counted),
        }
    }

    /// The exporting object, or the released view's error.
    pub fn obj(&self) -> PyResult<&Value> {
        self.check()?;
        Ok(&self.obj)
    }

    /// The layout, or the released view's error.
    pub fn layout(&self) -> PyResult<ViewLayout> {
        self.check()?;
        Ok(self.layout)
    }

    /// Whether writes through the view are refused, or the released
    /// view's error.
    pub fn readonly(&self) -> PyResult<bool> {
        self.check()?;
        Ok(self.readonly)
    }

    /// Whether `release()` was called.
    pub fn is_released(&self) -> bool {
        self.released.load(Ordering::Relaxed)
    }

    /// The error of an operation on a released view.
    fn check(&self) -> PyResult<()> {
        if self.is_released() {
            return Err(PyErr::value_error(RELEASED));
        }
        Ok(())
    }

    /// `release()`: later operations raise; the bytearray may be resized
    /// again once no other view of it is left.
    pub fn release(&self) {
        self.released.store(true, Ordering::Relaxed);
        self.uncount();
    }

    fn uncount(&self) {
        if self.counted.swap(false, Ordering::Relaxed) {
            if let Some(o) = self.obj.as_obj() {
                remove_export(o.addr());
            }
        }
    }

    /// A new view of the same object with another layout (a slice, a
    /// cast), read-only if this one is or `readonly` says so.
    pub fn derive(&self, layout: ViewLayout, readonly: bool) -> PyResult<MemoryView> {
        self.check()?;
        Ok(MemoryView::new(
            self.obj.clone(),
            layout,
            readonly || self.readonly,
        ))
    }

    /// Runs `f` on the whole buffer of the exporting object.
    pub fn with_buffer<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        self.check()?;
        match (&self.obj, self.obj.kind()) {
            (_, Some(ObjKind::Bytes(b))) => Ok(f(b)),
            (Value::Obj(o), Some(ObjKind::ByteArray(cell))) => Ok(f(&o.get().read(cell))),
            _ => Err(PyErr::type_error(
                "memoryview: the exporting object is gone",
            )),
        }
    }

    /// The items the view sees, unpacked.
    pub fn items(&self) -> PyResult<Vec<Item>> {
        let layout = self.layout()?;
        let size = layout.itemsize();
        self.with_buffer(|buf| {
            (0..layout.len)
                .map(|i| {
                    let at = layout.offset(i);
                    buf.get(at..at + size).map(|b| unpack(layout.format, b))
                })
                .collect::<Option<Vec<Item>>>()
        })?
        .ok_or_else(shrunk)
    }

    /// The bytes the view sees, in order (`tobytes()`).
    pub fn to_bytes(&self) -> PyResult<Vec<u8>> {
        let layout = self.layout()?;
        let size = layout.itemsize();
        self.with_buffer(|buf| {
            if layout.contiguous() {
                let start = layout.start;
                return buf.get(start..start + layout.nbytes()).map(<[u8]>::to_vec);
            }
            let mut out = Vec::with_capacity(layout.nbytes());
            for i in 0..layout.len {
                let at = layout.offset(i);
                out.extend_from_slice(buf.get(at..at + size)?);
            }
            Some(out)
        })?
        .ok_or_else(shrunk)
    }

    /// Writes `data` (`len * itemsize` bytes, item after item) into the
    /// items the view sees.
    pub fn write_items(&self, data: &[u8]) -> PyResult<()> {
        let layout = self.layout()?;
        if self.readonly {
            return Err(PyErr::type_error("cannot modify read-only memory"));
        }
        let (Value::Obj(o), Some(ObjKind::ByteArray(cell))) = (&self.obj, self.obj.kind()) else {
            return Err(PyErr::type_error("cannot modify read-only memory"));
        };
        let mut buf = o
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "bytearray"))?;
        let size = layout.itemsize();
        for (i, chunk) in data.chunks(size).take(layout.len).enumerate() {
            let at = layout.offset(i);
            buf.get_mut(at..at + size)
                .ok_or_else(shrunk)?
                .copy_from_slice(chunk);
        }
        Ok(())
    }
}

/// The error of a view whose buffer no longer holds its items (a
/// bytearray resized by a path that does not check its exports).
fn shrunk() -> PyErr {
    PyErr::new(
        types().index_error,
        "memoryview: the underlying buffer is smaller than the view",
    )
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.uncount();
    }
}

impl NativeObject for MemoryView {
    fn class(&self) -> FrozenRef {
        crate::builtins::memoryview::memoryview_class()
    }

    fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.obj);
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    /// A view's own state is read-only once made (`release()` refuses a
    /// frozen view), and its object is frozen with it: any thread may read
    /// it.
    fn thread_safe(&self) -> bool {
        true
    }
}

/// The memoryview a value is, if it is one.
pub fn as_memoryview(v: &Value) -> Option<&MemoryView> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

/// Whether a value is bytes-like: bytes, a bytearray or a memoryview
/// (what CPython's buffer protocol accepts among taipan's types).
pub fn is_bytes_like(v: &Value) -> bool {
    match v.data_kind() {
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => true,
        _ => as_memoryview(v).is_some(),
    }
}

/// A new memoryview value.
pub fn memoryview_value(view: MemoryView) -> Value {
    Value::obj(ObjKind::Native(Box::new(view)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_round_trip_through_every_format() {
        for format in *b"?cbBhHiIlLqQnNPfd" {
            let size = itemsize(format).expect("a known format");
            let bytes: Vec<u8> = (1..=size as u8).collect();
            let item = unpack(format, &bytes);
            let back = pack(format, item).expect("an unpacked item packs");
            if format == b'?' {
                assert_eq!(back, vec![1]);
            } else {
                assert_eq!(back, bytes, "format {}", format as char);
            }
        }
    }

    #[test]
    fn ints_out_of_range_do_not_pack() {
        assert!(pack(b'B', Item::Int(256)).is_none());
        assert!(pack(b'b', Item::Int(-129)).is_none());
        assert!(pack(b'Q', Item::Int(-1)).is_none());
        assert_eq!(
            pack(b'h', Item::Int(-2)),
            Some((-2i16).to_ne_bytes().to_vec())
        );
    }

    #[test]
    fn layouts_find_their_items() {
        let reversed = ViewLayout {
            start: 6,
            len: 3,
            stride: -2,
            format: b'H',
            prefixed: false,
        };
        assert_eq!(reversed.offset(2), 2);
        assert!(!reversed.contiguous());
        assert_eq!(reversed.nbytes(), 6);
    }
}
