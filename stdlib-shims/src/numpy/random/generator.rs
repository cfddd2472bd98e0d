//! `numpy.random.Generator` over PCG64, made by `default_rng(seed)`, and
//! its methods.

use super::args::{cont, count, fill, size_arg, Cons, Param};
use super::bounded::{draw_bounded, gen_mask, Buffer, Method, Width};
use super::distributions as dist;
use super::integers::{bounded_ints, int_type, IntType};
use super::legacy::{int_population, takes_samples};
use super::methods::{self, low_high, UniformRange};
use super::pcg64::Pcg64;
use super::sampling::{self, Choice, ChoiceWords, Pick};
use super::seeds::seed_sequence;
use super::state::{draw, generator_of, Generator};
use crate::numpy::array::NdArray;
use crate::numpy::convert::{as_array, dtype_arg};
use crate::numpy::dtype::DType;
use crate::numpy::element::Element;
use std::cell::RefCell;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{parse_args, rest};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::native_class;
use taipan_vm::types::types;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// The methods of `Generator`.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("random", random),
    ("integers", integers),
    ("standard_normal", standard_normal),
    ("normal", normal),
    ("uniform", uniform),
    ("choice", choice),
    ("shuffle", shuffle),
    ("permutation", permutation),
    ("bytes", bytes),
    ("lognormal", lognormal),
    ("poisson", poisson),
    ("binomial", binomial),
    ("laplace", laplace),
    ("gumbel", gumbel),
    ("logistic", logistic),
    ("triangular", triangular),
    ("beta", beta),
    ("gamma", gamma),
    ("standard_gamma", standard_gamma),
    ("standard_exponential", standard_exponential),
    ("exponential", super::legacy::exponential),
    ("chisquare", super::legacy::chisquare),
    ("standard_t", super::legacy::standard_t),
    ("standard_cauchy", super::legacy::standard_cauchy),
    ("weibull", super::legacy::weibull),
    ("rayleigh", rayleigh),
    ("pareto", pareto),
    ("power", power),
    ("geometric", geometric),
    ("dirichlet", dirichlet),
    ("__repr__", repr),
    ("__str__", str_),
];

/// The class `numpy.random.Generator`.
pub fn class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        let class = native_class("Generator", "numpy.random._generator", Some(new), METHODS);
        taipan_vm::objects::native::named_as_c_type(class)
    })
}

fn not_implemented(what: &str) -> PyErr {
    PyErr::new(
        types().not_implemented_error,
        format!("taipan's numpy does not implement {what}"),
    )
}

/// `Generator(bit_generator)`: taipan has no bit generator objects.
fn new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(not_implemented(
        "Generator(bit_generator); make a Generator with np.random.default_rng(seed)",
    ))
}

/// `default_rng(seed=None)`: a Generator over PCG64 seeded through a
/// `SeedSequence` (a Generator given is returned as it is).
pub fn default_rng(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("default_rng", args, &["seed"], 0)?;
    let seed = slots[0].clone().unwrap_or(Value::None);
    if generator_of(&seed).is_some() {
        return Ok(seed);
    }
    if super::state::legacy_of(&seed).is_some() {
        return Err(not_implemented("default_rng(RandomState)"));
    }
    let words = seed_sequence(vm, &seed)?.generate_u64(4);
    let pcg = Pcg64::from_words([words[0], words[1], words[2], words[3]]);
    let g = Generator {
        state: RefCell::new(pcg),
    };
    Ok(Value::obj(ObjKind::Native(Box::new(g))))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos
        .first()
        .ok_or_else(|| PyErr::type_error("Generator method called without an instance"))
}

/// Refuses `out=` (results are always new arrays here).
fn no_out(out: Option<&Value>) -> PyResult<()> {
    match out {
        Some(v) if !v.is_none() => Err(not_implemented("the out= argument of Generator methods")),
        _ => Ok(()),
    }
}

/// `random(size=None, dtype=np.float64, out=None)`.
fn random(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("random", rest(args), &["size", "dtype", "out"], 0)?;
    no_out(slots[2].as_ref())?;
    let dtype = dtype_arg(vm, slots[1].as_ref())?.unwrap_or(DType::Float64);
    let shape = size_arg(vm, slots[0].as_ref())?;
    match dtype {
        DType::Float64 => fill(this, shape, |s| s.next_double()),
        DType::Float32 => {
            let n = shape.as_deref().map_or(1, count);
            let v: Vec<f32> = draw(this, |s| (0..n).map(|_| s.next_float()).collect())?;
            Ok(match shape {
                None => Value::Float(v.first().copied().unwrap_or(0.0) as f64),
                Some(shape) => NdArray::new(f32::wrap(v), shape).into_value(),
            })
        }
        other => Err(PyErr::type_error(format!(
            "Unsupported dtype dtype('{}') for random",
            other.name()
        ))),
    }
}

/// `integers(low, high=None, size=None, dtype=np.int64, endpoint=False)`.
fn integers(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args(
        "integers",
        rest(args),
        &["low", "high", "size", "dtype", "endpoint"],
        1,
    )?;
    let default = IntType {
        dtype: DType::Int64,
        python: None,
    };
    let ty = int_type(vm, slots[3].as_ref(), default, "integers")?;
    let endpoint = match &slots[4] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let (low, high) = low_high(slots[0].as_ref(), slots[1].as_ref());
    bounded_ints(vm, this, &low, &high, slots[2].as_ref(), ty, endpoint)
}

/// Refuses a `dtype=` other than float64: float32 draws (their own
/// ziggurat) are not here, other types are NumPy's TypeError.
fn float64_only(vm: &mut Vm, name: &str, dtype: Option<&Value>) -> PyResult<()> {
    match dtype_arg(vm, dtype)?.unwrap_or(DType::Float64) {
        DType::Float64 => Ok(()),
        DType::Float32 => Err(not_implemented(&format!("{name}(dtype=np.float32)"))),
        other => Err(PyErr::type_error(format!(
            "Unsupported dtype dtype('{}') for {name}",
            other.name()
        ))),
    }
}

/// `standard_normal(size=None, dtype=np.float64, out=None)`.
fn standard_normal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("standard_normal", rest(args), &["size", "dtype", "out"], 0)?;
    no_out(slots[2].as_ref())?;
    float64_only(vm, "standard_normal", slots[1].as_ref())?;
    let shape = size_arg(vm, slots[0].as_ref())?;
    fill(this, shape, |s| s.normal())
}

/// `standard_exponential(size=None, dtype=np.float64, method='zig', out=None)`:
/// float64, by the ziggurat or (any other method) by inversion.
fn standard_exponential(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let names = ["size", "dtype", "method", "out"];
    let slots = parse_args("standard_exponential", rest(args), &names, 0)?;
    no_out(slots[3].as_ref())?;
    float64_only(vm, "standard_exponential", slots[1].as_ref())?;
    let shape = size_arg(vm, slots[0].as_ref())?;
    let zig = slots[2]
        .as_ref()
        .is_none_or(|m| matches!(m.data_kind(), Some(ObjKind::Str(t)) if t.as_str() == "zig"));
    if zig {
        fill(this, shape, |s| s.exponential())
    } else {
        fill(this, shape, |s| -(-s.next_double()).ln_1p())
    }
}

/// `normal(loc=0.0, scale=1.0, size=None)`.
fn normal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::normal(vm, this(&args)?, rest(args))
}

/// `uniform(low=0.0, high=1.0, size=None)`.
fn uniform(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let range = UniformRange {
        name: "high - low",
        non_negative: true,
        overflow: "high - low range exceeds valid bounds",
    };
    methods::uniform(vm, this(&args)?, rest(args), &range)
}

/// `lognormal(mean=0.0, sigma=1.0, size=None)`.
fn lognormal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::lognormal(vm, this(&args)?, rest(args))
}

/// `poisson(lam=1.0, size=None)`.
fn poisson(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::poisson(vm, this(&args)?, rest(args))
}

/// `binomial(n, p, size=None)`.
fn binomial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::binomial(vm, this(&args)?, rest(args), false)
}

/// `laplace(loc=0.0, scale=1.0, size=None)`.
fn laplace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = super::distributions::laplace;
    methods::loc_scale(vm, this(&args)?, rest(args), "laplace", f)
}

/// `gumbel(loc=0.0, scale=1.0, size=None)`.
fn gumbel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = super::distributions::gumbel;
    methods::loc_scale(vm, this(&args)?, rest(args), "gumbel", f)
}

/// `logistic(loc=0.0, scale=1.0, size=None)`.
fn logistic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = super::distributions::logistic;
    methods::loc_scale(vm, this(&args)?, rest(args), "logistic", f)
}

/// `triangular(left, mode, right, size=None)`.
fn triangular(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::triangular(vm, this(&args)?, rest(args))
}

/// `beta(a, b, size=None)`.
fn beta(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("beta", rest(args), &["a", "b", "size"], 2)?;
    let a = slots[0].clone().unwrap_or(Value::None);
    let b = slots[1].clone().unwrap_or(Value::None);
    let params = [
        Param {
            value: &a,
            name: "a",
            cons: Cons::Positive,
        },
        Param {
            value: &b,
            name: "b",
            cons: Cons::Positive,
        },
    ];
    cont(vm, this, slots[2].as_ref(), &params, |s, p| {
        super::distributions::beta(s, p[0], p[1])
    })
}

/// `gamma(shape, scale=1.0, size=None)`.
fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("gamma", rest(args), &["shape", "scale", "size"], 1)?;
    let shape = slots[0].clone().unwrap_or(Value::None);
    let scale = slots[1].clone().unwrap_or(Value::Float(1.0));
    let params = [
        Param {
            value: &shape,
            name: "shape",
            cons: Cons::NonNegative,
        },
        Param {
            value: &scale,
            name: "scale",
            cons: Cons::NonNegative,
        },
    ];
    cont(vm, this, slots[2].as_ref(), &params, |s, p| {
        p[1] * super::distributions::standard_gamma(s, p[0])
    })
}

/// `standard_gamma(shape, size=None, dtype=np.float64, out=None)`:
/// float64 only.
fn standard_gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args(
        "standard_gamma",
        rest(args),
        &["shape", "size", "dtype", "out"],
        1,
    )?;
    no_out(slots[3].as_ref())?;
    float64_only(vm, "standard_gamma", slots[2].as_ref())?;
    let shape = slots[0].clone().unwrap_or(Value::None);
    let params = [Param {
        value: &shape,
        name: "shape",
        cons: Cons::NonNegative,
    }];
    cont(vm, this, slots[1].as_ref(), &params, |s, p| {
        super::distributions::standard_gamma(s, p[0])
    })
}

/// `bytes(length)`.
fn bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::bytes(vm, this(&args)?, rest(args))
}

const WORDS: ChoiceWords = ChoiceWords {
    p_ndim: "p must be 1-dimensional",
    p_size: "a and p must have same size",
    p_nan: "Probabilities contain NaN",
    p_negative: "Probabilities are not non-negative",
    p_sum: "Probabilities do not sum to 1. See Notes section of docstring for more information.",
    too_large: "Cannot take a larger sample than population when replace is False",
    size_negative: None,
};

/// `size` distinct indices from `[0, pop)` by Floyd's algorithm over an
/// open-addressed set, then shuffled (NumPy's small-sample path).
fn floyd(this: &Value, pop: u64, size: usize, shuffle: bool) -> PyResult<Vec<i64>> {
    const EMPTY: u64 = u64::MAX;
    let mask = gen_mask((1.2 * size as f64) as u64);
    let slots = usize::try_from(mask + 1).map_err(|_| crate::numpy::alloc::too_big())?;
    crate::numpy::alloc::check_room(&[slots], DType::UInt64)?;
    let mut set = vec![EMPTY; slots];
    let mut idx = vec![0i64; size];
    draw(this, |src| {
        let mut buf = Buffer::default();
        for (k, j) in (pop - size as u64..pop).enumerate() {
            let val = draw_bounded(src, Width::W64, 0, j, Method::Lemire, &mut buf);
            let mut loc = (val & mask) as usize;
            while set[loc] != EMPTY && set[loc] != val {
                loc = (loc + 1) & mask as usize;
            }
            let chosen = if set[loc] == EMPTY {
                val
            } else {
                loc = (j & mask) as usize;
                while set[loc] != EMPTY {
                    loc = (loc + 1) & mask as usize;
                }
                j
            };
            set[loc] = chosen;
            idx[k] = chosen as i64;
        }
    })?;
    if shuffle {
        sampling::swap_all(&mut idx, &sampling::partners(this, size, 1, Pick::Lemire)?);
    }
    Ok(idx)
}

/// `size` distinct indices from `[0, pop)` by shuffling the tail of
/// `arange(pop)` (NumPy's path for large samples of large populations).
fn tail_shuffle(this: &Value, pop: usize, size: usize) -> PyResult<Vec<i64>> {
    crate::numpy::alloc::check_room(&[pop], DType::Int64)?;
    let mut all: Vec<i64> = (0..pop as i64).collect();
    let first = (pop - size).max(1);
    sampling::swap_all(
        &mut all,
        &sampling::partners(this, pop, first, Pick::Lemire)?,
    );
    Ok(all.split_off(pop - size))
}

/// `choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)`.
fn choice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args(
        "choice",
        rest(args),
        &["a", "size", "replace", "p", "axis", "shuffle"],
        1,
    )?;
    let original = slots[0].clone().unwrap_or(Value::None);
    let a = as_array(vm, &original, None)?;
    let size = slots[1].clone().filter(|v| !v.is_none());
    let flag = |vm: &mut Vm, v: &Option<Value>| -> PyResult<bool> {
        match v {
            Some(v) => vm.truthy(v),
            None => Ok(true),
        }
    };
    let replace = flag(vm, &slots[2])?;
    let shuffle = flag(vm, &slots[5])?;
    let p = slots[3].clone().filter(|v| !v.is_none());
    let axis = match &slots[4] {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    let (pop_size, axis) = if a.ndim() == 0 {
        let n = int_population(&a).ok_or_else(|| {
            let t = vm.type_of(&original);
            let name = vm.repr(&Value::Obj(t)).unwrap_or_default();
            PyErr::value_error(format!("a must be a sequence or an integer, not {name}"))
        })?;
        if n <= 0 && takes_samples(vm, size.as_ref())? {
            return Err(PyErr::value_error(
                "a must be a positive integer unless no samples are taken",
            ));
        }
        (n, 0)
    } else {
        let nd = a.ndim() as i64;
        if axis < -nd || axis >= nd {
            return Err(PyErr::new(types().index_error, "tuple index out of range"));
        }
        let axis = if axis < 0 { axis + nd } else { axis } as usize;
        let n = a.dim(axis) as i64;
        if n == 0 && takes_samples(vm, size.as_ref())? {
            return Err(PyErr::value_error(
                "a cannot be empty unless no samples are taken",
            ));
        }
        (n, axis)
    };
    let call = Choice {
        a: &a,
        pop_size,
        axis,
        size,
        replace,
        p,
    };
    sampling::choose(vm, this, call, &WORDS, |pop, n| {
        let cutoff = if shuffle { 50 } else { 20 };
        if pop > 10_000 && n > pop / cutoff {
            tail_shuffle(this, pop, n)
        } else {
            floyd(this, pop as u64, n, shuffle)
        }
    })
}

/// The `x` and `axis=0` of `shuffle`/`permutation` (`name`).
fn x_and_axis(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<(Value, i64)> {
    let slots = parse_args(name, rest(*args), &["x", "axis"], 1)?;
    let x = slots[0].clone().unwrap_or(Value::None);
    let axis = match &slots[1] {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    Ok((x, axis))
}

/// `shuffle(x, axis=0)`: in place.
fn shuffle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let (x, axis) = x_and_axis(vm, "shuffle", &args)?;
    sampling::shuffle(vm, this, &x, Some(axis))?;
    Ok(Value::None)
}

/// `permutation(x, axis=0)`.
fn permutation(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let (x, axis) = x_and_axis(vm, "permutation", &args)?;
    sampling::permutation(vm, this, &x, axis, false)
}

fn str_(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(str_value("Generator(PCG64)"))
}

fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let addr = this(&args)?.as_obj().map_or(0, |o| o.addr());
    Ok(str_value(format!("Generator(PCG64) at 0x{addr:X}")))
}

/// `rayleigh(scale=1.0, size=None)`.
fn rayleigh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("scale", Some(1.0), Cons::NonNegative);
    methods::one_param(
        vm,
        this(&args)?,
        rest(args),
        "rayleigh",
        param,
        dist::rayleigh,
    )
}

/// `pareto(a, size=None)`.
fn pareto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("a", None, Cons::Positive);
    methods::one_param(vm, this(&args)?, rest(args), "pareto", param, dist::pareto)
}

/// `power(a, size=None)`.
fn power(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("a", None, Cons::Positive);
    methods::one_param(vm, this(&args)?, rest(args), "power", param, dist::power)
}

/// `geometric(p, size=None)`.
fn geometric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::legacy::geometric_of(vm, args, false)
}

/// `dirichlet(alpha, size=None)`.
fn dirichlet(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::legacy::dirichlet_of(vm, args, false)
}
