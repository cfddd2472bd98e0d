//! Linear algebra: the products (`matmul` / `@` with stacks of matrices,
//! `dot`, `inner`, `outer`, `vdot`) and `numpy.linalg` (`norm`, `inv`,
//! `det`, `solve`), computed in f64 with an LU factorisation with partial
//! pivoting where NumPy calls LAPACK.

use super::alloc::check_room;
use super::arith::Arith;
use super::array::{Dims, NdArray};
use super::broadcast::broadcast_to;
use super::convert::{as_array, as_array_keep_scalar, Operand};
use super::dtype::{self, DType};
use super::element::{Data, Element};
use super::errors::normalize_axis;
use super::ops::{self, Op};
use super::shape;
use smallvec::SmallVec;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{arg_str, parse_args};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::exception_class;
use taipan_vm::runtime::Poll;
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

// ---------------------------------------------------------------------------
// Products.
// ---------------------------------------------------------------------------

/// `acc + a * b` in an element type (bool: `acc | (a & b)`).
trait MulAdd: Element {
    fn mul_add(self, a: Self, b: Self) -> Self;
}

impl<T: Arith> MulAdd for T {
    #[inline]
    fn mul_add(self, a: Self, b: Self) -> Self {
        self.add(a.mul(b))
    }
}

impl MulAdd for bool {
    #[inline]
    fn mul_add(self, a: Self, b: Self) -> Self {
        self | (a & b)
    }
}

/// About this many multiply-adds (a few milliseconds) run between two
/// polls for interrupts in a matrix product.
const MACS_PER_POLL: usize = 1 << 24;

/// How many rows of a product with `k`×`m` multiply-adds per row make one
/// block between polls.
fn rows_per_poll(k: usize, m: usize) -> usize {
    (MACS_PER_POLL / k.saturating_mul(m).max(1)).max(1)
}

/// `out = x @ y` for an n×k and a k×m matrix in C order, accumulating in
/// `T` in k order, calling `poll` between blocks of rows.
fn mat_into<T: MulAdd>(
    x: &[T],
    y: &[T],
    out: &mut [T],
    [k, m]: [usize; 2],
    poll: Poll<'_>,
) -> PyResult<()> {
    let block = rows_per_poll(k, m);
    let rows = out.chunks_mut(m.max(1)).zip(x.chunks(k.max(1)));
    for (i, (row, xrow)) in rows.enumerate() {
        if i % block == block - 1 {
            poll()?;
        }
        for (p, &s) in xrow.iter().enumerate().take(k) {
            for (o, &v) in row.iter_mut().zip(&y[p * m..(p + 1) * m]) {
                *o = o.mul_add(s, v);
            }
        }
    }
    Ok(())
}

/// The products of `count` matrix pairs: `a` holds n×k matrices and `b`
/// k×m ones, both already broadcast to the same stack (the count×n×m
/// result known to fit).
fn stacked_product(
    a: &NdArray,
    b: &NdArray,
    dt: DType,
    count: usize,
    nkm: [usize; 3],
    poll: Poll<'_>,
) -> PyResult<Data> {
    let [n, k, m] = nkm;
    match dt {
        DType::Float32 => return Ok(Data::F32(gemm_stack::<f32>(a, b, count, nkm, poll)?)),
        DType::Float64 => return Ok(Data::F64(gemm_stack::<f64>(a, b, count, nkm, poll)?)),
        _ => {}
    }
    Ok(crate::with_dtype!(dt, T => {
        let (x, y) = (a.to_vec::<T>()?, b.to_vec::<T>()?);
        let mut out = vec![T::default(); count * n * m];
        for i in 0..count {
            let o = &mut out[i * n * m..(i + 1) * n * m];
            let (xs, ys) = (&x[i * n * k..(i + 1) * n * k], &y[i * k * m..(i + 1) * k * m]);
            mat_into(xs, ys, o, [k, m], poll)?;
        }
        T::wrap(out)
    }))
}

/// Float products of a stack of matrices with the gemm crate, on the
/// calling thread (`Parallelism::None`: never a thread pool), in blocks of
/// rows with a call of `poll` between them.
fn gemm_stack<T: Element + num_traits::Zero + num_traits::One>(
    a: &NdArray,
    b: &NdArray,
    count: usize,
    nkm: [usize; 3],
    poll: Poll<'_>,
) -> PyResult<Vec<T>> {
    let [n, k, m] = nkm;
    let (x, y) = (a.to_vec::<T>()?, b.to_vec::<T>()?);
    let mut out = vec![T::zero(); count * n * m];
    if n == 0 || m == 0 || k == 0 {
        return Ok(out);
    }
    let block = rows_per_poll(k, m);
    for i in 0..count {
        let ys = &y[i * k * m..(i + 1) * k * m];
        let matrix_out = &mut out[i * n * m..(i + 1) * n * m];
        let matrix_in = &x[i * n * k..(i + 1) * n * k];
        for (o, xs) in matrix_out
            .chunks_mut(block * m)
            .zip(matrix_in.chunks(block * k))
        {
            poll()?;
            let rows = o.len() / m;
            gemm_block(o, xs, ys, [rows, k, m]);
        }
    }
    Ok(out)
}

/// `o = xs @ ys` for C-contiguous `rows`×k and k×m matrices with the gemm
/// crate (`o` is rows×m).
fn gemm_block<T: Element + num_traits::Zero + num_traits::One>(
    o: &mut [T],
    xs: &[T],
    ys: &[T],
    [n, k, m]: [usize; 3],
) {
    assert!(o.len() == n * m && xs.len() == n * k && ys.len() == k * m);
    // SAFETY: `o` is n×m, `xs` n×k and `ys` k×m (asserted above), all
    // C-contiguous, so every (row, column) that gemm touches through the
    // given row/column strides lies inside them; `o` does not alias `xs` or
    // `ys` (separate vectors), and read_dst = false means `o`'s old contents
    // are not read.
    unsafe {
        gemm::gemm(
            n,
            m,
            k,
            o.as_mut_ptr(),
            1,
            m as isize,
            false,
            xs.as_ptr(),
            1,
            k as isize,
            ys.as_ptr(),
            1,
            m as isize,
            T::zero(),
            T::one(),
            false,
            false,
            false,
            gemm::Parallelism::None,
        );
    }
}

/// A shape as NumPy's gufunc messages write it: `(2,3,4)`.
fn tight_shape(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// The stack (batch) shape two stacks of matrices broadcast to.
fn batch_shape(a: &[usize], b: &[usize], core: (usize, usize)) -> PyResult<Dims> {
    let (ba, bb) = (&a[..a.len() - 2], &b[..b.len() - 2]);
    super::broadcast::broadcast_shapes(ba, bb).map_err(|_| {
        let remap = |full: &[usize], batch: &[usize]| {
            let dims: Vec<String> = batch.iter().map(|n| n.to_string()).collect();
            format!(
                "{}->({},newaxis,newaxis)",
                tight_shape(full),
                dims.join(",")
            )
        };
        PyErr::value_error(format!(
            "operands could not be broadcast together with remapped shapes \
             [original->remapped]: {} {}  and requested shape ({},{})",
            remap(a, ba),
            remap(b, bb),
            core.0,
            core.1
        ))
    })
}

fn operand_dims_error(which: usize) -> PyErr {
    PyErr::value_error(format!(
        "matmul: Input operand {which} does not have enough dimensions (has 0, gufunc core with \
         signature (n?,k),(k,m?)->(n?,m?) requires 1)"
    ))
}

/// `a @ b`: 1-d operands are lifted to matrices (and the axis dropped
/// after), stacks of matrices broadcast over their leading axes.
pub fn matmul(a: &NdArray, b: &NdArray, poll: Poll<'_>) -> PyResult<NdArray> {
    if a.ndim() == 0 {
        return Err(operand_dims_error(0));
    }
    if b.ndim() == 0 {
        return Err(operand_dims_error(1));
    }
    let dt = dtype::promote(a.dtype, b.dtype);
    let a2 = if a.ndim() == 1 {
        shape::expand_dims(a, &[0])?
    } else {
        a.clone()
    };
    let b2 = if b.ndim() == 1 {
        shape::expand_dims(b, &[1])?
    } else {
        b.clone()
    };
    let (n, k) = (a2.dim(a2.ndim() - 2), a2.dim(a2.ndim() - 1));
    let (k2, m) = (b2.dim(b2.ndim() - 2), b2.dim(b2.ndim() - 1));
    if k != k2 {
        return Err(PyErr::value_error(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc \
             signature (n?,k),(k,m?)->(n?,m?) (size {k2} is different from {k})"
        )));
    }
    let batch = batch_shape(&a2.shape(), &b2.shape(), (n, m))?;
    let full = |core: [usize; 2]| -> Dims { batch.iter().copied().chain(core).collect() };
    let a3 = broadcast_to(&a2, &full([n, k]))?;
    let b3 = broadcast_to(&b2, &full([k, m]))?;
    let count = batch.iter().product();
    check_room(&full([n, m]), dt)?;
    let data = stacked_product(&a3, &b3, dt, count, [n, k, m], poll)?;
    let mut out_shape = batch.clone();
    if a.ndim() != 1 {
        out_shape.push(n);
    }
    if b.ndim() != 1 {
        out_shape.push(m);
    }
    let mut r = NdArray::new(data, out_shape);
    r.scalar = r.ndim() == 0;
    Ok(r)
}

fn multiply(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    ops::binary(
        Op::Mul,
        Operand::Array(a.clone()),
        Operand::Array(b.clone()),
    )
}

fn not_aligned(a: &NdArray, b: &NdArray, ka: usize, kb: (usize, usize)) -> PyErr {
    PyErr::value_error(format!(
        "shapes {} and {} not aligned: {ka} (dim {}) != {} (dim {})",
        tight_shape(&a.shape()),
        tight_shape(&b.shape()),
        a.ndim() - 1,
        kb.0,
        kb.1
    ))
}

/// `a` as a matrix: its last axis the columns, the others the rows.
fn rows_by_last(a: &NdArray) -> PyResult<NdArray> {
    let nd = a.ndim();
    let rows: usize = a.shape()[..nd - 1].iter().product();
    shape::reshape(a, &[rows as i64, a.dim(nd - 1) as i64])
}

/// The product of `a` (rows by its last axis) and `b2` (a matrix), shaped
/// `a.shape[:-1] + rest`.
fn product_shaped(a: &NdArray, b2: &NdArray, rest: &[usize], poll: Poll<'_>) -> PyResult<NdArray> {
    let r = matmul(&rows_by_last(a)?, b2, poll)?;
    let spec: Vec<i64> = a.shape()[..a.ndim() - 1]
        .iter()
        .chain(rest)
        .map(|&n| n as i64)
        .collect();
    let mut out = shape::reshape(&r, &spec)?;
    out.scalar = out.ndim() == 0;
    Ok(out)
}

/// `np.dot(a, b)`: scalars multiply, 1-d·1-d is the inner product, 2-d is
/// the matrix product, otherwise a sum over the last axis of `a` and the
/// second-to-last of `b`.
pub fn dot(a: &NdArray, b: &NdArray, poll: Poll<'_>) -> PyResult<NdArray> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return multiply(a, b);
    }
    let ka = a.dim(a.ndim() - 1);
    let kb_axis = b.ndim().saturating_sub(2);
    let kb = b.dim(kb_axis);
    if ka != kb {
        return Err(not_aligned(a, b, ka, (kb, kb_axis)));
    }
    if a.ndim() <= 2 && b.ndim() <= 2 {
        return matmul(a, b, poll);
    }
    let mut order: Vec<i64> = vec![kb_axis as i64];
    order.extend((0..b.ndim() as i64).filter(|&i| i != kb_axis as i64));
    let moved = shape::transpose(b, Some(&order))?;
    let rest: Vec<usize> = moved.shape()[1..].to_vec();
    let b2 = shape::reshape(&moved, &[kb as i64, rest.iter().product::<usize>() as i64])?;
    product_shaped(a, &b2, &rest, poll)
}

/// `np.inner(a, b)`: sums over the last axes of both.
fn inner(a: &NdArray, b: &NdArray, poll: Poll<'_>) -> PyResult<NdArray> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return multiply(a, b);
    }
    let (ka, kb) = (a.dim(a.ndim() - 1), b.dim(b.ndim() - 1));
    if ka != kb {
        return Err(not_aligned(a, b, ka, (kb, b.ndim() - 1)));
    }
    let b2 = shape::transpose(&rows_by_last(b)?, None)?;
    product_shaped(a, &b2, &b.shape()[..b.ndim() - 1], poll)
}

/// The arrays `a` and `b`, and the `out` argument if the function takes
/// one (`None` if not given).
fn two_arrays(
    vm: &mut Vm,
    name: &str,
    args: Args<'_>,
    takes_out: bool,
) -> PyResult<(NdArray, NdArray, Value)> {
    let names: &[&str] = if takes_out {
        &["a", "b", "out"]
    } else {
        &["a", "b"]
    };
    let slots = parse_args(name, args, names, 2)?;
    let slot = |i: usize| slots.get(i).cloned().flatten().unwrap_or(Value::None);
    let a = as_array_keep_scalar(vm, &slot(0))?;
    let b = as_array_keep_scalar(vm, &slot(1))?;
    Ok((a, b, slot(2)))
}

/// `np.dot(a, b, out)` and `a.dot(b, out)`. NumPy takes as `out` only an
/// array of the result's dtype and shape, C-contiguous.
pub fn dot_into(vm: &mut Vm, a: &NdArray, b: &NdArray, out: &Value) -> PyResult<Value> {
    let r = dot(a, b, &|| vm.check_interrupt())?;
    if out.is_none() {
        return Ok(r.into_value());
    }
    let Some(dst) = NdArray::of(out).filter(|d| !d.scalar) else {
        return Err(PyErr::type_error("'out' must be an array"));
    };
    if dst.dtype != r.dtype || dst.ndim() != r.ndim() || !dst.is_c_contiguous() {
        return Err(PyErr::value_error(
            "output array is not acceptable (must have the right datatype, number of \
             dimensions, and be a C-Array)",
        ));
    }
    if dst.shape() != r.shape() {
        return Err(PyErr::value_error("output array has wrong dimensions"));
    }
    ops::assign(out, dst, &r)?;
    // NumPy gives a 0-d result as a scalar even then.
    Ok(if r.ndim() == 0 {
        r.into_value()
    } else {
        out.clone()
    })
}

fn dot_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, out) = two_arrays(vm, "dot", args, true)?;
    dot_into(vm, &a, &b, &out)
}

fn matmul_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, out) = two_arrays(vm, "matmul", args, true)?;
    let r = matmul(&a, &b, &|| vm.check_interrupt())?;
    super::ufunc::result_or_out(vm, "matmul", r, Some(&out))
}

fn inner_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, _) = two_arrays(vm, "inner", args, false)?;
    inner(&a, &b, &|| vm.check_interrupt()).map(NdArray::into_value)
}

/// `np.outer(a, b, out)`: `a.ravel()[:, None] * b.ravel()[None, :]`.
fn outer_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, out) = two_arrays(vm, "outer", args, true)?;
    let col = shape::reshape(&a, &[-1, 1])?;
    let row = shape::reshape(&b, &[1, -1])?;
    super::ufunc::result_or_out(vm, "multiply", multiply(&col, &row)?, Some(&out))
}

/// `np.vdot(a, b)`: the dot product of the flattened arrays.
fn vdot_fn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b, _) = two_arrays(vm, "vdot", args, false)?;
    let x = shape::ravel(&a)?;
    let y = shape::reshape(&b, &[a.size() as i64])?;
    dot(&x, &y, &|| vm.check_interrupt()).map(NdArray::into_value)
}

// ---------------------------------------------------------------------------
// numpy.linalg: errors and inputs.
// ---------------------------------------------------------------------------

/// `numpy.linalg.LinAlgError` (a ValueError, as in NumPy).
pub fn lin_alg_error_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| exception_class("LinAlgError", "numpy.linalg", types().value_error))
}

fn lin_alg_error(msg: impl Into<Box<str>>) -> PyErr {
    PyErr::new(lin_alg_error_class(), msg)
}

fn singular() -> PyErr {
    lin_alg_error("Singular matrix")
}

/// `numpy.linalg`'s module `__getattr__`: gives `LinAlgError`, and the
/// functions written in Python (`numpy._extras`).
fn linalg_getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = arg_str(vm, "__getattr__", args.pos.first().unwrap_or(&Value::None))?;
    if name == "LinAlgError" {
        return Ok(lin_alg_error_class().value());
    }
    if matches!(name, "matrix_power" | "multi_dot") {
        let extras = vm.import_module("numpy._extras")?;
        return vm.getattr_str(&extras, name);
    }
    Err(PyErr::attribute_error(format!(
        "module 'numpy.linalg' has no attribute '{name}'"
    )))
}

/// The float type linalg computes and answers in for an input dtype.
fn linalg_dtype(dt: DType) -> PyResult<DType> {
    match dt {
        DType::Float16 => Err(PyErr::type_error(
            "array type float16 is unsupported in linalg",
        )),
        DType::Float32 => Ok(DType::Float32),
        _ => Ok(DType::Float64),
    }
}

/// A stack of square matrices: its values as f64, the stack shape and n.
struct Square {
    values: Vec<f64>,
    batch: Dims,
    n: usize,
    dtype: DType,
}

fn square_stack(a: &NdArray) -> PyResult<Square> {
    let dtype = linalg_dtype(a.dtype)?;
    let nd = a.ndim();
    if nd < 2 {
        return Err(lin_alg_error(format!(
            "{nd}-dimensional array given. Array must be at least two-dimensional"
        )));
    }
    if a.dim(nd - 1) != a.dim(nd - 2) {
        return Err(lin_alg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    Ok(Square {
        values: a.to_vec::<f64>()?,
        batch: SmallVec::from_slice(&a.shape()[..nd - 2]),
        n: a.dim(nd - 1),
        dtype,
    })
}

fn linalg_arg(vm: &mut Vm, name: &str, args: Args<'_>, names: &[&str]) -> PyResult<Vec<NdArray>> {
    let slots = parse_args(name, args, names, names.len())?;
    slots
        .iter()
        .map(|v| as_array(vm, v.as_ref().unwrap_or(&Value::None), None))
        .collect()
}

/// An array of f64 results cast to `dtype`; a NumPy scalar when 0-d.
fn finish(values: Vec<f64>, shape: Dims, dtype: DType) -> PyResult<Value> {
    let mut r = NdArray::new(Data::F64(values), shape).copy_as(dtype)?;
    r.scalar = r.ndim() == 0;
    Ok(r.into_value())
}

// ---------------------------------------------------------------------------
// LU factorisation with partial pivoting.
// ---------------------------------------------------------------------------

/// `PA = LU` of an n×n matrix (C order): L below the diagonal (unit
/// diagonal implied), U on and above it.
struct Lu {
    lu: Vec<f64>,
    /// Row `i` of the factors is row `perm[i]` of the matrix.
    perm: Vec<usize>,
    /// Whether an odd number of rows were swapped.
    odd: bool,
    n: usize,
}

impl Lu {
    /// Factorises `m`, calling `poll` before each column.
    fn new(m: &[f64], n: usize, poll: Poll<'_>) -> PyResult<Lu> {
        let mut lu = m.to_vec();
        let mut perm: Vec<usize> = (0..n).collect();
        let mut odd = false;
        for c in 0..n {
            poll()?;
            // The first row with the largest magnitude, like LAPACK's idamax.
            let mut p = c;
            for r in c + 1..n {
                if lu[r * n + c].abs() > lu[p * n + c].abs() {
                    p = r;
                }
            }
            if p != c {
                for j in 0..n {
                    lu.swap(c * n + j, p * n + j);
                }
                perm.swap(c, p);
                odd = !odd;
            }
            let pivot = lu[c * n + c];
            if pivot == 0.0 {
                continue;
            }
            for r in c + 1..n {
                let f = lu[r * n + c] / pivot;
                lu[r * n + c] = f;
                for j in c + 1..n {
                    lu[r * n + j] -= f * lu[c * n + j];
                }
            }
        }
        Ok(Lu { lu, perm, odd, n })
    }

    fn is_singular(&self) -> bool {
        (0..self.n).any(|i| self.lu[i * self.n + i] == 0.0)
    }

    /// NumPy's determinant: the sign and the log of the magnitude of the
    /// diagonal's product, then `sign * exp(logdet)`.
    fn det(&self) -> f64 {
        let mut sign: f64 = if self.odd { -1.0 } else { 1.0 };
        let mut logdet = 0.0;
        for i in 0..self.n {
            let d = self.lu[i * self.n + i];
            sign *= d.signum() * f64::from(u8::from(d != 0.0));
            logdet += d.abs().ln();
        }
        sign * logdet.exp()
    }

    /// Solves `A x = b` for the columns of `b` (n×k, C order).
    fn solve(&self, b: &[f64], k: usize) -> Vec<f64> {
        let n = self.n;
        let mut x = vec![0.0; n * k];
        for (i, &p) in self.perm.iter().enumerate() {
            x[i * k..(i + 1) * k].copy_from_slice(&b[p * k..(p + 1) * k]);
        }
        for i in 0..n {
            for r in 0..i {
                let f = self.lu[i * n + r];
                for j in 0..k {
                    x[i * k + j] -= f * x[r * k + j];
                }
            }
        }
        for i in (0..n).rev() {
            for r in i + 1..n {
                let f = self.lu[i * n + r];
                for j in 0..k {
                    x[i * k + j] -= f * x[r * k + j];
                }
            }
            let d = self.lu[i * n + i];
            for j in 0..k {
                x[i * k + j] /= d;
            }
        }
        x
    }
}

fn inv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = linalg_arg(vm, "inv", args, &["a"])?.remove(0);
    let sq = square_stack(&a)?;
    let n = sq.n;
    let mut identity = vec![0.0; n * n];
    for i in 0..n {
        identity[i * n + i] = 1.0;
    }
    let mut out = Vec::with_capacity(sq.values.len());
    for m in sq.values.chunks((n * n).max(1)) {
        let lu = Lu::new(m, n, &|| vm.check_interrupt())?;
        if lu.is_singular() {
            return Err(singular());
        }
        out.extend(lu.solve(&identity, n));
    }
    finish(out, a.shape(), sq.dtype)
}

fn det(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = linalg_arg(vm, "det", args, &["a"])?.remove(0);
    let sq = square_stack(&a)?;
    let n = sq.n;
    let count: usize = sq.batch.iter().product();
    let out = (0..count)
        .map(|i| {
            let lu = Lu::new(&sq.values[i * n * n..(i + 1) * n * n], n, &|| {
                vm.check_interrupt()
            })?;
            Ok(lu.det())
        })
        .collect::<PyResult<Vec<f64>>>()?;
    finish(out, sq.batch, sq.dtype)
}

fn solve_mismatch(vector: bool, got: usize, want: usize) -> PyErr {
    let (name, sig) = if vector {
        ("solve1", "(m,m),(m)->(m)")
    } else {
        ("solve", "(m,m),(m,n)->(m,n)")
    };
    PyErr::value_error(format!(
        "{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \
         {sig} (size {got} is different from {want})"
    ))
}

/// `np.linalg.solve(a, b)`: `b` is one vector when 1-d, else a stack of
/// n×k matrices (NumPy 2's rule).
fn solve(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut v = linalg_arg(vm, "solve", args, &["a", "b"])?;
    let (a, b) = (v.remove(0), v.remove(0));
    let sq = square_stack(&a)?;
    let dtype = dtype::promote(sq.dtype, linalg_dtype(b.dtype)?);
    let n = sq.n;
    let vector = b.ndim() == 1;
    let b2 = if vector {
        shape::expand_dims(&b, &[1])?
    } else {
        b.clone()
    };
    if b2.ndim() < 2 {
        return Err(lin_alg_error(
            "0-dimensional array given. Array must be at least one-dimensional",
        ));
    }
    let (rows, k) = (b2.dim(b2.ndim() - 2), b2.dim(b2.ndim() - 1));
    if rows != n {
        return Err(solve_mismatch(vector, rows, n));
    }
    let batch = batch_shape(&a.shape(), &b2.shape(), (n, k))?;
    let full = |core: [usize; 2]| -> Dims { batch.iter().copied().chain(core).collect() };
    let av = broadcast_to(&a, &full([n, n]))?.to_vec::<f64>()?;
    let bv = broadcast_to(&b2, &full([n, k]))?.to_vec::<f64>()?;
    let mut out = Vec::with_capacity(bv.len());
    for (m, rhs) in av.chunks((n * n).max(1)).zip(bv.chunks((n * k).max(1))) {
        let lu = Lu::new(m, n, &|| vm.check_interrupt())?;
        if lu.is_singular() {
            return Err(singular());
        }
        out.extend(lu.solve(rhs, k));
    }
    let mut shape = full([n, k]);
    if vector {
        shape.pop();
    }
    finish(out, shape, dtype)
}

// ---------------------------------------------------------------------------
// Norms.
// ---------------------------------------------------------------------------

/// The `ord` argument of `norm`.
#[derive(Clone, Debug, PartialEq)]
enum NormOrd {
    /// `None`.
    Default,
    /// A number (`1`, `2`, `np.inf` …).
    Num(f64),
    /// `'fro'` or `'f'`.
    Fro,
    /// `'nuc'`.
    Nuc,
    /// Any other string.
    Text(String),
}

fn norm_ord(v: Option<&Value>) -> PyResult<NormOrd> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(NormOrd::Default);
    };
    if let Some(ObjKind::Str(s)) = v.kind() {
        return Ok(match s.as_str() {
            "fro" | "f" => NormOrd::Fro,
            "nuc" => NormOrd::Nuc,
            other => NormOrd::Text(other.to_string()),
        });
    }
    if let Some(a) = NdArray::of(v).filter(|a| a.size() == 1) {
        return Ok(NormOrd::Num(a.first().as_f64()));
    }
    match super::convert::python_scalar(v)? {
        Some((s, _)) => Ok(NormOrd::Num(s.as_f64())),
        None => Err(PyErr::value_error("Invalid norm order for vectors.")),
    }
}

/// Rounds a computed f64 to the result type (exact for f32/f16: one
/// rounding of an exact f64 result).
fn rounder(dt: DType) -> fn(f64) -> f64 {
    match dt {
        DType::Float32 => |x| f64::from(x as f32),
        DType::Float16 => |x| half::f16::from_f64(x).to_f64(),
        _ => |x| x,
    }
}

/// NumPy's pairwise summation (blocks of 8, split above 128 elements),
/// rounding each step with `r`.
fn pairwise_sum(v: &[f64], r: fn(f64) -> f64) -> f64 {
    let n = v.len();
    if n < 8 {
        return v.iter().fold(0.0, |acc, &x| r(acc + x));
    }
    if n <= 128 {
        let mut acc = [0.0; 8];
        acc.copy_from_slice(&v[..8]);
        let whole = n - n % 8;
        for block in v[8..whole].chunks(8) {
            for (a, &x) in acc.iter_mut().zip(block) {
                *a = r(*a + x);
            }
        }
        let pair = |i: usize| r(acc[i] + acc[i + 1]);
        let mut res = r(r(pair(0) + pair(2)) + r(pair(4) + pair(6)));
        for &x in &v[whole..] {
            res = r(res + x);
        }
        return res;
    }
    let mut half = n / 2;
    half -= half % 8;
    r(pairwise_sum(&v[..half], r) + pairwise_sum(&v[half..], r))
}

/// `f(a, b)`, or NaN when either is NaN (NumPy's `maximum`/`minimum`).
fn nan_or(a: f64, b: f64, f: fn(f64, f64) -> f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        f(a, b)
    }
}

/// How `reduce` combines the values of one output element.
#[derive(Clone, Copy, PartialEq)]
enum Combine {
    Sum,
    Max,
    Min,
}

/// Reduces `vals` (C order of `shape`) over `axes` (sorted, distinct):
/// returns the values and the shape without those axes. Sums over the
/// trailing axes are pairwise, as NumPy's contiguous inner loop.
fn reduce(
    vals: &[f64],
    shape: &[usize],
    axes: &[usize],
    how: Combine,
    r: fn(f64) -> f64,
) -> PyResult<(Vec<f64>, Dims)> {
    let a = NdArray::new(Data::F64(vals.to_vec()), SmallVec::from_slice(shape));
    let kept: Vec<usize> = (0..shape.len()).filter(|i| !axes.contains(i)).collect();
    let order: Vec<i64> = kept.iter().chain(axes).map(|&i| i as i64).collect();
    let moved = shape::transpose(&a, Some(&order))?.to_vec::<f64>()?;
    let group: usize = axes.iter().map(|&i| shape[i]).product();
    let out_shape: Dims = kept.iter().map(|&i| shape[i]).collect();
    let count: usize = out_shape.iter().product();
    let trailing = axes
        .iter()
        .enumerate()
        .all(|(j, &ax)| ax == shape.len() - axes.len() + j);
    if group == 0 && how == Combine::Min {
        return Err(PyErr::value_error(
            "zero-size array to reduction operation minimum which has no identity",
        ));
    }
    let out = (0..count)
        .map(|i| {
            let g = &moved[i * group..(i + 1) * group];
            match how {
                Combine::Sum if trailing => pairwise_sum(g, r),
                Combine::Sum => g.iter().fold(0.0, |acc, &x| r(acc + x)),
                Combine::Max => g.iter().fold(0.0, |acc, &x| nan_or(acc, x, f64::max)),
                Combine::Min => g
                    .iter()
                    .fold(f64::INFINITY, |acc, &x| nan_or(acc, x, f64::min)),
            }
        })
        .collect();
    Ok((out, out_shape))
}

/// The axes argument of `norm`: `None`, an int, or a tuple of ints.
fn norm_axes(vm: &mut Vm, v: Option<&Value>, nd: usize) -> PyResult<Option<Vec<usize>>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let raw: Vec<i64> = match v.kind() {
        Some(ObjKind::Tuple(items)) => {
            let items = items.to_vec();
            items
                .iter()
                .map(|x| vm.index_of(x))
                .collect::<PyResult<_>>()?
        }
        _ => vec![vm.index_of(v).map_err(|_| {
            PyErr::type_error("'axis' must be None, an integer or a tuple of integers")
        })?],
    };
    raw.iter()
        .map(|&ax| normalize_axis(ax, nd))
        .collect::<PyResult<Vec<_>>>()
        .map(Some)
}

/// The input of a norm: its values and magnitudes as f64, its shape, and
/// the result type.
struct NormInput {
    values: Vec<f64>,
    abs: Vec<f64>,
    shape: Dims,
    dtype: DType,
    /// The values are the magnitudes of a complex array.
    complex: bool,
}

impl NormInput {
    fn new(x: &NdArray) -> PyResult<NormInput> {
        let dtype = if x.dtype.is_float() {
            x.dtype
        } else {
            DType::Float64
        };
        let values = x.to_vec::<f64>()?;
        Ok(NormInput {
            abs: values.iter().map(|v| v.abs()).collect(),
            values,
            shape: x.shape(),
            dtype,
            complex: false,
        })
    }

    fn round(&self) -> fn(f64) -> f64 {
        rounder(self.dtype)
    }

    /// What sums accumulate in: float16 sums run in float32, like NumPy's.
    fn acc_round(&self) -> fn(f64) -> f64 {
        rounder(if self.dtype == DType::Float16 {
            DType::Float32
        } else {
            self.dtype
        })
    }

    fn sum(&self, vals: &[f64], axes: &[usize]) -> PyResult<(Vec<f64>, Dims)> {
        let (s, shape) = reduce(vals, &self.shape, axes, Combine::Sum, self.acc_round())?;
        let r = self.round();
        Ok((s.into_iter().map(r).collect(), shape))
    }

    /// `sqrt(x.dot(x))` over all elements, NumPy's fast path: BLAS sums
    /// float32 products in double, NumPy's own dot sums float16 in float32.
    fn flat_two_norm(&self) -> f64 {
        let acc = rounder(if self.dtype == DType::Float16 {
            DType::Float32
        } else {
            DType::Float64
        });
        let squares: Vec<f64> = self.values.iter().map(|x| acc(x * x)).collect();
        self.round()(pairwise_sum(&squares, acc).sqrt())
    }

    fn powered(&self, p: f64) -> Vec<f64> {
        let r = self.round();
        self.abs.iter().map(|&x| r(x.powf(p))).collect()
    }

    /// The vector norm of order `ord` over one axis.
    fn vector(&self, ord: &NormOrd, axis: usize) -> PyResult<(Vec<f64>, Dims)> {
        let r = self.round();
        let axes = [axis];
        match *ord {
            NormOrd::Num(p) if p == f64::INFINITY => {
                reduce(&self.abs, &self.shape, &axes, Combine::Max, r)
            }
            NormOrd::Num(p) if p == f64::NEG_INFINITY => {
                reduce(&self.abs, &self.shape, &axes, Combine::Min, r)
            }
            NormOrd::Num(0.0) => {
                let nz: Vec<f64> = self
                    .abs
                    .iter()
                    .map(|&x| f64::from(u8::from(x != 0.0)))
                    .collect();
                self.sum(&nz, &axes)
            }
            NormOrd::Num(1.0) => self.sum(&self.abs, &axes),
            NormOrd::Default | NormOrd::Num(2.0) => {
                let (s, shape) = self.sum(&self.powered(2.0), &axes)?;
                Ok((s.into_iter().map(|x| r(x.sqrt())).collect(), shape))
            }
            NormOrd::Num(p) => {
                let (s, shape) = self.sum(&self.powered(p), &axes)?;
                let inv = r(1.0 / p);
                Ok((s.into_iter().map(|x| r(x.powf(inv))).collect(), shape))
            }
            NormOrd::Fro | NormOrd::Nuc => Err(invalid_vector_ord(if *ord == NormOrd::Fro {
                "fro"
            } else {
                "nuc"
            })),
            NormOrd::Text(ref t) => Err(invalid_vector_ord(t)),
        }
    }

    /// The matrix norm of order `ord` over two axes.
    fn matrix(
        &self,
        ord: &NormOrd,
        [row, col]: [usize; 2],
        poll: Poll<'_>,
    ) -> PyResult<(Vec<f64>, Dims)> {
        if row == col {
            return Err(PyErr::value_error("Duplicate axes given."));
        }
        let r = self.round();
        // Sum over one axis, then take the max/min over the other.
        let sum_then =
            |sum_axis: usize, other: usize, how: Combine| -> PyResult<(Vec<f64>, Dims)> {
                let (s, shape) = self.sum(&self.abs, &[sum_axis])?;
                let other = if other > sum_axis { other - 1 } else { other };
                reduce(&s, &shape, &[other], how, r)
            };
        match *ord {
            NormOrd::Num(1.0) => sum_then(row, col, Combine::Max),
            NormOrd::Num(-1.0) => sum_then(row, col, Combine::Min),
            NormOrd::Num(p) if p == f64::INFINITY => sum_then(col, row, Combine::Max),
            NormOrd::Num(p) if p == f64::NEG_INFINITY => sum_then(col, row, Combine::Min),
            NormOrd::Default | NormOrd::Fro => {
                let mut axes = [row, col];
                axes.sort_unstable();
                let (s, shape) = self.sum(&self.powered(2.0), &axes)?;
                Ok((s.into_iter().map(|x| r(x.sqrt())).collect(), shape))
            }
            NormOrd::Num(p) if p == 2.0 || p == -2.0 => self.singular_norm(
                [row, col],
                if p > 0.0 { Combine::Max } else { Combine::Min },
                poll,
            ),
            NormOrd::Nuc => self.singular_norm([row, col], Combine::Sum, poll),
            _ => Err(PyErr::value_error("Invalid norm order for matrices.")),
        }
    }

    /// Norms from the singular values of each matrix over (`row`, `col`).
    fn singular_norm(
        &self,
        [row, col]: [usize; 2],
        how: Combine,
        poll: Poll<'_>,
    ) -> PyResult<(Vec<f64>, Dims)> {
        if self.complex {
            return Err(PyErr::type_error(
                "taipan's numpy: matrix norms of order 2, -2 and 'nuc' of complex arrays are not \
                 supported",
            ));
        }
        let nd = self.shape.len();
        let a = NdArray::new(Data::F64(self.values.clone()), self.shape.clone());
        let mut order: Vec<i64> = (0..nd)
            .filter(|&i| i != row && i != col)
            .map(|i| i as i64)
            .collect();
        order.extend([row as i64, col as i64]);
        let moved = shape::transpose(&a, Some(&order))?;
        let (m, n) = (self.shape[row], self.shape[col]);
        let vals = moved.to_vec::<f64>()?;
        let out_shape: Dims = moved.shape()[..nd - 2].iter().copied().collect();
        let r = self.round();
        let count: usize = out_shape.iter().product();
        let out = (0..count)
            .map(|i| {
                let sv = singular_values(&vals[i * m * n..(i + 1) * m * n], m, n, poll)?;
                Ok(r(match how {
                    Combine::Max => sv.iter().fold(0.0, |a: f64, &b| a.max(b)),
                    Combine::Min => sv.iter().fold(f64::INFINITY, |a: f64, &b| a.min(b)),
                    Combine::Sum => sv.iter().sum(),
                }))
            })
            .collect::<PyResult<Vec<f64>>>()?;
        Ok((out, out_shape))
    }
}

fn invalid_vector_ord(ord: &str) -> PyErr {
    PyErr::value_error(format!("Invalid norm order '{ord}' for vectors"))
}

/// The singular values of an m×n matrix (C order), by one-sided Jacobi
/// rotations (Hestenes): the columns are made orthogonal, and their
/// lengths are the singular values.
fn singular_values(a: &[f64], m: usize, n: usize, poll: Poll<'_>) -> PyResult<Vec<f64>> {
    // Columns as rows of `cols`; the shorter side is the one rotated.
    let (rows, len) = if n <= m { (n, m) } else { (m, n) };
    let mut cols: Vec<Vec<f64>> = (0..rows)
        .map(|j| {
            (0..len)
                .map(|k| if n <= m { a[k * n + j] } else { a[j * n + k] })
                .collect()
        })
        .collect();
    for _sweep in 0..60 {
        let mut rotated = false;
        for p in 0..rows {
            poll()?;
            for q in p + 1..rows {
                rotated |= orthogonalise(&mut cols, p, q);
            }
        }
        if !rotated {
            break;
        }
    }
    Ok(cols
        .iter()
        .map(|c| c.iter().map(|x| x * x).sum::<f64>().sqrt())
        .collect())
}

/// Rotates columns `p` and `q` to be orthogonal; false when they already
/// are (to working precision).
fn orthogonalise(cols: &mut [Vec<f64>], p: usize, q: usize) -> bool {
    let dot = |x: &[f64], y: &[f64]| x.iter().zip(y).map(|(a, b)| a * b).sum::<f64>();
    let (alpha, beta) = (dot(&cols[p], &cols[p]), dot(&cols[q], &cols[q]));
    let gamma = dot(&cols[p], &cols[q]);
    if gamma == 0.0 || gamma.abs() <= f64::EPSILON * (alpha * beta).sqrt() || gamma.is_nan() {
        return false;
    }
    let zeta = (beta - alpha) / (2.0 * gamma);
    let t = zeta.signum() / (zeta.abs() + (1.0 + zeta * zeta).sqrt());
    let t = if zeta == 0.0 { 1.0 } else { t };
    let c = 1.0 / (1.0 + t * t).sqrt();
    let s = c * t;
    for k in 0..cols[p].len() {
        let (x, y) = (cols[p][k], cols[q][k]);
        cols[p][k] = c * x - s * y;
        cols[q][k] = s * x + c * y;
    }
    true
}

fn improper() -> PyErr {
    PyErr::value_error("Improper number of dimensions to norm.")
}

/// `np.linalg.norm(x, ord=None, axis=None, keepdims=False)`.
fn norm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("norm", args, &["x", "ord", "axis", "keepdims"], 1)?;
    let x_value = slots[0].clone().unwrap_or(Value::None);
    // A complex array's norms are those of its magnitudes, except the ones
    // that need its singular values.
    let complex = super::fft::complex_abs(&x_value).transpose()?;
    let x = match &complex {
        Some(m) => as_array(vm, m, None)?,
        None => as_array(vm, &x_value, None)?,
    };
    let ord = norm_ord(slots[1].as_ref())?;
    let nd = x.ndim();
    let axes = norm_axes(vm, slots[2].as_ref(), nd)?;
    let keepdims = match slots[3].as_ref() {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut input = NormInput::new(&x)?;
    input.complex = complex.is_some();
    let all: Vec<usize> = (0..nd).collect();
    let flat = match &ord {
        NormOrd::Default => true,
        NormOrd::Fro => nd == 2,
        NormOrd::Num(p) => *p == 2.0 && nd == 1,
        _ => false,
    };
    let (values, shape) = match axes.as_deref() {
        None if flat => (vec![input.flat_two_norm()], Dims::new()),
        None if nd == 1 => input.vector(&ord, 0)?,
        None if nd == 2 => input.matrix(&ord, [0, 1], &|| vm.check_interrupt())?,
        Some(&[axis]) => input.vector(&ord, axis)?,
        Some(&[row, col]) => input.matrix(&ord, [row, col], &|| vm.check_interrupt())?,
        _ => return Err(improper()),
    };
    let shape = if keepdims {
        let reduced = axes.unwrap_or(all);
        (0..nd)
            .map(|i| if reduced.contains(&i) { 1 } else { x.dim(i) })
            .collect()
    } else {
        shape
    };
    finish(values, shape, input.dtype)
}

/// `numpy.linalg`'s functions.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("norm", norm),
    ("inv", inv),
    ("det", det),
    ("solve", solve),
    ("matmul", matmul_fn),
    ("__getattr__", linalg_getattr),
];

/// Products exposed at the top of `numpy`.
pub const TOP_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("dot", dot_fn),
    ("matmul", matmul_fn),
    ("inner", inner_fn),
    ("outer", outer_fn),
    ("vdot", vdot_fn),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lu_solves_and_gives_numpys_determinant() {
        let no_poll = || Ok(());
        let Ok(lu) = Lu::new(&[2.0, 1.0, 1.0, 3.0], 2, &no_poll) else {
            panic!("not factorised")
        };
        let x = lu.solve(&[3.0, 5.0], 1);
        assert!((x[0] - 0.8).abs() < 1e-15 && (x[1] - 1.4).abs() < 1e-15);
        assert!((lu.det() - 5.0).abs() < 1e-14);
        assert!(Lu::new(&[1.0, 2.0, 2.0, 4.0], 2, &no_poll).is_ok_and(|lu| lu.is_singular()));
        assert!(Lu::new(&[], 0, &no_poll).is_ok_and(|lu| lu.det() == 1.0));
    }

    #[test]
    fn pairwise_sum_blocks_like_numpy() {
        let v: Vec<f64> = (1..=200).map(f64::from).collect();
        assert_eq!(pairwise_sum(&v, |x| x), 20100.0);
        assert_eq!(pairwise_sum(&[], |x| x), 0.0);
    }

    #[test]
    fn singular_values_of_a_diagonal() {
        let Ok(mut sv) = singular_values(&[3.0, 0.0, 0.0, -4.0, 0.0, 0.0], 3, 2, &|| Ok(())) else {
            panic!("no singular values")
        };
        sv.sort_by(f64::total_cmp);
        assert_eq!(sv, vec![3.0, 4.0]);
    }
}
