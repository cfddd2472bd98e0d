//! Element-wise operators with broadcasting and NumPy 2's type promotion:
//! arithmetic, comparisons, bit operations, `maximum`/`minimum`, unary
//! operators, and writing one array into (a view of) another.

use super::arith::Arith;
use super::array::NdArray;
use super::broadcast::{broadcast_shapes, broadcast_to, zip_rows};
use super::convert::Operand;
use super::dtype::{self, DType, Kind};
use super::element::{Data, Element, Scalar};
use super::errstate::{self, FpErrors};
use super::fperr;
use super::order;
use smallvec::SmallVec;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::{Value, Vm};

/// A binary element-wise operation (NumPy's ufunc of that name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `add`, `+`.
    Add,
    /// `subtract`, `-`.
    Sub,
    /// `multiply`, `*`.
    Mul,
    /// `divide`, `/`.
    TrueDiv,
    /// `floor_divide`, `//`.
    FloorDiv,
    /// `remainder`, `%`.
    Mod,
    /// `power`, `**`.
    Pow,
    /// `bitwise_and`, `&`.
    And,
    /// `bitwise_or`, `|`.
    Or,
    /// `bitwise_xor`, `^`.
    Xor,
    /// `left_shift`, `<<`.
    LShift,
    /// `right_shift`, `>>`.
    RShift,
    /// `maximum`.
    Max,
    /// `minimum`.
    Min,
    /// `fmax` (NaN ignored).
    FMax,
    /// `fmin` (NaN ignored).
    FMin,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
}

impl Op {
    /// The ufunc's name.
    pub fn ufunc_name(self) -> &'static str {
        match self {
            Op::Add => "add",
            Op::Sub => "subtract",
            Op::Mul => "multiply",
            Op::TrueDiv => "divide",
            Op::FloorDiv => "floor_divide",
            Op::Mod => "remainder",
            Op::Pow => "power",
            Op::And => "bitwise_and",
            Op::Or => "bitwise_or",
            Op::Xor => "bitwise_xor",
            Op::LShift => "left_shift",
            Op::RShift => "right_shift",
            Op::Max => "maximum",
            Op::Min => "minimum",
            Op::FMax => "fmax",
            Op::FMin => "fmin",
            Op::Lt => "less",
            Op::Le => "less_equal",
            Op::Eq => "equal",
            Op::Ne => "not_equal",
            Op::Gt => "greater",
            Op::Ge => "greater_equal",
        }
    }

    /// Whether the operation compares (its result is bool).
    pub fn is_comparison(self) -> bool {
        matches!(self, Op::Lt | Op::Le | Op::Eq | Op::Ne | Op::Gt | Op::Ge)
    }

    fn is_bitwise(self) -> bool {
        matches!(self, Op::And | Op::Or | Op::Xor | Op::LShift | Op::RShift)
    }
}

/// The dtype two operands promote to (NEP 50: Python scalars are weak).
pub fn common_dtype(a: &Operand, b: &Operand) -> DType {
    match (a, b) {
        (Operand::Array(x), Operand::Array(y)) => dtype::promote(x.dtype, y.dtype),
        (Operand::Array(x), Operand::Weak(_, w)) | (Operand::Weak(_, w), Operand::Array(x)) => {
            dtype::promote_weak(x.dtype, *w)
        }
        (Operand::Weak(_, v), Operand::Weak(_, w)) => {
            dtype::promote(dtype::default_of(*v), dtype::default_of(*w))
        }
    }
}

fn unsupported(op: Op) -> PyErr {
    PyErr::type_error(format!(
        "ufunc '{}' not supported for the input types, and the inputs could not be safely \
         coerced to any supported types according to the casting rule ''safe''",
        op.ufunc_name()
    ))
}

/// The dtype an operation computes in, given its operands' common dtype.
fn compute_dtype(op: Op, dt: DType) -> PyResult<DType> {
    Ok(match (op, dt.kind()) {
        (Op::TrueDiv, Kind::Bool | Kind::Int | Kind::UInt) => DType::Float64,
        (Op::Sub, Kind::Bool) => {
            return Err(PyErr::type_error(
                "numpy boolean subtract, the `-` operator, is not supported, use the \
                 bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ))
        }
        (Op::FloorDiv | Op::Mod | Op::Pow | Op::LShift | Op::RShift, Kind::Bool) => DType::Int8,
        (_, Kind::Float) if op.is_bitwise() => return Err(unsupported(op)),
        _ => dt,
    })
}

/// `a op b` for two operands, broadcast. The result is a NumPy scalar when
/// both operands are 0-d. Floating-point errors are not looked for: this
/// is for the shim's own arithmetic (see [`binary_reported`]).
pub fn binary(op: Op, a: Operand, b: Operand) -> PyResult<NdArray> {
    Ok(compute(op, a, b, FpErrors::NONE, false, false)?.out)
}

/// [`binary`] with the result laid out as NumPy's `order='K'` lays out a
/// ufunc's (for results handed to the script, such as `clip`'s).
pub fn binary_k(op: Op, a: Operand, b: Operand) -> PyResult<NdArray> {
    Ok(compute(op, a, b, FpErrors::NONE, false, true)?.out)
}

/// `a op b` as a script's operator or ufunc call: the floating-point errors
/// it met are handled as the thread's error state says (`np.errstate`).
/// `scalar_op`: both operands are NumPy or Python scalars and the operator
/// is NumPy's scalar math (integer overflow reported, `scalar add` …).
pub fn binary_reported(
    vm: &mut Vm,
    op: Op,
    a: Operand,
    b: Operand,
    scalar_op: bool,
) -> PyResult<NdArray> {
    let r = binary_checked(op, a, b, scalar_op)?;
    report_as(vm, r.errors, r.name, scalar_op)?;
    Ok(r.out)
}

/// Reports `errors` for the ufunc `name` (as `scalar <name>` for scalar math).
pub fn report_as(vm: &mut Vm, errors: FpErrors, name: &str, scalar_op: bool) -> PyResult<()> {
    if errors.is_empty() {
        return Ok(());
    }
    if scalar_op {
        errstate::report(vm, errors, &format!("scalar {name}"))
    } else {
        errstate::report(vm, errors, name)
    }
}

/// The result of an element-wise operation and the floating-point errors
/// (among those the thread watches) it met.
pub struct Checked {
    /// The result.
    pub out: NdArray,
    /// The errors met.
    pub errors: FpErrors,
    /// The ufunc NumPy names in its messages.
    pub name: &'static str,
}

/// `a op b` and the floating-point errors it met, not yet reported.
/// The result is laid out in memory as NumPy's `order='K'` lays it out
/// (see `order::k_axes`).
pub fn binary_checked(op: Op, a: Operand, b: Operand, scalar_op: bool) -> PyResult<Checked> {
    compute(op, a, b, errstate::watched(), scalar_op, true)
}

/// `a op b`; `k_layout` lays the result out as NumPy's `order='K'` does
/// (else in C order, which the shim's own arithmetic relies on).
fn compute(
    op: Op,
    a: Operand,
    b: Operand,
    watch: FpErrors,
    scalar_op: bool,
    k_layout: bool,
) -> PyResult<Checked> {
    let mut dt = compute_dtype(op, common_dtype(&a, &b))?;
    if scalar_op {
        if let Some(done) = scalar_math(op, &a, &b, dt, watch) {
            return Ok(done);
        }
    }
    if op.is_comparison() {
        // NEP 50: comparing with a Python int the type cannot hold is
        // still well defined (`uint8_array == -1` is all False).
        for side in [&a, &b] {
            if let Operand::Weak(s, _) = side {
                if super::convert::check_fits(*s, dt).is_err() {
                    dt = dtype::promote(dt, DType::Int64);
                    if super::convert::check_fits(*s, dt).is_err() {
                        dt = DType::Float64;
                    }
                }
            }
        }
    }
    let a = cast(&a.into_array(dt)?, dt)?;
    let b = cast(&b.into_array(dt)?, dt)?;
    let shape = broadcast_shapes(&a.shape(), &b.shape())?;
    // The result, asked for in its own dtype before any widened kernel.
    let out_dtype = if op.is_comparison() { DType::Bool } else { dt };
    super::alloc::check_room(&shape, out_dtype)?;
    let mut a = broadcast_to(&a, &shape)?;
    let mut b = broadcast_to(&b, &shape)?;
    let axes = if k_layout {
        order::k_axes(&[&a, &b])
    } else {
        None
    };
    if let Some(axes) = &axes {
        a = order::permuted(&a, axes);
        b = order::permuted(&b, axes);
    }
    let mut out = crate::with_dtype!(dt, T => dispatch::<T>(op, &a, &b)?);
    out.scalar = out.ndim() == 0;
    let mut errors = fperr::binary_errors(op, &a, &b, &out, watch)?;
    if scalar_op {
        errors = errors.union(fperr::scalar_overflow(op, &a, &b).intersection(watch));
    }
    if let Some(axes) = &axes {
        out = order::unpermuted(out, axes);
    }
    let name = if scalar_op {
        op.ufunc_name()
    } else {
        array_ufunc_name(op, &b)
    };
    Ok(Checked { out, errors, name })
}

/// NumPy's scalar math for its commonest cases, computed directly rather
/// than through the array machinery (0-d arrays, casts, broadcasting, a
/// kernel): `+ - * /` of float scalars (a float32 or float64 scalar with
/// another or with a Python number) and the comparisons of float or
/// integer scalars. Loops such as `s += a[i, j]` or `if p[i] > t:` spend
/// their time here. `None` for every other case.
fn scalar_math(op: Op, a: &Operand, b: &Operand, dt: DType, watch: FpErrors) -> Option<Checked> {
    let value = |side: &Operand| match side {
        Operand::Array(x) if x.ndim() == 0 => Some(x.first()),
        Operand::Weak(s, _) => Some(*s),
        Operand::Array(_) => None,
    };
    let (x, y) = (value(a)?, value(b)?);
    let (out, errors) = if op.is_comparison() {
        (
            Data::Bool(vec![scalar_comparison(op, x, y, dt)?]),
            FpErrors::NONE,
        )
    } else {
        float_scalar_arithmetic(op, x, y, dt, watch)?
    };
    let mut out = NdArray::new(out, SmallVec::new());
    out.scalar = true;
    Some(Checked {
        out,
        errors,
        name: op.ufunc_name(),
    })
}

/// `s` as a value of the float dtype `dt`, widened to f64: ints only where
/// `dt` holds them exactly (no rounding to mimic).
fn exact_float(s: Scalar, dt: DType) -> Option<f64> {
    let exact_ints: u64 = match dt {
        DType::Float32 => 1 << f32::MANTISSA_DIGITS,
        DType::Float64 => 1 << f64::MANTISSA_DIGITS,
        _ => return None,
    };
    let x = match s {
        Scalar::Float(f) => f,
        Scalar::Bool(v) => f64::from(u8::from(v)),
        Scalar::Int(i) if i.unsigned_abs() <= exact_ints => i as f64,
        Scalar::UInt(u) if u <= exact_ints => u as f64,
        _ => return None,
    };
    // A float64 value cast to float32 (Python floats are, under NEP 50).
    Some(if dt == DType::Float32 {
        f64::from(x as f32)
    } else {
        x
    })
}

/// `x op y` for `+ - * /` in the float dtype `dt`, and its errors: float32
/// results are the f64 result rounded once, which equals float32
/// arithmetic for these four operators.
fn float_scalar_arithmetic(
    op: Op,
    x: Scalar,
    y: Scalar,
    dt: DType,
    watch: FpErrors,
) -> Option<(Data, FpErrors)> {
    let (x, y) = (exact_float(x, dt)?, exact_float(y, dt)?);
    let r = match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::TrueDiv => x / y,
        _ => return None,
    };
    let (r, data) = if dt == DType::Float32 {
        let r = r as f32;
        (f64::from(r), Data::F32(vec![r]))
    } else {
        (r, Data::F64(vec![r]))
    };
    Some((data, fperr::float_scalar_errors(op, dt, (x, y, r), watch)))
}

/// A comparison of two scalars in the dtype `dt`: floats as values of it,
/// integers exactly (what NumPy's promotion of a Python int that the
/// dtype cannot hold comes to).
fn scalar_comparison(op: Op, x: Scalar, y: Scalar, dt: DType) -> Option<bool> {
    let ordering = if dt.is_float() {
        exact_float(x, dt)?.partial_cmp(&exact_float(y, dt)?)
    } else if dt.is_integer() {
        let exact = |s| match s {
            Scalar::Int(i) => Some(i128::from(i)),
            Scalar::UInt(u) => Some(i128::from(u)),
            _ => None,
        };
        Some(exact(x)?.cmp(&exact(y)?))
    } else {
        return None;
    };
    use std::cmp::Ordering::{Equal, Greater, Less};
    Some(match op {
        Op::Lt => ordering == Some(Less),
        Op::Le => matches!(ordering, Some(Less | Equal)),
        Op::Gt => ordering == Some(Greater),
        Op::Ge => matches!(ordering, Some(Greater | Equal)),
        Op::Eq => ordering == Some(Equal),
        _ => ordering != Some(Equal),
    })
}

/// The ufunc NumPy runs for `a op b` on arrays: `power` with a constant
/// exponent of 2, 0.5 or -1 goes to `square`, `sqrt` or `reciprocal`.
fn array_ufunc_name(op: Op, b: &NdArray) -> &'static str {
    if op != Op::Pow || !b.dtype.is_float() {
        return op.ufunc_name();
    }
    let exponent = crate::with_dtype!(b.dtype, T => constant_value::<T>(b));
    match exponent {
        Some(2.0) => "square",
        Some(0.5) => "sqrt",
        Some(-1.0) => "reciprocal",
        _ => op.ufunc_name(),
    }
}

/// `a` as `dtype`: itself when it already is, else a cast copy.
pub fn cast(a: &NdArray, dtype: DType) -> PyResult<NdArray> {
    if a.dtype == dtype {
        Ok(a.clone())
    } else {
        a.copy_as(dtype)
    }
}

/// `f` of `a` computed in the `wide` dtype and cast back to `a`'s: how the
/// rarer dtypes share a wider dtype's loops.
pub fn computed_in(
    a: &NdArray,
    wide: DType,
    f: impl FnOnce(&NdArray) -> PyResult<NdArray>,
) -> PyResult<NdArray> {
    cast(&f(&cast(a, wide)?)?, a.dtype)
}

/// The typed slice of a buffer's data; the dtype was checked by the caller.
pub fn typed<T: Element>(data: &Data) -> &[T] {
    T::slice(data).unwrap_or_else(|| panic!("numpy buffer is not {}", T::DTYPE.name()))
}

/// Applies `f` to the elements of two arrays of `T` broadcast to one shape
/// (`MemoryError` when the result does not fit, see `check_room`).
///
/// This function is made for every operator and dtype, so only its loops
/// are (see [`Map2`]); the walk over the layout is made once, in
/// [`drive_rows`], which hands the loops batches of rows through a
/// vtable. Inlining that walk into each instance made the numpy shim a
/// third of the binary.
pub fn map2<T: Element, R: Element>(
    a: &NdArray,
    b: &NdArray,
    f: impl Fn(T, T) -> R,
) -> PyResult<NdArray> {
    map2_loops::<T, R, _, true>(a, b, f)
}

/// [`map2`] with one plain loop for every layout, for operators whose
/// work per element (a division, a call) outweighs the loop's: `//`,
/// `%`, `**`, the shifts, `fmax`/`fmin`. Their loops do not vectorise
/// anyway, and each specialised set costs kilobytes per operator and dtype.
fn map2_plain<T: Element, R: Element>(
    a: &NdArray,
    b: &NdArray,
    f: impl Fn(T, T) -> R,
) -> PyResult<NdArray> {
    map2_loops::<T, R, _, false>(a, b, f)
}

/// [`map2`], with the loops for each layout (`SPECIALISED`) or one plain
/// loop for all (see [`map2_plain`]).
fn map2_loops<T: Element, R: Element, F: Fn(T, T) -> R, const SPECIALISED: bool>(
    a: &NdArray,
    b: &NdArray,
    f: F,
) -> PyResult<NdArray> {
    let out = map2_values::<T, R, F, SPECIALISED>(a, b, f)?;
    Ok(NdArray::new(R::wrap(out), a.shape()))
}

/// The elements of [`map2_loops`]'s result, in order.
fn map2_values<T: Element, R: Element, F: Fn(T, T) -> R, const SPECIALISED: bool>(
    a: &NdArray,
    b: &NdArray,
    f: F,
) -> PyResult<Vec<R>> {
    let n = a.room_for_copy(R::DTYPE)?;
    let (da, db) = (a.buf.read(), b.buf.read());
    let mut loops = Map2::<T, R, F, SPECIALISED> {
        out: Vec::with_capacity(n),
        xs: typed::<T>(&da),
        ys: typed::<T>(&db),
        f,
    };
    drive_rows(a, b, n, &mut loops);
    Ok(loops.out)
}

/// The loops of an element-wise operation on two operands.
trait RowLoops {
    /// Runs the operation over rows of `len` elements, in order: row `i`
    /// reads `x` from offset `starts[i].0` and `y` from `starts[i].1`,
    /// stepping through each by `steps` (0 repeats one element).
    fn rows(&mut self, starts: &[RowStart], len: usize, steps: (isize, isize));

    /// Runs the operation over `n` elements where one operand is
    /// contiguous from its offset in `start` and the other is a block of
    /// `period` elements from its offset, repeated: `y`'s when `y_tiled`,
    /// else `x`'s.
    fn tiled(&mut self, start: RowStart, n: usize, period: usize, y_tiled: bool);
}

/// Where a row starts: its offsets in `x`'s and in `y`'s buffer.
type RowStart = (usize, usize);

/// How many rows [`drive_rows`] hands the loops at once.
const ROW_BATCH: usize = 64;

/// The length a repeated block is widened to (whole copies of it) before
/// the loops run over it, so that a block of three channels runs in long
/// loops rather than one short loop per pixel.
const TILE_WIDTH: usize = 256;

/// Walks two operands of one shape (`n` elements) in C order, handing
/// the loops the longest rows the layout allows.
fn drive_rows(a: &NdArray, b: &NdArray, n: usize, loops: &mut dyn RowLoops) {
    let (ca, cb) = (a.is_c_contiguous(), b.is_c_contiguous());
    let one_value = |v: &NdArray| v.strides().iter().all(|&s| s == 0);
    let whole = [(a.offset, b.offset)];
    if n == 0 {
        // Nothing to read (an empty view's offset may lie past its buffer).
    } else if ca && cb {
        loops.rows(&whole, n, (1, 1));
    } else if ca && one_value(b) {
        loops.rows(&whole, n, (1, 0));
    } else if cb && one_value(a) {
        // `1 - x`, and `x > 0` (computed as `0 < x`).
        loops.rows(&whole, n, (0, 1));
    } else if let (true, Some(p)) = (ca, period(b)) {
        // `image - mean`: b is one block repeated along the leading axes.
        loops.tiled(whole[0], n, p, true);
    } else if let (true, Some(p)) = (cb, period(a)) {
        loops.tiled(whole[0], n, p, false);
    } else {
        let mut batch = RowBatch {
            loops,
            starts: [(0, 0); ROW_BATCH],
            count: 0,
            len: 0,
            steps: (1, 1),
        };
        zip_rows(a, b, |oa, ob, len, ia, ib| {
            batch.push((oa, ob), len, (ia, ib))
        });
        batch.flush();
    }
}

/// Rows gathered for one call of [`RowLoops::rows`]; all have one length
/// and one pair of steps.
struct RowBatch<'a> {
    loops: &'a mut dyn RowLoops,
    starts: [RowStart; ROW_BATCH],
    count: usize,
    len: usize,
    steps: (isize, isize),
}

impl RowBatch<'_> {
    /// Adds a row, running the rows gathered so far first when the batch
    /// is full or the row differs from them in length or steps.
    fn push(&mut self, start: RowStart, len: usize, steps: (isize, isize)) {
        if self.count == ROW_BATCH || (self.count > 0 && (len, steps) != (self.len, self.steps)) {
            self.flush();
        }
        self.starts[self.count] = start;
        self.count += 1;
        (self.len, self.steps) = (len, steps);
    }

    /// Runs the rows gathered so far.
    fn flush(&mut self) {
        if self.count > 0 {
            self.loops
                .rows(&self.starts[..self.count], self.len, self.steps);
            self.count = 0;
        }
    }
}

/// [`map2`]'s loops: `f` of two buffers' elements, appended to `out`;
/// with `SPECIALISED` false, one plain loop for every layout.
struct Map2<'a, T, R, F, const SPECIALISED: bool> {
    out: Vec<R>,
    xs: &'a [T],
    ys: &'a [T],
    f: F,
}

impl<T: Copy, R, F: Fn(T, T) -> R, const SPECIALISED: bool> RowLoops
    for Map2<'_, T, R, F, SPECIALISED>
{
    fn rows(&mut self, starts: &[RowStart], len: usize, steps: (isize, isize)) {
        let (xs, ys, f, out) = (self.xs, self.ys, &self.f, &mut self.out);
        match steps {
            (1, 1) if SPECIALISED => zip_each(out, (xs, ys), starts, len, f),
            (1, 0) if SPECIALISED => {
                for &(ox, oy) in starts {
                    let y = ys[oy];
                    out.extend(xs[ox..ox + len].iter().map(|&x| f(x, y)));
                }
            }
            (0, 1) if SPECIALISED => {
                for &(ox, oy) in starts {
                    let x = xs[ox];
                    out.extend(ys[oy..oy + len].iter().map(|&y| f(x, y)));
                }
            }
            (dx, dy) => {
                for &(ox, oy) in starts {
                    let (mut i, mut j) = (ox as isize, oy as isize);
                    for _ in 0..len {
                        out.push(f(xs[i as usize], ys[j as usize]));
                        i += dx;
                        j += dy;
                    }
                }
            }
        }
    }

    fn tiled(&mut self, (ox, oy): RowStart, n: usize, period: usize, y_tiled: bool) {
        if !SPECIALISED {
            return tile_rows((ox, oy), n, period, y_tiled, &mut |starts, len| {
                self.rows(starts, len, (1, 1))
            });
        }
        // A short block is widened to whole copies of it; a long one is
        // read where it lies.
        let reps = TILE_WIDTH / period;
        let (buffer, at) = if y_tiled {
            (self.ys, oy)
        } else {
            (self.xs, ox)
        };
        let wide = (reps > 1).then(|| repeated(&buffer[at..at + period], reps));
        let (tile, tile_at) = match &wide {
            Some(copies) => (&copies[..], 0),
            None => (buffer, at),
        };
        let (operands, start) = if y_tiled {
            ((self.xs, tile), (ox, tile_at))
        } else {
            ((tile, self.ys), (tile_at, oy))
        };
        let (out, f) = (&mut self.out, &self.f);
        let width = period * reps.max(1);
        tile_rows(start, n, width, y_tiled, &mut |starts, len| {
            zip_each(out, operands, starts, len, f)
        });
    }
}

/// `reps` copies of `block`, one after another.
#[inline(never)]
fn repeated<T: Copy>(block: &[T], reps: usize) -> Vec<T> {
    block.repeat(reps)
}

/// Calls `rows(starts, len)` for batches of rows that cover `n` elements
/// `width` at a time, from `start`: the contiguous operand advances by
/// `width` per row, the tiled one (`y`'s when `y_tiled`) stays where it
/// starts. The rows are whole blocks (`n` is), so each lines up with the
/// tiled one.
/// Kept out of line: it is the same for every operator and dtype.
#[inline(never)]
fn tile_rows(
    start: RowStart,
    n: usize,
    width: usize,
    y_tiled: bool,
    rows: &mut dyn FnMut(&[RowStart], usize),
) {
    let row_start = |k: usize| {
        let at = k * width;
        if y_tiled {
            (start.0 + at, start.1)
        } else {
            (start.0, start.1 + at)
        }
    };
    let (full, rest) = (n / width, n % width);
    let mut starts = [(0, 0); ROW_BATCH];
    let mut k = 0;
    while k < full {
        let count = (full - k).min(ROW_BATCH);
        for (i, s) in starts[..count].iter_mut().enumerate() {
            *s = row_start(k + i);
        }
        rows(&starts[..count], width);
        k += count;
    }
    if rest > 0 {
        rows(&[row_start(full)], rest);
    }
}

/// Appends `f(x, y)` along rows of `len` elements of two contiguous
/// stretches, starting at the offset pairs `starts`.
#[inline(never)]
fn zip_each<T: Copy, R>(
    out: &mut Vec<R>,
    (xs, ys): (&[T], &[T]),
    starts: &[RowStart],
    len: usize,
    f: &impl Fn(T, T) -> R,
) {
    for &(ox, oy) in starts {
        let (xs, ys) = (&xs[ox..ox + len], &ys[oy..oy + len]);
        out.extend(xs.iter().zip(ys).map(|(&x, &y)| f(x, y)));
    }
}

/// When a broadcast view is one C-contiguous block repeated along its
/// leading axes (stride 0 there), the block's length.
fn period(v: &NdArray) -> Option<usize> {
    let mut block = 1usize;
    let mut axis = v.ndim();
    while axis > 0 && v.stride(axis - 1) == block as isize && v.dim(axis - 1) > 1 {
        block *= v.dim(axis - 1);
        axis -= 1;
    }
    let repeated = v.strides()[..axis]
        .iter()
        .zip(&v.shape()[..axis])
        .all(|(&s, &n)| s == 0 || n == 1);
    (repeated && block > 1 && axis > 0).then_some(block)
}

/// Applies `f` to every element of an array of `T` (`MemoryError` when the
/// result does not fit, see `check_room`).
///
/// The result is laid out in memory as `a` is (NumPy's `order='K'`, see
/// `order::k_axes`): it is computed over `a` with its axes permuted into
/// memory order, and handed back with them in place.
pub fn map1<T: Element, R: Element>(a: &NdArray, f: impl Fn(T) -> R) -> PyResult<NdArray> {
    // One call of the generic loop (inlined once per kernel); the
    // permutation on either side of it is not generic.
    let axes = order::k_axes(&[a]);
    let permuted = axes.as_ref().map(|axes| order::permuted(a, axes));
    let out = map1_c(permuted.as_ref().unwrap_or(a), f)?;
    Ok(match &axes {
        Some(axes) => order::unpermuted(out, axes),
        None => out,
    })
}

/// [`map1`] with the result in C order.
fn map1_c<T: Element, R: Element>(a: &NdArray, f: impl Fn(T) -> R) -> PyResult<NdArray> {
    if a.is_c_contiguous() {
        return map1_block(a, |src: &[T], out: &mut Vec<R>| {
            out.extend(src.iter().map(|&x| f(x)))
        });
    }
    let n = a.room_for_copy(R::DTYPE)?;
    let data = a.buf.read();
    let src = typed::<T>(&data);
    let mut out = Vec::with_capacity(n);
    if n > 0 {
        a.for_each_offset(|o| out.push(f(src[o])));
    }
    let mut r = NdArray::new(R::wrap(out), a.shape());
    r.scalar = a.scalar;
    Ok(r)
}

/// [`map1`] on a C-contiguous array, by a kernel that maps a whole slice
/// of elements at once, appending the results to a vector.
pub fn map1_block<T: Element, R: Element>(
    a: &NdArray,
    kernel: impl Fn(&[T], &mut Vec<R>),
) -> PyResult<NdArray> {
    let n = a.room_for_copy(R::DTYPE)?;
    let data = a.buf.read();
    let mut out = Vec::with_capacity(n);
    if n > 0 {
        kernel(&typed::<T>(&data)[a.offset..a.offset + n], &mut out);
    }
    let mut r = NdArray::new(R::wrap(out), a.shape());
    r.scalar = a.scalar;
    Ok(r)
}

/// Operations that need integer or bool bits.
pub trait Bits: Element {
    /// `a & b`.
    fn and(self, o: Self) -> Self;
    /// `a | b`.
    fn or(self, o: Self) -> Self;
    /// `a ^ b`.
    fn xor(self, o: Self) -> Self;
    /// `a << b` (0 when b is out of range).
    fn shl(self, o: Self) -> Self;
    /// `a >> b`.
    fn shr(self, o: Self) -> Self;
    /// `~a`.
    fn invert(self) -> Self;
}

macro_rules! int_bits {
    ($($t:ty),*) => {$(
        impl Bits for $t {
            fn and(self, o: Self) -> Self { self & o }
            fn or(self, o: Self) -> Self { self | o }
            fn xor(self, o: Self) -> Self { self ^ o }
            fn shl(self, o: Self) -> Self {
                u32::try_from(o).ok().and_then(|s| self.checked_shl(s)).unwrap_or(0)
            }
            #[allow(unused_comparisons)]
            fn shr(self, o: Self) -> Self {
                u32::try_from(o)
                    .ok()
                    .and_then(|s| self.checked_shr(s))
                    .unwrap_or(if self < 0 { !0 } else { 0 })
            }
            fn invert(self) -> Self { !self }
        }
    )*};
}

int_bits!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Bits for bool {
    fn and(self, o: Self) -> Self {
        self & o
    }
    fn or(self, o: Self) -> Self {
        self | o
    }
    fn xor(self, o: Self) -> Self {
        self ^ o
    }
    fn shl(self, o: Self) -> Self {
        self && !o
    }
    fn shr(self, o: Self) -> Self {
        self && !o
    }
    fn invert(self) -> Self {
        !self
    }
}

/// Runs `op` on arrays of `T` (their dtype), already broadcast.
fn dispatch<T: Element>(op: Op, a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    use super::element::Data as D;
    // Route to the typed kernels: each arm knows the concrete type.
    let probe = T::wrap(Vec::new());
    Ok(match probe {
        D::Bool(_) => bool_kernel(op, a, b)?,
        D::I32(_) => narrow_int_kernel::<i32>(op, a, b)?,
        D::I64(_) => int_kernel::<i64, true>(op, a, b)?,
        D::U8(_) => narrow_int_kernel::<u8>(op, a, b)?,
        // uint64 is rare in preprocessing: one plain loop per operator.
        D::U64(_) => int_kernel::<u64, false>(op, a, b)?,
        D::F32(_) => float_kernel::<f32>(op, a, b)?,
        D::F64(_) => float_kernel::<f64>(op, a, b)?,
        // Every value of these fits in int64.
        D::I8(_) | D::I16(_) | D::U16(_) | D::U32(_) => widened(op, a, b, DType::Int64)?,
        D::F16(_) => widened(op, a, b, DType::Float32)?,
    })
}

/// `op` on one of the rarer dtypes, computed in a wider one and cast back:
/// integers wrap modulo their width however wide the arithmetic was (and
/// `//`, `%`, shifts, `max`/`min` and comparisons give the same answers on
/// the widened values), and float16 arithmetic is float32 arithmetic
/// rounded, as NumPy's own half-precision loops do it. Each kernel is big,
/// and these dtypes are rare in preprocessing: this keeps four integer and
/// two float kernels in the binary rather than eight and three. `wide` is
/// int64 (which holds every value of the narrower integers, unsigned ones
/// too) or float32.
fn widened(op: Op, a: &NdArray, b: &NdArray, wide: DType) -> PyResult<NdArray> {
    let (wa, wb) = (
        cast_keeping_broadcast(a, wide)?,
        cast_keeping_broadcast(b, wide)?,
    );
    let r = match wide {
        DType::Int64 => int_kernel::<i64, true>(op, &wa, &wb)?,
        _ => float_kernel::<f32>(op, &wa, &wb)?,
    };
    if r.dtype == wide {
        cast(&r, a.dtype)
    } else {
        Ok(r)
    }
}

/// `cast`, keeping a broadcast operand broadcast: the part that repeats
/// (a scalar, a row) is cast once rather than at the full size.
fn cast_keeping_broadcast(a: &NdArray, dtype: DType) -> PyResult<NdArray> {
    let (shape, strides) = (a.shape(), a.strides());
    if a.dtype == dtype || a.size() == 0 || !strides.contains(&0) {
        return cast(a, dtype);
    }
    let repeated_once = shape
        .iter()
        .zip(&strides)
        .map(|(&len, &stride)| if stride == 0 { 1 } else { len })
        .collect();
    let once = a.view(repeated_once, strides, a.offset).copy_as(dtype)?;
    broadcast_to(&once, &shape).or_else(|_| a.copy_as(dtype))
}

/// A comparison, from as few kernels per dtype as NumPy's answers allow:
/// `a > b` is `b < a` (and `>=` is `<=` swapped), which holds for NaN too;
/// `a != b` is `not a == b` (NaN != NaN is true, and NaN == NaN false);
/// and on integers, which are totally ordered, `a <= b` is `not b < a`.
/// So `<` and `==` serve the integer dtypes, and `<=` is added for floats.
fn compare<T: Element + PartialOrd, const SPECIALISED: bool>(
    op: Op,
    a: &NdArray,
    b: &NdArray,
) -> PyResult<Option<NdArray>> {
    // Known when the kernel is compiled: the `<=` loops of the integer
    // dtypes are never referenced, so they are not in the binary.
    let total_order = !T::DTYPE.is_float();
    // (kernel, operands swapped, result negated)
    let (kernel, swap, negate) = match op {
        Op::Lt => (Op::Lt, false, false),
        Op::Gt => (Op::Lt, true, false),
        Op::Le if total_order => (Op::Lt, true, true),
        Op::Ge if total_order => (Op::Lt, false, true),
        Op::Le => (Op::Le, false, false),
        Op::Ge => (Op::Le, true, false),
        Op::Eq => (Op::Eq, false, false),
        Op::Ne => (Op::Eq, false, true),
        _ => return Ok(None),
    };
    // The operands are broadcast to one shape, so swapping keeps it.
    let (x, y) = if swap { (b, a) } else { (a, b) };
    let mut out = match kernel {
        Op::Lt => map2_values::<T, bool, _, SPECIALISED>(x, y, |p, q| p < q)?,
        Op::Le if !total_order => map2_values::<T, bool, _, SPECIALISED>(x, y, |p, q| p <= q)?,
        _ => map2_values::<T, bool, _, SPECIALISED>(x, y, |p, q| p == q)?,
    };
    if negate {
        out.iter_mut().for_each(|v| *v = !*v);
    }
    Ok(Some(NdArray::new(Data::Bool(out), a.shape())))
}

fn bool_kernel(op: Op, a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    // Comparisons of bools are rare: they run as comparisons of 0 and 1
    // in the uint8 kernel (`False < True`, as NumPy orders them).
    if let Some(r) = compare::<u8, true>(op, &cast(a, DType::UInt8)?, &cast(b, DType::UInt8)?)? {
        return Ok(r);
    }
    Ok(match op {
        Op::Add | Op::Or | Op::Max | Op::FMax => map2::<bool, bool>(a, b, |x, y| x | y)?,
        Op::Mul | Op::And | Op::Min | Op::FMin => map2::<bool, bool>(a, b, |x, y| x & y)?,
        Op::Xor => map2::<bool, bool>(a, b, |x, y| x ^ y)?,
        _ => return Err(unsupported(op)),
    })
}

/// Integer `op` on `int64` or `uint64` arrays: every operator, the common
/// ones with [`map2`]'s loop for each layout when `SPECIALISED`.
fn int_kernel<T: Arith + Bits + Ord, const SPECIALISED: bool>(
    op: Op,
    a: &NdArray,
    b: &NdArray,
) -> PyResult<NdArray> {
    match int_common::<T, SPECIALISED>(op, a, b)? {
        Some(r) => Ok(r),
        None => int_rare::<T>(op, a, b),
    }
}

/// Integer `op` on `uint8` or `int32` arrays (images, labels): the common
/// operators in their own kernels; `//`, `%`, `**` and the shifts, rare
/// there, in int64, cast back (see `widened`).
fn narrow_int_kernel<T: Arith + Bits + Ord>(op: Op, a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    match int_common::<T, true>(op, a, b)? {
        Some(r) => Ok(r),
        None => widened(op, a, b, DType::Int64),
    }
}

/// The comparisons and the integer operators common in preprocessing
/// (`+ - *`, the bitwise ones, `maximum`/`minimum`); `None` for the rest.
/// `SPECIALISED`: with [`map2`]'s loop for each layout, else with
/// [`map2_plain`]'s one loop.
fn int_common<T: Arith + Bits + Ord, const SPECIALISED: bool>(
    op: Op,
    a: &NdArray,
    b: &NdArray,
) -> PyResult<Option<NdArray>> {
    if let Some(r) = compare::<T, SPECIALISED>(op, a, b)? {
        return Ok(Some(r));
    }
    Ok(Some(match op {
        Op::Add => map2_loops::<T, T, _, SPECIALISED>(a, b, T::add)?,
        Op::Sub => map2_loops::<T, T, _, SPECIALISED>(a, b, T::sub)?,
        Op::Mul => map2_loops::<T, T, _, SPECIALISED>(a, b, T::mul)?,
        Op::And => map2_loops::<T, T, _, SPECIALISED>(a, b, T::and)?,
        Op::Or => map2_loops::<T, T, _, SPECIALISED>(a, b, T::or)?,
        Op::Xor => map2_loops::<T, T, _, SPECIALISED>(a, b, T::xor)?,
        Op::Max | Op::FMax => map2_loops::<T, T, _, SPECIALISED>(a, b, |x, y| x.max(y))?,
        Op::Min | Op::FMin => map2_loops::<T, T, _, SPECIALISED>(a, b, |x, y| x.min(y))?,
        _ => return Ok(None),
    }))
}

/// `//`, `%`, `**` and the shifts on integers (`int_common` has the rest).
fn int_rare<T: Arith + Bits + Ord>(op: Op, a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    Ok(match op {
        Op::FloorDiv => map2_plain::<T, T>(a, b, T::floor_div)?,
        Op::Mod => map2_plain::<T, T>(a, b, T::modulo)?,
        Op::Pow => {
            let zero = T::default();
            let mut negative = false;
            {
                let data = b.buf.read();
                let exps = typed::<T>(&data);
                b.for_each_offset(|o| negative |= exps[o] < zero);
            }
            if negative {
                return Err(PyErr::value_error(
                    "Integers to negative integer powers are not allowed.",
                ));
            }
            map2_plain::<T, T>(a, b, T::power)?
        }
        Op::LShift => map2_plain::<T, T>(a, b, T::shl)?,
        Op::RShift => map2_plain::<T, T>(a, b, T::shr)?,
        _ => return Err(unsupported(op)),
    })
}

fn float_kernel<T: Arith>(op: Op, a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    if let Some(r) = compare::<T, true>(op, a, b)? {
        return Ok(r);
    }
    Ok(match op {
        Op::Add => map2::<T, T>(a, b, T::add)?,
        Op::Sub => map2::<T, T>(a, b, T::sub)?,
        Op::Mul => map2::<T, T>(a, b, T::mul)?,
        Op::TrueDiv => map2::<T, T>(a, b, |x, y| T::from_f64(x.f64() / y.f64()))?,
        Op::FloorDiv => map2_plain::<T, T>(a, b, T::floor_div)?,
        Op::Mod => map2_plain::<T, T>(a, b, T::modulo)?,
        Op::Pow => match constant_value::<T>(b) {
            // NumPy's fast paths for a scalar exponent.
            Some(2.0) => map2::<T, T>(a, b, |x, _| x.mul(x))?,
            Some(1.0) => map2::<T, T>(a, b, |x, _| x)?,
            Some(0.5) => map2::<T, T>(a, b, |x, _| T::from_f64(x.f64().sqrt()))?,
            _ => map2_plain::<T, T>(a, b, T::power)?,
        },
        // On ties NumPy gives the second operand (`maximum(-0., 0.)` is 0.).
        Op::Max => map2::<T, T>(a, b, |x, y| if x.is_nan() || x > y { x } else { y })?,
        Op::Min => map2::<T, T>(a, b, |x, y| if x.is_nan() || x < y { x } else { y })?,
        Op::FMax => map2_plain::<T, T>(a, b, |x, y| if y.is_nan() || x > y { x } else { y })?,
        Op::FMin => map2_plain::<T, T>(a, b, |x, y| if y.is_nan() || x < y { x } else { y })?,
        _ => return Err(unsupported(op)),
    })
}

/// The value, as f64, when `b` is one value broadcast everywhere.
fn constant_value<T: Element>(b: &NdArray) -> Option<f64> {
    if b.strides().iter().all(|&s| s == 0) && b.size() > 0 {
        let data = b.buf.read();
        typed::<T>(&data)
            .get(b.offset)
            .map(|x| x.to_scalar().as_f64())
    } else {
        None
    }
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    /// `-a`.
    Neg,
    /// `+a`.
    Pos,
    /// `abs(a)`.
    Abs,
    /// `~a`.
    Invert,
}

/// `op a`.
pub fn unary(op: Unary, a: &NdArray) -> PyResult<NdArray> {
    let dt = a.dtype;
    let out =
        match (op, dt.kind()) {
            (Unary::Pos, _) => {
                let mut c = a.copy_as(dt)?;
                c.scalar = a.scalar;
                c
            }
            (Unary::Neg, Kind::Bool) => {
                return Err(PyErr::type_error(
                    "The numpy boolean negative, the `-` operator, is not supported, use the `~` \
                 operator or the logical_not function instead.",
                ))
            }
            (Unary::Abs, Kind::Bool) => map1::<bool, bool>(a, |x| x)?,
            (Unary::Invert, Kind::Float) => return Err(PyErr::type_error(
                "ufunc 'invert' not supported for the input types, and the inputs could not be \
                 safely coerced to any supported types according to the casting rule ''safe''",
            )),
            _ => crate::with_dtype!(dt, T => unary_typed::<T>(op, a))?,
        };
    let mut out = out;
    // Operators on 0-d arrays give NumPy scalars.
    out.scalar = out.ndim() == 0;
    Ok(out)
}

fn unary_typed<T: Element>(op: Unary, a: &NdArray) -> PyResult<NdArray> {
    use super::element::Data as D;
    Ok(match T::wrap(Vec::new()) {
        D::Bool(_) => map1::<bool, bool>(a, |x| !x)?,
        D::I32(_) => int_unary::<i32>(op, a)?,
        D::I64(_) => int_unary::<i64>(op, a)?,
        D::U8(_) => int_unary::<u8>(op, a)?,
        D::U64(_) => int_unary::<u64>(op, a)?,
        // The rarer dtypes, widened and cast back: `-`, `abs` and `~` wrap
        // modulo the width (`-int8(-128)` is -128) and are exact on
        // float16 values in float32.
        D::I8(_) | D::I16(_) | D::U16(_) | D::U32(_) => unary_widened(op, a, DType::Int64)?,
        D::F16(_) => unary_widened(op, a, DType::Float32)?,
        D::F32(_) => float_unary::<f32>(op, a)?,
        D::F64(_) => float_unary::<f64>(op, a)?,
    })
}

/// `op` on `a` computed in the `wide` dtype, cast back to `a`'s.
fn unary_widened(op: Unary, a: &NdArray, wide: DType) -> PyResult<NdArray> {
    computed_in(a, wide, |w| match wide {
        DType::Int64 => int_unary::<i64>(op, w),
        _ => float_unary::<f32>(op, w),
    })
}

fn int_unary<T: Arith + Bits>(op: Unary, a: &NdArray) -> PyResult<NdArray> {
    match op {
        Unary::Neg => map1::<T, T>(a, T::neg),
        Unary::Abs => map1::<T, T>(a, T::abs),
        _ => map1::<T, T>(a, T::invert),
    }
}

fn float_unary<T: Arith>(op: Unary, a: &NdArray) -> PyResult<NdArray> {
    match op {
        Unary::Abs => map1::<T, T>(a, T::abs),
        _ => map1::<T, T>(a, T::neg),
    }
}

/// Whether NumPy's 'same_kind' casting allows `from` into `to`.
pub fn same_kind(from: DType, to: DType) -> bool {
    from.kind() <= to.kind()
}

/// Writes `src` (broadcast, cast unsafely like NumPy's setitem) into the
/// view `dst`. `target` is the Python object written through.
pub fn assign(target: &Value, dst: &NdArray, src: &NdArray) -> PyResult<()> {
    // Leading axes of length 1 that the destination lacks are dropped.
    let mut src = src.clone();
    while src.ndim() > dst.ndim() && src.dim(0) == 1 {
        src = src.view(
            src.shape()[1..].into(),
            src.strides()[1..].into(),
            src.offset,
        );
    }
    let src = broadcast_to(&src, &dst.shape())?;
    // Read the source out first: it may share the destination's buffer.
    let values = src.to_data(dst.dtype)?;
    let offsets = dst.offsets()?;
    dst.write(target, |data| {
        crate::with_data!(data, out: T => {
            let vals = typed::<T>(&values);
            if offsets.len() == vals.len() {
                for (&o, &v) in offsets.iter().zip(vals) {
                    out[o] = v;
                }
            }
        })
    })
}
