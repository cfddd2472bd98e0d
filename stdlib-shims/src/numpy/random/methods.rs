//! Method bodies that `Generator` and `RandomState` share once each has
//! found its instance: `normal`, `uniform`, `bytes`, and the `low` and
//! `high` of `integers`/`randint`.

use super::args::{cont, disc, one_scalar, spread, Cons, Param};
use super::distributions;
use super::integers::{bounded_ints, IntType};
use super::state::Source;
use crate::numpy::array::NdArray;
use crate::numpy::broadcast::broadcast_shapes;
use crate::numpy::convert::as_array;
use crate::numpy::dtype::DType;
use crate::numpy::element::Element;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::{Value, Vm};

/// `base + scale * f(source)` with `base` and `scale` broadcast as
/// distribution parameters (the form of `normal` and `uniform`); `scale`
/// says how it is named and checked.
fn affine(
    vm: &mut Vm,
    this: &Value,
    size: Option<&Value>,
    base: &Value,
    scale: Param<'_>,
    f: fn(&mut dyn Source) -> f64,
) -> PyResult<Value> {
    let params = [
        Param {
            value: base,
            name: "",
            cons: Cons::None,
        },
        scale,
    ];
    cont(vm, this, size, &params, |s, p| p[0] + p[1] * f(s))
}

/// `normal(loc=0.0, scale=1.0, size=None)` on `this`, `args` without the
/// instance.
pub fn normal(vm: &mut Vm, this: &Value, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("normal", args, &["loc", "scale", "size"], 0)?;
    let loc = slots[0].clone().unwrap_or(Value::Float(0.0));
    let scale = slots[1].clone().unwrap_or(Value::Float(1.0));
    let scale = Param {
        value: &scale,
        name: "scale",
        cons: Cons::NonNegative,
    };
    affine(vm, this, slots[2].as_ref(), &loc, scale, |s| s.normal())
}

/// How a `uniform` treats `high - low` (`Generator` names it in errors and
/// refuses a negative one, `RandomState` does neither, and they word an
/// infinite scalar range differently).
pub struct UniformRange {
    /// The name of the range in errors.
    pub name: &'static str,
    /// Whether a negative range is refused.
    pub non_negative: bool,
    /// The error for an infinite range between scalar bounds.
    pub overflow: &'static str,
}

/// `uniform(low=0.0, high=1.0, size=None)` on `this`, `args` without the
/// instance.
pub fn uniform(vm: &mut Vm, this: &Value, args: Args<'_>, range: &UniformRange) -> PyResult<Value> {
    let slots = parse_args("uniform", args, &["low", "high", "size"], 0)?;
    let low = slots[0].clone().unwrap_or(Value::Float(0.0));
    let high = slots[1].clone().unwrap_or(Value::Float(1.0));
    let (low, width) = uniform_params(vm, &low, &high, range.overflow)?;
    let width = Param {
        value: &width,
        name: range.name,
        cons: if range.non_negative {
            Cons::NonNegative
        } else {
            Cons::None
        },
    };
    affine(vm, this, slots[2].as_ref(), &low, width, |s| {
        s.next_double()
    })
}

/// The parameters of `uniform`: `low` and the range `high - low`,
/// checked finite (`range_error` words the error).
fn uniform_params(
    vm: &mut Vm,
    low: &Value,
    high: &Value,
    range_error: &str,
) -> PyResult<(Value, Value)> {
    let alow = as_array(vm, low, Some(DType::Float64))?;
    let ahigh = as_array(vm, high, Some(DType::Float64))?;
    if alow.ndim() == 0 && ahigh.ndim() == 0 {
        let (l, h) = (alow.first().as_f64(), ahigh.first().as_f64());
        let range = h - l;
        if !range.is_finite() {
            return Err(PyErr::overflow(range_error));
        }
        return Ok((Value::Float(l), Value::Float(range)));
    }
    let shape = broadcast_shapes(&alow.shape(), &ahigh.shape())?;
    let (l, h) = (spread(&alow, &shape)?, spread(&ahigh, &shape)?);
    let range: Vec<f64> = h.iter().zip(&l).map(|(h, l)| h - l).collect();
    if range.iter().any(|r| !r.is_finite()) {
        return Err(PyErr::overflow("Range exceeds valid bounds"));
    }
    let range = NdArray::new(f64::wrap(range), shape).into_value();
    Ok((alow.into_value(), range))
}

/// `bytes(length)` on `this`, `args` without the instance.
pub fn bytes(vm: &mut Vm, this: &Value, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("bytes", args, &["length"], 1)?;
    let length = vm
        .index_of(slots[0].as_ref().unwrap_or(&Value::None))?
        .max(0) as usize;
    random_bytes(vm, this, length)
}

/// `length` random bytes: the little-endian bytes of uint32 integers drawn
/// over their whole range.
pub fn random_bytes(vm: &mut Vm, this: &Value, length: usize) -> PyResult<Value> {
    let words = length.div_ceil(4).max(1);
    let ty = IntType {
        dtype: DType::UInt32,
        python: None,
    };
    let size = Value::Int(words as i64);
    let big = taipan_vm::objects::int::int_value(num_bigint::BigInt::from(1u64 << 32));
    let drawn = bounded_ints(vm, this, &Value::Int(0), &big, Some(&size), ty, false)?;
    let values: Vec<u32> = NdArray::of(&drawn).map_or(Ok(Vec::new()), |a| a.to_vec())?;
    let mut out: Vec<u8> = values.iter().flat_map(|w| w.to_le_bytes()).collect();
    out.truncate(length);
    Ok(Value::obj(ObjKind::Bytes(out.into())))
}

/// The `low` and `high` of `integers`/`randint` from their first two
/// arguments: one bound alone is `high`, over `[0, high)`.
pub fn low_high(first: Option<&Value>, second: Option<&Value>) -> (Value, Value) {
    let first = first.cloned().unwrap_or(Value::None);
    match second.filter(|v| !v.is_none()) {
        Some(h) => (first, h.clone()),
        None => (Value::Int(0), first),
    }
}

/// `poisson(lam=1.0, size=None)` on `this`, `args` without the instance.
pub fn poisson(vm: &mut Vm, this: &Value, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("poisson", args, &["lam", "size"], 0)?;
    let lam = slots[0].clone().unwrap_or(Value::Float(1.0));
    let params = [Param {
        value: &lam,
        name: "lam",
        cons: Cons::Poisson,
    }];
    disc(vm, this, slots[1].as_ref(), &params, |s, p| {
        distributions::poisson(s, p[0])
    })
}

/// `lognormal(mean=0.0, sigma=1.0, size=None)` on `this`, `args` without
/// the instance.
pub fn lognormal(vm: &mut Vm, this: &Value, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("lognormal", args, &["mean", "sigma", "size"], 0)?;
    let mean = slots[0].clone().unwrap_or(Value::Float(0.0));
    let sigma = slots[1].clone().unwrap_or(Value::Float(1.0));
    let params = [
        Param {
            value: &mean,
            name: "mean",
            cons: Cons::None,
        },
        Param {
            value: &sigma,
            name: "sigma",
            cons: Cons::NonNegative,
        },
    ];
    cont(vm, this, slots[2].as_ref(), &params, |s, p| {
        distributions::lognormal(s, p[0], p[1])
    })
}

/// `binomial(n, p, size=None)` on `this`, `args` without the instance:
/// `n` is cast to int64 first (a float is truncated, as NumPy's cast
/// does). `legacy` is `RandomState`'s form, whose draws with a size or
/// array parameters use the original algorithm (see
/// `distributions::binomial`).
pub fn binomial(vm: &mut Vm, this: &Value, args: Args<'_>, legacy: bool) -> PyResult<Value> {
    let slots = parse_args("binomial", args, &["n", "p", "size"], 2)?;
    let none = Value::None;
    let n = slots[0].as_ref().unwrap_or(&none);
    let n = as_array(vm, n, Some(DType::Int64))?.into_value();
    let p = slots[1].clone().unwrap_or(Value::None);
    let size = slots[2].as_ref();
    let original = legacy && !one_scalar(vm, size, &[&p, &n])?;
    let params = [
        Param {
            value: &p,
            name: "p",
            cons: Cons::Bounded01,
        },
        Param {
            value: &n,
            name: "n",
            cons: Cons::NonNegative,
        },
    ];
    disc(vm, this, size, &params, |s, q| {
        distributions::binomial(s, q[0], q[1] as i64, original)
    })
}

/// A distribution of `loc` and `scale` (`scale` not negative), such as
/// `laplace(loc=0.0, scale=1.0, size=None)`, on `this`.
pub fn loc_scale(
    vm: &mut Vm,
    this: &Value,
    args: Args<'_>,
    name: &str,
    f: fn(&mut dyn Source, f64, f64) -> f64,
) -> PyResult<Value> {
    let slots = parse_args(name, args, &["loc", "scale", "size"], 0)?;
    let loc = slots[0].clone().unwrap_or(Value::Float(0.0));
    let scale = slots[1].clone().unwrap_or(Value::Float(1.0));
    let params = [
        Param {
            value: &loc,
            name: "loc",
            cons: Cons::None,
        },
        Param {
            value: &scale,
            name: "scale",
            cons: Cons::NonNegative,
        },
    ];
    cont(vm, this, slots[2].as_ref(), &params, |s, p| {
        f(s, p[0], p[1])
    })
}

/// A distribution of one parameter `name` (given as `key`, default
/// `default` when not None) meeting `cons`, on `this`.
pub fn one_param(
    vm: &mut Vm,
    this: &Value,
    args: Args<'_>,
    method: &str,
    (key, default, cons): (&str, Option<f64>, Cons),
    f: fn(&mut dyn Source, f64) -> f64,
) -> PyResult<Value> {
    let required = usize::from(default.is_none());
    let slots = parse_args(method, args, &[key, "size"], required)?;
    let value = slots[0]
        .clone()
        .unwrap_or(Value::Float(default.unwrap_or(0.0)));
    let params = [Param {
        value: &value,
        name: key,
        cons,
    }];
    cont(vm, this, slots[1].as_ref(), &params, |s, p| f(s, p[0]))
}

/// `triangular(left, mode, right, size=None)` on `this`, with NumPy's
/// checks of the three bounds.
pub fn triangular(vm: &mut Vm, this: &Value, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("triangular", args, &["left", "mode", "right", "size"], 3)?;
    let none = Value::None;
    let get = |i: usize| slots[i].as_ref().unwrap_or(&none);
    let (left, mode, right) = (get(0), get(1), get(2));
    let arrays = [left, mode, right]
        .iter()
        .map(|v| as_array(vm, v, Some(DType::Float64)))
        .collect::<PyResult<Vec<_>>>()?;
    let shape = arrays
        .iter()
        .try_fold(arrays[0].shape(), |s, a| broadcast_shapes(&s, &a.shape()))?;
    let cols = arrays
        .iter()
        .map(|a| spread(a, &shape))
        .collect::<PyResult<Vec<_>>>()?;
    let rows = || cols[0].iter().zip(&cols[1]).zip(&cols[2]);
    if rows().any(|((l, m), _)| l > m) {
        return Err(PyErr::value_error("left > mode"));
    }
    if rows().any(|((_, m), r)| m > r) {
        return Err(PyErr::value_error("mode > right"));
    }
    if rows().any(|((l, _), r)| l == r) {
        return Err(PyErr::value_error("left == right"));
    }
    let params = [left, mode, right].map(|value| Param {
        value,
        name: "",
        cons: Cons::None,
    });
    cont(vm, this, slots[3].as_ref(), &params, |s, p| {
        distributions::triangular(s, p[0], p[1], p[2])
    })
}
