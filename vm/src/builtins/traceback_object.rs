//! Traceback objects: what `exc.__traceback__` and `sys.exc_info()[2]`
//! give. taipan records where an exception passed in the exception itself
//! ([`crate::objects::class::TracebackEntry`], innermost first, as it
//! unwinds); a traceback object is a position in that record counted from
//! the outermost entry, as CPython's chain runs, with CPython's
//! `tb_lineno`, `tb_next` and `tb_lasti` (no `tb_frame`: taipan's frames
//! are not objects). The `traceback` module reads the entries through
//! [`traceback_lines`].

use crate::builtins::args::check_positional;
use crate::error::{exc_state, PyErr, PyResult};
use crate::interp::unwind::FrameLine;
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::class::TracebackEntry;
use crate::objects::function::Args;
use crate::objects::native::{native_class_with_properties, native_self, NativeObject};
use crate::value::{FrozenRef, Value};
use std::sync::OnceLock;

/// A position in an exception's traceback record.
struct TracebackObject {
    /// The exception whose record it reads.
    exc: Value,
    /// The entry it stands for (0: the outermost).
    index: usize,
}

impl NativeObject for TracebackObject {
    fn class(&self) -> FrozenRef {
        traceback_class()
    }
    fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.exc);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The class `traceback`.
fn traceback_class() -> FrozenRef {
    static CLASS: OnceLock<FrozenRef> = OnceLock::new();
    *CLASS.get_or_init(|| {
        native_class_with_properties(
            "traceback",
            "builtins",
            None,
            &[],
            &[
                ("tb_lineno", tb_lineno),
                ("tb_next", tb_next),
                ("tb_lasti", tb_lasti),
            ],
        )
    })
}

/// `exc.__traceback__`: the traceback object of an exception's outermost
/// entry, or None when it has not been raised.
pub fn traceback_of(exc: &Value) -> Value {
    traceback_from(exc, 0)
}

/// The traceback object for entry `index` of `exc`'s record, or None past
/// its end.
fn traceback_from(exc: &Value, index: usize) -> Value {
    let len = exc_state(exc).map_or(0, |st| st.borrow().traceback.len());
    if index >= len {
        return Value::None;
    }
    Value::obj(ObjKind::Native(Box::new(TracebackObject {
        exc: exc.clone(),
        index,
    })))
}

/// The record an exception gets from `exc.__traceback__ = tb` or
/// `exc.with_traceback(tb)`: the entries from the traceback object `tb`
/// inwards (none for None). They are marked as not unwound here (frame id
/// 0), so that raising the exception adds the raising frame's own entry
/// and sets its context, as a first raise does.
pub fn traceback_entries(tb: &Value) -> PyResult<Vec<TracebackEntry>> {
    if tb.is_none() {
        return Ok(Vec::new());
    }
    let object = match tb.kind() {
        Some(ObjKind::Native(n)) => n.as_any().downcast_ref::<TracebackObject>(),
        _ => None,
    };
    let Some(object) = object else {
        return Err(PyErr::type_error(
            "__traceback__ must be a traceback or None",
        ));
    };
    let Some(state) = exc_state(&object.exc) else {
        return Ok(Vec::new());
    };
    let all = state.borrow().traceback.clone();
    let keep = all.len().saturating_sub(object.index);
    Ok(all
        .into_iter()
        .take(keep)
        .map(|entry| TracebackEntry {
            frame_id: 0,
            ..entry
        })
        .collect())
}

/// The entries from a traceback object to the innermost one (None when
/// `tb` is no traceback object).
pub fn traceback_lines(tb: &Value) -> Option<Vec<FrameLine>> {
    let Some(ObjKind::Native(n)) = tb.kind() else {
        return None;
    };
    let tb = n.as_any().downcast_ref::<TracebackObject>()?;
    let st = exc_state(&tb.exc)?;
    let entries = st.borrow().traceback.clone();
    Some(
        entries
            .iter()
            .rev()
            .skip(tb.index)
            .map(|e| FrameLine::of(&e.code, e.line, e.span))
            .collect(),
    )
}

/// The traceback object a property getter was called on.
fn this<'a>(args: &Args<'a>, what: &str) -> PyResult<&'a TracebackObject> {
    check_positional(what, *args, 1, 1)?;
    native_self::<TracebackObject>(what, args)
}

/// `tb.tb_lineno`: the line the entry stands at.
fn tb_lineno(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tb = this(&args, "tb_lineno")?;
    let line = exc_state(&tb.exc).and_then(|st| {
        let st = st.borrow();
        let stored = st.traceback.len().checked_sub(tb.index + 1)?;
        st.traceback.get(stored).map(|e| e.line)
    });
    Ok(line.map_or(Value::None, |l| Value::Int(i64::from(l))))
}

/// `tb.tb_next`: the traceback object one call further in, or None.
fn tb_next(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tb = this(&args, "tb_next")?;
    Ok(traceback_from(&tb.exc, tb.index + 1))
}

/// `tb.tb_lasti`: taipan keeps no instruction offsets in tracebacks (-1).
fn tb_lasti(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args, "tb_lasti")?;
    Ok(Value::Int(-1))
}
