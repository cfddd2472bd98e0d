//! `NdArray`: NumPy's array model — a buffer, a dtype, a shape, signed
//! strides and an offset (both counted in elements) — and the walks over
//! its elements in C order that every operation builds on.
//!
//! The shape and strides can change after the array is made
//! (`a.shape = (2, 2)`), so they live in a [`Layout`] cell that hands out
//! copies, never references, and that only a thread-local array lets
//! change (see [`NdArray::set_shape_in_place`]).

use super::alloc::{check_offsets_room, check_room};
use super::buffer::{Buffer, WriteDenied};
use super::dtype::DType;
use super::element::{Data, Element, Scalar};
use smallvec::SmallVec;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::{ObjKind, WriteError};
use taipan_vm::objects::native::NativeObject;
use taipan_vm::value::FrozenRef;
use taipan_vm::Value;

/// A shape: the length of each axis.
pub type Dims = SmallVec<[usize; 4]>;
/// Strides in elements, one per axis (negative for reversed views).
pub type Strides = SmallVec<[isize; 4]>;

/// An n-dimensional array, or (when `scalar` is set) a NumPy scalar such
/// as `np.float32(1.5)`, which is a 0-d array with a type of its own.
#[derive(Clone)]
pub struct NdArray {
    /// The elements, shared with every view of them.
    pub buf: Arc<Buffer>,
    /// The element type (always the buffer's).
    pub dtype: DType,
    /// The length of each axis and the step between neighbours along it,
    /// in elements (read with `shape()`, `strides()`, `dim()`, `stride()`).
    layout: Layout,
    /// Where element `[0, 0, …]` sits in the buffer.
    pub offset: usize,
    /// A NumPy scalar rather than an array.
    pub scalar: bool,
    /// Whether this array made its buffer (NumPy's `OWNDATA`) rather than
    /// being a view of another array's.
    pub owns: bool,
    /// NumPy's `WRITEABLE` flag: false for views NumPy makes read-only
    /// (`broadcast_to`) and after `a.flags.writeable = False`.
    pub writeable: WriteFlag,
}

/// An array's `WRITEABLE` flag. It can change after the array is made
/// (`a.flags.writeable = False`), so it is an atomic: arrays are read from
/// every thread once frozen (a frozen array refuses the change itself).
#[derive(Debug)]
pub struct WriteFlag(AtomicBool);

impl WriteFlag {
    /// A flag set to `on`.
    pub fn new(on: bool) -> WriteFlag {
        WriteFlag(AtomicBool::new(on))
    }

    /// Whether the array may be written.
    pub fn get(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// Sets the flag.
    pub fn set(&self, on: bool) {
        self.0.store(on, Ordering::Relaxed);
    }
}

impl Clone for WriteFlag {
    fn clone(&self) -> WriteFlag {
        WriteFlag::new(self.get())
    }
}

/// An array's shape and strides, in a cell: `a.shape = …` changes them
/// after the array is made, through a shared reference.
///
/// The cell never lends a reference to what it holds: every read copies
/// out (a shape of up to four axes is copied without allocating), so a
/// change cannot happen under a borrow, even when a read and a change are
/// on the same thread with Python code run between them (an `__index__`
/// that sets the shape). A change goes through `&mut self` or through
/// [`Layout::replace`], whose caller promises that no other thread can
/// reach the cell.
pub struct Layout {
    cell: UnsafeCell<(Dims, Strides)>,
}

// SAFETY: shared access only reads (each method copies out and drops its
// reference before returning). The one write through a shared reference,
// `replace`, is `unsafe`, and its caller guarantees the cell belongs to one
// thread, so it never overlaps a read on another thread. An array read by
// many threads is frozen, and frozen arrays never call `replace` (see
// `NdArray::set_shape_in_place`).
unsafe impl Sync for Layout {}

impl Layout {
    /// A layout of `shape` and `strides` (one stride per axis).
    pub fn new(shape: Dims, strides: Strides) -> Layout {
        debug_assert_eq!(shape.len(), strides.len());
        Layout {
            cell: UnsafeCell::new((shape, strides)),
        }
    }

    /// Runs `f` on the contents. `f` must not reach `self` again, which
    /// holds for the private closures below (they only copy).
    #[inline]
    fn peek<R>(&self, f: impl FnOnce(&Dims, &Strides) -> R) -> R {
        // SAFETY: writes through a shared reference happen only in
        // `replace`, on the one thread that owns an unfrozen cell and never
        // while this short-lived borrow exists (the closures given here run
        // no Python code), so the contents are not written while read.
        let (shape, strides) = unsafe { &*self.cell.get() };
        f(shape, strides)
    }

    /// The length of each axis (a copy: `from_slice` copies the bytes at
    /// once, where `clone` would go item by item).
    #[inline]
    pub fn shape(&self) -> Dims {
        self.peek(|shape, _| Dims::from_slice(shape))
    }

    /// The stride of each axis in elements (a copy).
    #[inline]
    pub fn strides(&self) -> Strides {
        self.peek(|_, strides| Strides::from_slice(strides))
    }

    /// The number of axes.
    #[inline]
    pub fn ndim(&self) -> usize {
        self.peek(|shape, _| shape.len())
    }

    /// The length of `axis` (which must exist).
    #[inline]
    pub fn dim(&self, axis: usize) -> usize {
        self.peek(|shape, _| shape[axis])
    }

    /// The stride of `axis` (which must exist).
    #[inline]
    pub fn stride(&self, axis: usize) -> isize {
        self.peek(|_, strides| strides[axis])
    }

    /// The number of elements.
    #[inline]
    pub fn size(&self) -> usize {
        self.peek(|shape, _| shape.iter().product())
    }

    /// Sets the shape and strides through a unique reference.
    pub fn set(&mut self, shape: Dims, strides: Strides) {
        debug_assert_eq!(shape.len(), strides.len());
        *self.cell.get_mut() = (shape, strides);
    }

    /// Sets the shape and strides through a shared reference.
    ///
    /// # Safety
    ///
    /// No other thread may be able to reach this cell: it belongs to an
    /// array that is neither frozen nor shared in any other way.
    unsafe fn replace(&self, shape: Dims, strides: Strides) {
        debug_assert_eq!(shape.len(), strides.len());
        // SAFETY: the caller guarantees that no other thread reaches the
        // cell, and no reference into it is alive on this thread (the
        // cell lends none beyond `peek`, which is not running: this thread
        // is here).
        unsafe { *self.cell.get() = (shape, strides) };
    }
}

impl Clone for Layout {
    fn clone(&self) -> Layout {
        self.peek(|shape, strides| {
            Layout::new(Dims::from_slice(shape), Strides::from_slice(strides))
        })
    }
}

/// The C-order (row-major) strides of a shape.
pub fn c_strides(shape: &[usize]) -> Strides {
    let mut strides: Strides = SmallVec::from_elem(1, shape.len());
    let mut step = 1isize;
    for (i, &n) in shape.iter().enumerate().rev() {
        strides[i] = step;
        step *= n.max(1) as isize;
    }
    strides
}

impl NdArray {
    /// A C-contiguous array of `data` with `shape`.
    pub fn new(data: Data, shape: Dims) -> NdArray {
        let dtype = data.dtype();
        let strides = c_strides(&shape);
        NdArray {
            buf: Buffer::new(data),
            dtype,
            layout: Layout::new(shape, strides),
            offset: 0,
            scalar: false,
            owns: true,
            writeable: WriteFlag::new(true),
        }
    }

    /// A 1-d array.
    pub fn from_vec<T: Element>(v: Vec<T>) -> NdArray {
        let n = v.len();
        NdArray::new(T::wrap(v), SmallVec::from_slice(&[n]))
    }

    /// A NumPy scalar of `dtype` holding `value` (cast).
    pub fn new_scalar(value: Scalar, dtype: DType) -> NdArray {
        let mut a = NdArray::new(Data::filled(dtype, 1, value), SmallVec::new());
        a.scalar = true;
        a
    }

    /// The length of each axis (a copy: the shape can change later, see
    /// [`Layout`]).
    #[inline]
    pub fn shape(&self) -> Dims {
        self.layout.shape()
    }

    /// The stride of each axis in elements (a copy, like `shape`).
    #[inline]
    pub fn strides(&self) -> Strides {
        self.layout.strides()
    }

    /// The length of `axis` (which must exist).
    #[inline]
    pub fn dim(&self, axis: usize) -> usize {
        self.layout.dim(axis)
    }

    /// The stride of `axis` in elements (which must exist).
    #[inline]
    pub fn stride(&self, axis: usize) -> isize {
        self.layout.stride(axis)
    }

    /// The number of axes.
    #[inline]
    pub fn ndim(&self) -> usize {
        self.layout.ndim()
    }

    /// The number of elements.
    #[inline]
    pub fn size(&self) -> usize {
        self.layout.size()
    }

    /// Gives this (not yet shared) array another shape and strides.
    pub fn set_layout(&mut self, shape: Dims, strides: Strides) {
        self.layout.set(shape, strides);
    }

    /// `a.shape = …`: gives the array behind `target` (which must be
    /// `self`) another shape and strides in place, as NumPy's shape setter
    /// does. Refused, with the concurrency contract's error, when the
    /// array is frozen (shared with worker threads, which read its shape
    /// without locks) or is a read-only copy of a worker's argument.
    pub fn set_shape_in_place(
        &self,
        target: &Value,
        shape: Dims,
        strides: Strides,
    ) -> PyResult<()> {
        let Some(obj) = target.as_obj() else {
            return Err(PyErr::type_error("shape of a non-array"));
        };
        if !NdArray::of(target).is_some_and(|a| std::ptr::eq(a, self)) {
            return Err(PyErr::type_error("shape of a non-array"));
        }
        if let Some(refusal) = obj.get().write_refusal() {
            return Err(PyErr::from_write(refusal, "array"));
        }
        if shape.len() != strides.len() {
            return Err(PyErr::value_error("strides must be same length as shape"));
        }
        // SAFETY: `self` is the payload of `obj`, a mutable object of this
        // thread's heap (neither frozen nor a worker's read-only copy, just
        // checked): `ObjRef` is `!Send`, so no other thread reaches it, and
        // arrays carried to other threads are copies with layouts of their
        // own (`share_handle`).
        unsafe { self.layout.replace(shape, strides) };
        Ok(())
    }

    /// A view of the same elements with another shape, strides and offset.
    pub fn view(&self, shape: Dims, strides: Strides, offset: usize) -> NdArray {
        NdArray {
            buf: self.buf.clone(),
            dtype: self.dtype,
            layout: Layout::new(shape, strides),
            offset,
            scalar: false,
            owns: false,
            writeable: self.writeable.clone(),
        }
    }

    /// Whether the elements lie in Fortran order (column-major) without gaps.
    pub fn is_f_contiguous(&self) -> bool {
        self.layout.peek(|shape, strides| {
            // An array without elements is contiguous whatever its strides.
            if shape.contains(&0) {
                return true;
            }
            let mut expected = 1isize;
            for (&n, &s) in shape.iter().zip(strides) {
                if n != 1 && s != expected {
                    return false;
                }
                expected *= n as isize;
            }
            true
        })
    }

    /// Whether the elements lie in C order without gaps.
    pub fn is_c_contiguous(&self) -> bool {
        self.layout.peek(|shape, strides| {
            // An array without elements is contiguous whatever its strides.
            if shape.contains(&0) {
                return true;
            }
            let mut expected = 1isize;
            for (&n, &s) in shape.iter().zip(strides).rev() {
                if n != 1 && s != expected {
                    return false;
                }
                expected *= n as isize;
            }
            true
        })
    }

    /// Calls `f` with the buffer offset of every element, in C order.
    ///
    /// This is made for every closure it is given (over a hundred), so it
    /// holds only one loop over one row, whatever its step;
    /// `for_each_row` walks the rows.
    pub fn for_each_offset(&self, mut f: impl FnMut(usize)) {
        self.for_each_row(&mut |start, step, len| {
            let mut o = start as isize;
            for _ in 0..len {
                f(o as usize);
                o += step;
            }
        });
    }

    /// Calls `row(start, step, len)` for every innermost row in C order:
    /// the row's elements sit at offsets `start`, `start + step`, … (`len`
    /// of them). A C-contiguous array is a single row.
    pub fn for_each_row(&self, row: &mut dyn FnMut(usize, isize, usize)) {
        let n = self.size();
        if n == 0 {
            return;
        }
        if self.is_c_contiguous() {
            row(self.offset, 1, n);
            return;
        }
        let (shape, strides) = (self.shape(), self.strides());
        let nd = shape.len();
        let (inner_len, inner_stride) = (shape[nd - 1], strides[nd - 1]);
        let mut index: Dims = SmallVec::from_elem(0, nd - 1);
        let mut base = self.offset as isize;
        loop {
            row(base as usize, inner_stride, inner_len);
            // Advance the outer index like an odometer.
            let mut axis = nd - 1;
            loop {
                if axis == 0 {
                    return;
                }
                axis -= 1;
                index[axis] += 1;
                base += strides[axis];
                if index[axis] < shape[axis] {
                    break;
                }
                base -= strides[axis] * shape[axis] as isize;
                index[axis] = 0;
            }
        }
    }

    /// Room for a copy of the elements as `dtype`: NumPy's `MemoryError`
    /// (or `ValueError`) when this array, a view perhaps, stands for more
    /// elements than memory or the heap budget holds (see
    /// [`check_room`]). Gives the number of elements.
    #[inline]
    pub fn room_for_copy(&self, dtype: DType) -> PyResult<usize> {
        self.layout.peek(|shape, _| check_room(shape, dtype))
    }

    /// The buffer offsets of every element, in C order (checked with
    /// [`check_offsets_room`]).
    pub fn offsets(&self) -> PyResult<Vec<usize>> {
        let mut v = Vec::with_capacity(self.layout.peek(|shape, _| check_offsets_room(shape))?);
        self.for_each_offset(|o| v.push(o));
        Ok(v)
    }

    /// The elements in C order, cast to `T`'s dtype (a copy, checked with
    /// [`NdArray::room_for_copy`]).
    pub fn to_vec<T: Element>(&self) -> PyResult<Vec<T>> {
        self.room_for_copy(T::DTYPE)?;
        Ok(self.collect())
    }

    /// The elements in C order as `dtype` (a copy, checked with
    /// [`NdArray::room_for_copy`]).
    pub fn to_data(&self, dtype: DType) -> PyResult<Data> {
        self.room_for_copy(dtype)?;
        Ok(self.collect_data(dtype))
    }

    /// A C-contiguous copy with its own buffer, cast to `dtype` (checked
    /// with [`NdArray::room_for_copy`]).
    pub fn copy_as(&self, dtype: DType) -> PyResult<NdArray> {
        Ok(NdArray::new(self.to_data(dtype)?, self.shape()))
    }

    /// The elements in C order as `dtype`, without asking for room: only
    /// for copies known to fit (see `to_data`).
    fn collect_data(&self, dtype: DType) -> Data {
        crate::with_dtype!(dtype, T => T::wrap(self.collect::<T>()))
    }

    /// The elements in C order, cast to `T`, without asking for room: only
    /// for copies known to fit (see `to_vec`).
    fn collect<T: Element>(&self) -> Vec<T> {
        let data = self.buf.read();
        let mut out = Vec::with_capacity(self.size());
        if self.size() == 0 {
            return out;
        }
        if let Some(src) = T::slice(&data) {
            if self.is_c_contiguous() {
                out.extend_from_slice(&src[self.offset..self.offset + self.size()]);
            } else {
                // A row at a time: an extend of known length, with no
                // capacity check per element.
                self.for_each_row(&mut |start, step, len| {
                    let at = |k: usize| src[(start as isize + k as isize * step) as usize];
                    out.extend((0..len).map(at));
                });
            }
            return out;
        }
        macro_rules! cast_from {
            ($src:expr) => {{
                let src = $src;
                if self.is_c_contiguous() {
                    let n = self.size();
                    out.extend(
                        src[self.offset..self.offset + n]
                            .iter()
                            .map(|x| T::from_scalar(x.to_scalar())),
                    );
                } else {
                    self.for_each_offset(|o| out.push(T::from_scalar(src[o].to_scalar())));
                }
            }};
        }
        // A typed loop for each source common in preprocessing (pixels,
        // indices, features, masks); the rarer ones read each element
        // through `Data::get`, which saves a dozen loops per source dtype.
        match &*data {
            Data::Bool(src) => cast_from!(src),
            Data::U8(src) => cast_from!(src),
            Data::I32(src) => cast_from!(src),
            Data::I64(src) => cast_from!(src),
            Data::F32(src) => cast_from!(src),
            Data::F64(src) => cast_from!(src),
            rare => self.for_each_offset(|o| out.push(T::from_scalar(rare.get(o)))),
        }
        out
    }

    /// A copy with a buffer of its own for another thread, never bigger
    /// than the buffer it reads: the elements in C order when they fit in
    /// that buffer, else (a view that stands for more elements than its
    /// buffer holds, such as `broadcast_to`'s) a copy of the buffer under
    /// the same layout and flags.
    pub fn detached(&self) -> NdArray {
        let held = self.buf.read().len();
        if self.size() <= held {
            let mut copy = NdArray::new(self.collect_data(self.dtype), self.shape());
            copy.scalar = self.scalar;
            return copy;
        }
        let data = self.buf.read().clone();
        let copy = NdArray {
            buf: Buffer::new(data),
            ..self.clone()
        };
        copy.buf.set_owner_writeable(self.buf.owner_writeable());
        copy
    }

    /// The first element, widened (a 0-d array's value).
    pub fn first(&self) -> Scalar {
        self.buf.read().get(self.offset)
    }

    /// The element at a buffer offset, widened.
    pub fn get(&self, offset: usize) -> Scalar {
        self.buf.read().get(offset)
    }

    /// The buffer offset of the element at a full index (already checked).
    pub fn offset_of(&self, index: &[usize]) -> usize {
        self.layout.peek(|_, strides| {
            let mut o = self.offset as isize;
            for (&i, &s) in index.iter().zip(strides) {
                o += i as isize * s;
            }
            o as usize
        })
    }

    /// Writes `f`'s changes into the buffer, unless it may not be written.
    /// `target` is the Python object the write went through (for the
    /// frozen error's message).
    pub fn write<R>(&self, target: &Value, f: impl FnOnce(&mut Data) -> R) -> PyResult<R> {
        if !self.writeable.get() {
            return Err(PyErr::value_error("assignment destination is read-only"));
        }
        if let Some(o) = target.as_obj() {
            if let Some(refusal) = o.get().write_refusal() {
                return Err(PyErr::from_write(refusal, "array"));
            }
        }
        self.buf.write(f).map_err(|e| match e {
            WriteDenied::Frozen => PyErr::from_write(
                WriteError::Frozen(target.as_obj().map_or(0, |o| o.addr())),
                "array",
            ),
            WriteDenied::Busy => PyErr::runtime_error("array is busy in another operation"),
        })
    }

    /// The array as a Python value. NumPy's bool scalars are the two
    /// singletons `np.True_` and `np.False_`.
    pub fn into_value(self) -> Value {
        if self.scalar && self.dtype == DType::Bool {
            return bool_scalar(self.first().as_bool());
        }
        Value::obj(ObjKind::Native(Box::new(self)))
    }

    /// The array inside a Python value, if it holds one.
    pub fn of(v: &Value) -> Option<&NdArray> {
        match v.kind() {
            Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<NdArray>(),
            _ => None,
        }
    }
}

/// `np.True_` or `np.False_`: frozen, shared by every thread.
pub fn bool_scalar(b: bool) -> Value {
    static SINGLETONS: std::sync::OnceLock<[FrozenRef; 2]> = std::sync::OnceLock::new();
    let pair = SINGLETONS.get_or_init(|| {
        [false, true].map(|b| {
            let a = NdArray::new_scalar(Scalar::Bool(b), DType::Bool);
            a.buf.freeze();
            taipan_vm::value::ObjRef::new_frozen(ObjKind::Native(Box::new(a)))
        })
    });
    pair[b as usize].value()
}

impl NativeObject for NdArray {
    fn class(&self) -> FrozenRef {
        if self.scalar {
            super::classes::scalar_class(self.dtype)
        } else {
            super::classes::ndarray_class()
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn on_freeze(&self) {
        self.buf.freeze();
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        if self.buf.is_frozen() {
            // Zero-copy: nobody writes a frozen buffer again.
            return Some(Box::new(self.clone()));
        }
        // An unfrozen buffer belongs to one thread: the other gets a copy,
        // no bigger than memory already held (this cannot fail).
        Some(Box::new(self.detached()))
    }
}
