//! Native object types take part in every dunder protocol exactly as
//! instances of Python classes do: operators (forward, reflected, in-place),
//! rich comparisons returning arbitrary objects, truth, `len`, subscripts,
//! containment, iteration, `repr`/`str`/`format`, hashing, numeric
//! conversions, `round`, `divmod`, `pow` and calls. Where a native class
//! defines nothing, the behaviour is the default one (identity equality and
//! hash, `<module.Name object at 0x…>` repr).

use std::cell::Cell;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use taipan_vm::builtins::{constant_singleton, new_list, new_tuple};
use taipan_vm::error::str_value;
use taipan_vm::interp::import::new_module;
use taipan_vm::interp::ops::as_f64;
use taipan_vm::object::ObjKind;
use taipan_vm::objects::class::{Class, Layout};
use taipan_vm::objects::dict::Dict;
use taipan_vm::objects::function::{Args, NativeFn};
use taipan_vm::objects::native::{native_class, native_self, NativeObject};
use taipan_vm::runtime::OutputStream;
use taipan_vm::types::{native_function, set_class_attr, types};
use taipan_vm::value::{FrozenRef, ObjRef};
use taipan_vm::{compile_module, PyErr, PyResult, RuntimeContext, Value, Vm};

// ---------------------------------------------------------------------------
// The native types.
// ---------------------------------------------------------------------------

/// A 2-vector with interior mutability (for `__setitem__` / `__isub__`).
struct Vec2 {
    x: Cell<f64>,
    y: Cell<f64>,
}

impl NativeObject for Vec2 {
    fn class(&self) -> FrozenRef {
        vec2_class()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A native type that defines no dunder at all.
struct Plain;

impl NativeObject for Plain {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| native_class("Plain", "shapes", Some(plain_new), &[]))
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A native type with `__eq__` and no `__hash__`: unhashable, as CPython
/// makes a type that compares but does not hash.
struct EqOnly;

impl NativeObject for EqOnly {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            native_class(
                "EqOnly",
                "shapes",
                Some(eq_only_new),
                &[("__eq__", always_eq)],
            )
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A native type whose class sets `__hash__ = None`.
struct NoHash;

impl NativeObject for NoHash {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(no_hash_class)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Builds `NoHash`'s class by hand, the way `native_class` does, with
/// `__hash__` bound to None before the class is frozen.
fn no_hash_class() -> FrozenRef {
    let t = types();
    let class = ObjRef::new(ObjKind::Class(Box::new(Class {
        name: "NoHash".to_string(),
        qualname: "NoHash".to_string(),
        module: "shapes".to_string(),
        bases: vec![t.object.to_ref()],
        mro: vec![t.object.to_ref()],
        dict: std::cell::RefCell::new(Dict::new()),
        layout: Layout::Object,
        slots: None,
        attr_hooks: Cell::new(0),
        builtin: true,
        c_type: Cell::new(false),
    })));
    let new = Value::obj(ObjKind::StaticMethod(native_function(
        "__new__",
        no_hash_new,
        false,
    )));
    set_class_attr(&class, "__new__", new);
    set_class_attr(&class, "__hash__", Value::None);
    class.freeze();
    match class.to_frozen() {
        Some(f) => f,
        None => panic!("a class just frozen has a frozen handle"),
    }
}

/// A native type whose dunders return the wrong kinds of values.
struct Odd;

impl NativeObject for Odd {
    fn class(&self) -> FrozenRef {
        static CLASS: OnceLock<FrozenRef> = OnceLock::new();
        *CLASS.get_or_init(|| {
            native_class(
                "Odd",
                "shapes",
                Some(odd_new),
                &[
                    ("__index__", returns_self),
                    ("__len__", returns_self),
                    ("__repr__", returns_one),
                    ("__str__", returns_one),
                    ("__bool__", returns_one),
                    ("__float__", returns_one),
                    ("__int__", returns_half),
                    ("__hash__", returns_text),
                ],
            )
        })
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn odd_new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::obj(ObjKind::Native(Box::new(Odd))))
}

fn returns_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(arg("method", &args, 0)?.clone())
}

fn returns_one(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn returns_half(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(0.5))
}

fn returns_text(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(str_value("text"))
}

const VEC2_METHODS: &[(&str, NativeFn)] = &[
    ("__add__", vec_add),
    ("__radd__", vec_radd),
    ("__sub__", vec_sub),
    ("__isub__", vec_isub),
    ("__mul__", vec_mul),
    ("__rmul__", vec_rmul),
    ("__matmul__", vec_matmul),
    ("__rmatmul__", vec_rmatmul),
    ("__pow__", vec_pow),
    ("__rpow__", vec_rpow),
    ("__divmod__", vec_divmod),
    ("__rdivmod__", vec_rdivmod),
    ("__neg__", vec_neg),
    ("__pos__", vec_pos),
    ("__invert__", vec_invert),
    ("__abs__", vec_abs),
    ("__eq__", vec_eq),
    ("__lt__", vec_lt),
    ("__gt__", vec_gt),
    ("__bool__", vec_bool),
    ("__len__", vec_len),
    ("__getitem__", vec_getitem),
    ("__setitem__", vec_setitem),
    ("__delitem__", vec_delitem),
    ("__contains__", vec_contains),
    ("__iter__", vec_iter),
    ("__repr__", vec_repr),
    ("__str__", vec_str),
    ("__format__", vec_format),
    ("__hash__", vec_hash),
    ("__int__", vec_int),
    ("__float__", vec_float),
    ("__index__", vec_index),
    ("__round__", vec_round),
    ("__call__", vec_call),
    ("norm2", vec_norm2),
];

fn vec2_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| native_class("Vec2", "shapes", Some(vec_new), VEC2_METHODS))
}

fn vec2(x: f64, y: f64) -> Value {
    Value::obj(ObjKind::Native(Box::new(Vec2 {
        x: Cell::new(x),
        y: Cell::new(y),
    })))
}

fn as_vec2(v: &Value) -> Option<&Vec2> {
    match v.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<Vec2>(),
        _ => None,
    }
}

fn not_implemented() -> Value {
    constant_singleton(0)
}

/// Positional argument `i` (0 is `self`), or a TypeError.
fn arg<'a>(method: &str, args: &Args<'a>, i: usize) -> PyResult<&'a Value> {
    args.pos
        .get(i)
        .ok_or_else(|| PyErr::type_error(format!("{method}() missing an argument")))
}

/// The other operand of a binary method: a Vec2's components, or a number
/// as both components; None for anything else.
fn operand(v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(o) = as_vec2(v) {
        return Ok(Some((o.x.get(), o.y.get())));
    }
    Ok(as_f64(v)?.map(|f| (f, f)))
}

fn number(v: &Value) -> PyResult<f64> {
    as_f64(v)?.ok_or_else(|| PyErr::type_error("a number is required"))
}

fn vec_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = number(arg("Vec2", &args, 1)?)?;
    let y = number(arg("Vec2", &args, 2)?)?;
    Ok(vec2(x, y))
}

fn plain_new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::obj(ObjKind::Native(Box::new(Plain))))
}

fn eq_only_new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::obj(ObjKind::Native(Box::new(EqOnly))))
}

fn no_hash_new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::obj(ObjKind::Native(Box::new(NoHash))))
}

fn always_eq(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// A component-wise operator: NotImplemented for an operand it does not know.
fn elementwise(args: &Args<'_>, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let this = native_self::<Vec2>(name, args)?;
    match operand(arg(name, args, 1)?)? {
        Some((ox, oy)) => Ok(vec2(f(this.x.get(), ox), f(this.y.get(), oy))),
        None => Ok(not_implemented()),
    }
}

fn vec_add(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    elementwise(&args, "__add__", |a, b| a + b)
}

fn vec_radd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    elementwise(&args, "__radd__", |a, b| b + a)
}

fn vec_sub(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    elementwise(&args, "__sub__", |a, b| a - b)
}

/// `a -= b` in place: returns `self`.
fn vec_isub(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__isub__", &args)?;
    match operand(arg("__isub__", &args, 1)?)? {
        Some((ox, oy)) => {
            this.x.set(this.x.get() - ox);
            this.y.set(this.y.get() - oy);
            Ok(args.pos[0].clone())
        }
        None => Ok(not_implemented()),
    }
}

/// Scaling by a number only (so `v * w` finds no method).
fn vec_mul(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__mul__", &args)?;
    let other = arg("__mul__", &args, 1)?;
    match as_f64(other)? {
        Some(k) if as_vec2(other).is_none() => Ok(vec2(this.x.get() * k, this.y.get() * k)),
        _ => Ok(not_implemented()),
    }
}

/// `k * v` for a number; for an operand that is neither a number nor a
/// Vec2, a text naming its type (so that a Python class whose `__mul__`
/// returns NotImplemented is seen to fall back here).
fn vec_rmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__rmul__", &args)?;
    let other = arg("__rmul__", &args, 1)?;
    if as_vec2(other).is_some() {
        return Ok(not_implemented());
    }
    match as_f64(other)? {
        Some(k) => Ok(vec2(this.x.get() * k, this.y.get() * k)),
        None => Ok(str_value(format!("Vec2.__rmul__({})", vm.type_name(other)))),
    }
}

/// The dot product with another Vec2.
fn vec_matmul(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__matmul__", &args)?;
    match as_vec2(arg("__matmul__", &args, 1)?) {
        Some(o) => Ok(Value::Float(
            this.x.get() * o.x.get() + this.y.get() * o.y.get(),
        )),
        None => Ok(not_implemented()),
    }
}

/// `other @ v` for a list `[a, b]` (which has no `__matmul__`).
fn vec_rmatmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__rmatmul__", &args)?;
    let other = arg("__rmatmul__", &args, 1)?;
    if !matches!(other.kind(), Some(ObjKind::List(_))) {
        return Ok(not_implemented());
    }
    let items = vm.collect(other)?;
    let [a, b] = items.as_slice() else {
        return Err(PyErr::value_error("need a list of two numbers"));
    };
    Ok(Value::Float(
        number(a)? * this.x.get() + number(b)? * this.y.get(),
    ))
}

/// `pow(v, e[, mod])` component-wise.
fn vec_pow(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__pow__", &args)?;
    let Some(e) = as_f64(arg("__pow__", &args, 1)?)? else {
        return Ok(not_implemented());
    };
    let (mut x, mut y) = (this.x.get().powf(e), this.y.get().powf(e));
    if let Some(m) = args.pos.get(2).filter(|m| !m.is_none()) {
        let m = number(m)?;
        x = x.rem_euclid(m);
        y = y.rem_euclid(m);
    }
    Ok(vec2(x, y))
}

/// `base ** v`: the base raised to each component.
fn vec_rpow(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__rpow__", &args)?;
    let Some(b) = as_f64(arg("__rpow__", &args, 1)?)? else {
        return Ok(not_implemented());
    };
    Ok(vec2(b.powf(this.x.get()), b.powf(this.y.get())))
}

fn vec_divmod(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__divmod__", &args)?;
    let k = number(arg("__divmod__", &args, 1)?)?;
    Ok(new_tuple(vec![
        vec2((this.x.get() / k).floor(), (this.y.get() / k).floor()),
        vec2(this.x.get().rem_euclid(k), this.y.get().rem_euclid(k)),
    ]))
}

fn vec_rdivmod(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    native_self::<Vec2>("__rdivmod__", &args)?;
    let other = arg("__rdivmod__", &args, 1)?.clone();
    Ok(new_tuple(vec![str_value("rdivmod"), other]))
}

fn vec_neg(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__neg__", &args)?;
    Ok(vec2(-this.x.get(), -this.y.get()))
}

fn vec_pos(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    native_self::<Vec2>("__pos__", &args)?;
    Ok(str_value("pos"))
}

/// `~v` swaps the components.
fn vec_invert(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__invert__", &args)?;
    Ok(vec2(this.y.get(), this.x.get()))
}

fn vec_abs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__abs__", &args)?;
    Ok(Value::Float(this.x.get().hypot(this.y.get())))
}

/// `==` returns a tuple of per-component results, as array types do.
fn vec_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__eq__", &args)?;
    match operand(arg("__eq__", &args, 1)?)? {
        Some((ox, oy)) => Ok(new_tuple(vec![
            Value::Bool(this.x.get() == ox),
            Value::Bool(this.y.get() == oy),
        ])),
        None => Ok(not_implemented()),
    }
}

/// An ordering that answers with text (not a bool).
fn ordering(vm: &mut Vm, args: &Args<'_>, name: &str, sym: &str) -> PyResult<Value> {
    let this = native_self::<Vec2>(name, args)?;
    let other = arg(name, args, 1)?;
    if operand(other)?.is_none() {
        return Ok(not_implemented());
    }
    let (a, b) = (vm.repr(&vec2(this.x.get(), this.y.get()))?, vm.repr(other)?);
    Ok(str_value(format!("{a} {sym} {b}")))
}

fn vec_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ordering(vm, &args, "__lt__", "<")
}

fn vec_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ordering(vm, &args, "__gt__", ">")
}

fn vec_bool(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__bool__", &args)?;
    Ok(Value::Bool(this.x.get() != 0.0 || this.y.get() != 0.0))
}

fn vec_len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    native_self::<Vec2>("__len__", &args)?;
    Ok(Value::Int(2))
}

/// The component a subscript names (0 or 1, negative from the end).
fn component<'a>(vm: &mut Vm, this: &'a Vec2, key: &Value) -> PyResult<&'a Cell<f64>> {
    match vm.index_of(key)? {
        0 | -2 => Ok(&this.x),
        1 | -1 => Ok(&this.y),
        _ => Err(PyErr::index_error("Vec2 index out of range")),
    }
}

fn vec_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__getitem__", &args)?;
    let cell = component(vm, this, arg("__getitem__", &args, 1)?)?;
    Ok(Value::Float(cell.get()))
}

fn vec_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__setitem__", &args)?;
    let cell = component(vm, this, arg("__setitem__", &args, 1)?)?;
    cell.set(number(arg("__setitem__", &args, 2)?)?);
    Ok(Value::None)
}

/// `del v[i]` zeroes the component.
fn vec_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__delitem__", &args)?;
    component(vm, this, arg("__delitem__", &args, 1)?)?.set(0.0);
    Ok(Value::None)
}

fn vec_contains(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__contains__", &args)?;
    let found = match as_f64(arg("__contains__", &args, 1)?)? {
        Some(f) => f == this.x.get() || f == this.y.get(),
        None => false,
    };
    Ok(Value::Bool(found))
}

/// A list iterator over the components.
fn vec_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__iter__", &args)?;
    let items = new_list(vec![Value::Float(this.x.get()), Value::Float(this.y.get())]);
    vm.get_iter(&items)
}

fn vec_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__repr__", &args)?;
    let x = vm.repr(&Value::Float(this.x.get()))?;
    let y = vm.repr(&Value::Float(this.y.get()))?;
    Ok(str_value(format!("Vec2({x}, {y})")))
}

fn vec_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__str__", &args)?;
    let x = vm.repr(&Value::Float(this.x.get()))?;
    let y = vm.repr(&Value::Float(this.y.get()))?;
    Ok(str_value(format!("({x}, {y})")))
}

/// Formats each component with the spec, inside angle brackets; an empty
/// spec gives `str(self)`.
fn vec_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__format__", &args)?;
    let spec = match arg("__format__", &args, 1)?.kind() {
        Some(ObjKind::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("format spec must be a str")),
    };
    if spec.is_empty() {
        return vec_str(vm, args);
    }
    let x = vm.format(&Value::Float(this.x.get()), &spec)?;
    let y = vm.format(&Value::Float(this.y.get()), &spec)?;
    Ok(str_value(format!("<{x}, {y}>")))
}

/// The hash of the tuple of components.
fn vec_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__hash__", &args)?;
    let t = new_tuple(vec![Value::Float(this.x.get()), Value::Float(this.y.get())]);
    Ok(Value::Int(vm.hash(&t)?))
}

fn vec_int(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__int__", &args)?;
    Ok(Value::Int(this.x.get().trunc() as i64))
}

fn vec_float(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__float__", &args)?;
    Ok(Value::Float(this.x.get().hypot(this.y.get())))
}

/// `__index__` is the y component, truncated (distinct from `__int__`).
fn vec_index(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__index__", &args)?;
    Ok(Value::Int(this.y.get().trunc() as i64))
}

/// `round(v[, n])` component-wise (the test values have no ties).
fn vec_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__round__", &args)?;
    let digits = match args.pos.get(1) {
        Some(n) if !n.is_none() => vm.index_of(n)?,
        _ => 0,
    };
    let scale = 10f64.powi(i32::try_from(digits).unwrap_or(0));
    let r = |f: f64| (f * scale).round() / scale;
    Ok(vec2(r(this.x.get()), r(this.y.get())))
}

/// `v(k, offset=0)`: `k * x + offset`, keyword arguments included.
fn vec_call(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("__call__", &args)?;
    let k = number(arg("__call__", &args, 1)?)?;
    let mut offset = 0.0;
    for (name, value) in args.kw {
        match name.kind() {
            Some(ObjKind::Str(s)) if s.as_str() == "offset" => offset = number(value)?,
            _ => return Err(PyErr::type_error("unexpected keyword argument")),
        }
    }
    Ok(Value::Float(k * this.x.get() + offset))
}

fn vec_norm2(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = native_self::<Vec2>("norm2", &args)?;
    Ok(Value::Float(
        this.x.get() * this.x.get() + this.y.get() * this.y.get(),
    ))
}

fn make_shapes(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("shapes");
    vm.module_set(&m, "Vec2", vec2_class().value())?;
    vm.module_set(&m, "Plain", Plain.class().value())?;
    vm.module_set(&m, "EqOnly", EqOnly.class().value())?;
    vm.module_set(&m, "NoHash", NoHash.class().value())?;
    vm.module_set(&m, "Odd", Odd.class().value())?;
    Ok(m)
}

// ---------------------------------------------------------------------------
// Running scripts.
// ---------------------------------------------------------------------------

/// A writer whose bytes the test reads back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut b = self.0.lock().unwrap_or_else(|p| p.into_inner());
        b.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `source` as `__main__` with the `shapes` module registered and
/// returns what it printed; panics with the traceback if it raises.
fn run(source: &str) -> String {
    let out = Captured::default();
    let mut ctx = RuntimeContext {
        stdout: OutputStream::new(Box::new(out.clone())),
        ..RuntimeContext::for_cli(Vec::new(), Vec::new())
    };
    ctx.register_module("shapes", make_shapes);
    let mut vm = Vm::new(ctx.into_shared());
    let program = match compile_module("<test>", source) {
        Ok(p) => p,
        Err(diags) => panic!(
            "does not compile: {}",
            diags
                .iter()
                .map(|d| d.render())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    let module = new_module("__main__");
    if let Err(e) = vm.run_module_code(&program, &module) {
        let printed =
            String::from_utf8_lossy(&out.0.lock().unwrap_or_else(|p| p.into_inner())).into_owned();
        panic!(
            "the script raised:\n{}\nafter printing:\n{printed}",
            vm.format_exception(&e.exc)
        );
    }
    let bytes = out.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A Python helper every script starts with: `raises(f, Exc, text)` checks
/// that `f()` raises `Exc` whose message contains `text`.
const PRELUDE: &str = r#"
from shapes import Vec2, Plain, EqOnly, NoHash, Odd

def raises(f, exc, text=""):
    try:
        f()
    except exc as e:
        assert text in str(e), "message %r lacks %r" % (str(e), text)
        return
    raise AssertionError("no %s raised" % exc.__name__)
"#;

fn script(body: &str) -> String {
    run(&format!("{PRELUDE}\n{body}"))
}

// ---------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------

#[test]
fn arithmetic_forward_and_reflected() {
    let out = script(
        r#"
a = Vec2(1.0, 2.0)
b = Vec2(3.0, 5.0)
print(a + b)
print(a + 1)
print(10 + a)
print(a - b)
print(a * 3)
print(2 * a)
print(a @ b)
print([2, 10] @ a)
print(a ** 2)
print(2 ** a)
print(pow(a, 2))
print(pow(b, 2, 7))
print(divmod(b, 2))
print(divmod(7, a))
print(sum([a, b], Vec2(0.0, 0.0)))
raises(lambda: a * b, TypeError, "unsupported operand type(s) for *: 'Vec2' and 'Vec2'")
raises(lambda: a @ 3, TypeError, "unsupported operand type(s) for @: 'Vec2' and 'int'")
raises(lambda: "s" + a, TypeError, 'can only concatenate str (not "Vec2") to str')
"#,
    );
    assert_eq!(
        out,
        "(4.0, 7.0)\n(2.0, 3.0)\n(11.0, 12.0)\n(-2.0, -3.0)\n(3.0, 6.0)\n(2.0, 4.0)\n\
         13.0\n22.0\n(1.0, 4.0)\n(2.0, 4.0)\n(1.0, 4.0)\n(2.0, 4.0)\n\
         (Vec2(1.0, 2.0), Vec2(1.0, 1.0))\n('rdivmod', 7)\n(4.0, 7.0)\n"
    );
}

#[test]
fn not_implemented_falls_back_to_the_other_operand() {
    let out = script(
        r#"
class P:
    def __radd__(self, other):
        return "P.__radd__(%r)" % (other,)
    def __rmatmul__(self, other):
        return "P.__rmatmul__"
    def __mul__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return "P.__eq__"
    def __gt__(self, other):
        return "P.__gt__"

a = Vec2(1.0, 2.0)
print(a + P())
print(a @ P())
raises(lambda: P() + a, TypeError, "unsupported operand type(s) for +: 'P' and 'Vec2'")
print(P() * a)
print(a == P())
print(P() == a)
print(a < P())
# Vec2 has __index__ (its y), so str repeats by it, as in CPython.
print(a * "x")
"#,
    );
    assert_eq!(
        out,
        "P.__radd__(Vec2(1.0, 2.0))\nP.__rmatmul__\nVec2.__rmul__(P)\nP.__eq__\nP.__eq__\nP.__gt__\nxx\n"
    );
}

#[test]
fn inplace_operators() {
    let out = script(
        r#"
a = Vec2(1.0, 2.0)
b = Vec2(3.0, 5.0)
keep = a
a += b            # no __iadd__: falls back to __add__, a new object
print(a, keep, a is keep)
a -= b            # __isub__ mutates in place and returns self
print(a, a is not keep)
c = keep
c -= 1
print(c is keep, keep)
m = Vec2(1.0, 1.0)
m *= 4            # no __imul__: __mul__
print(m)
m @= Vec2(1.0, 0.5)
print(m)
"#,
    );
    assert_eq!(
        out,
        "(4.0, 7.0) (1.0, 2.0) False\n(1.0, 2.0) True\nTrue (0.0, 1.0)\n(4.0, 4.0)\n6.0\n"
    );
}

#[test]
fn unary_operators_and_abs() {
    let out = script(
        r#"
a = Vec2(3.0, -4.0)
print(-a)
print(+a)
print(~a)
print(abs(a))
p = Plain()
raises(lambda: -p, TypeError, "bad operand type for unary -: 'Plain'")
raises(lambda: ~p, TypeError, "bad operand type for unary ~: 'Plain'")
raises(lambda: abs(p), TypeError, "bad operand type for abs(): 'Plain'")
"#,
    );
    assert_eq!(out, "(-3.0, 4.0)\npos\n(-4.0, 3.0)\n5.0\n");
}

#[test]
fn rich_comparisons_return_objects() {
    let out = script(
        r#"
a = Vec2(1.0, 2.0)
b = Vec2(1.0, 3.0)
print(a == b)
print(a != b)
print(a == 2)
print(2 == a)
print(a < b)
print(a > b)
print(b < a)
print(3 < a)
print(3 > a)
print(a == "text")
print(a != "text")
raises(lambda: a <= b, TypeError, "'<=' not supported between instances of 'Vec2' and 'Vec2'")
raises(lambda: a < "s", TypeError, "'<' not supported between instances of 'Vec2' and 'str'")
print(a in [b, a], b in [a])
print([a, 1].index(a))
"#,
    );
    assert_eq!(
        out,
        "(True, False)\nFalse\n(False, True)\n(False, True)\n\
         Vec2(1.0, 2.0) < Vec2(1.0, 3.0)\nVec2(1.0, 2.0) > Vec2(1.0, 3.0)\n\
         Vec2(1.0, 3.0) < Vec2(1.0, 2.0)\nVec2(1.0, 2.0) > 3\nVec2(1.0, 2.0) < 3\n\
         False\nTrue\nTrue True\n0\n"
    );
}

#[test]
fn truth_len_and_containers() {
    let out = script(
        r#"
a = Vec2(1.0, 2.0)
z = Vec2(0.0, 0.0)
print(bool(a), bool(z), not z)
if a:
    print("a is true")
if not z:
    print("z is false")
print(len(a))
print(a[0], a[1], a[-1])
a[0] = 7
print(a)
del a[1]
print(a)
raises(lambda: a[5], IndexError, "Vec2 index out of range")
print(7.0 in a, 7 in a, 3 in a, 3 not in a)
print(list(a), tuple(a), [2 * c for c in a])
x, y = a
print(x, y)
print(sorted(Vec2(5.0, 1.0)), max(a), sum(a))
print(list(reversed(Vec2(1.0, 2.0))))
print(dict(k=a)["k"])
"#,
    );
    assert_eq!(
        out,
        "True False True\na is true\nz is false\n2\n1.0 2.0 2.0\n(7.0, 2.0)\n(7.0, 0.0)\n\
         True True False True\n[7.0, 0.0] (7.0, 0.0) [14.0, 0.0]\n7.0 0.0\n\
         [1.0, 5.0] 7.0 7.0\n[2.0, 1.0]\n(7.0, 0.0)\n"
    );
}

#[test]
fn repr_str_and_format() {
    let out = script(
        r#"
a = Vec2(1.5, 2.25)
print(a)
print(repr(a), str(a))
print([a], (a,), {"k": a})
print(f"{a}|{a!r}|{a!s}|{a:.1f}|{a:>6.2f}")
print(format(a, ".3f"), format(a))
print("%s and %r" % (a, a))
print("{} {:.0f} {!r}".format(a, a, a))
print(ascii(a))
"#,
    );
    assert_eq!(
        out,
        "(1.5, 2.25)\nVec2(1.5, 2.25) (1.5, 2.25)\n\
         [Vec2(1.5, 2.25)] (Vec2(1.5, 2.25),) {'k': Vec2(1.5, 2.25)}\n\
         (1.5, 2.25)|Vec2(1.5, 2.25)|(1.5, 2.25)|<1.5, 2.2>|<  1.50,   2.25>\n\
         <1.500, 2.250> (1.5, 2.25)\n(1.5, 2.25) and Vec2(1.5, 2.25)\n\
         (1.5, 2.25) <2, 2> Vec2(1.5, 2.25)\nVec2(1.5, 2.25)\n"
    );
}

#[test]
fn hashing() {
    let out = script(
        r#"
a = Vec2(1.0, 2.0)
print(hash(a) == hash((1.0, 2.0)))
d = {a: "first"}
print(d[a])
print(len({a, a}))
e = EqOnly()
raises(lambda: hash(e), TypeError, "unhashable type: 'EqOnly'")
raises(lambda: {e: 1}, TypeError, "unhashable type: 'EqOnly'")
n = NoHash()
raises(lambda: hash(n), TypeError, "unhashable type: 'NoHash'")
raises(lambda: {n}, TypeError, "unhashable type: 'NoHash'")
print(e == 5, e == n)
"#,
    );
    assert_eq!(out, "True\nfirst\n1\nTrue True\n");
}

#[test]
fn numeric_conversions() {
    let out = script(
        r#"
# What the operator shim's `index` does (the shim lives in taipan-shims).
def index(a):
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return method(a)

a = Vec2(3.7, 4.0)
print(int(a), float(Vec2(3.0, 4.0)))
print(index(a), a.__index__())
print([10, 20, 30, 40, 50][a])
print(list(range(a)))
print(list(range(1, a, 2)))
print("abcdef"[a], "abcdef"[1:a])
print(hex(a), bin(a))
print(round(Vec2(1.26, 2.74)), round(Vec2(1.26, 2.74), 1))
print(round(Vec2(1.26, 2.74), None))
raises(lambda: int(Plain()), TypeError, "not 'Plain'")
raises(lambda: float(Plain()), TypeError, "not 'Plain'")
raises(lambda: [1][Plain()], TypeError, "list indices must be integers or slices, not Plain")
raises(lambda: round(Plain()), TypeError, "type Plain doesn't define __round__ method")
raises(lambda: index(Plain()), TypeError, "'Plain' object cannot be interpreted as an integer")
"#,
    );
    assert_eq!(
        out,
        "3 5.0\n4 4\n50\n[0, 1, 2, 3]\n[1, 3]\ne bcd\n0x4 0b100\n\
         (1.0, 3.0) (1.3, 2.7)\n(1.0, 3.0)\n"
    );
}

#[test]
fn calling_and_attributes() {
    let out = script(
        r#"
a = Vec2(2.0, 3.0)
print(a(10), a(10, offset=1.5))
print(callable(a), callable(Plain()))
print(a.norm2())
f = a.norm2
print(f())
print(getattr(a, "norm2")(), hasattr(a, "nope"))
print(type(a).__name__, type(a) is Vec2, isinstance(a, Vec2))
raises(lambda: Plain()(), TypeError, "'Plain' object is not callable")
raises(lambda: a.nope, AttributeError, "nope")
"#,
    );
    assert_eq!(
        out,
        "20.0 21.5\nTrue False\n13.0\n13.0\n13.0 False\nVec2 True True\n"
    );
}

#[test]
fn a_native_type_without_dunders_keeps_the_defaults() {
    let out = script(
        r#"
p = Plain()
q = Plain()
r = repr(p)
print(r.startswith("<shapes.Plain object at 0x"), r.endswith(">"))
print(str(p) == r, f"{p}" == r, format(p) == r, "%s" % p == r)
print(p == p, p == q, p != q, p != p)
print(hash(p) == hash(p), {p: 1}[p], len({p, q, p}))
print(bool(p), p in [q, p], p in [q])
raises(lambda: p + 1, TypeError, "unsupported operand type(s) for +: 'Plain' and 'int'")
raises(lambda: 1 - p, TypeError, "unsupported operand type(s) for -: 'int' and 'Plain'")
raises(lambda: p < q, TypeError, "'<' not supported between instances of 'Plain' and 'Plain'")
raises(lambda: len(p), TypeError, "object of type 'Plain' has no len()")
raises(lambda: p[0], TypeError, "'Plain' object is not subscriptable")
def setit():
    p[0] = 1
raises(setit, TypeError, "'Plain' object does not support item assignment")
def delit():
    del p[0]
raises(delit, TypeError, "'Plain' object doesn't support item deletion")
raises(lambda: iter(p), TypeError, "'Plain' object is not iterable")
raises(lambda: 1 in p, TypeError, "argument of type 'Plain' is not iterable")
raises(lambda: format(p, "x"), TypeError, "unsupported format string passed to Plain.__format__")
raises(lambda: range(p), TypeError, "'Plain' object cannot be interpreted as an integer")
def iadd():
    global p
    p += 1
raises(iadd, TypeError, "unsupported operand type(s) for +")
"#,
    );
    assert_eq!(
        out,
        "True True\nTrue True True True\nTrue False True False\nTrue 1 2\nTrue True False\n"
    );
}

#[test]
fn dunders_returning_the_wrong_type_are_errors() {
    let out = script(
        r#"
o = Odd()
raises(lambda: len(o), TypeError, "__index__ returned non-int (type Odd)")
raises(lambda: range(o), TypeError, "__index__ returned non-int (type Odd)")
raises(lambda: repr(o), TypeError, "__repr__ returned non-string (type int)")
raises(lambda: str(o), TypeError, "__str__ returned non-string (type int)")
raises(lambda: bool(o), TypeError, "__bool__ should return bool, returned int")
raises(lambda: float(o), TypeError, "Odd.__float__ returned non-float (type int)")
raises(lambda: int(o), TypeError, "__int__ returned non-int (type float)")
raises(lambda: hash(o), TypeError, "__hash__ method should return an integer")
print("ok")
"#,
    );
    assert_eq!(out, "ok\n");
}
