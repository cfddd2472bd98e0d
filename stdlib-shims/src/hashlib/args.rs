//! Arguments as CPython's hash modules take them: calls bound the way
//! Argument Clinic binds them (with its error messages), buffers, and the
//! C integer conversions of the BLAKE2 parameters.

use num_bigint::Sign;
use std::ops::RangeInclusive;
use taipan_vm::error::{PyErr, PyResult};
use taipan_vm::object::ObjKind;
use taipan_vm::objects::function::Args;
use taipan_vm::objects::int::to_bigint;
use taipan_vm::objects::memoryview::as_memoryview;
use taipan_vm::{Value, Vm};

/// A native function's signature in Argument Clinic's terms.
pub(super) struct Signature<'a> {
    /// The function's name in messages.
    pub name: &'a str,
    /// The positional parameters.
    pub positional: &'static [&'static str],
    /// How many of them must be given.
    pub required: usize,
    /// Whether they are positional-only (`/`).
    pub positional_only: bool,
    /// The keyword-only parameters.
    pub keywords: &'static [&'static str],
}

impl Signature<'_> {
    /// Matches a call against the signature: one slot per parameter, the
    /// positional ones first.
    pub(super) fn bind(&self, args: Args<'_>) -> PyResult<Vec<Option<Value>>> {
        let (name, n) = (self.name, self.positional.len());
        if args.pos.len() > n {
            return Err(PyErr::type_error(format!(
                "{name}() takes at most {n}{} argument{} ({} given)",
                if self.keywords.is_empty() {
                    ""
                } else {
                    " positional"
                },
                if n == 1 { "" } else { "s" },
                args.pos.len()
            )));
        }
        let mut slots = vec![None; n + self.keywords.len()];
        for (slot, v) in slots.iter_mut().zip(args.pos) {
            *slot = Some(v.clone());
        }
        let by_name = if self.positional_only { 0 } else { n };
        for (k, v) in args.kw {
            let key = match k.kind() {
                Some(ObjKind::Str(s)) => s.as_str(),
                _ => "",
            };
            let found = self.positional[..by_name]
                .iter()
                .chain(self.keywords)
                .position(|p| *p == key)
                .map(|i| if i < by_name { i } else { i - by_name + n });
            match found {
                None => {
                    return Err(PyErr::type_error(format!(
                        "'{key}' is an invalid keyword argument for {name}()"
                    )))
                }
                Some(i) if slots[i].is_some() => {
                    return Err(PyErr::type_error(format!(
                        "argument for {name}() given by name ('{key}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) => slots[i] = Some(v.clone()),
            }
        }
        if let Some(i) = (0..self.required).find(|&i| slots[i].is_none()) {
            return Err(PyErr::type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                self.positional[i],
                i + 1
            )));
        }
        Ok(slots)
    }
}

/// Runs `f` on the bytes of `data` (bytes or bytearray without copying
/// them, a memoryview's copied). A str raises CPython's "Strings must be
/// encoded before hashing".
pub(super) fn with_buffer<R>(data: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if let Some(view) = as_memoryview(data) {
        return Ok(f(&view.to_bytes()?));
    }
    let v = data.data();
    match (v.kind(), v.as_obj()) {
        (Some(ObjKind::Bytes(b)), _) => Ok(f(b)),
        (Some(ObjKind::ByteArray(cell)), Some(o)) => Ok(f(&o.get().read(cell))),
        (Some(ObjKind::Str(_)), _) => {
            Err(PyErr::type_error("Strings must be encoded before hashing"))
        }
        _ => Err(PyErr::type_error(
            "object supporting the buffer API required",
        )),
    }
}

/// An integer argument converted to a 64-bit C type (named `c_type` in
/// the OverflowError of a bigger int).
pub(super) fn c_long(vm: &mut Vm, v: &Value, c_type: &str) -> PyResult<i64> {
    if matches!(v.data_kind(), Some(ObjKind::BigInt(_))) {
        return Err(too_large_for(c_type));
    }
    vm.index_of(v)
}

/// An integer argument converted to a C `int`.
pub(super) fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = c_long(vm, v, "int")?;
    if i32::try_from(n).is_err() {
        return Err(too_large_for("int"));
    }
    Ok(n)
}

fn too_large_for(c_type: &str) -> PyErr {
    PyErr::overflow(format!("Python int too large to convert to C {c_type}"))
}

/// An optional C `int` argument (`default` when absent) that must lie in
/// `range`; `message` gives the ValueError's text otherwise.
pub(super) fn int_param(
    vm: &mut Vm,
    v: Option<&Value>,
    default: u8,
    range: RangeInclusive<i64>,
    message: impl FnOnce() -> String,
) -> PyResult<u8> {
    let Some(v) = v else { return Ok(default) };
    let n = c_int(vm, v)?;
    if !range.contains(&n) {
        return Err(PyErr::value_error(message()));
    }
    Ok(n as u8)
}

/// An unsigned argument as `_blake2` converts `leaf_size` and
/// `node_offset`: an int (no `__index__`), not negative, at most `max`
/// (`too_large` is the OverflowError's message past it).
pub(super) fn unsigned(v: &Value, max: u64, too_large: &str) -> PyResult<u64> {
    let n = to_bigint(v.data()).ok_or_else(|| PyErr::type_error("an integer is required"))?;
    if n.sign() == Sign::Minus {
        return Err(PyErr::value_error("value must be positive"));
    }
    let n = u64::try_from(&n).map_err(|_| PyErr::overflow("int too big to convert"))?;
    if n > max {
        return Err(PyErr::overflow(too_large.to_string()));
    }
    Ok(n)
}
