//! Seeds as NumPy reads them: `RandomState(seed)` / `np.random.seed`
//! (an int in [0, 2**32) seeds MT19937 directly, an array through
//! `init_by_array`) and `default_rng(seed)` (any non-negative int or
//! sequence of them, through `SeedSequence`).

use super::mt19937::{Mt19937, N};
use super::seed_sequence::{fresh_entropy, int_words, SeedSequence};
use crate::numpy::array::NdArray;
use crate::numpy::convert::as_array;
use crate::numpy::dtype::DType;
use crate::numpy::element::Scalar;
use num_bigint::Sign;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::{Value, Vm};

const RANGE_ERROR: &str = "Seed must be between 0 and 2**32 - 1";

/// An MT19937 seeded from fresh entropy (an unseeded `RandomState`).
pub fn fresh_mt() -> Mt19937 {
    mt_from_u64(None)
}

/// An MT19937 seeded through a `SeedSequence` over a 64-bit seed (a
/// worker thread's global generator), or over fresh entropy.
pub fn mt_from_u64(seed: Option<u64>) -> Mt19937 {
    let entropy = match seed {
        Some(s) => vec![s as u32, (s >> 32) as u32],
        None => fresh_entropy(),
    };
    Mt19937::from_state_words(&SeedSequence::new(&entropy).generate_u32(N))
}

/// An int seed, if `v` is one (a Python int or bool, or an integer array
/// of one element, which NumPy squeezes first).
fn int_seed(v: &Value) -> Option<i128> {
    match v {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Some(if b.sign() == Sign::Minus {
                -1
            } else {
                1i128 << 40
            }),
            _ => match NdArray::of(v) {
                Some(a) if a.size() == 1 && a.dtype.is_integer() => Some(match a.first() {
                    Scalar::UInt(u) => u as i128,
                    s => s.as_i64() as i128,
                }),
                _ => None,
            },
        },
    }
}

/// The generator `RandomState(seed)` starts from.
pub fn legacy_seed(vm: &mut Vm, seed: &Value) -> PyResult<Mt19937> {
    if seed.is_none() {
        return Ok(fresh_mt());
    }
    if let Some(i) = int_seed(seed) {
        return match u32::try_from(i) {
            Ok(s) => Ok(Mt19937::from_u32(s)),
            Err(_) => Err(PyErr::value_error(RANGE_ERROR)),
        };
    }
    // NumPy squeezes an array seed (not a list) before looking at it.
    let arr = match NdArray::of(seed) {
        Some(a) => crate::numpy::shape::squeeze(a, None)?,
        None => as_array(vm, seed, None)?,
    };
    if arr.size() == 0 {
        return Err(PyErr::value_error("Seed must be non-empty"));
    }
    if !(arr.dtype.is_integer() || arr.dtype == DType::Bool) || arr.dtype == DType::UInt64 {
        let what = if arr.ndim() == 0 {
            "scalar"
        } else {
            "array data"
        };
        return Err(PyErr::type_error(format!(
            "Cannot cast {what} from dtype('{}') to dtype('int64') according to the rule 'safe'",
            arr.dtype.name()
        )));
    }
    if arr.ndim() != 1 {
        return Err(PyErr::value_error("Seed array must be 1-d"));
    }
    let values: Vec<i64> = arr.to_vec()?;
    let words = values
        .iter()
        .map(|&v| u32::try_from(v).map_err(|_| PyErr::value_error(RANGE_ERROR)))
        .collect::<PyResult<Vec<u32>>>()?;
    Ok(Mt19937::from_words(&words))
}

/// The 32-bit words of one entropy item (NumPy's
/// `_coerce_to_uint32_array`): an int's words, a sequence's items' words
/// in turn.
fn entropy_words(vm: &mut Vm, v: &Value, out: &mut Vec<u32>) -> PyResult<()> {
    let int = match v {
        Value::Int(i) => Some(num_bigint::BigInt::from(*i)),
        Value::Bool(b) => Some(num_bigint::BigInt::from(*b as i64)),
        Value::Float(_) => return Err(PyErr::type_error("seed must be integer")),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Some(b.clone()),
            Some(ObjKind::Str(_)) => {
                return Err(PyErr::value_error("unrecognized seed string"));
            }
            _ => match NdArray::of(v).filter(|a| a.ndim() == 0) {
                Some(a) if a.dtype.is_float() => {
                    return Err(PyErr::type_error("seed must be integer"))
                }
                Some(a) => Some(match a.first() {
                    Scalar::UInt(u) => num_bigint::BigInt::from(u),
                    s => num_bigint::BigInt::from(s.as_i64()),
                }),
                None => None,
            },
        },
    };
    if let Some(n) = int {
        if n.sign() == Sign::Minus {
            return Err(PyErr::value_error("expected non-negative integer"));
        }
        out.extend(int_words(&n.to_bytes_le().1));
        return Ok(());
    }
    for item in vm.collect(v)? {
        entropy_words(vm, &item, out)?;
    }
    Ok(())
}

/// The `SeedSequence` of `default_rng(seed)`.
pub fn seed_sequence(vm: &mut Vm, seed: &Value) -> PyResult<SeedSequence> {
    if seed.is_none() {
        return Ok(SeedSequence::new(&fresh_entropy()));
    }
    let accepted = matches!(seed, Value::Int(_) | Value::Bool(_))
        || matches!(
            seed.kind(),
            Some(ObjKind::BigInt(_) | ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range { .. })
        )
        || NdArray::of(seed).is_some_and(|a| !a.scalar || a.dtype.is_integer());
    if !accepted {
        return Err(PyErr::type_error(format!(
            "SeedSequence expects int or sequence of ints for entropy not {}",
            vm.to_str(seed)?
        )));
    }
    let mut words = Vec::new();
    entropy_words(vm, seed, &mut words)?;
    Ok(SeedSequence::new(&words))
}
