//! Between Python values and arrays: `np.array`'s discovery of shape and
//! dtype in nested lists, dtype arguments, and elements back to Python.

use super::alloc::{reserve_more, vec_with_room};
use super::array::{Dims, NdArray};
use super::dtype::{self, DType, Kind, Weak};
use super::element::{Data, Scalar};
use num_traits::ToPrimitive;
use smallvec::SmallVec;
use taipan_vm::builtins::new_list;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::int::int_value;
use taipan_vm::types::types;
use taipan_vm::{Value, Vm};

/// One side of an operation: an array, or a Python scalar that NEP 50
/// makes weak (it takes the array's type).
pub enum Operand {
    /// An array or NumPy scalar.
    Array(NdArray),
    /// A Python bool, int or float.
    Weak(Scalar, Weak),
}

impl Operand {
    /// The operand as an array of `dtype` (a weak scalar becomes a 0-d array).
    pub fn into_array(self, dtype: DType) -> PyResult<NdArray> {
        match self {
            Operand::Array(a) => Ok(a),
            Operand::Weak(s, _) => {
                check_fits(s, dtype)?;
                Ok(NdArray::new(Data::filled(dtype, 1, s), SmallVec::new()))
            }
        }
    }
}

/// A Python scalar's value and weak kind, if `v` is a bool, int or float.
pub fn python_scalar(v: &Value) -> PyResult<Option<(Scalar, Weak)>> {
    Ok(Some(match v {
        Value::Bool(b) => (Scalar::Bool(*b), Weak::Bool),
        Value::Int(i) => (Scalar::Int(*i), Weak::Int),
        Value::Float(f) => (Scalar::Float(*f), Weak::Float),
        Value::Obj(o) => match o.kind() {
            ObjKind::BigInt(b) => match b.to_u64() {
                Some(u) => (Scalar::UInt(u), Weak::Int),
                None => {
                    return Err(PyErr::overflow(format!(
                        "Python integer {b} out of bounds for int64"
                    )))
                }
            },
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// `v` as an operand of arithmetic.
pub fn operand(vm: &mut Vm, v: &Value) -> PyResult<Operand> {
    if let Some(a) = NdArray::of(v) {
        return Ok(Operand::Array(a.clone()));
    }
    if let Some((s, w)) = python_scalar(v)? {
        return Ok(Operand::Weak(s, w));
    }
    Ok(Operand::Array(to_array(vm, v, None)?))
}

/// NumPy 2 refuses a Python int that the target integer type cannot hold.
pub fn check_fits(s: Scalar, dtype: DType) -> PyResult<()> {
    let value: i128 = match s {
        Scalar::Int(i) => i as i128,
        Scalar::UInt(u) => u as i128,
        _ => return Ok(()),
    };
    if let Some((lo, hi)) = dtype.int_range() {
        if dtype != DType::Bool && (value < lo || value > hi) {
            return Err(PyErr::overflow(format!(
                "Python integer {value} out of bounds for {}",
                dtype.name()
            )));
        }
    }
    Ok(())
}

/// What a walk over nested sequences found.
struct Discovery {
    shape: Option<Dims>,
    values: Vec<Scalar>,
    dtype: Option<DType>,
    /// The dtype asked for, which lets strings be parsed as numbers.
    target: Option<DType>,
}

impl Discovery {
    fn note_dtype(&mut self, d: DType) {
        self.dtype = Some(match self.dtype {
            Some(old) => dtype::promote(old, d),
            None => d,
        });
    }

    fn note_shape(&mut self, depth: usize, shape: &[usize], prefix: &[usize]) -> PyResult<()> {
        let mut full: Dims = SmallVec::from_slice(prefix);
        full.truncate(depth);
        full.extend_from_slice(shape);
        match &self.shape {
            None => self.shape = Some(full),
            Some(s) if *s == full => {}
            Some(s) => {
                let common = s.iter().zip(&full).take_while(|(a, b)| a == b).count();
                let detected = shape_text(&s[..common]);
                return Err(PyErr::value_error(format!(
                    "setting an array element with a sequence. The requested array has an \
                     inhomogeneous shape after {common} dimensions. The detected shape was \
                     {detected} + inhomogeneous part."
                )));
            }
        }
        Ok(())
    }
}

/// A shape as NumPy writes it: `(2,)`, `(2, 3)`, `()`.
pub fn shape_text(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The items of a value NumPy reads as a sequence: a list or tuple (or an
/// instance of a subclass of one), or an instance of a class with
/// `__len__` and `__getitem__` (read as `v[0]`, …, `v[len(v) - 1]`).
fn sequence_items(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    let data = v.data();
    match data.kind() {
        Some(ObjKind::List(items)) => {
            return Ok(data.as_obj().map(|o| o.get().read(items).to_vec()))
        }
        Some(ObjKind::Tuple(items)) => return Ok(Some(items.to_vec())),
        Some(ObjKind::Instance(_)) => {}
        _ => return Ok(None),
    }
    if vm.lookup_type_attr(v, "__getitem__").is_none()
        || vm.lookup_type_attr(v, "__len__").is_none()
    {
        return Ok(None);
    }
    let n = vm.len(v)?;
    let mut items = Vec::new();
    reserve_more(&mut items, n)?;
    for i in 0..n {
        items.push(vm.getitem(v, &Value::Int(i as i64))?);
    }
    Ok(Some(items))
}

fn discover(
    vm: &mut Vm,
    v: &Value,
    depth: usize,
    prefix: &mut Dims,
    found: &mut Discovery,
) -> PyResult<()> {
    if depth > 32 {
        return Err(PyErr::value_error("array nesting is deeper than 32 levels"));
    }
    if let Some(a) = NdArray::of(v) {
        found.note_shape(depth, &a.shape(), prefix)?;
        found.note_dtype(a.dtype);
        // A view can stand for more elements than memory holds.
        a.room_for_copy(a.dtype)?;
        reserve_more(&mut found.values, a.size())?;
        let data = a.buf.read();
        a.for_each_offset(|o| found.values.push(data.get(o)));
        return Ok(());
    }
    if let Some((s, w)) = python_scalar(v)? {
        found.note_shape(depth, &[], prefix)?;
        found.note_dtype(match (s, w) {
            (Scalar::UInt(u), _) if u > i64::MAX as u64 => DType::UInt64,
            _ => dtype::default_of(w),
        });
        found.values.push(s);
        return Ok(());
    }
    if let Some(a) = array_protocol(vm, v)? {
        let wrapped = a.into_value();
        return discover(vm, &wrapped, depth, prefix, found);
    }
    if let Some(&ObjKind::Range { start, stop, step }) = v.kind() {
        // A range is a sequence of Python ints, taken without making them.
        let n = taipan_vm::interp::ops::range_len(start, stop, step);
        prefix.truncate(depth);
        prefix.push(n);
        found.note_shape(depth + 1, &[], prefix)?;
        if n > 0 {
            found.note_dtype(dtype::default_of(Weak::Int));
        }
        reserve_more(&mut found.values, n)?;
        // `range_len` keeps every value between start and stop, so no
        // step overflows.
        let mut x = start;
        for _ in 0..n {
            found.values.push(Scalar::Int(x));
            x = x.wrapping_add(step);
        }
        return Ok(());
    }
    if let Some(items) = sequence_items(vm, v)? {
        prefix.truncate(depth);
        prefix.push(items.len());
        if items.is_empty() {
            found.note_shape(depth + 1, &[], prefix)?;
            return Ok(());
        }
        for item in &items {
            discover(vm, item, depth + 1, prefix, found)?;
        }
        return Ok(());
    }
    if let Some(ObjKind::Str(text)) = v.kind() {
        let s = parse_number(text.as_str(), found.target)?;
        found.note_shape(depth, &[], prefix)?;
        found.values.push(s);
        return Ok(());
    }
    if v.is_none() {
        // NumPy converts None as `float(None)` is defined for its casts:
        // NaN in a float array, False in a bool one; ints refuse it.
        let s = match found.target.map(|d| d.kind()) {
            Some(Kind::Float) => Scalar::Float(f64::NAN),
            Some(Kind::Bool) => Scalar::Bool(false),
            Some(Kind::Int | Kind::UInt) => {
                return Err(PyErr::type_error(
                    "int() argument must be a string, a bytes-like object or a real number, \
                     not 'NoneType'",
                ))
            }
            None => {
                return Err(PyErr::type_error(
                    "taipan's numpy has no object arrays: None cannot be an array element",
                ))
            }
        };
        found.note_shape(depth, &[], prefix)?;
        found.values.push(s);
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "taipan's numpy cannot make an array element of a '{}' object",
        vm.type_name(v)
    )))
}

/// NumPy's `__array__` protocol: the array an instance of a Python class
/// (a `PIL.Image.Image`, say) gives for itself, if its class has the method.
fn array_protocol(vm: &mut Vm, v: &Value) -> PyResult<Option<NdArray>> {
    if !matches!(v.kind(), Some(ObjKind::Instance(_))) {
        return Ok(None);
    }
    let name = taipan_vm::interp::eval::local_name("__array__");
    let Some(method) = vm.getattr_opt(v, &name)? else {
        return Ok(None);
    };
    let result = vm.call(&method, &[], &[])?;
    match NdArray::of(&result) {
        Some(a) => Ok(Some(a.clone())),
        None => Err(PyErr::value_error(format!(
            "object __array__ method not producing an array (got a '{}')",
            vm.type_name(&result)
        ))),
    }
}

/// `np.array(v, dtype)`: a new array (always a copy).
pub fn to_array(vm: &mut Vm, v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    if let Some(a) = NdArray::of(v) {
        return a.copy_as(dtype.unwrap_or(a.dtype));
    }
    if let Some(a) = array_protocol(vm, v)? {
        return a.copy_as(dtype.unwrap_or(a.dtype));
    }
    let mut found = Discovery {
        shape: None,
        values: Vec::new(),
        dtype: None,
        target: dtype,
    };
    discover(vm, v, 0, &mut SmallVec::new(), &mut found)?;
    let target = dtype.or(found.dtype).unwrap_or(DType::Float64);
    if target.kind() != Kind::Bool && target.kind() != Kind::Float {
        for &s in &found.values {
            check_fits(s, target)?;
        }
    }
    let data = crate::with_dtype!(target, T => {
        use super::element::Element;
        T::wrap(found.values.iter().map(|&s| T::from_scalar(s)).collect())
    });
    Ok(NdArray::new(data, found.shape.unwrap_or_default()))
}

/// A string element of an array of numbers (`np.array(['1.5'], dtype=float)`).
fn parse_number(text: &str, target: Option<DType>) -> PyResult<Scalar> {
    let t = text.trim();
    match target.map(|d| d.kind()) {
        Some(Kind::Float) => match t.to_ascii_lowercase().as_str() {
            "nan" | "+nan" | "-nan" => Ok(Scalar::Float(f64::NAN)),
            "inf" | "+inf" | "infinity" => Ok(Scalar::Float(f64::INFINITY)),
            "-inf" | "-infinity" => Ok(Scalar::Float(f64::NEG_INFINITY)),
            _ => t.parse::<f64>().map(Scalar::Float).map_err(|_| {
                PyErr::value_error(format!("could not convert string to float: '{text}'"))
            }),
        },
        Some(Kind::Int | Kind::UInt) => t.parse::<i64>().map(Scalar::Int).map_err(|_| {
            PyErr::value_error(format!("invalid literal for int() with base 10: '{text}'"))
        }),
        Some(Kind::Bool) => Ok(Scalar::Bool(!text.is_empty())),
        None => Err(PyErr::type_error(
            "taipan's numpy has no string arrays: convert the text to numbers first",
        )),
    }
}

/// `np.asarray(v, dtype)`: `v` itself (a view of it) when it is already an
/// array of that dtype.
pub fn as_array(vm: &mut Vm, v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    match NdArray::of(v) {
        Some(a) if dtype.is_none_or(|d| d == a.dtype) => {
            let mut a = a.clone();
            a.scalar = false;
            Ok(a)
        }
        None => match array_protocol(vm, v)? {
            Some(a) if dtype.is_none_or(|d| d == a.dtype) => Ok(a),
            Some(a) => a.copy_as(dtype.unwrap_or(a.dtype)),
            None => to_array(vm, v, dtype),
        },
        // Converted as NumPy's `asarray(a, dtype)` copies (`order='K'`:
        // the copy lies in memory as `a` does).
        Some(a) => super::order::copy_in(a, dtype.unwrap_or(a.dtype), super::order::Order::K),
    }
}

/// `v` as an array for a function's input: arrays as they are, NumPy
/// scalars stay scalars, and Python numbers become NumPy scalars of their
/// default dtype (so `np.sqrt(2.0)` gives `np.float64`).
pub fn as_array_keep_scalar(vm: &mut Vm, v: &Value) -> PyResult<NdArray> {
    if let Some(a) = NdArray::of(v) {
        return Ok(a.clone());
    }
    if let Some((s, w)) = python_scalar(v)? {
        return Ok(NdArray::new_scalar(s, dtype::default_of(w)));
    }
    to_array(vm, v, None)
}

/// A dtype argument: a name, a NumPy type, `float`/`int`/`bool`, a dtype
/// object; `None` means "not given".
pub fn dtype_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<DType>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if let Some(ObjKind::Str(s)) = v.kind() {
        return DType::from_name(s.as_str()).map(Some).ok_or_else(|| {
            PyErr::type_error(format!("data type '{}' not understood", s.as_str()))
        });
    }
    if let Some(d) = super::classes::dtype_of_object(v) {
        return Ok(Some(d));
    }
    let t = types();
    if let Value::Obj(o) = v {
        if o.ptr_eq(&t.float.to_ref()) {
            return Ok(Some(DType::Float64));
        }
        if o.ptr_eq(&t.int.to_ref()) {
            return Ok(Some(DType::Int64));
        }
        if o.ptr_eq(&t.bool_.to_ref()) {
            return Ok(Some(DType::Bool));
        }
    }
    Err(PyErr::type_error(format!(
        "Cannot interpret '{}' as a data type",
        vm.repr(v)?
    )))
}

/// An element as a plain Python value (what `tolist` and `item` give).
pub fn to_python(s: Scalar) -> Value {
    match s {
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::Int(i) => Value::Int(i),
        Scalar::UInt(u) => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => int_value(u.into()),
        },
        Scalar::Float(f) => Value::Float(f),
    }
}

/// `a.tolist()`: nested lists of Python values (a 0-d array gives its
/// value; `MemoryError` when the values do not fit).
pub fn to_list(a: &NdArray) -> PyResult<Value> {
    let mut flat = vec_with_room(a.size())?;
    let data = a.buf.read();
    a.for_each_offset(|o| flat.push(to_python(data.get(o))));
    if a.ndim() == 0 {
        return Ok(flat.pop().unwrap_or(Value::None));
    }
    Ok(nest(&a.shape(), &mut flat.into_iter()))
}

fn nest(shape: &[usize], items: &mut impl Iterator<Item = Value>) -> Value {
    match shape {
        [] => items.next().unwrap_or(Value::None),
        [n, rest @ ..] => new_list((0..*n).map(|_| nest(rest, items)).collect()),
    }
}
