//! Module functions that mirror array methods (`np.reshape(a, s)` is
//! `a.reshape(s)`), a few methods that mirror module functions
//! (`a.clip`, `a.round`, `a.nonzero`, `a.dot`), and the print options.

use super::array::{Dims, NdArray, Strides, WriteFlag};
use super::convert::{as_array, as_array_keep_scalar};
use super::dtype::{self, DType};
use super::dunders::this;
use super::text;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::builtins::new_dict;
use taipan_vm::error::{str_value, PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::{Value, Vm};

/// Calls the method `method` with the first argument, made an array, as self.
fn via_method(vm: &mut Vm, args: Args<'_>, name: &str, method: NativeFn) -> PyResult<Value> {
    let first = args.pos.first().ok_or_else(|| {
        PyErr::type_error(format!("{name}() missing required argument 'a' (pos 1)"))
    })?;
    let a = as_array_keep_scalar(vm, first)?;
    let mut pos = vec![a.into_value()];
    pos.extend_from_slice(&args.pos[1..]);
    method(
        vm,
        Args {
            pos: &pos,
            kw: args.kw,
        },
    )
}

/// The method of that name in the class tables.
fn method_named(name: &str) -> Option<NativeFn> {
    super::METHOD_TABLES
        .iter()
        .flat_map(|t| t.iter())
        .find(|(n, _)| *n == name)
        .map(|&(_, f)| f)
}

macro_rules! mirrors {
    ($($fname:ident => $method:literal;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            match method_named($method) {
                Some(m) => via_method(vm, args, $method, m),
                None => Err(PyErr::attribute_error(format!("taipan's numpy has no attribute '{}'", $method))),
            }
        })*
    };
}

mirrors! {
    reshape => "reshape"; squeeze => "squeeze"; ravel => "ravel";
    swapaxes => "swapaxes"; nonzero_fn => "nonzero";
}

fn expand_dims(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("expand_dims", args, &["a", "axis"], 2)?;
    let a = as_array(vm, slots[0].as_ref().unwrap_or(&Value::None), None)?;
    let axes = super::shape::shape_arg(vm, slots[1].as_ref().unwrap_or(&Value::None))?;
    super::shape::expand_dims(&a, &axes).map(NdArray::into_value)
}

/// The array whose shape `np.shape`, `np.ndim` and `np.size` report: the
/// real parts of a complex array (its shape), else `v` as an array.
fn shaped(vm: &mut Vm, v: &Value) -> PyResult<NdArray> {
    match super::fft::ComplexArray::of(v) {
        Some(c) => Ok(c.re.clone()),
        None => as_array_keep_scalar(vm, v),
    }
}

fn shape(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = shaped(vm, args.pos.first().unwrap_or(&Value::None))?;
    Ok(taipan_vm::builtins::new_tuple(
        a.shape().iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

fn ndim(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = shaped(vm, args.pos.first().unwrap_or(&Value::None))?;
    Ok(Value::Int(a.ndim() as i64))
}

fn size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args("size", args, &["a", "axis"], 1)?;
    let a = shaped(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    match slots[1].as_ref().filter(|v| !v.is_none()) {
        Some(axis) => {
            let axis = super::errors::normalize_axis(vm.index_of(axis)?, a.ndim())?;
            Ok(Value::Int(a.dim(axis) as i64))
        }
        None => Ok(Value::Int(a.size() as i64)),
    }
}

fn nonzero(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("nonzero", &args)?;
    super::index::nonzero_value(&a)
}

fn clip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _) = this("clip", &args)?;
    let rest = taipan_vm::builtins::args::rest(args);
    let slots = parse_args("clip", rest, &["min", "max", "out"], 0)?;
    let (lo, hi, out) = (slots[0].as_ref(), slots[1].as_ref(), slots[2].as_ref());
    super::ufunc::clip_values(vm, v, lo, hi, out)
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("round", &args)?;
    let rest = taipan_vm::builtins::args::rest(args);
    let slots = parse_args("round", rest, &["decimals", "out"], 0)?;
    let decimals = match slots[0].as_ref() {
        Some(v) => vm.index_of(v)?,
        None => 0,
    };
    super::ufunc::round_into(vm, &a, decimals, slots[1].as_ref())
}

fn dot_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this("dot", &args)?;
    let rest = taipan_vm::builtins::args::rest(args);
    let slots = parse_args("dot", rest, &["b", "out"], 1)?;
    let b = as_array_keep_scalar(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    super::linalg::dot_into(vm, &a, &b, slots[1].as_ref().unwrap_or(&Value::None))
}

fn set_printoptions(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args(
        "set_printoptions",
        args,
        &[
            "precision",
            "threshold",
            "edgeitems",
            "linewidth",
            "suppress",
            "nanstr",
            "infstr",
            "formatter",
            "sign",
            "floatmode",
            "legacy",
            "override_repr",
        ],
        0,
    )?;
    let mut o = text::options();
    let int = |vm: &mut Vm, v: &Option<Value>| -> PyResult<Option<usize>> {
        match v {
            Some(v) if !v.is_none() => Ok(Some(vm.index_of(v)?.max(0) as usize)),
            _ => Ok(None),
        }
    };
    if let Some(p) = slots[0].as_ref().filter(|v| !v.is_none()) {
        let p = vm
            .index_of(p)
            .map_err(|_| PyErr::type_error("precision must be an integer"))?;
        o.precision = p.max(0) as usize;
    }
    if let Some(t) = slots[1].as_ref().filter(|v| !v.is_none()) {
        (o.threshold, o.threshold_float) = threshold_arg(vm, t)?;
    }
    if let Some(e) = int(vm, &slots[2])? {
        o.edgeitems = e;
    }
    if let Some(l) = int(vm, &slots[3])? {
        o.linewidth = l;
    }
    if let Some(s) = slots[4].as_ref().filter(|v| !v.is_none()) {
        o.suppress = vm.truthy(s)?;
    }
    if let Some(s) = slots[8].as_ref().filter(|v| !v.is_none()) {
        o.sign = taipan_vm::builtins::args::arg_str(vm, "set_printoptions", s)?
            .chars()
            .next()
            .unwrap_or('-');
    }
    if let Some(s) = slots[9].as_ref().filter(|v| !v.is_none()) {
        use super::print::FloatMode;
        o.floatmode = match taipan_vm::builtins::args::arg_str(vm, "set_printoptions", s)? {
            "fixed" => FloatMode::Fixed,
            "unique" => FloatMode::Unique,
            "maxprec" => FloatMode::MaxPrec,
            "maxprec_equal" => FloatMode::MaxPrecEqual,
            other => {
                return Err(PyErr::value_error(format!(
                    "floatmode option must be one of 'fixed', 'unique', 'maxprec', 'maxprec_equal', not {other:?}"
                )))
            }
        };
    }
    if let Some(v) = slots[10].as_ref().filter(|v| !v.is_none()) {
        o.legacy = legacy_mode(vm, v)?.unwrap_or(o.legacy);
    }
    // Always replaced, as in NumPy: `set_printoptions()` clears it.
    let formatter = slots[7].clone().unwrap_or(Value::None);
    o.formatter = !formatter.is_none();
    let core = vm.import_module("_numpy")?;
    vm.module_set(&core, "_print_formatter", formatter)?;
    text::set_options(o);
    Ok(Value::None)
}

/// A `threshold=` value as NumPy takes it: any real number but NaN
/// (`np.inf` or `sys.maxsize` for untruncated printing). The count to
/// compare sizes with, and the float as given (for `get_printoptions`).
fn threshold_arg(vm: &mut Vm, t: &Value) -> PyResult<(usize, Option<f64>)> {
    if let Value::Float(f) = t {
        if f.is_nan() {
            return Err(PyErr::value_error(
                "threshold must be non-NAN, try sys.maxsize for untruncated representation",
            ));
        }
        // `size > f` holds exactly when `size > floor(f)`.
        return Ok((f.max(0.0).floor().min(usize::MAX as f64) as usize, Some(*f)));
    }
    let n = vm
        .index_of(t)
        .map_err(|_| PyErr::type_error("threshold must be numeric"))?;
    Ok((n.max(0) as usize, None))
}

/// NumPy's `legacy` print modes by name, and their numbers.
const LEGACY_MODES: [(&str, u32); 4] = [("1.21", 121), ("1.25", 125), ("2.1", 201), ("2.2", 202)];

/// The number of a `legacy=` value: `False` turns legacy printing off;
/// another value NumPy does not know only warns (None: keep the mode).
/// NumPy 1.13's mode, which changes how every array prints, raises
/// `NotImplementedError`.
fn legacy_mode(vm: &mut Vm, v: &Value) -> PyResult<Option<u32>> {
    if matches!(v, Value::Bool(false)) {
        return Ok(Some(super::print::NO_LEGACY));
    }
    if let Some(ObjKind::Str(s)) = v.kind() {
        if s.as_str() == "1.13" {
            return Err(PyErr::new(
                taipan_vm::types::types().not_implemented_error,
                "taipan's numpy does not print in NumPy 1.13's legacy mode",
            ));
        }
        if let Some(&(_, n)) = LEGACY_MODES.iter().find(|(name, _)| *name == s.as_str()) {
            return Ok(Some(n));
        }
    }
    let warnings = vm.import_module("warnings")?;
    let warn = vm.getattr_str(&warnings, "warn")?;
    let text = str_value(
        "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or \
         `False`",
    );
    vm.call(&warn, &[text], &[])?;
    Ok(None)
}

/// The `legacy` entry of `get_printoptions()`: False, or the mode's name.
fn legacy_value(mode: u32) -> Value {
    LEGACY_MODES
        .iter()
        .find(|(_, n)| *n == mode)
        .map_or(Value::Bool(false), |(name, _)| str_value(*name))
}

fn get_printoptions(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    use super::print::FloatMode;
    let o = text::options();
    let formatter = if o.formatter {
        let core = vm.import_module("_numpy")?;
        vm.getattr_str(&core, "_print_formatter")?
    } else {
        Value::None
    };
    let floatmode = match o.floatmode {
        FloatMode::Fixed => "fixed",
        FloatMode::Unique => "unique",
        FloatMode::MaxPrec => "maxprec",
        FloatMode::MaxPrecEqual => "maxprec_equal",
    };
    let d = new_dict();
    for (k, v) in [
        ("edgeitems", Value::Int(o.edgeitems as i64)),
        (
            "threshold",
            o.threshold_float
                .map_or(Value::Int(o.threshold as i64), Value::Float),
        ),
        ("floatmode", str_value(floatmode)),
        ("precision", Value::Int(o.precision as i64)),
        ("suppress", Value::Bool(o.suppress)),
        ("linewidth", Value::Int(o.linewidth as i64)),
        ("nanstr", str_value("nan")),
        ("infstr", str_value("inf")),
        ("sign", str_value(o.sign.to_string())),
        ("formatter", formatter),
        ("legacy", legacy_value(o.legacy)),
        ("override_repr", Value::None),
    ] {
        vm.setitem(&d, str_value(k), v)?;
    }
    Ok(d)
}

fn promote_types(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = super::convert::dtype_arg(vm, args.pos.first())?.unwrap_or(DType::Float64);
    let b = super::convert::dtype_arg(vm, args.pos.get(1))?.unwrap_or(DType::Float64);
    Ok(super::classes::dtype_value(dtype::promote(a, b)))
}

/// `np.result_type(*arrays_and_dtypes)` with NEP 50's weak Python scalars.
fn result_type(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strong: Option<DType> = None;
    let mut weak = Vec::new();
    for v in args.pos {
        let d = if let Some((_, w)) = super::convert::python_scalar(v)? {
            weak.push(w);
            continue;
        } else if let Some(a) = NdArray::of(v) {
            a.dtype
        } else {
            match super::convert::dtype_arg(vm, Some(v)) {
                Ok(Some(d)) => d,
                _ => as_array(vm, v, None)?.dtype,
            }
        };
        strong = Some(strong.map_or(d, |s| dtype::promote(s, d)));
    }
    let mut result = match strong {
        Some(d) => d,
        None => weak
            .iter()
            .map(|&w| dtype::default_of(w))
            .fold(DType::Bool, dtype::promote),
    };
    if strong.is_some() {
        for w in weak {
            result = dtype::promote_weak(result, w);
        }
    }
    Ok(super::classes::dtype_value(result))
}

/// `np.lib.stride_tricks.as_strided(x, shape, strides, writeable)`'s core
/// (`numpy.py` fills in the defaults): a view of `x`'s elements from its
/// first one, with `shape` and `strides` in bytes. Strides must be whole
/// elements, and the view must stay inside `x`'s buffer: where NumPy would
/// read whatever memory lies beyond, this raises a `ValueError`.
fn as_strided(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slots = parse_args(
        "_as_strided",
        args,
        &["x", "shape", "strides", "writeable"],
        4,
    )?;
    let x = as_array(vm, slots[0].as_ref().unwrap_or(&Value::None), None)?;
    let shape = super::shape::shape_arg(vm, slots[1].as_ref().unwrap_or(&Value::None))?;
    let byte_strides = super::shape::shape_arg(vm, slots[2].as_ref().unwrap_or(&Value::None))?;
    let writeable = vm.truthy(slots[3].as_ref().unwrap_or(&Value::None))?;
    if shape.len() != byte_strides.len() {
        return Err(PyErr::value_error(
            "mismatch in length of strides and shape",
        ));
    }
    if shape.iter().any(|&n| n < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    let itemsize = x.dtype.itemsize() as i64;
    if byte_strides.iter().any(|s| s % itemsize != 0) {
        return Err(PyErr::value_error(format!(
            "taipan's numpy needs strides that are multiples of the item size ({itemsize})"
        )));
    }
    let dims: Dims = shape.iter().map(|&n| n as usize).collect();
    let strides: Strides = byte_strides
        .iter()
        .map(|&s| (s / itemsize) as isize)
        .collect();
    if !dims.contains(&0) {
        let (mut lo, mut hi) = (x.offset as i128, x.offset as i128);
        for (&n, &s) in dims.iter().zip(&strides) {
            let reach = (n as i128 - 1) * s as i128;
            if reach < 0 {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        let len = x.buf.read().len() as i128;
        if lo < 0 || hi >= len {
            return Err(PyErr::value_error(
                "taipan's numpy cannot make a strided view that reaches outside the array's memory",
            ));
        }
    }
    let mut view = x.view(dims, strides, x.offset);
    if !writeable {
        view.writeable = WriteFlag::new(false);
    }
    Ok(view.into_value())
}

/// Whether two arrays' elements lie in the same buffer and overlap.
fn shares_memory(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = as_array(vm, args.pos.first().unwrap_or(&Value::None), None)?;
    let b = as_array(vm, args.pos.get(1).unwrap_or(&Value::None), None)?;
    if !std::sync::Arc::ptr_eq(&a.buf, &b.buf) || a.size() == 0 || b.size() == 0 {
        return Ok(Value::Bool(false));
    }
    let mut seen = std::collections::HashSet::new();
    a.for_each_offset(|o| {
        seen.insert(o);
    });
    let mut overlap = false;
    b.for_each_offset(|o| overlap |= seen.contains(&o));
    Ok(Value::Bool(overlap))
}

/// Whether two arrays' element ranges in one buffer overlap (a bound, not
/// an exact answer, like NumPy's `may_share_memory`).
fn may_share_memory(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = as_array(vm, args.pos.first().unwrap_or(&Value::None), None)?;
    let b = as_array(vm, args.pos.get(1).unwrap_or(&Value::None), None)?;
    if !std::sync::Arc::ptr_eq(&a.buf, &b.buf) || a.size() == 0 || b.size() == 0 {
        return Ok(Value::Bool(false));
    }
    let bounds = |x: &NdArray| {
        let (mut lo, mut hi) = (usize::MAX, 0);
        x.for_each_offset(|o| {
            lo = lo.min(o);
            hi = hi.max(o);
        });
        (lo, hi)
    };
    let ((alo, ahi), (blo, bhi)) = (bounds(&a), bounds(&b));
    Ok(Value::Bool(alo <= bhi && blo <= ahi))
}

/// Module functions mirroring methods, and the print options.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_promote_types", promote_types),
    ("_result_type", result_type),
    ("_shares_memory", shares_memory),
    ("_as_strided", as_strided),
    ("may_share_memory", may_share_memory),
    ("reshape", reshape),
    ("squeeze", squeeze),
    ("ravel", ravel),
    ("swapaxes", swapaxes),
    ("nonzero", nonzero_fn),
    ("expand_dims", expand_dims),
    ("shape", shape),
    ("ndim", ndim),
    ("size", size),
    ("set_printoptions", set_printoptions),
    ("get_printoptions", get_printoptions),
];

/// `a.name(...)` as `numpy._extras.name(a, ...)`: methods whose work is
/// written in Python (and native functions that leave a case to it).
pub fn python_method(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let extras = vm.import_module("numpy._extras")?;
    let func = vm.getattr_str(&extras, name)?;
    vm.call(&func, args.pos, args.kw)
}

/// Native methods calling [`python_method`] (`fn_name => "python_name"`).
macro_rules! python_methods {
    ($($name:ident => $py:literal),*) => {$(
        fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            python_method(vm, args, $py)
        }
    )*};
}

python_methods!(
    tofile => "_tofile",
    byteswap => "_byteswap",
    conj => "_conj_method",
    put => "put",
    choose => "choose",
    compress => "_compress_method"
);

/// Methods mirroring module functions.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("nonzero", nonzero),
    ("clip", clip),
    ("round", round),
    ("dot", dot_method),
    ("tofile", tofile),
    ("byteswap", byteswap),
    ("conj", conj),
    ("conjugate", conj),
    ("put", put),
    ("choose", choose),
    ("compress", compress),
];
