//! The Python classes of the shim: `numpy.ndarray`, one scalar type per
//! dtype (`numpy.float32` …, each also a constructor), and `numpy.dtype`.

use super::array::NdArray;
use super::convert;
use super::dtype::{DType, ALL};
use super::element::Scalar;
use std::sync::OnceLock;
use taipan_vm::builtins::args::parse_args;
use taipan_vm::error::str_value;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{
    named_as_c_type, native_class_with_accessors, native_class_with_properties, native_self,
    native_subclass, NativeObject,
};
use taipan_vm::value::FrozenRef;
use taipan_vm::{Value, Vm};

/// Every method of arrays and scalars, gathered from the modules that
/// implement them.
fn array_methods() -> Vec<(&'static str, NativeFn)> {
    let mut v = Vec::new();
    for table in super::METHOD_TABLES {
        v.extend_from_slice(table);
    }
    v
}

/// `numpy.ndarray`.
pub fn ndarray_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        named_as_c_type(native_class_with_accessors(
            "ndarray",
            "numpy",
            &array_methods(),
            &super::methods::ndarray_properties(),
        ))
    })
}

/// NumPy's abstract scalar types, for `isinstance` and `np.issubdtype`.
pub struct AbstractTypes {
    /// `np.generic`: every scalar type.
    pub generic: FrozenRef,
    /// `np.number`.
    pub number: FrozenRef,
    /// `np.integer`.
    pub integer: FrozenRef,
    /// `np.signedinteger`.
    pub signedinteger: FrozenRef,
    /// `np.unsignedinteger`.
    pub unsignedinteger: FrozenRef,
    /// `np.inexact`.
    pub inexact: FrozenRef,
    /// `np.floating`.
    pub floating: FrozenRef,
    /// `np.complexfloating`.
    pub complexfloating: FrozenRef,
}

/// The abstract scalar types.
pub fn abstract_types() -> &'static AbstractTypes {
    static TYPES: OnceLock<AbstractTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let make = |name: &str, bases: &[FrozenRef]| {
            named_as_c_type(native_subclass(name, "numpy", bases, None, &[], &[]))
        };
        let generic = make("generic", &[]);
        let number = make("number", &[generic]);
        let integer = make("integer", &[number]);
        let inexact = make("inexact", &[number]);
        AbstractTypes {
            generic,
            number,
            integer,
            signedinteger: make("signedinteger", &[integer]),
            unsignedinteger: make("unsignedinteger", &[integer]),
            inexact,
            floating: make("floating", &[inexact]),
            complexfloating: make("complexfloating", &[inexact]),
        }
    })
}

/// The scalar type of `dtype` (`numpy.float32`).
pub fn scalar_class(dtype: DType) -> FrozenRef {
    static CLASSES: OnceLock<Vec<FrozenRef>> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let methods = array_methods();
        let abs = abstract_types();
        ALL.iter()
            .map(|d| {
                let base = match d.kind() {
                    super::dtype::Kind::Bool => abs.generic,
                    super::dtype::Kind::Int => abs.signedinteger,
                    super::dtype::Kind::UInt => abs.unsignedinteger,
                    super::dtype::Kind::Float => abs.floating,
                };
                // As in NumPy, `float64` is also a Python float (its MRO
                // ends `generic, float, object`); no other scalar type
                // subclasses a builtin.
                let float = taipan_vm::types::types().float;
                let bases: &[FrozenRef] = match d {
                    DType::Float64 => &[base, float],
                    _ => &[base],
                };
                named_as_c_type(native_subclass(
                    d.name(),
                    "numpy",
                    bases,
                    Some(SCALAR_NEW[*d as usize]),
                    &methods,
                    super::methods::PROPERTIES,
                ))
            })
            .collect()
    });
    classes[dtype as usize]
}

macro_rules! scalar_new {
    ($($name:ident => $dtype:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            new_scalar(vm, args, DType::$dtype)
        })*
        /// The constructors of the scalar types, in `DType` order.
        const SCALAR_NEW: [NativeFn; 12] = [$($name),*];
    };
}

scalar_new!(
    new_bool => Bool, new_int8 => Int8, new_int16 => Int16, new_int32 => Int32,
    new_int64 => Int64, new_uint8 => UInt8, new_uint16 => UInt16, new_uint32 => UInt32,
    new_uint64 => UInt64, new_float16 => Float16, new_float32 => Float32, new_float64 => Float64,
);

/// `np.float32(x)`: a scalar from a number or a string, or an array cast
/// element-wise when `x` is a sequence or an array.
fn new_scalar(vm: &mut Vm, args: Args<'_>, dtype: DType) -> PyResult<Value> {
    let rest = taipan_vm::builtins::args::rest(args);
    let slots = parse_args(dtype.name(), rest, &["x"], 0)?;
    let Some(x) = &slots[0] else {
        return Ok(NdArray::new_scalar(Scalar::Int(0), dtype).into_value());
    };
    if let Some((s, _)) = convert::python_scalar(x)? {
        if dtype.is_integer() {
            convert::check_fits(s, dtype)?;
        }
        return Ok(NdArray::new_scalar(s, dtype).into_value());
    }
    if let Some(ObjKind::Str(text)) = x.kind() {
        let t = text.as_str().trim();
        let s = if dtype.is_float() {
            parse_float(t).map(Scalar::Float)
        } else if dtype == DType::Bool {
            Some(Scalar::Bool(!t.is_empty()))
        } else {
            t.parse::<i64>().ok().map(Scalar::Int)
        };
        return s
            .map(|s| NdArray::new_scalar(s, dtype).into_value())
            .ok_or_else(|| {
                PyErr::value_error(format!(
                    "invalid literal for {}: '{}'",
                    dtype.name(),
                    text.as_str()
                ))
            });
    }
    let a = convert::to_array(vm, x, None)?;
    if a.ndim() == 0 {
        return Ok(NdArray::new_scalar(a.first(), dtype).into_value());
    }
    Ok(a.copy_as(dtype)?.into_value())
}

fn parse_float(t: &str) -> Option<f64> {
    match t.to_ascii_lowercase().as_str() {
        "nan" | "+nan" | "-nan" => Some(f64::NAN),
        "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        _ => t.parse().ok(),
    }
}

/// A `numpy.dtype` object.
pub struct DTypeObject(pub DType);

impl NativeObject for DTypeObject {
    fn class(&self) -> FrozenRef {
        dtype_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn thread_safe(&self) -> bool {
        true
    }
    fn share_handle(&self) -> Option<Box<dyn NativeObject + Send + Sync>> {
        Some(Box::new(DTypeObject(self.0)))
    }
}

/// The dtype object of `dtype` as a Python value.
pub fn dtype_value(dtype: DType) -> Value {
    Value::obj(ObjKind::Native(Box::new(DTypeObject(dtype))))
}

/// The dtype a value names when it is a dtype object or a scalar type.
pub fn dtype_of_object(v: &Value) -> Option<DType> {
    if let Some(ObjKind::Native(n)) = v.kind() {
        if let Some(d) = n.as_any().downcast_ref::<DTypeObject>() {
            return Some(d.0);
        }
    }
    let o = v.as_obj()?;
    ALL.iter()
        .copied()
        .find(|&d| o.ptr_eq(&scalar_class(d).to_ref()))
}

/// `numpy.dtype`.
pub fn dtype_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        named_as_c_type(native_class_with_properties(
            "dtype",
            "numpy",
            Some(dtype_new),
            &[
                ("__repr__", dtype_repr),
                ("__str__", dtype_str),
                ("__eq__", dtype_eq),
                ("__ne__", dtype_ne),
                ("__hash__", dtype_hash),
            ],
            &[
                ("name", dtype_name),
                ("itemsize", dtype_itemsize),
                ("kind", dtype_kind),
                ("char", dtype_char),
                ("str", dtype_descr),
                ("type", dtype_type),
                ("byteorder", dtype_byteorder),
                ("isnative", dtype_isnative),
                ("alignment", dtype_itemsize),
                ("base", dtype_base),
                ("shape", dtype_shape),
                ("ndim", dtype_ndim),
                ("names", dtype_none),
                ("fields", dtype_none),
                ("subdtype", dtype_none),
            ],
        ))
    })
}

fn this(method: &str, args: &Args<'_>) -> PyResult<DType> {
    native_self::<DTypeObject>(method, args).map(|d| d.0)
}

fn dtype_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = taipan_vm::builtins::args::rest(args);
    let slots = parse_args("dtype", rest, &["dtype"], 1)?;
    if let Some(d) = slots[0].as_ref().and_then(super::fft::complex_dtype_value) {
        return Ok(d);
    }
    match convert::dtype_arg(vm, slots[0].as_ref())? {
        Some(d) => Ok(dtype_value(d)),
        None => Ok(dtype_value(DType::Float64)),
    }
}

fn dtype_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(format!(
        "dtype('{}')",
        this("__repr__", &args)?.name()
    )))
}

fn dtype_str(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this("__str__", &args)?.name()))
}

fn dtype_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this("__eq__", &args)?;
    let other = args.pos.get(1).cloned().unwrap_or(Value::None);
    if other.is_none() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(
        convert::dtype_arg(vm, Some(&other)).ok().flatten() == Some(d),
    ))
}

fn dtype_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match dtype_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        v => Ok(v),
    }
}

fn dtype_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("__hash__", &args)? as i64 + 0x6e70))
}

fn dtype_name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this("name", &args)?.name()))
}

fn dtype_itemsize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this("itemsize", &args)?.itemsize() as i64))
}

fn dtype_kind(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this("kind", &args)?;
    Ok(str_value(&d.descr()[1..2]))
}

fn dtype_char(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this("char", &args)?.char().to_string()))
}

fn dtype_descr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(str_value(this("str", &args)?.descr()))
}

/// `dtype.byteorder`: `'|'` where order does not apply (one byte), else
/// `'='` (taipan's dtypes are all native).
fn dtype_byteorder(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this("byteorder", &args)?;
    let order = if d.descr().starts_with('|') { "|" } else { "=" };
    Ok(str_value(order))
}

/// `dtype.isnative`: always true here.
fn dtype_isnative(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("isnative", &args)?;
    Ok(Value::Bool(true))
}

/// `dtype.base`: the dtype itself (no sub-array dtypes here).
fn dtype_base(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(dtype_value(this("base", &args)?))
}

/// `dtype.shape`: `()` (no sub-array dtypes here).
fn dtype_shape(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("shape", &args)?;
    Ok(taipan_vm::builtins::new_tuple(Vec::new()))
}

/// `dtype.ndim`: 0 (no sub-array dtypes here).
fn dtype_ndim(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("ndim", &args)?;
    Ok(Value::Int(0))
}

/// `dtype.names`, `fields`, `subdtype`: None for the plain dtypes taipan
/// has (no structured or sub-array dtypes).
fn dtype_none(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this("names", &args)?;
    Ok(Value::None)
}

fn dtype_type(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(scalar_class(this("type", &args)?).value())
}
