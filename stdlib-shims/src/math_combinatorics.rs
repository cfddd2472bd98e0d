//! `math.factorial`, `math.perm` and `math.comb`: exact integer results,
//! CPython's errors, and long computations that a time budget or a
//! cancellation can stop (they poll between steps).

use crate::math::int_arg;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive};
use taipan_vm::builtins::args::check_positional;
use taipan_vm::builtins::functions::{expect_args, no_keywords};
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::objects::function::Args;
use taipan_vm::objects::int::int_value;
use taipan_vm::runtime::Poll;
use taipan_vm::{Value, Vm};

/// Results of more bits than this are a MemoryError before any work (the
/// bound on big ints elsewhere in the VM).
const MAX_RESULT_BITS: f64 = (1u64 << 32) as f64;

/// Runs of this many factors are multiplied one by one; longer ones are
/// split in halves, so the big products pair numbers of equal size.
const LEAF_FACTORS: u64 = 32;

/// The product `start * (start + 1) * … * (start + count - 1)` by binary
/// splitting, calling `poll` before every product of two halves.
fn rising_product(start: &BigInt, count: u64, poll: Poll<'_>) -> PyResult<BigInt> {
    if count <= LEAF_FACTORS {
        let mut acc = BigInt::one();
        for i in 0..count {
            acc *= start + i;
        }
        return Ok(acc);
    }
    let half = count / 2;
    let low = rising_product(start, half, poll)?;
    let high = rising_product(&(start + half), count - half, poll)?;
    poll()?;
    Ok(low * high)
}

/// `count` as a machine integer, or CPython's OverflowError for `what`.
fn fits_i64(count: &BigInt, what: &str) -> PyResult<u64> {
    count
        .to_i64()
        .and_then(|c| u64::try_from(c).ok())
        .ok_or_else(|| PyErr::overflow(format!("{what} must not exceed {}", i64::MAX)))
}

/// Fails with MemoryError when a result of about `bits` bits cannot be
/// made: past the VM's bound on ints or this thread's heap budget.
fn check_result_bits(vm: &Vm, bits: f64) -> PyResult<()> {
    if bits > MAX_RESULT_BITS {
        return Err(PyErr::memory_error());
    }
    vm.check_alloc(bits as usize / 8, 1)
}

/// CPython's checks of `perm`'s and `comb`'s `n` and `k`: false when
/// `k > n` (the answer is then 0).
fn choosable(n: &BigInt, k: &BigInt) -> PyResult<bool> {
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok(k <= n)
}

/// log2 of `start * … * (start + count - 1)`, from above.
fn product_bits(start: &BigInt, count: u64) -> f64 {
    let top = start + count;
    count as f64 * (top.bits() as f64)
}

/// `math.factorial(n)`.
pub fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_positional("math.factorial", args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_i64().ok_or_else(|| {
        PyErr::overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))
    })? as u64;
    // log2(n!) < n * (log2(n) - log2(e)) + log2(n) + 2 (Stirling).
    let nf = n.max(1) as f64;
    check_result_bits(
        vm,
        nf * (nf.log2() - std::f64::consts::LOG2_E) + nf.log2() + 2.0,
    )?;
    let r = rising_product(&BigInt::one(), n, &|| vm.check_interrupt())?;
    Ok(int_value(r))
}

/// `math.perm(n, k=None)`: `n! / (n - k)!`, or `n!` without `k`.
pub fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("math.perm", args)?;
    expect_args("perm", args, 1, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        None | Some(Value::None) => {
            if n.is_negative() {
                return Err(PyErr::value_error(
                    "factorial() not defined for negative values",
                ));
            }
            n.clone()
        }
        Some(v) => int_arg(vm, v)?,
    };
    if !choosable(&n, &k)? {
        return Ok(Value::Int(0));
    }
    let k = fits_i64(&k, "k")?;
    let start = &n - k + 1u32;
    check_result_bits(vm, product_bits(&start, k))?;
    let r = rising_product(&start, k, &|| vm.check_interrupt())?;
    Ok(int_value(r))
}

/// `math.comb(n, k)`: each step multiplies by the next factor and divides
/// exactly by the next divisor, so the running value stays a binomial
/// coefficient (at most n bits), and the call polls between steps.
pub fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("math.comb", args)?;
    expect_args("comb", args, 2, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = int_arg(vm, &args.pos[1])?;
    if !choosable(&n, &k)? {
        return Ok(Value::Int(0));
    }
    let k = fits_i64(&k.clone().min(&n - &k), "min(n - k, k)")?;
    // comb(n, k) < 2**n and <= n**k.
    let n_bits = n.bits() as f64;
    check_result_bits(vm, n_bits.min(k as f64 * n_bits))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        if acc.bits() > 1 << 12 {
            vm.check_interrupt()?;
        }
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(int_value(acc))
}
