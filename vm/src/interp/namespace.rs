//! `locals()` in a function or class body: the running frame's namespace
//! as a dict, with CPython 3.11's semantics.

use super::frame::Frame;
use super::Vm;
use crate::compiler::bytecode::Code;
use crate::error::{str_value, PyResult};
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

impl Vm {
    /// The namespace of frame `f` running `code`. A class body's is its
    /// namespace dict. A function's is one dict per call (kept in the
    /// frame's otherwise unused `locals_dict`), brought up to date with
    /// the variables at each `locals()`: parameters and locals, then the
    /// other cells, then the free variables, as CPython orders them; writes
    /// to the dict do not reach the variables.
    pub(crate) fn locals_of(&mut self, code: &Code, f: &mut Frame) -> PyResult<Value> {
        if code.flags.class_body {
            return Ok(f.locals_dict.clone().map_or(Value::None, Value::Obj));
        }
        let cell_value = |i: usize| match f.cells.get(i).map(|c| (c, c.kind())) {
            Some((cell, ObjKind::Cell(c))) => cell.get().read(c).clone(),
            _ => Value::Unbound,
        };
        let cell_of_param = |slot: usize| {
            code.cell_params
                .iter()
                .position(|p| *p == Some(slot as u32))
        };
        let mut names = Vec::new();
        for (slot, name) in code.varnames.iter().enumerate() {
            let value = match cell_of_param(slot) {
                Some(cell) => cell_value(cell),
                None => f.stack.get(slot).cloned().unwrap_or(Value::Unbound),
            };
            names.push((name, value));
        }
        for (i, name) in code.cellvars.iter().enumerate() {
            if code.cell_params.get(i).is_some_and(|p| p.is_none()) {
                names.push((name, cell_value(i)));
            }
        }
        let ncell = code.cellvars.len();
        for (i, name) in code.freevars.iter().enumerate() {
            names.push((name, cell_value(ncell + i)));
        }
        let d = f
            .locals_dict
            .get_or_insert_with(|| ObjRef::new(ObjKind::Dict(Box::new(RefCell::new(Dict::new())))));
        let d = Value::Obj(d.clone());
        // `$…` names are the compiler's hidden slots (`match`).
        for (name, value) in names.into_iter().filter(|(n, _)| !n.starts_with('$')) {
            if matches!(value, Value::Unbound) {
                self.dict_remove(&d, &str_value(&**name))?;
            } else {
                self.dict_set(&d, str_value(&**name), value)?;
            }
        }
        Ok(d)
    }
}
