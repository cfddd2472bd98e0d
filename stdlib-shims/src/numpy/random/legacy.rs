//! `numpy.random.RandomState`: the legacy generator, its seeding and
//! state, and its methods (which the module-level functions call on the
//! thread's global instance).

use super::args::{cont, disc, fill, size_arg, Cons, Param};
use super::distributions as dist;
use super::integers::{bounded_ints, int_type, IntType, PyType};
use super::methods::{self, low_high, UniformRange};
use super::mt19937::N;
use super::sampling::{self, Choice, ChoiceWords};
use super::seeds::legacy_seed;
use super::state::{legacy_replace, legacy_snapshot, LegacyState, RandomState};
use crate::numpy::array::{Dims, NdArray};
use crate::numpy::convert::as_array;
use crate::numpy::dtype::DType;
use crate::numpy::element::Scalar;
use crate::numpy::shape::shape_arg;
use std::cell::RefCell;
use std::sync::OnceLock;
use taipan_vm::builtins::args::{parse_args, rest};
use taipan_vm::builtins::{new_dict, new_tuple};
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::native_class;
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// The methods of `RandomState`.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("get_state", get_state),
    ("set_state", set_state),
    ("random_sample", random_sample),
    ("random", random_sample),
    ("rand", rand),
    ("randn", randn),
    ("randint", randint),
    ("uniform", uniform),
    ("normal", normal),
    ("standard_normal", standard_normal),
    ("choice", choice),
    ("shuffle", shuffle),
    ("permutation", permutation),
    ("bytes", bytes),
    ("standard_exponential", standard_exponential),
    ("exponential", exponential),
    ("standard_gamma", standard_gamma),
    ("gamma", gamma),
    ("beta", beta),
    ("lognormal", lognormal),
    ("poisson", poisson),
    ("binomial", binomial),
    ("laplace", laplace),
    ("gumbel", gumbel),
    ("logistic", logistic),
    ("rayleigh", rayleigh),
    ("triangular", triangular),
    ("chisquare", chisquare),
    ("standard_t", standard_t),
    ("standard_cauchy", standard_cauchy),
    ("weibull", weibull),
    ("pareto", pareto),
    ("power", power),
    ("geometric", geometric),
    ("dirichlet", dirichlet),
    ("multinomial", multinomial),
    ("__repr__", repr),
    ("__str__", str_),
];

/// The class `numpy.random.RandomState`.
pub fn class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        let class = native_class("RandomState", "numpy.random.mtrand", Some(new), METHODS);
        taipan_vm::objects::native::named_as_c_type(class)
    })
}

/// A new `RandomState` object over `mt`.
pub fn new_object(mt: super::mt19937::Mt19937) -> Value {
    let rs = RandomState {
        state: RefCell::new(LegacyState { mt, gauss: None }),
    };
    Value::obj(ObjKind::Native(Box::new(rs)))
}

/// `RandomState(seed=None)`.
fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("RandomState", rest(args), &["seed"], 0)?;
    let seed = slots[0].clone().unwrap_or(Value::None);
    Ok(new_object(legacy_seed(vm, &seed)?))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos
        .first()
        .ok_or_else(|| PyErr::type_error("RandomState method called without an instance"))
}

/// `seed(seed=None)`.
pub fn seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("seed", rest(args), &["seed"], 0)?;
    let seed = slots[0].clone().unwrap_or(Value::None);
    let mt = legacy_seed(vm, &seed)?;
    legacy_replace(this, LegacyState { mt, gauss: None })?;
    Ok(Value::None)
}

/// `get_state(legacy=True)`: `('MT19937', key, pos, has_gauss, gauss)`,
/// or NumPy's dict with `legacy=False`.
pub fn get_state(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("get_state", rest(args), &["legacy"], 0)?;
    let legacy = match &slots[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let st = legacy_snapshot(this)?;
    let key = NdArray::from_vec(st.mt.key.to_vec()).into_value();
    let pos = Value::Int(st.mt.pos as i64);
    let has_gauss = Value::Int(st.gauss.is_some() as i64);
    let gauss = Value::Float(st.gauss.unwrap_or(0.0));
    if legacy {
        return Ok(new_tuple(vec![
            str_value("MT19937"),
            key,
            pos,
            has_gauss,
            gauss,
        ]));
    }
    let inner = new_dict();
    vm.dict_set(&inner, str_value("key"), key)?;
    vm.dict_set(&inner, str_value("pos"), pos)?;
    let outer = new_dict();
    vm.dict_set(&outer, str_value("bit_generator"), str_value("MT19937"))?;
    vm.dict_set(&outer, str_value("state"), inner)?;
    vm.dict_set(&outer, str_value("has_gauss"), has_gauss)?;
    vm.dict_set(&outer, str_value("gauss"), gauss)?;
    Ok(outer)
}

fn is_str(v: &Value, text: &str) -> bool {
    matches!(v.kind(), Some(ObjKind::Str(s)) if s.as_str() == text)
}

/// `set_state(state)`: a tuple as `get_state()` gives, or its dict form.
pub fn set_state(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("set_state", rest(args), &["state"], 1)?;
    let state = slots[0].clone().unwrap_or(Value::None);
    let (key, pos, has_gauss, gauss) = match state.kind() {
        Some(ObjKind::Dict(_)) => {
            let get = |vm: &mut Vm, d: &Value, k: &str| vm.dict_get(d, &str_value(k));
            let (Some(name), Some(inner)) =
                (get(vm, &state, "bit_generator")?, get(vm, &state, "state")?)
            else {
                return Err(PyErr::value_error("state dictionary is not valid."));
            };
            if !is_str(&name, "MT19937") {
                return Err(PyErr::value_error("state must be for a MT19937 PRNG"));
            }
            let key = vm.getitem(&inner, &str_value("key"))?;
            let pos = vm.getitem(&inner, &str_value("pos"))?;
            let has_gauss = get(vm, &state, "has_gauss")?.unwrap_or(Value::Int(0));
            let gauss = get(vm, &state, "gauss")?.unwrap_or(Value::Float(0.0));
            (key, pos, has_gauss, gauss)
        }
        Some(ObjKind::Tuple(_) | ObjKind::List(_)) => {
            let items = vm.collect(&state)?;
            let item = |i: usize| {
                items.get(i).cloned().ok_or_else(|| {
                    PyErr::new(
                        taipan_vm::types::types().index_error,
                        "tuple index out of range",
                    )
                })
            };
            if !is_str(&item(0)?, "MT19937") {
                return Err(PyErr::value_error(
                    "set_state can only be used with legacy MT19937 state instances.",
                ));
            }
            let (has_gauss, gauss) = if items.len() > 3 {
                (item(3)?, item(4)?)
            } else {
                (Value::Int(0), Value::Float(0.0))
            };
            (item(1)?, item(2)?, has_gauss, gauss)
        }
        _ => return Err(PyErr::type_error("state must be a dict or a tuple.")),
    };
    let key = as_array(vm, &key, Some(DType::UInt32))?;
    let words: Vec<u32> = key.to_vec()?;
    if words.len() < N {
        let n = words.len();
        return Err(PyErr::new(
            taipan_vm::types::types().index_error,
            format!("index {n} is out of bounds for axis 0 with size {n}"),
        ));
    }
    let pos = vm.index_of(&pos)?;
    if !(0..=N as i64).contains(&pos) {
        return Err(PyErr::value_error(
            "state position must be between 0 and 624",
        ));
    }
    let has_gauss = vm.truthy(&has_gauss)?;
    let gauss = as_array(vm, &gauss, Some(DType::Float64))?.first().as_f64();
    let gauss = has_gauss.then_some(gauss);
    let mut mt = super::mt19937::Mt19937::from_u32(0);
    mt.key.copy_from_slice(&words[..N]);
    mt.pos = pos as usize;
    legacy_replace(this, LegacyState { mt, gauss })?;
    Ok(Value::None)
}

/// `random_sample(size=None)` (also `random`, `sample`, `ranf`).
pub fn random_sample(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("random_sample", rest(args), &["size"], 0)?;
    let shape = size_arg(vm, slots[0].as_ref())?;
    fill(this, shape, |s| s.next_double())
}

/// The positional arguments of `rand`/`randn` as a size (none: a scalar).
fn dims_args(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<Option<Dims>> {
    if let Some((key, _)) = args.kw.first() {
        return Err(PyErr::type_error(format!(
            "{name}() got an unexpected keyword argument '{}'",
            vm.to_str(key)?
        )));
    }
    let dims = rest(*args).pos;
    if dims.is_empty() {
        return Ok(None);
    }
    size_arg(vm, Some(&new_tuple(dims.to_vec())))
}

/// `rand(d0, d1, ...)`.
pub fn rand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let shape = dims_args(vm, "rand", &args)?;
    fill(this, shape, |s| s.next_double())
}

/// `randn(d0, d1, ...)`.
pub fn randn(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let shape = dims_args(vm, "randn", &args)?;
    fill(this, shape, |s| s.normal())
}

/// `standard_normal(size=None)`.
pub fn standard_normal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("standard_normal", rest(args), &["size"], 0)?;
    let shape = size_arg(vm, slots[0].as_ref())?;
    fill(this, shape, |s| s.normal())
}

/// `normal(loc=0.0, scale=1.0, size=None)`.
pub fn normal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::normal(vm, this(&args)?, rest(args))
}

/// `uniform(low=0.0, high=1.0, size=None)`.
pub fn uniform(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let range = UniformRange {
        name: "",
        non_negative: false,
        overflow: "Range exceeds valid bounds",
    };
    methods::uniform(vm, this(&args)?, rest(args), &range)
}

/// `randint(low, high=None, size=None, dtype=int)`.
pub fn randint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("randint", rest(args), &["low", "high", "size", "dtype"], 1)?;
    let default = IntType {
        dtype: DType::Int64,
        python: Some(PyType::Int),
    };
    let ty = int_type(vm, slots[3].as_ref(), default, "randint")?;
    let (low, high) = low_high(slots[0].as_ref(), slots[1].as_ref());
    bounded_ints(vm, this, &low, &high, slots[2].as_ref(), ty, false)
}

/// `bytes(length)`: little-endian uint32 draws, cut to `length`.
pub fn bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::bytes(vm, this(&args)?, rest(args))
}

/// `standard_exponential(size=None)`.
pub fn standard_exponential(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("standard_exponential", rest(args), &["size"], 0)?;
    let shape = size_arg(vm, slots[0].as_ref())?;
    fill(this, shape, dist::legacy_standard_exponential)
}

/// `exponential(scale=1.0, size=None)`, of both generators (each draws
/// its exponentials its own way).
pub fn exponential(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("exponential", rest(args), &["scale", "size"], 0)?;
    let scale = slots[0].clone().unwrap_or(Value::Float(1.0));
    let params = [Param {
        value: &scale,
        name: "scale",
        cons: Cons::NonNegative,
    }];
    cont(vm, this, slots[1].as_ref(), &params, |s, p| {
        p[0] * s.exponential()
    })
}

/// `standard_gamma(shape, size=None)`.
pub fn standard_gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("standard_gamma", rest(args), &["shape", "size"], 1)?;
    let shape = slots[0].clone().unwrap_or(Value::None);
    let params = [Param {
        value: &shape,
        name: "shape",
        cons: Cons::NonNegative,
    }];
    cont(vm, this, slots[1].as_ref(), &params, |s, p| {
        dist::standard_gamma(s, p[0])
    })
}

/// `gamma(shape, scale=1.0, size=None)`.
pub fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
        p[1] * dist::standard_gamma(s, p[0])
    })
}

/// `beta(a, b, size=None)`.
pub fn beta(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
        dist::legacy_beta(s, p[0], p[1])
    })
}

/// `lognormal(mean=0.0, sigma=1.0, size=None)`.
pub fn lognormal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::lognormal(vm, this(&args)?, rest(args))
}

/// `poisson(lam=1.0, size=None)`.
pub fn poisson(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::poisson(vm, this(&args)?, rest(args))
}

/// `binomial(n, p, size=None)`.
pub fn binomial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::binomial(vm, this(&args)?, rest(args), true)
}

/// `laplace(loc=0.0, scale=1.0, size=None)`.
pub fn laplace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::loc_scale(vm, this(&args)?, rest(args), "laplace", dist::laplace)
}

/// `gumbel(loc=0.0, scale=1.0, size=None)`.
pub fn gumbel(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::loc_scale(vm, this(&args)?, rest(args), "gumbel", dist::gumbel)
}

/// `logistic(loc=0.0, scale=1.0, size=None)`.
pub fn logistic(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::loc_scale(vm, this(&args)?, rest(args), "logistic", dist::logistic)
}

/// `rayleigh(scale=1.0, size=None)`.
pub fn rayleigh(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("scale", Some(1.0), Cons::NonNegative);
    let f = dist::legacy_rayleigh;
    methods::one_param(vm, this(&args)?, rest(args), "rayleigh", param, f)
}

/// `triangular(left, mode, right, size=None)`.
pub fn triangular(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    methods::triangular(vm, this(&args)?, rest(args))
}

/// `chisquare(df, size=None)`, of both generators.
pub fn chisquare(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("df", None, Cons::Positive);
    let f = dist::chisquare;
    methods::one_param(vm, this(&args)?, rest(args), "chisquare", param, f)
}

/// `standard_t(df, size=None)`, of both generators.
pub fn standard_t(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("df", None, Cons::Positive);
    let f = dist::standard_t;
    methods::one_param(vm, this(&args)?, rest(args), "standard_t", param, f)
}

/// `standard_cauchy(size=None)`, of both generators.
pub fn standard_cauchy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("standard_cauchy", rest(args), &["size"], 0)?;
    let shape = size_arg(vm, slots[0].as_ref())?;
    fill(this, shape, dist::standard_cauchy)
}

/// `weibull(a, size=None)`, of both generators.
pub fn weibull(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("a", None, Cons::NonNegative);
    let f = dist::weibull;
    methods::one_param(vm, this(&args)?, rest(args), "weibull", param, f)
}

/// `pareto(a, size=None)`.
pub fn pareto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("a", None, Cons::Positive);
    let f = dist::legacy_pareto;
    methods::one_param(vm, this(&args)?, rest(args), "pareto", param, f)
}

/// `power(a, size=None)`.
pub fn power(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let param = ("a", None, Cons::Positive);
    let f = dist::legacy_power;
    methods::one_param(vm, this(&args)?, rest(args), "power", param, f)
}

/// `geometric(p, size=None)`.
pub fn geometric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    geometric_of(vm, args, true)
}

/// `geometric(p, size=None)` of either generator (`legacy`: RandomState).
pub fn geometric_of(vm: &mut Vm, args: Args<'_>, legacy: bool) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("geometric", rest(args), &["p", "size"], 1)?;
    let p = slots[0].clone().unwrap_or(Value::None);
    let params = [Param {
        value: &p,
        name: "p",
        cons: Cons::BoundedGt01,
    }];
    disc(vm, this, slots[1].as_ref(), &params, |s, q| {
        dist::geometric(s, q[0], legacy)
    })
}

/// `dirichlet(alpha, size=None)`: rows of `len(alpha)` weights summing
/// to 1, one per element of `size`.
pub fn dirichlet(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    dirichlet_of(vm, args, true)
}

/// `dirichlet(alpha, size=None)` of either generator (`legacy`:
/// RandomState, which refuses zero weights; `Generator` breaks a stick
/// with beta draws when every weight is below 0.1).
pub fn dirichlet_of(vm: &mut Vm, args: Args<'_>, legacy: bool) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("dirichlet", rest(args), &["alpha", "size"], 1)?;
    let given = slots[0].as_ref().unwrap_or(&Value::None);
    let alpha = as_array(vm, given, Some(DType::Float64))?;
    match alpha.ndim() {
        // NumPy takes len(alpha) first.
        0 => {
            return Err(PyErr::type_error(match NdArray::of(given) {
                Some(a) if !a.scalar => "len() of unsized object".to_owned(),
                _ => format!("object of type '{}' has no len()", vm.type_name(given)),
            }))
        }
        1 => {}
        _ => return Err(PyErr::value_error("object too deep for desired array")),
    }
    let alpha: Vec<f64> = alpha.to_vec()?;
    if legacy && alpha.iter().any(|&a| a <= 0.0) {
        return Err(PyErr::value_error("alpha <= 0"));
    }
    if alpha.iter().any(|&a| a < 0.0) {
        return Err(PyErr::value_error("alpha < 0"));
    }
    let sticks = !legacy && !alpha.is_empty() && alpha.iter().all(|&a| a < 0.1);
    let mut shape = size_arg(vm, slots[1].as_ref())?.unwrap_or_default();
    let rows: usize = shape.iter().product();
    shape.push(alpha.len());
    crate::numpy::alloc::check_room(&shape, DType::Float64)?;
    let values = super::state::draw(this, |s| {
        let mut out = Vec::with_capacity(rows * alpha.len());
        for _ in 0..rows {
            if sticks {
                dist::stick_dirichlet(s, &alpha, &mut out);
            } else {
                dist::dirichlet(s, &alpha, &mut out);
            }
        }
        out
    })?;
    Ok(NdArray::new(<f64 as crate::numpy::element::Element>::wrap(values), shape).into_value())
}

/// `multinomial(n, pvals, size=None)`: rows of counts of `n` trials
/// over the categories of `pvals`, one per element of `size`.
pub fn multinomial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("multinomial", rest(args), &["n", "pvals", "size"], 2)?;
    let none = Value::None;
    let pvals = slots[1].as_ref().unwrap_or(&none);
    if vm.len(pvals).is_err() {
        return Err(PyErr::type_error("pvals must be a 1-d sequence"));
    }
    let parr = as_array(vm, pvals, Some(DType::Float64))?;
    if parr.ndim() != 1 {
        return Err(PyErr::value_error("object too deep for desired array"));
    }
    let p: Vec<f64> = parr.to_vec()?;
    if p.iter().any(|v| !(0.0..=1.0).contains(v)) {
        return Err(PyErr::value_error(
            "pvals < 0, pvals > 1 or pvals contains NaNs",
        ));
    }
    if !p.is_empty() && sampling::kahan_sum(&p[..p.len() - 1]) > 1.0 + 1e-12 {
        return Err(PyErr::value_error(multinomial_sum_error(pvals)));
    }
    let mut shape = size_arg(vm, slots[2].as_ref())?.unwrap_or_default();
    let rows: usize = shape.iter().product();
    shape.push(p.len());
    crate::numpy::alloc::check_room(&shape, DType::Int64)?;
    let n = vm.index_of(slots[0].as_ref().unwrap_or(&none))?;
    if n < 0 {
        return Err(PyErr::value_error("n < 0"));
    }
    let counts = super::state::draw(this, |s| {
        let mut out = vec![0i64; rows * p.len()];
        for row in out.chunks_mut(p.len().max(1)) {
            dist::multinomial(s, n, &p, row);
        }
        out
    })?;
    Ok(NdArray::new(<i64 as crate::numpy::element::Element>::wrap(counts), shape).into_value())
}

/// NumPy's error for `pvals` summing (but for the last) over 1: worded
/// for the cast when `pvals` is a float array narrower than float64 that
/// sums to under 1.0001.
fn multinomial_sum_error(pvals: &Value) -> &'static str {
    let narrow = NdArray::of(pvals).filter(|a| a.dtype.is_float() && a.dtype != DType::Float64);
    let close = narrow.is_some_and(|a| {
        a.to_vec::<f64>()
            .is_ok_and(|v| v.iter().sum::<f64>() < 1.0001)
    });
    if close {
        "sum(pvals[:-1].astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating \
         point prior to checking the sum. Precision changes when casting may cause problems \
         even if the sum of the original pvals is valid."
    } else {
        "sum(pvals[:-1]) > 1.0"
    }
}

/// `np.prod(size) != 0` as NumPy's `choice` tests it (`None` counts as
/// nonzero).
pub fn takes_samples(vm: &mut Vm, size: Option<&Value>) -> PyResult<bool> {
    match size.filter(|v| !v.is_none()) {
        None => Ok(true),
        Some(v) => Ok(shape_arg(vm, v)?.iter().product::<i64>() != 0),
    }
}

/// The population size of a 0-d `a` (an int), or None when it is not one.
pub fn int_population(a: &NdArray) -> Option<i64> {
    match a.first() {
        Scalar::Int(i) => Some(i),
        Scalar::UInt(u) => i64::try_from(u).ok(),
        Scalar::Bool(b) => Some(b as i64),
        Scalar::Float(_) => None,
    }
}

const WORDS: ChoiceWords = ChoiceWords {
    p_ndim: "'p' must be 1-dimensional",
    p_size: "'a' and 'p' must have same size",
    p_nan: "probabilities contain NaN",
    p_negative: "probabilities are not non-negative",
    p_sum: "probabilities do not sum to 1",
    too_large: "Cannot take a larger sample than population when 'replace=False'",
    size_negative: Some((
        "negative dimensions are not allowed",
        "Negative dimensions are not allowed",
    )),
};

/// `choice(a, size=None, replace=True, p=None)`.
pub fn choice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("choice", rest(args), &["a", "size", "replace", "p"], 1)?;
    let a = as_array(vm, slots[0].as_ref().unwrap_or(&Value::None), None)?;
    let size = slots[1].clone().filter(|v| !v.is_none());
    let replace = match &slots[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let p = slots[3].clone().filter(|v| !v.is_none());
    let pop_size = if a.ndim() == 0 {
        let n = int_population(&a)
            .ok_or_else(|| PyErr::value_error("a must be 1-dimensional or an integer"))?;
        if n <= 0 && takes_samples(vm, size.as_ref())? {
            return Err(PyErr::value_error(
                "a must be greater than 0 unless no samples are taken",
            ));
        }
        n
    } else if a.ndim() != 1 {
        return Err(PyErr::value_error("a must be 1-dimensional"));
    } else {
        let n = a.dim(0) as i64;
        if n == 0 && takes_samples(vm, size.as_ref())? {
            return Err(PyErr::value_error(
                "'a' cannot be empty unless no samples are taken",
            ));
        }
        n
    };
    let call = Choice {
        a: &a,
        pop_size,
        axis: 0,
        size,
        replace,
        p,
    };
    sampling::choose(vm, this, call, &WORDS, |pop, n| {
        let mut all = sampling::shuffled_range(this, pop)?;
        all.truncate(n);
        Ok(all)
    })
}

/// `shuffle(x)`: in place, along the first axis.
pub fn shuffle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("shuffle", rest(args), &["x"], 1)?;
    let x = slots[0].clone().unwrap_or(Value::None);
    sampling::shuffle(vm, this, &x, None)?;
    Ok(Value::None)
}

/// `permutation(x)`.
pub fn permutation(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let slots = parse_args("permutation", rest(args), &["x"], 1)?;
    let x = slots[0].clone().unwrap_or(Value::None);
    sampling::permutation(vm, this, &x, 0, true)
}

fn str_(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(str_value("RandomState(MT19937)"))
}

fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let addr = this(&args)?.as_obj().map_or(0, |o| o.addr());
    Ok(str_value(format!("RandomState(MT19937) at 0x{addr:X}")))
}

/// A hash of the state of a `RandomState` (read, not advanced), from
/// which worker threads' global generators are seeded.
pub fn state_hash(this: &Value) -> PyResult<u64> {
    let st = legacy_snapshot(this)?;
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let words = st
        .mt
        .key
        .iter()
        .map(|&k| k as u64)
        .chain([st.mt.pos as u64, st.gauss.map_or(0, |g| g.to_bits() | 1)]);
    for w in words {
        h ^= w;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    Ok(h)
}
