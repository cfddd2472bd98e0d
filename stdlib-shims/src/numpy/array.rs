//! `NdArray`: NumPy's array model — a buffer, a dtype, a shape, signed
//! strides and an offset (both counted in elements) — and the walks over
//! its elements in C order that every operation builds on.

use super::buffer::{Buffer, WriteDenied};
use super::dtype::DType;
use super::element::{Data, Element, Scalar};
use smallvec::SmallVec;
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
    /// The length of each axis.
    pub shape: Dims,
    /// The step between neighbours along each axis, in elements.
    pub strides: Strides,
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
            shape,
            strides,
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

    /// The number of axes.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// The number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// A view of the same elements with another shape, strides and offset.
    pub fn view(&self, shape: Dims, strides: Strides, offset: usize) -> NdArray {
        NdArray {
            buf: self.buf.clone(),
            dtype: self.dtype,
            shape,
            strides,
            offset,
            scalar: false,
            owns: false,
            writeable: self.writeable.clone(),
        }
    }

    /// Whether the elements lie in Fortran order (column-major) without gaps.
    pub fn is_f_contiguous(&self) -> bool {
        let mut expected = 1isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides) {
            if n == 0 {
                return true;
            }
            if n != 1 && s != expected {
                return false;
            }
            expected *= n as isize;
        }
        true
    }

    /// Whether the elements lie in C order without gaps.
    pub fn is_c_contiguous(&self) -> bool {
        let mut expected = 1isize;
        for (&n, &s) in self.shape.iter().zip(&self.strides).rev() {
            if n == 0 {
                return true;
            }
            if n != 1 && s != expected {
                return false;
            }
            expected *= n as isize;
        }
        true
    }

    /// Calls `f` with the buffer offset of every element, in C order.
    ///
    /// This is made for every closure it is given (over a hundred), so it
    /// holds only the loop over one row; `for_each_row` walks the rows.
    pub fn for_each_offset(&self, mut f: impl FnMut(usize)) {
        self.for_each_row(&mut |start, step, len| {
            if step == 1 {
                (start..start + len).for_each(&mut f);
            } else {
                let mut o = start as isize;
                for _ in 0..len {
                    f(o as usize);
                    o += step;
                }
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
        let nd = self.ndim();
        let (inner_len, inner_stride) = (self.shape[nd - 1], self.strides[nd - 1]);
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
                base += self.strides[axis];
                if index[axis] < self.shape[axis] {
                    break;
                }
                base -= self.strides[axis] * self.shape[axis] as isize;
                index[axis] = 0;
            }
        }
    }

    /// The buffer offsets of every element, in C order.
    pub fn offsets(&self) -> Vec<usize> {
        let mut v = Vec::with_capacity(self.size());
        self.for_each_offset(|o| v.push(o));
        v
    }

    /// The elements in C order, cast to `T`'s dtype (a copy).
    pub fn to_vec<T: Element>(&self) -> Vec<T> {
        let data = self.buf.read();
        let mut out = Vec::with_capacity(self.size());
        if self.size() == 0 {
            return out;
        }
        if let Some(src) = T::slice(&data) {
            if self.is_c_contiguous() {
                out.extend_from_slice(&src[self.offset..self.offset + self.size()]);
            } else {
                self.for_each_offset(|o| out.push(src[o]));
            }
            return out;
        }
        crate::with_data!(&*data, src: _S => {
            if self.is_c_contiguous() {
                let n = self.size();
                out.extend(src[self.offset..self.offset + n].iter().map(|x| T::from_scalar(x.to_scalar())));
            } else {
                self.for_each_offset(|o| out.push(T::from_scalar(src[o].to_scalar())));
            }
        });
        out
    }

    /// The elements in C order as `dtype` (a copy).
    pub fn to_data(&self, dtype: DType) -> Data {
        crate::with_dtype!(dtype, T => T::wrap(self.to_vec::<T>()))
    }

    /// A C-contiguous copy with its own buffer, cast to `dtype`.
    pub fn copy_as(&self, dtype: DType) -> NdArray {
        NdArray::new(self.to_data(dtype), self.shape.clone())
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
        let mut o = self.offset as isize;
        for (&i, &s) in index.iter().zip(&self.strides) {
            o += i as isize * s;
        }
        o as usize
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
        // An unfrozen buffer belongs to one thread: the other gets a copy.
        let mut copy = self.copy_as(self.dtype);
        copy.scalar = self.scalar;
        Some(Box::new(copy))
    }
}
