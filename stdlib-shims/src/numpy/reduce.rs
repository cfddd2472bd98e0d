//! NumPy's reductions — `sum`, `prod`, `mean`, `std`, `var`, `min`/`max`,
//! `argmin`/`argmax`, `cumsum`/`cumprod`, `all`/`any`, `count_nonzero`,
//! `average`, `median`, `ptp` and the NaN-ignoring variants — as module
//! functions and array methods sharing one implementation.
//!
//! Float sums print NumPy's digits because the additions happen in NumPy's
//! order. NumPy's iterator orders the axes by stride, merges axes that
//! step evenly, and (when the input is cast or strided) buffers it; that
//! decides which runs of elements reach the inner loop together. A run
//! that reduces into one output is summed pairwise (`pairwise_sum` in
//! `loops_utils.h.src`); runs along a kept axis are added element by
//! element. `Plan` reproduces the iterator's decisions (`nditer_constr.c`:
//! `npyiter_find_best_axis_ordering`, `npyiter_coalesce_axes`,
//! `npyiter_find_buffering_setup`), and the means and variances are
//! composed the way `numpy/_core/_methods.py` composes them.

use super::alloc::check_room;
use super::array::{c_strides, Dims, NdArray, Strides};
use super::broadcast::broadcast_to;
use super::convert::{
    as_array_keep_scalar, check_fits, dtype_arg, python_scalar, shape_text, Operand,
};
use super::dtype::{self, DType, Kind};
use super::dunders::this;
use super::element::{Data, Element, Scalar};
use super::errors::{axis_error_class, normalize_axis};
use super::errstate::runtime_warning;
use super::ops::{self, typed, Op, Unary};
use super::sort;
use half::f16;
use smallvec::SmallVec;
use std::cmp::Ordering;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::builtins::new_tuple;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

// ---------------------------------------------------------------------------
// Element arithmetic of the reduction loops
// ---------------------------------------------------------------------------

/// An element type as the accumulator of a reduction: the type its loop
/// computes in (`f32` for `float16`, as NumPy's half loops do), with
/// integers wrapping and `bool` adding as `or`, multiplying as `and`.
trait Acc: Element + PartialOrd {
    /// The type the loop computes in.
    type W: Copy;
    /// What a short pairwise block starts from (`-0.0` for floats, which
    /// keeps a sum of negative zeros negative).
    const START: Self::W;
    /// The value in the computing type.
    fn widen(self) -> Self::W;
    /// A computed value rounded back to the element type.
    fn narrow(w: Self::W) -> Self;
    /// `a + b` in the computing type.
    fn wadd(a: Self::W, b: Self::W) -> Self::W;
    /// `a * b` in the computing type.
    fn wmul(a: Self::W, b: Self::W) -> Self::W;
    /// Whether the value is NaN.
    fn nan(self) -> bool;
    /// Whether `maximum`/`minimum` keep the first of two equal values
    /// (NumPy's scalar half loops) rather than the second (its SIMD loops).
    const KEEP_FIRST: bool = false;
}

macro_rules! int_acc {
    ($($t:ty),*) => {$(
        impl Acc for $t {
            type W = $t;
            const START: $t = 0;
            fn widen(self) -> $t { self }
            fn narrow(w: $t) -> $t { w }
            fn wadd(a: $t, b: $t) -> $t { a.wrapping_add(b) }
            fn wmul(a: $t, b: $t) -> $t { a.wrapping_mul(b) }
            fn nan(self) -> bool { false }
        }
    )*};
}

int_acc!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Acc for bool {
    type W = bool;
    const START: bool = false;
    fn widen(self) -> bool {
        self
    }
    fn narrow(w: bool) -> bool {
        w
    }
    fn wadd(a: bool, b: bool) -> bool {
        a | b
    }
    fn wmul(a: bool, b: bool) -> bool {
        a & b
    }
    fn nan(self) -> bool {
        false
    }
}

macro_rules! float_acc {
    ($($t:ty),*) => {$(
        impl Acc for $t {
            type W = $t;
            const START: $t = -0.0;
            fn widen(self) -> $t { self }
            fn narrow(w: $t) -> $t { w }
            fn wadd(a: $t, b: $t) -> $t { a + b }
            fn wmul(a: $t, b: $t) -> $t { a * b }
            fn nan(self) -> bool { self.is_nan() }
        }
    )*};
}

float_acc!(f32, f64);

impl Acc for f16 {
    type W = f32;
    const START: f32 = -0.0;
    const KEEP_FIRST: bool = true;
    fn widen(self) -> f32 {
        self.to_f32()
    }
    fn narrow(w: f32) -> f16 {
        f16::from_f32(w)
    }
    fn wadd(a: f32, b: f32) -> f32 {
        a + b
    }
    fn wmul(a: f32, b: f32) -> f32 {
        a * b
    }
    fn nan(self) -> bool {
        self.is_nan()
    }
}

/// NumPy's pairwise summation of one inner-loop run: eight accumulators
/// for runs of 8 to 128 elements, halves (rounded down to a multiple of
/// eight) above that.
fn pairwise<T: Acc>(a: &[T]) -> T::W {
    let n = a.len();
    if n < 8 {
        return a.iter().fold(T::START, |r, &x| T::wadd(r, x.widen()));
    }
    if n <= 128 {
        let mut r: [T::W; 8] = std::array::from_fn(|k| a[k].widen());
        let whole = n - n % 8;
        for block in a[8..whole].chunks_exact(8) {
            for (acc, &x) in r.iter_mut().zip(block) {
                *acc = T::wadd(*acc, x.widen());
            }
        }
        let left = T::wadd(T::wadd(r[0], r[1]), T::wadd(r[2], r[3]));
        let right = T::wadd(T::wadd(r[4], r[5]), T::wadd(r[6], r[7]));
        return a[whole..]
            .iter()
            .fold(T::wadd(left, right), |s, &x| T::wadd(s, x.widen()));
    }
    let half = n / 2;
    let half = half - half % 8;
    T::wadd(pairwise(&a[..half]), pairwise(&a[half..]))
}

/// The lanes [`lanes_extreme`] keeps: one AVX2 register of `float32`.
const LANES: usize = 8;

/// A whole-row fold that may decline (see [`lanes_extreme`]).
type RowExtreme<T> = fn(&[T]) -> Option<T>;

/// The maximum (`MAX`) or minimum of a row, as [`max_of`] or [`min_of`]
/// folding it in order would give, computed in eight lanes so that the
/// loop vectorises. `None` for a short row, and where the lanes could pick
/// a different element than the ordered fold: when the row holds a NaN
/// (which NaN wins) or its extreme equals zero (which signed zero wins).
fn lanes_extreme<T: Acc, const MAX: bool>(row: &[T]) -> Option<T> {
    if row.len() < 2 * LANES {
        return None;
    }
    let better = |x: T, a: T| if MAX { x > a } else { x < a };
    let mut acc: [T; LANES] = std::array::from_fn(|k| row[k]);
    let mut nan: [bool; LANES] = std::array::from_fn(|k| row[k].nan());
    let blocks = row[LANES..].chunks_exact(LANES);
    let tail = blocks.remainder();
    for block in blocks {
        for k in 0..LANES {
            let x = block[k];
            nan[k] |= x.nan();
            acc[k] = if better(x, acc[k]) { x } else { acc[k] };
        }
    }
    let mut m = acc[0];
    for &x in acc[1..].iter().chain(tail) {
        if x.nan() {
            return None;
        }
        if better(x, m) {
            m = x;
        }
    }
    let zero = T::narrow(T::START);
    (!nan.contains(&true) && m != zero).then_some(m)
}

/// NumPy's `maximum`: NaN wins, and of equal values the later one (the
/// first for `float16`).
fn max_of<T: Acc>(a: T, x: T) -> T {
    if a.nan() || (!x.nan() && (a > x || (T::KEEP_FIRST && a >= x))) {
        a
    } else {
        x
    }
}

/// NumPy's `minimum`.
fn min_of<T: Acc>(a: T, x: T) -> T {
    if a.nan() || (!x.nan() && (a < x || (T::KEEP_FIRST && a <= x))) {
        a
    } else {
        x
    }
}

/// NumPy's `fmax`: NaN loses.
fn fmax_of<T: Acc>(a: T, x: T) -> T {
    if x.nan() || (!a.nan() && a >= x) {
        a
    } else {
        x
    }
}

/// NumPy's `fmin`.
fn fmin_of<T: Acc>(a: T, x: T) -> T {
    if x.nan() || (!a.nan() && a <= x) {
        a
    } else {
        x
    }
}

// ---------------------------------------------------------------------------
// The iteration plan: NumPy's reduction iterator
// ---------------------------------------------------------------------------

/// The iterator's operands: the result, the input, the `where` mask.
const DST: usize = 0;
const SRC: usize = 1;
const MSK: usize = 2;

/// One axis of the iteration (innermost first): its length and the
/// strides (in elements) of the result (0 along reduced axes), the input
/// and the `where` mask (0 without one).
#[derive(Clone, Copy, Debug)]
struct Axis {
    len: usize,
    st: [isize; 3],
}

/// NumPy's buffer size (`NPY_BUFSIZE`), in elements.
const BUFSIZE: usize = 8192;

/// How the iterator hands runs to the inner loop (`find_buffering_setup`).
struct Chunks {
    /// Whether it iterates in "reduce mode": one core per inner call.
    reduce_mode: bool,
    /// The elements of the axes inside `outer`.
    core: usize,
    /// The outer axis of a buffer.
    outer: usize,
    /// The most elements one inner call gets (outside reduce mode).
    size: usize,
}

/// What the search for the cheapest buffer found.
#[derive(Clone, Copy)]
struct Core {
    /// The outer axis of a buffer.
    dim: usize,
    /// The elements of the axes inside `dim`.
    core: usize,
    /// The elements of the axes up to and including `dim`.
    size: usize,
    /// For each operand, how many axes it steps through evenly (plus one).
    single: [usize; 3],
    /// The axis where the result's stride turns to or from 0 (0: none).
    outer_reduce: usize,
}

/// The axes of an input that NumPy's reduction iterator walks, and the
/// layout of the result it allocates.
struct Plan {
    /// The iteration axes, innermost first, after merging.
    axes: Vec<Axis>,
    /// The offsets of the first element of each operand.
    base: [isize; 3],
    /// The result's shape (kept axes, and 1 for reduced ones with keepdims).
    shape: Dims,
    /// The result's strides in its own buffer (NumPy's layout).
    strides: Strides,
    /// The number of results.
    out_len: usize,
    /// Whether any axis is reduced.
    reducing: bool,
    /// Whether a reduced axis is empty.
    empty_axis: bool,
}

/// NumPy's stable insertion sort of the axes by the strides of the
/// operands (zero strides do not decide; on a conflict C order wins): the
/// iteration order, innermost first.
fn order_axes(ops: &[&[isize]]) -> Vec<usize> {
    let nd = ops.first().map_or(0, |s| s.len());
    let mut perm: Vec<usize> = (0..nd).rev().collect();
    for i0 in 1..nd {
        let j0 = perm[i0];
        let mut pos = i0;
        for i1 in (0..i0).rev() {
            let j1 = perm[i1];
            let (mut ambiguous, mut swap) = (true, false);
            for st in ops {
                if st[j0] != 0 && st[j1] != 0 {
                    if st[j1].abs() <= st[j0].abs() {
                        swap = false;
                    } else if ambiguous {
                        swap = true;
                    }
                    ambiguous = false;
                }
            }
            if !ambiguous {
                if !swap {
                    break;
                }
                pos = i1;
            }
        }
        let ax = perm.remove(i0);
        perm.insert(pos, ax);
    }
    perm
}

/// The strides NumPy's iterator sees for an operand: 0 for axes of length 1.
fn iter_strides(a: &NdArray) -> Vec<isize> {
    a.shape()
        .iter()
        .zip(&a.strides())
        .map(|(&n, &s)| if n == 1 { 0 } else { s })
        .collect()
}

/// Merges neighbouring axes that step evenly for every operand.
fn coalesce(axes: Vec<Axis>) -> Vec<Axis> {
    let mut out: Vec<Axis> = Vec::with_capacity(axes.len());
    for ax in axes {
        if let Some(last) = out.last_mut() {
            let even = (0..3).all(|op| {
                let (s0, s1) = (last.st[op], ax.st[op]);
                (last.len == 1 && s0 == 0)
                    || (ax.len == 1 && s1 == 0)
                    || s0 * last.len as isize == s1
            });
            if even {
                last.len *= ax.len;
                for op in 0..3 {
                    if last.st[op] == 0 {
                        last.st[op] = ax.st[op];
                    }
                }
                continue;
            }
        }
        out.push(ax);
    }
    out
}

/// The strides of the result NumPy's iterator allocates: compact in
/// iteration order (`perm`, innermost first), reduced axes taking the
/// stride they would have as kept length-1 axes; and its size.
fn result_strides(a: &NdArray, flags: &[bool], perm: &[usize]) -> (Vec<isize>, usize) {
    let mut res = vec![0isize; a.ndim()];
    let mut running = 1usize;
    for &k in perm {
        res[k] = running as isize;
        if !flags[k] {
            running *= a.dim(k);
        }
    }
    (res, running)
}

impl Plan {
    /// The plan of reducing `a` over the axes flagged in `flags`, with a
    /// `where` mask already broadcast to `a`'s shape.
    fn new(a: &NdArray, flags: &[bool], keepdims: bool, mask: Option<&NdArray>) -> Plan {
        let src = iter_strides(a);
        let msk = mask.map_or_else(|| vec![0; a.ndim()], iter_strides);
        let perm = order_axes(&[&src, &msk]);
        let (res, out_len) = result_strides(a, flags, &perm);
        let mut axes: Vec<Axis> = perm
            .iter()
            .map(|&k| {
                let len = a.dim(k);
                let dst = if flags[k] || len == 1 { 0 } else { res[k] };
                Axis {
                    len,
                    st: [dst, src[k], msk[k]],
                }
            })
            .collect();
        if axes.is_empty() {
            axes.push(Axis { len: 1, st: [0; 3] });
        }
        let kept = (0..a.ndim()).filter(|&k| !flags[k] || keepdims);
        Plan {
            axes: coalesce(axes),
            base: [0, a.offset as isize, mask.map_or(0, |m| m.offset as isize)],
            shape: kept
                .clone()
                .map(|k| if flags[k] { 1 } else { a.dim(k) })
                .collect(),
            strides: kept.map(|k| res[k]).collect(),
            out_len,
            reducing: flags.iter().any(|&f| f),
            empty_axis: (0..a.ndim()).any(|k| flags[k] && a.dim(k) == 0),
        }
    }

    /// The number of elements iterated.
    fn total(&self) -> usize {
        self.axes.iter().map(|a| a.len).product()
    }

    /// Calls `f(result_offset, len, result_step)` for each run of the
    /// inner axis, in iteration order.
    fn walk_rows(&self, mut f: impl FnMut(isize, usize, isize)) {
        let nd = self.axes.len();
        let inner = self.axes[0];
        let mut index = vec![0usize; nd];
        let mut at = 0isize;
        loop {
            f(at, inner.len, inner.st[DST]);
            let mut k = 1;
            loop {
                if k == nd {
                    return;
                }
                let ax = self.axes[k];
                index[k] += 1;
                at += ax.st[DST];
                if index[k] < ax.len {
                    break;
                }
                at -= ax.st[DST] * ax.len as isize;
                index[k] = 0;
                k += 1;
            }
        }
    }

    /// Calls `f` with the result offset of every element, in iteration
    /// order.
    fn walk(&self, mut f: impl FnMut(usize)) {
        self.walk_rows(|at, len, step| {
            for i in 0..len as isize {
                f((at + i * step) as usize);
            }
        });
    }

    /// The elements of operand `op` (the input or the mask, held by `a`)
    /// in iteration order, cast to `dtype`: a view whose C order is the
    /// iteration order.
    fn gather(&self, a: &NdArray, op: usize, dtype: DType) -> PyResult<Data> {
        self.operand_view(a, op).to_data(dtype)
    }

    /// Operand `op` (held by `a`) as a view whose C order is the iteration
    /// order.
    fn operand_view(&self, a: &NdArray, op: usize) -> NdArray {
        let shape: Dims = self.axes.iter().rev().map(|ax| ax.len).collect();
        let strides: Strides = self.axes.iter().rev().map(|ax| ax.st[op]).collect();
        a.view(shape, strides, self.base[op] as usize)
    }

    /// Where the input's elements already lie in iteration order in its
    /// buffer, as `dtype`: the range they fill, which the loops read in
    /// place instead of a gathered copy.
    fn in_place(&self, a: &NdArray, dtype: DType) -> Option<std::ops::Range<usize>> {
        let view = self.operand_view(a, SRC);
        (a.dtype == dtype && view.is_c_contiguous()).then(|| {
            let start = self.base[SRC] as usize;
            start..start + self.total()
        })
    }

    /// The result offset of the element at iteration position `p`.
    fn out_offset(&self, mut p: usize) -> usize {
        let mut o = 0isize;
        for ax in &self.axes {
            o += (p % ax.len) as isize * ax.st[DST];
            p /= ax.len;
        }
        o as usize
    }

    /// The first half of `npyiter_find_buffering_setup`: the outer axis
    /// of a buffer that costs least, counting one for the iteration and
    /// one per operand that must be buffered (cast, or not strided evenly).
    fn search(&self, cast: bool) -> Core {
        let is_cast = [false, cast, false];
        let mut single = [1usize; 3];
        let mut cost = 1 + usize::from(cast);
        let (mut outer_reduce, mut size) = (0, self.axes[0].len);
        let mut best = (
            cost,
            Core {
                dim: 0,
                core: 1,
                size,
                single,
                outer_reduce,
            },
        );
        for idim in 1..self.axes.len() {
            if outer_reduce != 0 || (size >= BUFSIZE && cost > 1) {
                break;
            }
            let (prev, cur) = (self.axes[idim - 1], self.axes[idim]);
            for op in 0..3 {
                let (ps, s) = (prev.st[op], cur.st[op]);
                if single[op] == idim {
                    if ps * prev.len as isize == s {
                        single[op] += 1;
                        continue;
                    }
                    cost += usize::from(!is_cast[op]);
                }
                if op == DST && self.reducing && (s == 0 || ps == 0) {
                    outer_reduce = idim;
                }
            }
            let core = size;
            size *= cur.len;
            if size == 0 {
                break;
            }
            let bufsize = if size > BUFSIZE && cost > 1 {
                BUFSIZE
            } else {
                size
            };
            if (cost * best.1.size) as f64 <= (best.0 * bufsize) as f64 {
                best = (
                    cost,
                    Core {
                        dim: idim,
                        core,
                        size,
                        single,
                        outer_reduce,
                    },
                );
            }
        }
        Core {
            single,
            outer_reduce,
            ..best.1
        }
    }

    /// NumPy's choice of buffering (`npyiter_find_buffering_setup`) for
    /// the result, the input (cast or not) and the mask.
    fn chunks(&self, cast: bool) -> Chunks {
        let c = self.search(cast);
        let is_cast = [false, cast, false];
        let reduce_mode = c.outer_reduce != 0 && c.dim == c.outer_reduce;
        let outer_st = self.axes[c.outer_reduce].st;
        let must_buffer = (0..3).any(|op| {
            let is_reduce = reduce_mode
                && (op == DST
                    || (c.single[op] == c.dim && !is_cast[op])
                    || (outer_st[op] == 0 && c.single[op] <= c.dim));
            is_cast[op] || c.single[op] + usize::from(is_reduce) <= c.dim
        });
        let size = if must_buffer && BUFSIZE < c.size {
            c.core * (BUFSIZE / c.core).max(1)
        } else {
            c.size
        };
        Chunks {
            reduce_mode,
            core: c.core,
            outer: c.dim,
            size,
        }
    }

    /// Calls `f(start, len)` for every inner-loop call, in order.
    fn for_each_call(&self, ch: &Chunks, mut f: impl FnMut(usize, usize)) {
        let total = self.total();
        let (block, step) = if ch.reduce_mode {
            (ch.core, ch.core)
        } else {
            (ch.core * self.axes[ch.outer].len, ch.size)
        };
        let mut start = 0;
        while start < total {
            let end = start + block;
            let mut s = start;
            while s < end {
                let n = step.min(end - s);
                f(s, n);
                s += n;
            }
            start = end;
        }
    }

    /// The result array over `data` (NumPy's layout); 0-d results are
    /// NumPy scalars.
    fn finish(&self, data: Data) -> NdArray {
        let n = data.len();
        let flat = NdArray::new(data, SmallVec::from_slice(&[n]));
        let mut r = flat.view(self.shape.clone(), self.strides.clone(), 0);
        r.scalar = r.ndim() == 0;
        r
    }
}

// ---------------------------------------------------------------------------
// The ufunc reductions
// ---------------------------------------------------------------------------

/// The ufunc a reduction reduces with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RedOp {
    /// `add` (`sum`).
    Add,
    /// `multiply` (`prod`).
    Mul,
    /// `maximum` (`max`).
    Max,
    /// `minimum` (`min`).
    Min,
    /// `fmax` (`nanmax`).
    FMax,
    /// `fmin` (`nanmin`).
    FMin,
    /// `logical_and` (`all`).
    And,
    /// `logical_or` (`any`).
    Or,
}

impl RedOp {
    /// The ufunc's name, for errors.
    fn name(self) -> &'static str {
        match self {
            RedOp::Add => "add",
            RedOp::Mul => "multiply",
            RedOp::Max => "maximum",
            RedOp::Min => "minimum",
            RedOp::FMax => "fmax",
            RedOp::FMin => "fmin",
            RedOp::And => "logical_and",
            RedOp::Or => "logical_or",
        }
    }

    /// The ufunc's identity, the start of every result.
    fn identity(self) -> Option<Scalar> {
        match self {
            RedOp::Add => Some(Scalar::Int(0)),
            RedOp::Mul => Some(Scalar::Int(1)),
            RedOp::And => Some(Scalar::Bool(true)),
            RedOp::Or => Some(Scalar::Bool(false)),
            _ => None,
        }
    }
}

/// The gathered operands of a reduction loop, in iteration order.
struct Operands<'a, T> {
    /// The input, cast to the accumulation type.
    vals: &'a [T],
    /// The `where` mask, if any.
    mask: Option<&'a [bool]>,
}

impl<T> Operands<'_, T> {
    /// Whether the element at position `p` takes part.
    fn on(&self, p: usize) -> bool {
        self.mask.is_none_or(|m| m[p])
    }

    /// Calls `f` for each run of unmasked positions in `start..start + n`
    /// (NumPy's masked loop calls the inner loop once per run).
    fn runs(&self, start: usize, n: usize, mut f: impl FnMut(usize, usize)) {
        let Some(mask) = self.mask else {
            return f(start, n);
        };
        let (mut s, end) = (start, start + n);
        while s < end {
            while s < end && !mask[s] {
                s += 1;
            }
            let run = s;
            while s < end && mask[s] {
                s += 1;
            }
            if s > run {
                f(run, s - run);
            }
        }
    }
}

/// `add` or `multiply` into `out`, in NumPy's order: one pairwise sum (or
/// running product) per inner-loop call into a single result, element by
/// element when the inner axis is kept.
fn arith_loop<T: Acc>(plan: &Plan, ops: &Operands<'_, T>, out: &mut [T], mul: bool, cast: bool) {
    let vals = ops.vals;
    if plan.reducing && plan.axes[0].st[DST] == 0 {
        let ch = plan.chunks(cast);
        plan.for_each_call(&ch, |start, n| {
            let o = plan.out_offset(start);
            ops.runs(start, n, |s, len| {
                let run = &vals[s..s + len];
                let acc = out[o].widen();
                out[o] = T::narrow(if mul {
                    run.iter().fold(acc, |w, &x| T::wmul(w, x.widen()))
                } else {
                    T::wadd(acc, pairwise(run))
                });
            });
        });
        return;
    }
    let op = if mul { T::wmul } else { T::wadd };
    let mut p = 0;
    plan.walk(|o| {
        if ops.on(p) {
            out[o] = T::narrow(op(out[o].widen(), vals[p].widen()));
        }
        p += 1;
    });
}

/// An order-free reduction into `out`; `fresh` marks results that take
/// their first element as the start (no identity and no `initial`).
///
/// `lanes`, for `maximum` and `minimum`, folds a whole row at once where
/// it can give the ordered fold's answer (see [`lanes_extreme`]).
fn fold_loop<T: Acc>(
    plan: &Plan,
    ops: &Operands<'_, T>,
    out: &mut [T],
    fresh: bool,
    f: impl Fn(T, T) -> T,
    lanes: Option<RowExtreme<T>>,
) {
    let mut seen = vec![!fresh; out.len()];
    let mut p = 0;
    if ops.mask.is_none() && plan.axes[0].st[DST] == 0 {
        // The inner axis is reduced: each row folds into one result, in a
        // tight loop.
        plan.walk_rows(|o, len, _| {
            let o = o as usize;
            let row = &ops.vals[p..p + len];
            p += len;
            if let Some(m) = lanes.and_then(|extreme| extreme(row)) {
                out[o] = if seen[o] { f(out[o], m) } else { m };
                seen[o] = true;
                return;
            }
            let (mut acc, rest) = match (seen[o], row.split_first()) {
                (true, _) => (out[o], row),
                (false, Some((&first, rest))) => (first, rest),
                (false, None) => return,
            };
            for &x in rest {
                acc = f(acc, x);
            }
            out[o] = acc;
            seen[o] = true;
        });
        return;
    }
    plan.walk(|o| {
        if ops.on(p) {
            let x = ops.vals[p];
            out[o] = if seen[o] { f(out[o], x) } else { x };
            seen[o] = true;
        }
        p += 1;
    });
}

/// Runs `op` over the gathered operands.
///
/// `all`/`any` reduce in bool, where `logical_and`/`logical_or` are
/// `minimum`/`maximum`; on integers `fmax`/`fmin` are `maximum`/`minimum`
/// and share their loops.
fn run_loop<T: Acc>(
    plan: &Plan,
    op: RedOp,
    ops: &Operands<'_, T>,
    out: &mut [T],
    fresh: bool,
    cast: bool,
) {
    let float = T::DTYPE.is_float();
    match op {
        RedOp::Add => arith_loop(plan, ops, out, false, cast),
        RedOp::Mul => arith_loop(plan, ops, out, true, cast),
        RedOp::FMax if float => fold_loop(plan, ops, out, fresh, fmax_of, None),
        RedOp::FMin if float => fold_loop(plan, ops, out, fresh, fmin_of, None),
        // Only bool gets these loops: the guard is constant in each copy.
        RedOp::And | RedOp::Or if T::DTYPE != DType::Bool => {
            unreachable!("all and any reduce in bool")
        }
        // No lanes: they would fall back to the ordered fold on every row
        // of `any` that is all False (its extreme is zero).
        RedOp::Or => fold_loop(plan, ops, out, fresh, |a, x| max_of(a, x), None),
        RedOp::And => fold_loop(plan, ops, out, fresh, |a, x| min_of(a, x), None),
        RedOp::Max | RedOp::FMax => fold_loop(
            plan,
            ops,
            out,
            fresh,
            max_of,
            Some(lanes_extreme::<T, true>),
        ),
        RedOp::Min | RedOp::FMin => fold_loop(
            plan,
            ops,
            out,
            fresh,
            min_of,
            Some(lanes_extreme::<T, false>),
        ),
    }
}

/// The options every ufunc reduction takes.
#[derive(Clone, Copy)]
struct Reduce<'a> {
    /// Which axes are reduced.
    flags: &'a [bool],
    /// Whether reduced axes stay as length 1.
    keepdims: bool,
    /// The start value instead of the identity.
    initial: Option<Scalar>,
    /// The `where` mask, broadcast to the input's shape.
    mask: Option<&'a NdArray>,
}

impl<'a> Reduce<'a> {
    /// Plain reduction over `flags`.
    fn over(flags: &'a [bool], keepdims: bool) -> Reduce<'a> {
        Reduce {
            flags,
            keepdims,
            initial: None,
            mask: None,
        }
    }

    /// The same reduction with `keepdims` set to `keep`.
    fn keep(self, keep: bool) -> Reduce<'a> {
        Reduce {
            keepdims: keep,
            ..self
        }
    }
}

/// `np.<op>.reduce(a, axis, dtype=acc, keepdims, initial, where)`.
fn ufunc_reduce(a: &NdArray, op: RedOp, r: Reduce<'_>, acc: DType) -> PyResult<NdArray> {
    let plan = Plan::new(a, r.flags, r.keepdims, r.mask);
    let start = r.initial.or(op.identity());
    if start.is_none() && r.mask.is_some() {
        return Err(PyErr::value_error(format!(
            "reduction operation '{}' does not have an identity, so to use a where mask one has \
             to specify 'initial'",
            op.name()
        )));
    }
    if start.is_none() && plan.empty_axis {
        return Err(PyErr::value_error(format!(
            "zero-size array to reduction operation {} which has no identity",
            op.name()
        )));
    }
    // The start value wraps to the accumulator's dtype before any widening.
    let start = start.map(|s| Data::filled(acc, 1, s).get(0));
    let run = loop_dtype(acc);
    // The result (a view of a broadcast array can have more elements than
    // memory holds); it is made in `run` and cast to `acc`.
    check_room(&plan.shape, acc)?;
    if run != acc {
        check_room(&plan.shape, run)?;
    }
    let mut data = Data::filled(run, plan.out_len, start.unwrap_or(Scalar::Int(0)));
    if a.size() > 0 {
        let source = a.buf.read();
        let (vals, range) = match plan.in_place(a, run) {
            Some(range) => (None, range),
            None => (Some(plan.gather(a, SRC, run)?), 0..plan.total()),
        };
        let vals = vals.as_ref().unwrap_or(&source);
        let mask = match r.mask {
            Some(m) => Some(typed::<bool>(&plan.gather(m, MSK, DType::Bool)?).to_vec()),
            None => None,
        };
        let cast = run != a.dtype;
        macro_rules! run_as {
            ($out:expr, $t:ty) => {{
                let ops = Operands {
                    vals: &typed::<$t>(vals)[range],
                    mask: mask.as_deref(),
                };
                run_loop::<$t>(&plan, op, &ops, $out, start.is_none(), cast)
            }};
        }
        // Only the dtypes `loop_dtype` gives: loops for the others would
        // be dead code, 13 KB each.
        match &mut data {
            Data::Bool(out) => run_as!(out, bool),
            Data::I32(out) => run_as!(out, i32),
            Data::I64(out) => run_as!(out, i64),
            Data::U8(out) => run_as!(out, u8),
            Data::U64(out) => run_as!(out, u64),
            Data::F16(out) => run_as!(out, f16),
            Data::F32(out) => run_as!(out, f32),
            Data::F64(out) => run_as!(out, f64),
            Data::I8(_) | Data::I16(_) | Data::U16(_) | Data::U32(_) => {
                unreachable!("reductions of {run:?} loop in 64 bits")
            }
        }
    }
    if run != acc {
        data = data.cast(acc);
    }
    Ok(plan.finish(data))
}

/// The dtype a reduction accumulating in `acc` loops in: the rarer integer
/// dtypes loop in int64 or uint64 and are cast back, which gives the same
/// wrapped sums and products and the same extremes (their loops were
/// 12 KB of code each). Every other dtype loops in itself.
fn loop_dtype(acc: DType) -> DType {
    match acc {
        DType::Int8 | DType::Int16 => DType::Int64,
        DType::UInt16 | DType::UInt32 => DType::UInt64,
        _ => acc,
    }
}

/// The dtype `sum`/`prod`/`cumsum` accumulate in: small integers widen to
/// the platform integer, `bool` counts as `int64`.
fn add_dtype(d: DType, given: Option<DType>) -> DType {
    given.unwrap_or(match d {
        DType::Bool | DType::Int8 | DType::Int16 | DType::Int32 => DType::Int64,
        DType::UInt8 | DType::UInt16 | DType::UInt32 => DType::UInt64,
        _ => d,
    })
}

/// Whether a dtype is `bool` or an integer (what `mean` computes in float64).
fn is_exact(d: DType) -> bool {
    matches!(d.kind(), Kind::Bool | Kind::Int | Kind::UInt)
}

// ---------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------

/// The argument in slot `i`, when given and not `None`.
fn opt(slots: &[Option<Value>], i: usize) -> Option<&Value> {
    slots
        .get(i)
        .and_then(|v| v.as_ref())
        .filter(|v| !v.is_none())
}

/// A flag argument (`keepdims`, `returned`).
fn flag(vm: &mut Vm, slots: &[Option<Value>], i: usize) -> PyResult<bool> {
    match opt(slots, i) {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

/// An integer argument that must be an int (not a tuple, list or float).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.kind(), Some(ObjKind::BigInt(_)))
        || NdArray::of(v).is_some_and(|a| a.ndim() == 0 && a.dtype.is_integer());
    if !is_int {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    vm.index_of(v)
}

/// How an `axis` argument is checked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Axes {
    /// Like ufunc reductions: a 0-d array takes the int axis 0 or -1.
    Ufunc,
    /// Like `normalize_axis_index` (`mean`, `var`, `median`).
    Strict,
    /// Like `normalize_axis_tuple(argname="axis")` (`average`).
    Named,
}

/// The `axis` argument of a reduction: `None` (all axes), an int or a
/// tuple of ints, as one flag per axis.
fn axis_flags(vm: &mut Vm, nd: usize, v: Option<&Value>, how: Axes) -> PyResult<Vec<bool>> {
    let Some(v) = v else {
        return Ok(vec![true; nd]);
    };
    let mut flags = vec![false; nd];
    let axes = match v.kind() {
        Some(ObjKind::Tuple(items)) => {
            let items = items.to_vec();
            items
                .iter()
                .map(|x| int_arg(vm, x))
                .collect::<PyResult<Vec<_>>>()?
        }
        _ => {
            let ax = int_arg(vm, v)?;
            if how == Axes::Ufunc && nd == 0 && (ax == 0 || ax == -1) {
                return Ok(flags);
            }
            vec![ax]
        }
    };
    for ax in axes {
        let k = normalize_axis(ax, nd).map_err(|e| match how {
            Axes::Named => PyErr::new(
                axis_error_class(),
                format!("axis: axis {ax} is out of bounds for array of dimension {nd}"),
            ),
            _ => e,
        })?;
        if flags[k] {
            return Err(PyErr::value_error("duplicate value in 'axis'"));
        }
        flags[k] = true;
    }
    Ok(flags)
}

/// The `axis` argument of `argmax`/`cumsum`: `None` or one int (a 0-d
/// array counts as 1-d).
fn one_axis(vm: &mut Vm, nd: usize, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let ax = int_arg(vm, v)?;
            normalize_axis(ax, nd.max(1)).map(Some)
        }
    }
}

/// The `initial` argument, cast-checked like NumPy's (a Python int must
/// fit the accumulation type).
fn initial_arg(vm: &mut Vm, v: Option<&Value>, acc: DType) -> PyResult<Option<Scalar>> {
    let Some(v) = v else { return Ok(None) };
    if let Some((s, _)) = python_scalar(v)? {
        check_fits(s, acc)?;
        return Ok(Some(s));
    }
    match NdArray::of(v) {
        Some(a) if a.size() == 1 => Ok(Some(a.first())),
        _ => Err(PyErr::type_error(format!(
            "initial must be a number, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// A shape as NumPy's iterator errors write it: `(3,4)`, `(2,)`.
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

/// The `where` argument broadcast to `a`'s shape; `None` for `True`.
fn where_arg(vm: &mut Vm, a: &NdArray, v: Option<&Value>) -> PyResult<Option<NdArray>> {
    let Some(v) = v else { return Ok(None) };
    if matches!(v, Value::Bool(true)) {
        return Ok(None);
    }
    let m = as_array_keep_scalar(vm, v)?;
    if m.dtype != DType::Bool {
        return Err(PyErr::type_error(format!(
            "Cannot cast array data from dtype('{}') to dtype('bool') according to the rule 'safe'",
            m.dtype.name()
        )));
    }
    broadcast_to(&m, &a.shape()).map(Some).map_err(|_| {
        PyErr::value_error(format!(
            "operands could not be broadcast together with remapped shapes \
             [original->remapped]: {} {} ",
            tight_shape(&a.shape()),
            tight_shape(&m.shape())
        ))
    })
}

/// A number argument (`ddof`): a Python or NumPy number.
fn number_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match python_scalar(v)? {
        Some((s, _)) => Ok(s.as_f64()),
        None => Ok(as_array_keep_scalar(vm, v)?.first().as_f64()),
    }
}

/// The `ddof`/`correction` arguments of `var`/`std` as one number.
fn ddof_arg(vm: &mut Vm, slots: &[Option<Value>], ddof: usize, correction: usize) -> PyResult<f64> {
    let d = match opt(slots, ddof) {
        Some(v) => number_arg(vm, v)?,
        None => 0.0,
    };
    match opt(slots, correction) {
        Some(_) if d != 0.0 => Err(PyErr::value_error(
            "ddof and correction can't be provided simultaneously.",
        )),
        Some(v) => number_arg(vm, v),
        None => Ok(d),
    }
}

/// The `out` argument: an array to write the result into.
fn out_arg(slots: &[Option<Value>], i: usize) -> PyResult<Option<&Value>> {
    match opt(slots, i) {
        Some(v) if NdArray::of(v).is_some_and(|a| !a.scalar) => Ok(Some(v)),
        Some(_) => Err(PyErr::type_error("return arrays must be of ArrayType")),
        None => Ok(None),
    }
}

/// The result, or (with `out=`) the result written into `out`, which is
/// then what the call returns.
fn deliver(out: Option<&Value>, r: NdArray) -> PyResult<Value> {
    let Some(target) = out else {
        return Ok(r.into_value());
    };
    let dst = NdArray::of(target)
        .ok_or_else(|| PyErr::type_error("return arrays must be of ArrayType"))?;
    if dst.shape() != r.shape() {
        return Err(PyErr::value_error(format!(
            "output parameter has the wrong shape: {} where {} is needed",
            shape_text(&dst.shape()),
            shape_text(&r.shape())
        )));
    }
    ops::assign(target, dst, &r)?;
    Ok(target.clone())
}

/// The parsed common arguments of a reduction.
struct Common {
    /// Which axes are reduced.
    flags: Vec<bool>,
    /// Whether reduced axes stay as length 1.
    keepdims: bool,
    /// The `where` mask, broadcast.
    mask: Option<NdArray>,
}

impl Common {
    /// The arguments as a `Reduce` (no `initial`).
    fn reduce(&self) -> Reduce<'_> {
        Reduce {
            flags: &self.flags,
            keepdims: self.keepdims,
            initial: None,
            mask: self.mask.as_ref(),
        }
    }
}

/// Parses `axis` (slot 0), `keepdims` and `where` (slots given, if any).
fn common(
    vm: &mut Vm,
    a: &NdArray,
    slots: &[Option<Value>],
    (keepdims, mask): (usize, Option<usize>),
    how: Axes,
) -> PyResult<Common> {
    let flags = axis_flags(vm, a.ndim(), opt(slots, 0), how)?;
    let keepdims = flag(vm, slots, keepdims)?;
    let mask = match mask {
        Some(i) => where_arg(vm, a, opt(slots, i))?,
        None => None,
    };
    Ok(Common {
        flags,
        keepdims,
        mask,
    })
}

// ---------------------------------------------------------------------------
// Layouts and element maps
// ---------------------------------------------------------------------------

/// A copy of `like`'s shape holding `data` (given in C order), laid out
/// in memory the way NumPy's `order='K'` lays out a copy of `like` (what
/// `arr - mean` and `np.array(a, copy=True)` make), so that later sums
/// over it add in NumPy's order.
fn k_layout(like: &NdArray, data: Data) -> PyResult<NdArray> {
    let mut perm = order_axes(&[&iter_strides(like)]);
    perm.reverse();
    let tmp = NdArray::new(data, like.shape());
    if perm.iter().enumerate().all(|(i, &k)| i == k) {
        return Ok(tmp);
    }
    let shape: Dims = perm.iter().map(|&k| like.dim(k)).collect();
    let strides: Strides = perm.iter().map(|&k| tmp.stride(k)).collect();
    let mem = tmp.view(shape.clone(), strides, 0).to_data(tmp.dtype)?;
    let mem_strides = c_strides(&shape);
    let mut back: Strides = SmallVec::from_elem(0, perm.len());
    for (i, &k) in perm.iter().enumerate() {
        back[k] = mem_strides[i];
    }
    Ok(NdArray::new(mem, shape).view(like.shape(), back, 0))
}

/// An array with `r`'s layout and scalar-ness over new `data`.
fn like_result(r: &NdArray, data: Data) -> NdArray {
    let n = data.len();
    let mut m =
        NdArray::new(data, SmallVec::from_slice(&[n])).view(r.shape(), r.strides(), r.offset);
    m.scalar = r.scalar;
    m
}

/// A fresh result with every buffer element mapped and cast to `dtype`,
/// keeping its layout and scalar-ness.
fn map_elems(r: &NdArray, dtype: DType, f: impl Fn(Scalar) -> Scalar) -> NdArray {
    let data = r.buf.read();
    let out = crate::with_dtype!(dtype, T => {
        T::wrap((0..data.len()).map(|i| T::from_scalar(f(data.get(i)))).collect())
    });
    like_result(r, out)
}

/// `r / b` element by element (`b` in C order of `r`'s shape), computed
/// in float64 and cast to `dtype`, as NumPy's `true_divide(r, b,
/// casting='unsafe')` into an array of `dtype`.
fn divide_by(r: &NdArray, b: &[f64], dtype: DType) -> PyResult<NdArray> {
    let data = r.buf.read();
    let mut out = Data::zeros(dtype, data.len());
    for (i, o) in r.offsets()?.into_iter().enumerate() {
        let d = b.get(i).copied().unwrap_or(f64::NAN);
        out.set(o, Scalar::Float(data.get(o).as_f64() / d));
    }
    Ok(like_result(r, out))
}

/// A float64 result cast to float16, through float32 first when `twice`
/// (NumPy's float16 mean of an array goes float64 → float32 → float16).
fn to_half(r: &NdArray, twice: bool) -> NdArray {
    let r = if twice {
        map_elems(r, DType::Float32, |x| x)
    } else {
        r.clone()
    };
    map_elems(&r, DType::Float16, |x| x)
}

/// `sqrt` in the result's own precision.
fn sqrt_in(r: &NdArray) -> NdArray {
    let d = r.dtype;
    map_elems(r, d, move |x| {
        let v = x.as_f64();
        Scalar::Float(match d {
            DType::Float16 | DType::Float32 => (v as f32).sqrt() as f64,
            _ => v.sqrt(),
        })
    })
}

/// A K-layout copy of a float array with NaNs replaced by `fill`, and the
/// NaN mask (also K-layout); `None` for non-float arrays.
fn replace_nan(a: &NdArray, fill: f64) -> PyResult<Option<(NdArray, NdArray)>> {
    if !a.dtype.is_float() {
        return Ok(None);
    }
    let vals = a.to_vec::<f64>()?;
    let mask: Vec<bool> = vals.iter().map(|x| x.is_nan()).collect();
    let filled = vals
        .iter()
        .map(|&x| if x.is_nan() { fill } else { x })
        .collect();
    let data = Data::F64(filled).cast(a.dtype);
    Ok(Some((k_layout(a, data)?, k_layout(a, Data::Bool(mask))?)))
}

/// The number of elements reduced into each result (C order of the
/// result's shape): the counts of `where` when masked.
fn counts(a: &NdArray, r: Reduce<'_>) -> PyResult<Vec<f64>> {
    match r.mask {
        Some(m) => {
            let plain = Reduce {
                mask: None,
                initial: None,
                ..r
            };
            ufunc_reduce(m, RedOp::Add, plain, DType::Int64)?.to_vec::<f64>()
        }
        None => {
            let n = (0..a.ndim())
                .filter(|&k| r.flags[k])
                .map(|k| a.dim(k))
                .product::<usize>();
            let plan = Plan::new(a, r.flags, r.keepdims, None);
            Ok(vec![n as f64; plan.out_len])
        }
    }
}

// ---------------------------------------------------------------------------
// sum, prod, max, min, all, any and their NaN variants
// ---------------------------------------------------------------------------

/// `sum`/`prod`: slots are `axis, dtype, out, keepdims, initial, where`.
fn sum_like(vm: &mut Vm, a: NdArray, s: &[Option<Value>], op: RedOp) -> PyResult<Value> {
    let out = out_arg(s, 2)?;
    let c = common(vm, &a, s, (3, Some(5)), Axes::Ufunc)?;
    let acc = add_dtype(a.dtype, dtype_arg(vm, opt(s, 1))?);
    let initial = initial_arg(vm, opt(s, 4), acc)?;
    let r = Reduce {
        initial,
        ..c.reduce()
    };
    deliver(out, ufunc_reduce(&a, op, r, acc)?)
}

/// `max`/`min`/`nanmax`/`nanmin`: slots are `axis, out, keepdims,
/// initial, where`.
fn max_like(vm: &mut Vm, a: NdArray, s: &[Option<Value>], op: RedOp) -> PyResult<Value> {
    let out = out_arg(s, 1)?;
    let c = common(vm, &a, s, (2, Some(4)), Axes::Ufunc)?;
    let initial = initial_arg(vm, opt(s, 3), a.dtype)?;
    let r = Reduce {
        initial,
        ..c.reduce()
    };
    let res = ufunc_reduce(&a, op, r, a.dtype)?;
    // `nanmax`/`nanmin` warn when a result is NaN (NumPy tests
    // `np.isnan(res).any()` after `fmax.reduce`).
    if matches!(op, RedOp::FMax | RedOp::FMin)
        && res.dtype.is_float()
        && res.to_vec::<f64>()?.iter().any(|v| v.is_nan())
    {
        runtime_warning(vm, "All-NaN slice encountered")?;
    }
    deliver(out, res)
}

/// `all`/`any`: slots are `axis, out, keepdims, where`.
fn all_like(vm: &mut Vm, a: NdArray, s: &[Option<Value>], op: RedOp) -> PyResult<Value> {
    let out = out_arg(s, 1)?;
    let c = common(vm, &a, s, (2, Some(3)), Axes::Ufunc)?;
    deliver(out, ufunc_reduce(&a, op, c.reduce(), DType::Bool)?)
}

fn sum_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    sum_like(vm, a, s, RedOp::Add)
}

fn prod_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    sum_like(vm, a, s, RedOp::Mul)
}

fn max_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    max_like(vm, a, s, RedOp::Max)
}

fn min_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    max_like(vm, a, s, RedOp::Min)
}

fn all_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    all_like(vm, a, s, RedOp::And)
}

fn any_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    all_like(vm, a, s, RedOp::Or)
}

fn nansum_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let a = replace_nan(&a, 0.0)?.map_or(a, |(c, _)| c);
    sum_like(vm, a, s, RedOp::Add)
}

fn nanprod_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let a = replace_nan(&a, 1.0)?.map_or(a, |(c, _)| c);
    sum_like(vm, a, s, RedOp::Mul)
}

fn nanmax_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    max_like(vm, a, s, RedOp::FMax)
}

fn nanmin_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    max_like(vm, a, s, RedOp::FMin)
}

/// An array as an operand of `ops::binary`.
fn operand(a: NdArray) -> Operand {
    Operand::Array(a)
}

/// `np.ptp(a, axis, out, keepdims)`: `max - min`.
fn ptp_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let out = out_arg(s, 1)?;
    let c = common(vm, &a, s, (2, None), Axes::Ufunc)?;
    let hi = ufunc_reduce(&a, RedOp::Max, c.reduce(), a.dtype)?;
    let lo = ufunc_reduce(&a, RedOp::Min, c.reduce(), a.dtype)?;
    deliver(out, ops::binary(Op::Sub, operand(hi), operand(lo))?)
}

/// `np.count_nonzero(a, axis=None, *, keepdims=False)`.
fn count_nonzero_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let c = common(vm, &a, s, (1, None), Axes::Ufunc)?;
    let bools = a.copy_as(DType::Bool)?;
    ufunc_reduce(&bools, RedOp::Add, c.reduce(), DType::Int64).map(NdArray::into_value)
}

// ---------------------------------------------------------------------------
// mean, var, std and their NaN variants
// ---------------------------------------------------------------------------

/// `a.mean(axis, dtype, keepdims, where)` as `_methods._mean` computes
/// it: a sum in the accumulation dtype (float64 for integers, float32 for
/// float16) divided by the count in float64.
fn mean_of(a: &NdArray, r: Reduce<'_>, dtype: Option<DType>) -> PyResult<NdArray> {
    let half = dtype.is_none() && a.dtype == DType::Float16;
    let acc = match dtype {
        Some(d) => d,
        None if is_exact(a.dtype) => DType::Float64,
        None if half => DType::Float32,
        None => a.dtype,
    };
    let sum = ufunc_reduce(a, RedOp::Add, r, acc)?;
    let n = counts(a, r)?;
    if half {
        let q = divide_by(&sum, &n, DType::Float64)?;
        return Ok(to_half(&q, !q.scalar));
    }
    divide_by(&sum, &n, acc)
}

/// `a.var(axis, dtype, ddof, keepdims, where)` as `_methods._var`
/// computes it: the mean (kept dims), the squared deviations in a
/// K-layout array, their sum, divided by `max(n - ddof, 0)`.
fn var_of(a: &NdArray, r: Reduce<'_>, dtype: Option<DType>, ddof: f64) -> PyResult<NdArray> {
    let acc = dtype.or(if is_exact(a.dtype) {
        Some(DType::Float64)
    } else {
        None
    });
    let mean_dtype = add_dtype(a.dtype, acc);
    let keep = r.keep(true);
    let sum = ufunc_reduce(a, RedOp::Add, keep, mean_dtype)?;
    let mut mean = divide_by(&sum, &counts(a, keep)?, mean_dtype)?;
    mean.scalar = false;
    let mut plain = a.clone();
    plain.scalar = false;
    let dev = ops::binary(Op::Sub, operand(plain), operand(mean))?;
    let sq = ops::binary(Op::Mul, operand(dev.clone()), operand(dev))?;
    let sq = k_layout(a, sq.to_data(sq.dtype)?)?;
    let total = ufunc_reduce(&sq, RedOp::Add, r, add_dtype(sq.dtype, acc))?;
    let dof: Vec<f64> = counts(a, r)?
        .into_iter()
        .map(|n| (n - ddof).max(0.0))
        .collect();
    divide_by(&total, &dof, total.dtype)
}

/// `mean`: slots are `axis, dtype, out, keepdims, where`.
fn mean_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let out = out_arg(s, 2)?;
    let c = common(vm, &a, s, (3, Some(4)), Axes::Strict)?;
    let dtype = dtype_arg(vm, opt(s, 1))?;
    deliver(out, mean_of(&a, c.reduce(), dtype)?)
}

/// `var`/`std` and their NaN variants: slots are `axis, dtype, out, ddof,
/// keepdims, where, mean, correction`.
fn var_like(
    vm: &mut Vm,
    a: NdArray,
    s: &[Option<Value>],
    nan: bool,
    root: bool,
) -> PyResult<Value> {
    let out = out_arg(s, 2)?;
    if opt(s, 6).is_some() {
        return Err(PyErr::type_error(
            "taipan's numpy: var() and std() do not support mean=",
        ));
    }
    let replaced = if nan { replace_nan(&a, 0.0)? } else { None };
    let how = if replaced.is_some() {
        Axes::Ufunc
    } else {
        Axes::Strict
    };
    let c = common(vm, &a, s, (4, Some(5)), how)?;
    let dtype = dtype_arg(vm, opt(s, 1))?;
    let ddof = ddof_arg(vm, s, 3, 7)?;
    let var = match replaced {
        Some((filled, mask)) => {
            if dtype.is_some_and(|d| !d.is_float()) {
                return Err(PyErr::type_error(
                    "If a is inexact, then dtype must be inexact",
                ));
            }
            let (var, bad_dof) = nanvar_of(&filled, &mask, c.reduce(), dtype, ddof)?;
            if bad_dof {
                runtime_warning(vm, "Degrees of freedom <= 0 for slice.")?;
            }
            var
        }
        None => var_of(&a, c.reduce(), dtype, ddof)?,
    };
    deliver(out, if root { sqrt_in(&var) } else { var })
}

fn var_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    var_like(vm, a, s, false, false)
}

fn std_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    var_like(vm, a, s, false, true)
}

fn nanvar_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    var_like(vm, a, s, true, false)
}

fn nanstd_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    var_like(vm, a, s, true, true)
}

/// The counts of non-NaN elements (`np.sum(~mask, dtype=intp)`), in C order.
fn valid_counts(mask: &NdArray, r: Reduce<'_>) -> PyResult<Vec<f64>> {
    let valid = ops::unary(Unary::Invert, mask)?;
    let valid = k_layout(mask, valid.to_data(DType::Bool)?)?;
    ufunc_reduce(&valid, RedOp::Add, r, DType::Int64)?.to_vec::<f64>()
}

/// `np.nanmean` of a float array whose NaNs are already zeros, and
/// whether some slice had no numbers (NaN there, and NumPy warns).
fn nanmean_of(
    filled: &NdArray,
    mask: &NdArray,
    r: Reduce<'_>,
    dtype: Option<DType>,
) -> PyResult<(NdArray, bool)> {
    let cnt = valid_counts(mask, r)?;
    let acc = dtype.unwrap_or(filled.dtype);
    let tot = ufunc_reduce(filled, RedOp::Add, r, acc)?;
    Ok((divide_by(&tot, &cnt, acc)?, cnt.contains(&0.0)))
}

/// `np.nanvar` of a float array whose NaNs are already zeros, as
/// `_nanfunctions_impl.nanvar` computes it, and whether some slice had
/// no degrees of freedom left (NaN there, and NumPy warns).
fn nanvar_of(
    filled: &NdArray,
    mask: &NdArray,
    r: Reduce<'_>,
    dtype: Option<DType>,
    ddof: f64,
) -> PyResult<(NdArray, bool)> {
    let keep = r.keep(true);
    let cnt = valid_counts(mask, keep)?;
    let acc = dtype.unwrap_or(filled.dtype);
    let mut avg = divide_by(&ufunc_reduce(filled, RedOp::Add, keep, acc)?, &cnt, acc)?;
    avg.scalar = false;
    let dev = ops::binary(Op::Sub, operand(filled.clone()), operand(avg))?;
    let is_nan = mask.to_vec::<bool>()?;
    let dev_vals: Vec<f64> = dev
        .to_vec::<f64>()?
        .into_iter()
        .zip(&is_nan)
        .map(|(x, &m)| if m { 0.0 } else { x })
        .collect();
    let dev = NdArray::new(Data::F64(dev_vals).cast(filled.dtype), filled.shape());
    let sq = ops::binary(Op::Mul, operand(dev.clone()), operand(dev))?;
    let sq = k_layout(filled, sq.to_data(filled.dtype)?)?;
    let total = ufunc_reduce(&sq, RedOp::Add, r, acc)?;
    let dof: Vec<f64> = cnt.iter().map(|&c| c - ddof).collect();
    let var = divide_by(&total, &dof, total.dtype)?;
    let bad: Vec<bool> = dof.iter().map(|&d| d <= 0.0).collect();
    Ok((nan_where(&var, &bad)?, bad.contains(&true)))
}

/// `r` with NaN where `bad` (in C order) is set.
fn nan_where(r: &NdArray, bad: &[bool]) -> PyResult<NdArray> {
    if !bad.iter().any(|&b| b) {
        return Ok(r.clone());
    }
    let mut data = r.buf.read().clone();
    for (o, &b) in r.offsets()?.into_iter().zip(bad) {
        if b {
            data.set(o, Scalar::Float(f64::NAN));
        }
    }
    Ok(like_result(r, data))
}

/// `nanmean`: slots are `axis, dtype, out, keepdims, where`.
fn nanmean_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let Some((filled, mask)) = replace_nan(&a, 0.0)? else {
        return mean_impl(vm, a, s);
    };
    let out = out_arg(s, 2)?;
    let c = common(vm, &a, s, (3, Some(4)), Axes::Ufunc)?;
    let dtype = dtype_arg(vm, opt(s, 1))?;
    if dtype.is_some_and(|d| !d.is_float()) {
        return Err(PyErr::type_error(
            "If a is inexact, then dtype must be inexact",
        ));
    }
    let (avg, empty) = nanmean_of(&filled, &mask, c.reduce(), dtype)?;
    if empty {
        runtime_warning(vm, "Mean of empty slice")?;
    }
    deliver(out, avg)
}

// ---------------------------------------------------------------------------
// argmax, argmin
// ---------------------------------------------------------------------------

/// The lanes of `a` along `axis` (or of its flattening), contiguous, and
/// the shape of the array of lanes.
fn lanes(a: &NdArray, axis: Option<usize>, dtype: DType) -> PyResult<(Data, usize, Dims)> {
    Ok(match axis {
        Some(k) if a.ndim() > 0 => {
            let mut order: Vec<usize> = (0..a.ndim()).filter(|&i| i != k).collect();
            order.push(k);
            let shape: Dims = order.iter().map(|&i| a.dim(i)).collect();
            let strides: Strides = order.iter().map(|&i| a.stride(i)).collect();
            let moved = a.view(shape, strides, a.offset);
            let outer: Dims = order[..order.len() - 1].iter().map(|&i| a.dim(i)).collect();
            (moved.to_data(dtype)?, a.dim(k), outer)
        }
        _ => (a.to_data(dtype)?, a.size(), Dims::new()),
    })
}

/// The index of the first maximum (or minimum) of a lane; the first NaN wins.
fn arg_lane<T: Acc>(lane: &[T], max: bool) -> i64 {
    let mut best = lane[0];
    let mut at = 0;
    if best.nan() {
        return 0;
    }
    for (i, &x) in lane.iter().enumerate().skip(1) {
        // NaN compares as unordered, and so always wins.
        let better = match x.partial_cmp(&best) {
            None => true,
            Some(o) => {
                o == if max {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
        };
        if better {
            best = x;
            at = i;
            if best.nan() {
                break;
            }
        }
    }
    at as i64
}

/// `np.argmax`/`np.argmin` along one axis or over the flattened array.
fn arg_reduce(a: &NdArray, axis: Option<usize>, keepdims: bool, max: bool) -> PyResult<NdArray> {
    let (data, m, outer) = lanes(a, axis, a.dtype)?;
    if m == 0 {
        let which = if max { "argmax" } else { "argmin" };
        return Err(PyErr::value_error(format!(
            "attempt to get {which} of an empty sequence"
        )));
    }
    let idx: Vec<i64> = crate::with_data!(&data, v: T => {
        v.chunks(m).map(|lane| arg_lane::<T>(lane, max)).collect()
    });
    let shape: Dims = match (axis, keepdims) {
        (None, true) => SmallVec::from_elem(1, a.ndim()),
        (Some(k), true) if a.ndim() > 0 => {
            let mut s = a.shape();
            s[k] = 1;
            s
        }
        _ => outer,
    };
    let mut r = NdArray::new(Data::I64(idx), shape);
    r.scalar = r.ndim() == 0;
    Ok(r)
}

/// `argmax`/`argmin`: slots are `axis, out, keepdims`.
fn arg_like(vm: &mut Vm, a: &NdArray, s: &[Option<Value>], max: bool) -> PyResult<Value> {
    let out = out_arg(s, 1)?;
    let axis = one_axis(vm, a.ndim(), opt(s, 0))?;
    let keepdims = flag(vm, s, 2)?;
    deliver(out, arg_reduce(a, axis, keepdims, max)?)
}

fn argmax_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    arg_like(vm, &a, s, true)
}

fn argmin_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    arg_like(vm, &a, s, false)
}

/// `nanargmax`/`nanargmin`: NaNs become ∓inf; an all-NaN lane is an error.
fn nanarg_like(vm: &mut Vm, a: NdArray, s: &[Option<Value>], max: bool) -> PyResult<Value> {
    let fill = if max {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    };
    let Some((filled, mask)) = replace_nan(&a, fill)? else {
        return arg_like(vm, &a, s, max);
    };
    if mask.size() > 0 {
        // NumPy checks with `np.all(mask, axis=axis)` first.
        let flags = axis_flags(vm, a.ndim(), opt(s, 0), Axes::Ufunc)?;
        let all_nan = ufunc_reduce(&mask, RedOp::And, Reduce::over(&flags, false), DType::Bool)?;
        if all_nan.to_vec::<bool>()?.into_iter().any(|b| b) {
            return Err(PyErr::value_error("All-NaN slice encountered"));
        }
    }
    arg_like(vm, &filled, s, max)
}

fn nanargmax_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    nanarg_like(vm, a, s, true)
}

fn nanargmin_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    nanarg_like(vm, a, s, false)
}

// ---------------------------------------------------------------------------
// cumsum, cumprod
// ---------------------------------------------------------------------------

/// Running sums (or products) along each lane, rounding at every step.
fn accumulate_lanes<T: Acc>(v: &mut [T], m: usize, mul: bool) {
    let op = if mul { T::wmul } else { T::wadd };
    for lane in v.chunks_mut(m.max(1)) {
        for i in 1..lane.len() {
            lane[i] = T::narrow(op(lane[i - 1].widen(), lane[i].widen()));
        }
    }
}

/// `np.cumsum`/`np.cumprod` (`add.accumulate` in `acc`) along `axis`, or
/// over the flattened array.
fn accumulate(a: &NdArray, axis: Option<usize>, acc: DType, mul: bool) -> PyResult<NdArray> {
    let (mut data, m, outer) = lanes(a, axis, acc)?;
    crate::with_data!(&mut data, v: T => accumulate_lanes::<T>(v, m, mul));
    let Some(k) = axis.filter(|_| a.ndim() > 0) else {
        let n = data.len();
        return Ok(NdArray::new(data, SmallVec::from_slice(&[n])));
    };
    let mut moved_shape = outer;
    moved_shape.push(m);
    let moved = NdArray::new(data, moved_shape);
    // Put the lane axis back in its place.
    let nd = a.ndim();
    let mut strides: Strides = SmallVec::from_elem(0, nd);
    let mut src = 0;
    for (i, s) in strides.iter_mut().enumerate() {
        if i == k {
            *s = moved.stride(nd - 1);
        } else {
            *s = moved.stride(src);
            src += 1;
        }
    }
    moved.view(a.shape(), strides, 0).copy_as(acc)
}

/// `cumsum`/`cumprod`: slots are `axis, dtype, out`.
fn cum_like(vm: &mut Vm, a: &NdArray, s: &[Option<Value>], mul: bool) -> PyResult<Value> {
    let out = out_arg(s, 2)?;
    let axis = one_axis(vm, a.ndim(), opt(s, 0))?;
    let acc = add_dtype(a.dtype, dtype_arg(vm, opt(s, 1))?);
    deliver(out, accumulate(a, axis, acc, mul)?)
}

fn cumsum_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    cum_like(vm, &a, s, false)
}

fn cumprod_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    cum_like(vm, &a, s, true)
}

fn nancumsum_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let a = replace_nan(&a, 0.0)?.map_or(a, |(c, _)| c);
    cum_like(vm, &a, s, false)
}

fn nancumprod_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let a = replace_nan(&a, 1.0)?.map_or(a, |(c, _)| c);
    cum_like(vm, &a, s, true)
}

// ---------------------------------------------------------------------------
// median, average
// ---------------------------------------------------------------------------

/// The middle one or two values of each lane (in NumPy's sort order, NaN
/// last), and whether each lane held a NaN. The lanes are ordered by
/// their sort keys, so one sort serves every dtype (see `sort::sort_key`).
fn middles<T: Acc>(v: &[T], m: usize) -> (Vec<T>, Vec<bool>) {
    let mut mids = Vec::new();
    let mut nans = Vec::new();
    for lane in v.chunks(m) {
        let order = sort::stable_order(&sort::sort_keys(lane));
        let h = m / 2;
        if m.is_multiple_of(2) {
            mids.extend([lane[order[h - 1]], lane[order[h]]]);
        } else {
            mids.push(lane[order[h]]);
        }
        nans.push(lane[order[m - 1]].nan());
    }
    (mids, nans)
}

/// `np.median` along the flagged axes: the mean of the middle values of
/// each sorted lane (NaN where a lane holds NaN).
fn median_of(a: &NdArray, flags: &[bool], keepdims: bool) -> PyResult<NdArray> {
    let nd = a.ndim();
    let mut order: Vec<usize> = (0..nd).filter(|&k| !flags[k]).collect();
    let kept = order.len();
    order.extend((0..nd).filter(|&k| flags[k]));
    let shape: Dims = order.iter().map(|&k| a.dim(k)).collect();
    let strides: Strides = order.iter().map(|&k| a.stride(k)).collect();
    let moved = a.view(shape, strides, a.offset);
    let mut part_shape: Dims = moved.shape()[..kept].iter().copied().collect();
    let m: usize = moved.shape()[kept..].iter().product();
    let (mids, nans) = if m == 0 {
        (Data::zeros(a.dtype, 0), Vec::new())
    } else {
        let data = moved.to_data(a.dtype)?;
        crate::with_data!(&data, v: T => {
            let (mids, nans) = middles::<T>(v, m);
            (T::wrap(mids), nans)
        })
    };
    part_shape.push(if m == 0 { 0 } else { 2 - m % 2 });
    let part = NdArray::new(mids, part_shape);
    let mut lane_flags = vec![false; kept + 1];
    lane_flags[kept] = true;
    let mean = mean_of(&part, Reduce::over(&lane_flags, false), None)?;
    let r = nan_where(&mean, &nans)?;
    if !keepdims {
        return Ok(r);
    }
    let shape: Dims = (0..nd)
        .map(|k| if flags[k] { 1 } else { a.dim(k) })
        .collect();
    Ok(NdArray::new(r.to_data(r.dtype)?, shape))
}

/// `np.median(a, axis, out, overwrite_input, keepdims)`.
fn median_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let out = out_arg(s, 1)?;
    let c = common(vm, &a, s, (3, None), Axes::Strict)?;
    deliver(out, median_of(&a, &c.flags, c.keepdims)?)
}

/// The weights of `np.average`, shaped to broadcast against `a`.
fn average_weights(
    vm: &mut Vm,
    a: &NdArray,
    w: &Value,
    flags: &[bool],
    axis_given: bool,
) -> PyResult<NdArray> {
    let w = as_array_keep_scalar(vm, w)?;
    if w.shape() == a.shape() {
        return Ok(w);
    }
    if !axis_given {
        return Err(PyErr::type_error(
            "Axis must be specified when shapes of a and weights differ.",
        ));
    }
    let along: Dims = (0..a.ndim())
        .filter(|&k| flags[k])
        .map(|k| a.dim(k))
        .collect();
    if w.shape() != along {
        return Err(PyErr::value_error(
            "Shape of weights must be consistent with shape of a along specified axis.",
        ));
    }
    let shape: Dims = (0..a.ndim())
        .map(|k| if flags[k] { a.dim(k) } else { 1 })
        .collect();
    Ok(NdArray::new(w.to_data(w.dtype)?, shape))
}

/// `np.average` with weights: `sum(a * w) / sum(w)` in the promoted dtype
/// (at least float64 for integer `a`); returns the average and `sum(w)`.
fn weighted_average(a: &NdArray, w: &NdArray, r: Reduce<'_>) -> PyResult<(NdArray, NdArray)> {
    let mut result = dtype::promote(a.dtype, w.dtype);
    if is_exact(a.dtype) {
        result = dtype::promote(result, DType::Float64);
    }
    let scl = ufunc_reduce(w, RedOp::Add, r, result)?;
    if scl.to_vec::<f64>()?.contains(&0.0) {
        return Err(PyErr::zero_division(
            "Weights sum to zero, can't be normalized",
        ));
    }
    let prod = ops::binary(
        Op::Mul,
        operand(ops::cast(a, result)?),
        operand(ops::cast(w, result)?),
    )?;
    let total = ufunc_reduce(&prod, RedOp::Add, r, result)?;
    let avg = ops::binary(Op::TrueDiv, operand(total), operand(scl.clone()))?;
    Ok((avg, scl))
}

/// `np.average(a, axis, weights, returned, keepdims)`.
fn average_impl(vm: &mut Vm, a: NdArray, s: &[Option<Value>]) -> PyResult<Value> {
    let c = common(vm, &a, s, (3, None), Axes::Named)?;
    let returned = flag(vm, s, 2)?;
    let (avg, scl) = match opt(s, 1).cloned() {
        None => {
            let avg = mean_of(&a, c.reduce(), None)?;
            if avg.size() == 0 {
                return Err(PyErr::zero_division("division by zero"));
            }
            let n = a.size() as f64 / avg.size() as f64;
            (
                avg.clone(),
                NdArray::new_scalar(Scalar::Float(n), avg.dtype),
            )
        }
        Some(w) => {
            let w = average_weights(vm, &a, &w, &c.flags, opt(s, 0).is_some())?;
            weighted_average(&a, &w, c.reduce())?
        }
    };
    if !returned {
        return Ok(avg.into_value());
    }
    let scl = if scl.shape() == avg.shape() {
        scl
    } else {
        let mut b = broadcast_to(&scl, &avg.shape())?.copy_as(scl.dtype)?;
        b.scalar = b.ndim() == 0;
        b
    };
    Ok(new_tuple(vec![avg.into_value(), scl.into_value()]))
}

// ---------------------------------------------------------------------------
// Python entry points
// ---------------------------------------------------------------------------

/// The shared implementation behind a method and a module function: the
/// array and the arguments after it.
type Impl = fn(&mut Vm, NdArray, &[Option<Value>]) -> PyResult<Value>;

/// Calls `imp` for `a.name(...)`.
fn method(vm: &mut Vm, args: Args<'_>, name: &str, params: &[&str], imp: Impl) -> PyResult<Value> {
    let (_, a) = this(name, &args)?;
    let a = a.clone();
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let slots = parse_args(name, rest, params, 0)?;
    imp(vm, a.into_owned(), &slots)
}

/// Calls `imp` for `np.name(a, ...)`, `a` any array-like.
fn function(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    params: &[&str],
    imp: Impl,
) -> PyResult<Value> {
    // NumPy calls `a.<name>(...)` of an array-like that is no ndarray:
    // complex arrays have their own sum and mean.
    if let Some(first) = args
        .pos
        .first()
        .filter(|v| super::fft::ComplexArray::of(v).is_some())
    {
        if let Some(method) = vm.lookup_type_attr(first, name) {
            return vm.call(&method, args.pos, args.kw);
        }
    }
    let mut names = vec!["a"];
    names.extend_from_slice(params);
    let slots = parse_args(name, args, &names, 1)?;
    let a = as_array_keep_scalar(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    imp(vm, a, &slots[1..])
}

const SUM: &[&str] = &["axis", "dtype", "out", "keepdims", "initial", "where"];
const MEAN: &[&str] = &["axis", "dtype", "out", "keepdims", "where"];
const VAR: &[&str] = &[
    "axis",
    "dtype",
    "out",
    "ddof",
    "keepdims",
    "where",
    "mean",
    "correction",
];
const MAX: &[&str] = &["axis", "out", "keepdims", "initial", "where"];
const ARG: &[&str] = &["axis", "out", "keepdims"];
const CUM: &[&str] = &["axis", "dtype", "out"];
const ALL: &[&str] = &["axis", "out", "keepdims", "where"];
const PTP: &[&str] = &["axis", "out", "keepdims"];
const COUNT: &[&str] = &["axis", "keepdims"];
const AVERAGE: &[&str] = &["axis", "weights", "returned", "keepdims"];
const MEDIAN: &[&str] = &["axis", "out", "overwrite_input", "keepdims"];

macro_rules! entries {
    ($($method:ident / $func:ident: $name:literal, $params:ident, $imp:ident;)*) => {$(
        fn $method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            method(vm, args, $name, $params, $imp)
        }
        fn $func(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            function(vm, args, $name, $params, $imp)
        }
    )*};
}

entries! {
    sum_m / sum_f: "sum", SUM, sum_impl;
    prod_m / prod_f: "prod", SUM, prod_impl;
    mean_m / mean_f: "mean", MEAN, mean_impl;
    std_m / std_f: "std", VAR, std_impl;
    var_m / var_f: "var", VAR, var_impl;
    max_m / max_f: "max", MAX, max_impl;
    min_m / min_f: "min", MAX, min_impl;
    argmax_m / argmax_f: "argmax", ARG, argmax_impl;
    argmin_m / argmin_f: "argmin", ARG, argmin_impl;
    cumsum_m / cumsum_f: "cumsum", CUM, cumsum_impl;
    cumprod_m / cumprod_f: "cumprod", CUM, cumprod_impl;
    all_m / all_f: "all", ALL, all_impl;
    any_m / any_f: "any", ALL, any_impl;
}

macro_rules! functions {
    ($($func:ident: $name:literal, $params:ident, $imp:ident;)*) => {$(
        fn $func(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            function(vm, args, $name, $params, $imp)
        }
    )*};
}

functions! {
    amax_f: "amax", MAX, max_impl;
    amin_f: "amin", MAX, min_impl;
    ptp_f: "ptp", PTP, ptp_impl;
    count_nonzero_f: "count_nonzero", COUNT, count_nonzero_impl;
    average_f: "average", AVERAGE, average_impl;
    median_f: "median", MEDIAN, median_impl;
    nansum_f: "nansum", SUM, nansum_impl;
    nanprod_f: "nanprod", SUM, nanprod_impl;
    nanmean_f: "nanmean", MEAN, nanmean_impl;
    nanvar_f: "nanvar", VAR, nanvar_impl;
    nanstd_f: "nanstd", VAR, nanstd_impl;
    nanmax_f: "nanmax", MAX, nanmax_impl;
    nanmin_f: "nanmin", MAX, nanmin_impl;
    nanargmax_f: "nanargmax", ARG, nanargmax_impl;
    nanargmin_f: "nanargmin", ARG, nanargmin_impl;
    nancumsum_f: "nancumsum", CUM, nancumsum_impl;
    nancumprod_f: "nancumprod", CUM, nancumprod_impl;
}

/// The module-level functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sum", sum_f),
    ("prod", prod_f),
    ("mean", mean_f),
    ("std", std_f),
    ("var", var_f),
    ("max", max_f),
    ("min", min_f),
    ("amax", amax_f),
    ("amin", amin_f),
    ("argmax", argmax_f),
    ("argmin", argmin_f),
    ("cumsum", cumsum_f),
    ("cumprod", cumprod_f),
    ("all", all_f),
    ("any", any_f),
    ("ptp", ptp_f),
    ("count_nonzero", count_nonzero_f),
    ("average", average_f),
    ("median", median_f),
    ("nansum", nansum_f),
    ("nanprod", nanprod_f),
    ("nanmean", nanmean_f),
    ("nanvar", nanvar_f),
    ("nanstd", nanstd_f),
    ("nanmax", nanmax_f),
    ("nanmin", nanmin_f),
    ("nanargmax", nanargmax_f),
    ("nanargmin", nanargmin_f),
    ("nancumsum", nancumsum_f),
    ("nancumprod", nancumprod_f),
];

/// The array methods of this file.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("sum", sum_m),
    ("prod", prod_m),
    ("mean", mean_m),
    ("std", std_m),
    ("var", var_m),
    ("max", max_m),
    ("min", min_m),
    ("argmax", argmax_m),
    ("argmin", argmin_m),
    ("cumsum", cumsum_m),
    ("cumprod", cumprod_m),
    ("all", all_m),
    ("any", any_m),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A C-contiguous float64 array of zeros.
    fn zeros(shape: &[usize]) -> NdArray {
        let n = shape.iter().product();
        NdArray::new(Data::F64(vec![0.0; n]), SmallVec::from_slice(shape))
    }

    /// A view of `a` with the given shape, strides and offset.
    fn view(a: &NdArray, shape: &[usize], strides: &[isize], offset: usize) -> NdArray {
        a.view(
            SmallVec::from_slice(shape),
            SmallVec::from_slice(strides),
            offset,
        )
    }

    /// The inner-loop calls of a full reduction: (start, len) pairs.
    fn calls(a: &NdArray, flags: &[bool], cast: bool) -> Vec<(usize, usize)> {
        let plan = Plan::new(a, flags, false, None);
        let mut v = Vec::new();
        plan.for_each_call(&plan.chunks(cast), |s, n| v.push((s, n)));
        v
    }

    #[test]
    fn pairwise_matches_numpy() {
        // np.full(10001, 0.1).sum(), np.full(100000, 0.1, dtype=np.float32).sum()
        assert_eq!(0.0 + pairwise(&vec![0.1f64; 10001]), 1000.0999999999999);
        assert_eq!(
            (0.0 + pairwise(&vec![0.1f32; 100000])) as f64,
            10000.0009765625
        );
        assert_eq!(0.0 + pairwise(&vec![0.1f64; 130]), 12.999999999999998);
        assert_eq!(pairwise(&[-0.0f64, -0.0]), -0.0);
        assert!(pairwise(&[-0.0f64]).is_sign_negative());
    }

    #[test]
    fn calls_follow_numpy_buffering() {
        // Checked against np.nditer with the flags of NumPy's reductions.
        let a = zeros(&[3, 5001]);
        let strided = view(&a, &[3, 2501], &[5001, 2], 0);
        assert_eq!(calls(&strided, &[true, true], false), vec![(0, 7503)]);
        let b = zeros(&[1000, 21]);
        let strided = view(&b, &[1000, 11], &[21, 2], 0);
        assert_eq!(
            calls(&strided, &[true, true], false),
            vec![(0, 8184), (8184, 2816)]
        );
        let c = zeros(&[3, 5000]);
        let cut = view(&c, &[3, 4999], &[5000, 1], 0);
        assert_eq!(calls(&cut, &[true, true], false).len(), 3);
        let d = zeros(&[3, 10000]);
        let full = calls(&d, &[true, true], true);
        assert_eq!(
            full.iter().map(|c| c.1).collect::<Vec<_>>(),
            [8192, 8192, 8192, 5424]
        );
        let rows = calls(&d, &[false, true], true);
        assert_eq!(
            rows.iter().map(|c| c.1).collect::<Vec<_>>(),
            [8192, 1808, 8192, 1808, 8192, 1808]
        );
        assert_eq!(
            calls(&zeros(&[50, 300]), &[false, true], true),
            (0..50).map(|i| (i * 300, 300)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn kept_inner_axis_adds_element_wise() {
        // axis=0 of a C-contiguous matrix: the inner (kept) axis has a
        // result stride, so rows are added one after another.
        let plan = Plan::new(&zeros(&[4, 3]), &[true, false], false, None);
        assert_ne!(plan.axes[0].st[DST], 0);
        let t = zeros(&[3, 4]);
        let transposed = view(&t, &[4, 3], &[1, 4], 0);
        let plan = Plan::new(&transposed, &[true, false], false, None);
        assert_eq!(plan.axes[0].st[DST], 0);
        assert_eq!(plan.axes[0].len, 4);
    }

    #[test]
    fn axes_order_by_stride() {
        assert_eq!(order_axes(&[&[8, 1]]), vec![1, 0]);
        assert_eq!(order_axes(&[&[1, 8]]), vec![0, 1]);
        assert_eq!(order_axes(&[&[0, 4, 1]]), vec![2, 1, 0]);
        assert_eq!(order_axes(&[&[20, 1, 5]]), vec![1, 2, 0]);
    }
}
