//! The dispatch loop.
//!
//! Python-to-Python calls do not recurse on the Rust stack: the caller's
//! frame is parked in `Vm::frames` and the callee runs in the same loop.
//! So does a generator driven by a `for` loop: its frame runs in place of
//! the loop's until it yields to it or returns (`Frame::inline_generator`).
//! Native code that calls back into Python (a sort key, `__eq__` in a dict)
//! starts a nested loop with its own base frame.

use super::attr::{INIT_HOOK, NEW_HOOK};
use super::call::{builtin_base, raised_from_generator};
use super::fast_paths::{
    fast_arith, fast_compare_pop, fast_iter_next, fast_slice, fast_store_subscr, fast_subscr,
    fast_unpack, load_fast, move_args_into_locals, move_top_into_slot, unbound_local,
    unbound_local_named,
};
use super::frame::Frame;
use super::yield_from::Thrown;
use super::Vm;
use crate::compiler::bytecode::{BinOp, Code, Instr};
use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::class::{Instance, Layout};
use crate::objects::dict::Dict;
use crate::objects::function::Function;
use crate::objects::list::ListCell;
use crate::objects::str::PyStr;
use crate::types::types;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// Most finished frames a VM keeps for reuse: as deep as CPython's default
/// recursion limit, so that recursion to that depth, repeated, allocates
/// its frames once (each kept frame is a few hundred bytes).
const FRAME_POOL_MAX: usize = 1000;

/// How a base frame finished.
pub enum Exit {
    /// It returned.
    Return(Value),
    /// It yielded (generators only); the frame comes back to be resumed.
    Yield(Value, Box<Frame>),
}

/// How the dispatch loop handed control back to `run_frame_with`.
enum Step {
    /// The base frame returned.
    Return(Value),
    /// The base frame (a generator's) yielded.
    Yield(Value),
}

#[inline]
pub(super) fn pop(stack: &mut Vec<Value>) -> Value {
    stack.pop().unwrap_or(Value::None)
}

#[inline]
fn top(stack: &[Value]) -> &Value {
    stack.last().unwrap_or(&Value::None)
}

impl Vm {
    /// Runs `base` (and whatever it calls) until it returns or yields.
    pub fn run_frame(&mut self, base: Box<Frame>) -> PyResult<Exit> {
        self.run_frame_with(base, None)
    }

    /// Resumes a suspended frame by raising `err` at the point where it stopped.
    pub fn throw_into(&mut self, base: Box<Frame>, err: PyErr) -> PyResult<Exit> {
        self.run_frame_with(base, Some(err))
    }

    fn run_frame_with(&mut self, base: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        self.nested_callers.push((self.frames.len(), self.site));
        let exit = self.run_nested(base, pending);
        self.nested_callers.pop();
        exit
    }

    fn run_nested(&mut self, base: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        let floor = self.frames.len();
        let mut f = base;
        let mut pending = pending;
        loop {
            let step = match pending.take() {
                // Thrown into a generator: its `yield from` passes it on.
                Some(e) => match self.throw_through_yield_from(&mut f, e) {
                    Ok(Thrown::Yielded(value)) => return Ok(Exit::Yield(value, f)),
                    Ok(Thrown::Resumed) => self.execute(&mut f, floor),
                    Err(e) => Err(e),
                },
                None => self.execute(&mut f, floor),
            };
            match step {
                Ok(Step::Return(value)) => {
                    self.release_frame(f);
                    if self.frames.len() == floor {
                        return Ok(Exit::Return(value));
                    }
                    f = self.frames.pop().expect("caller frame above floor");
                    f.stack.push(value);
                }
                Ok(Step::Yield(value)) => {
                    return Ok(Exit::Yield(value, f));
                }
                Err(mut err) => {
                    // Unwind: find a handler in this frame or its callers.
                    loop {
                        self.note_traceback(&f, &err);
                        if let Some(entry) = f.code().handler_for(f.ip.saturating_sub(1)) {
                            let base = f.code().nlocals();
                            f.stack.truncate(base + entry.depth as usize);
                            f.stack.push(err.exc);
                            f.ip = entry.target as usize;
                            break;
                        }
                        if let Some(inline) = f.inline_generator.take() {
                            self.finish_generator(&inline.generator);
                            err = raised_from_generator(err);
                        }
                        self.release_frame(f);
                        if self.frames.len() == floor {
                            return Err(err);
                        }
                        f = self.frames.pop().expect("caller frame above floor");
                    }
                }
            }
        }
    }

    /// Ends a frame: releases what it holds now (as CPython frees a
    /// finished frame's locals) and keeps the allocation for the next call.
    #[inline]
    fn release_frame(&mut self, mut f: Box<Frame>) {
        self.depth -= 1;
        f.stack.clear();
        f.cells.clear();
        f.locals_dict = None;
        f.inline_generator = None;
        // A frozen placeholder: holding it costs no count traffic.
        f.func = self.builtins.clone();
        f.globals = self.builtins.clone();
        if self.frame_pool.len() < FRAME_POOL_MAX {
            self.frame_pool.push(f);
        }
    }

    /// Runs instructions of `f` until the frame at `floor` (the base of
    /// this run) returns or yields, or something raises. Calls of Python
    /// functions and their returns switch `f` to the callee and back here,
    /// in the same loop: the caller waits in `self.frames`.
    fn execute(&mut self, f: &mut Box<Frame>, floor: usize) -> PyResult<Step> {
        // The running frame's ip lives in a local while the loop runs (a
        // register, once `dispatch` is inlined) and goes back into the frame
        // whichever way the loop ends, so that unwinding, tracebacks and
        // resumed generators see it.
        let mut ip = f.ip;
        // Native code called from this run sees its frames (see `site`);
        // whatever called this run sees its own again afterwards.
        let outer_site = self.site;
        self.site.enter(&f.func, &f.globals, ip);
        let step = self.dispatch(f, floor, &mut ip);
        self.site = outer_site;
        f.ip = ip;
        step
    }

    /// The loop of `execute`; `ip` is the running frame's next
    /// instruction, stored into the frame before another frame runs.
    #[inline(always)]
    fn dispatch(&mut self, f: &mut Box<Frame>, floor: usize, ip: &mut usize) -> PyResult<Step> {
        // SAFETY (for each `running_code` below): `f` holds a counted
        // reference to its function, which owns the Arc<Code>, and code
        // objects are immutable; `code` is taken anew whenever `f` changes,
        // before the frame it came from is released, so it is only used
        // while the frame it came from is alive.
        let mut code: &Code = unsafe { running_code(f) };
        let mut instrs: &[Instr] = &code.instrs;
        // Parks the running frame (at its next instruction) among the
        // callers and runs `callee` in its place.
        macro_rules! enter {
            ($callee:expr) => {
                f.ip = *ip;
                self.frames.push(std::mem::replace(f, $callee));
                code = unsafe { running_code(f) };
                instrs = &code.instrs;
                *ip = f.ip;
                self.site.enter(&f.func, &f.globals, *ip);
            };
        }
        // The next step of a `for` loop (leaving at `exit`) over the
        // iterator on top of the stack: the next value, or None with the
        // iterator popped. Ranges are stepped in line; a generator's frame
        // runs here, in place of the loop's, until it yields the next value
        // to the loop (see `yield_value`) or returns.
        macro_rules! for_loop_next {
            ($exit:expr) => {{
                let next = match fast_iter_next(&f.stack) {
                    Some(next) => next,
                    None => {
                        if matches!(top(&f.stack).kind(), Some(ObjKind::Generator(_))) {
                            if let Some(callee) =
                                self.take_generator_frame(top(&f.stack), $exit as usize)
                            {
                                enter!(callee);
                                continue;
                            }
                        }
                        self.next(top(&f.stack))?
                    }
                };
                if next.is_none() {
                    f.stack.pop();
                }
                next
            }};
        }
        // Hands a yielded value to whoever resumed the running generator
        // frame: the `for` loop waiting below it when the frame runs in
        // place (its ip is already where it resumes), else the caller of
        // this run.
        macro_rules! yield_value {
            ($v:expr) => {
                match f.inline_generator.take() {
                    None => return Ok(Step::Yield($v)),
                    Some(inline) => {
                        f.ip = *ip;
                        let caller = self
                            .frames
                            .pop()
                            .expect("the loop waits below its generator");
                        let paused = std::mem::replace(f, caller);
                        code = unsafe { running_code(f) };
                        instrs = &code.instrs;
                        *ip = f.ip;
                        self.site.enter(&f.func, &f.globals, *ip);
                        self.suspend_generator(&inline.generator, paused);
                        f.stack.push($v);
                    }
                }
            };
        }
        loop {
            let instr = instrs[*ip];
            *ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::LoadConst(i) => f.stack.push(code.consts[i as usize].value()),
                Instr::LoadFast(i) => load_fast(&mut f.stack, code, i as usize)?,
                Instr::StoreFast(i) => move_top_into_slot(&mut f.stack, i as usize),
                Instr::DeleteFast(i) => {
                    if let Value::Unbound = f.stack[i as usize] {
                        return Err(unbound_local(code, i as usize));
                    }
                    f.stack[i as usize] = Value::Unbound;
                }
                Instr::LoadDeref(i) => {
                    let v = self.load_cell(code, f, i as usize)?;
                    f.stack.push(v);
                }
                Instr::StoreDeref(i) => {
                    let v = pop(&mut f.stack);
                    self.store_cell(f, i as usize, v)?;
                }
                Instr::DeleteDeref(i) => self.store_cell(f, i as usize, Value::Unbound)?,
                Instr::LoadClosure(i) => {
                    let c = f.cells[i as usize].clone();
                    f.stack.push(Value::Obj(c));
                }
                Instr::LoadGlobal(i) => {
                    let v = self.load_global(&f.globals, code.names[i as usize].to_ref())?;
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop(&mut f.stack);
                    self.store_global(&f.globals, code.names[i as usize].to_ref(), v)?;
                }
                Instr::DeleteGlobal(i) => {
                    self.delete_global(&f.globals, code.names[i as usize].to_ref())?;
                }
                Instr::LoadName(i) => {
                    let name = code.names[i as usize].to_ref();
                    let v = match &f.locals_dict {
                        Some(d) => dict_get_name(d, &name),
                        None => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => self.load_global(&f.globals, name)?,
                    };
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop(&mut f.stack);
                    let name = code.names[i as usize].to_ref();
                    match &f.locals_dict {
                        Some(d) => dict_set_name(d, name, v)?,
                        None => self.store_global(&f.globals, name, v)?,
                    }
                }
                Instr::DeleteName(i) => {
                    let name = code.names[i as usize].to_ref();
                    match &f.locals_dict {
                        Some(d) => {
                            if !dict_del_name(d, &name)? {
                                return Err(PyErr::name_not_defined(str_of(&name)));
                            }
                        }
                        None => self.delete_global(&f.globals, name)?,
                    }
                }
                Instr::LoadAttr(i) => {
                    // A property or __getattr__ may run Python code.
                    self.site.ip = *ip;
                    self.load_attr(&mut f.stack, code, i as usize)?
                }
                Instr::StoreAttr(i) => {
                    self.site.ip = *ip;
                    let obj = pop(&mut f.stack);
                    let v = pop(&mut f.stack);
                    let name = code.names[i as usize].to_ref();
                    let hint = self.attr_hints.slot(&name);
                    if let Err(v) = super::attr::store_instance_dict_attr(&obj, &name, v, hint) {
                        self.setattr(&obj, &name, v)?;
                    }
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop(&mut f.stack);
                    self.delattr(&obj, &code.names[i as usize].to_ref())?;
                }
                Instr::LoadMethod(i) => {
                    self.site.ip = *ip;
                    let obj = pop(&mut f.stack);
                    let (callable, self_value) =
                        self.load_method(obj, &code.names[i as usize].to_ref())?;
                    f.stack.push(callable);
                    f.stack.push(self_value);
                }
                Instr::Pop => {
                    f.stack.pop();
                }
                Instr::Copy(n) => {
                    let v = f.stack[f.stack.len() - n as usize].clone();
                    f.stack.push(v);
                }
                Instr::Swap(n) => {
                    let len = f.stack.len();
                    f.stack.swap(len - 1, len - n as usize);
                }
                Instr::Binary(op) => {
                    if fast_arith(&mut f.stack, op) {
                        continue;
                    }
                    if op == BinOp::Add && self.concat_for_store(f, code, instrs.get(*ip)) {
                        continue;
                    }
                    self.site.ip = *ip;
                    let b = pop(&mut f.stack);
                    let a = pop(&mut f.stack);
                    let v = self.binary_op(op, &a, &b)?;
                    f.stack.push(v);
                }
                Instr::Inplace(op) => {
                    if fast_arith(&mut f.stack, op) {
                        continue;
                    }
                    if op == BinOp::Add && self.concat_for_store(f, code, instrs.get(*ip)) {
                        continue;
                    }
                    self.site.ip = *ip;
                    let b = pop(&mut f.stack);
                    let a = pop(&mut f.stack);
                    let v = self.inplace_op(op, a, &b)?;
                    f.stack.push(v);
                }
                Instr::Unary(op) => {
                    self.site.ip = *ip;
                    let a = pop(&mut f.stack);
                    let v = self.unary_op(op, &a)?;
                    f.stack.push(v);
                }
                Instr::Compare(op) => {
                    if let Some(holds) = fast_compare_pop(&mut f.stack, op) {
                        f.stack.push(Value::Bool(holds));
                        continue;
                    }
                    self.site.ip = *ip;
                    let b = pop(&mut f.stack);
                    let a = pop(&mut f.stack);
                    let v = self.compare(op, &a, &b)?;
                    f.stack.push(v);
                }
                Instr::Is(neg) => {
                    let b = pop(&mut f.stack);
                    let a = pop(&mut f.stack);
                    f.stack.push(Value::Bool(a.is(&b) != (neg != 0)));
                }
                Instr::Contains(neg) => {
                    let container = pop(&mut f.stack);
                    let item = pop(&mut f.stack);
                    let r = self.contains(&container, &item)?;
                    f.stack.push(Value::Bool(r != (neg != 0)));
                }
                Instr::Subscr => {
                    if fast_subscr(&mut f.stack) {
                        continue;
                    }
                    self.site.ip = *ip;
                    let key = pop(&mut f.stack);
                    let obj = pop(&mut f.stack);
                    let v = self.getitem(&obj, &key)?;
                    f.stack.push(v);
                }
                Instr::StoreSubscr => {
                    self.site.ip = *ip;
                    self.store_subscr(&mut f.stack)?
                }
                Instr::DeleteSubscr => {
                    let key = pop(&mut f.stack);
                    let obj = pop(&mut f.stack);
                    self.delitem(&obj, &key)?;
                }
                Instr::BuildSlice(n) => {
                    if n == 2
                        && matches!(instrs.get(*ip), Some(Instr::Subscr))
                        && fast_slice(&mut f.stack)
                    {
                        *ip += 1;
                        continue;
                    }
                    let step = if n == 3 {
                        pop(&mut f.stack)
                    } else {
                        Value::None
                    };
                    let stop = pop(&mut f.stack);
                    let start = pop(&mut f.stack);
                    f.stack
                        .push(Value::obj(ObjKind::Slice(Box::new([start, stop, step]))));
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(crate::builtins::new_tuple(items));
                }
                Instr::BuildList(n) => {
                    let at = f.stack.len() - n as usize;
                    let cell = match ListCell::inline_from(&f.stack[at..]) {
                        Some(cell) => {
                            f.stack.truncate(at);
                            cell
                        }
                        None => ListCell::new(f.stack.split_off(at)),
                    };
                    f.stack.push(Value::obj(ObjKind::List(cell)));
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let s = self.new_set(items)?;
                    f.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let d = Value::obj(ObjKind::Dict(Box::new(RefCell::new(Dict::new()))));
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&d, k, v)?;
                    }
                    f.stack.push(d);
                }
                Instr::BuildString(n) => {
                    let start = f.stack.len() - n as usize;
                    let pieces = || {
                        f.stack[start..]
                            .iter()
                            .filter_map(Value::as_obj)
                            .map(str_of)
                    };
                    // Sized once: growing piece by piece would reallocate,
                    // and so would the final conversion to the str's box.
                    let mut s = String::with_capacity(pieces().map(str::len).sum());
                    pieces().for_each(|p| s.push_str(p));
                    f.stack.truncate(start);
                    f.stack.push(crate::error::str_value(s));
                }
                Instr::ListAppend(n) => {
                    let v = pop(&mut f.stack);
                    let list = &f.stack[f.stack.len() - n as usize];
                    if let Value::Obj(o) = list {
                        if let ObjKind::List(items) = o.kind() {
                            // The comprehension's own list: never refused.
                            let _ = o.get().list_push(items, v);
                        }
                    }
                }
                Instr::SetAdd(n) => {
                    let v = pop(&mut f.stack);
                    let set = f.stack[f.stack.len() - n as usize].clone();
                    self.set_add(&set, v)?;
                }
                Instr::MapAdd(n) => {
                    let v = pop(&mut f.stack);
                    let k = pop(&mut f.stack);
                    let d = f.stack[f.stack.len() - n as usize].clone();
                    self.dict_set(&d, k, v)?;
                }
                Instr::ListExtend(n) => {
                    let it = pop(&mut f.stack);
                    let items = self.collect_starred(&it, |_| "Value after *".to_string())?;
                    let list = &f.stack[f.stack.len() - n as usize];
                    if let Value::Obj(o) = list {
                        if let ObjKind::List(l) = o.kind() {
                            // The display's own list: never refused.
                            if let Ok(mut l) = o.get().write(l) {
                                l.extend(items);
                            }
                        }
                    }
                }
                Instr::SetUpdate(n) => {
                    let it = pop(&mut f.stack);
                    let set = f.stack[f.stack.len() - n as usize].clone();
                    if matches!(
                        it.kind(),
                        Some(ObjKind::Set(_)) | Some(ObjKind::FrozenSet(_))
                    ) {
                        self.set_inplace(crate::compiler::bytecode::BinOp::Or, &set, &it)?;
                    } else {
                        for item in self.collect(&it)? {
                            self.set_add(&set, item)?;
                        }
                    }
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let other = pop(&mut f.stack);
                    let at = f.stack.len() - n as usize;
                    let d = f.stack[at].clone();
                    // DictMerge builds a call's keywords: the callee sits
                    // under its positional arguments.
                    let callee = match instr {
                        Instr::DictMerge(_) => Some(f.stack[at - 2].clone()),
                        _ => None,
                    };
                    self.dict_update_from(&d, &other, callee.as_ref())?;
                }
                Instr::ListToTuple => {
                    let list = pop(&mut f.stack);
                    let items = match list.kind() {
                        Some(ObjKind::List(l)) => std::mem::take(&mut *l.borrow_mut()),
                        _ => Vec::new(),
                    };
                    f.stack.push(crate::builtins::new_tuple(items));
                }
                Instr::MatchSequence(n) => {
                    let subject = pop(&mut f.stack);
                    let fits = self.match_sequence(&subject, (n >> 1) as usize, n & 1 == 1)?;
                    f.stack.push(Value::Bool(fits));
                }
                Instr::MatchKeys(rest) => {
                    let keys = pop(&mut f.stack);
                    let subject = pop(&mut f.stack);
                    let found = self.match_keys(&subject, &keys, rest == 1)?;
                    push_match_result(&mut f.stack, found);
                }
                Instr::MatchClass(positional) => {
                    let names = pop(&mut f.stack);
                    let class = pop(&mut f.stack);
                    let subject = pop(&mut f.stack);
                    let found = self.match_class(&subject, &class, &names, positional as usize)?;
                    push_match_result(&mut f.stack, found);
                }
                Instr::LoadGlobals => f.stack.push(Value::Obj(f.globals.clone())),
                Instr::LoadLocals => {
                    let namespace = self.locals_of(code, f)?;
                    f.stack.push(namespace);
                }
                Instr::UnpackSequence(n) => {
                    if fast_unpack(&mut f.stack, n as usize) {
                        continue;
                    }
                    let seq = pop(&mut f.stack);
                    let items = self.unpack(&seq, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(spec) => {
                    let seq = pop(&mut f.stack);
                    let before = (spec & 0xffff) as usize;
                    let after = (spec >> 16) as usize;
                    let items = self.unpack_ex(&seq, before, after)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 16 != 0 {
                        Some(pop(&mut f.stack))
                    } else {
                        None
                    };
                    let v = pop(&mut f.stack);
                    let s = self.format_value(&v, flags & 15, spec.as_ref())?;
                    f.stack.push(s);
                }
                Instr::Jump(t) => {
                    self.back_edges += 1;
                    // Every 1024 back-edges, or at once when this thread
                    // went past its heap budget (a loop that doubles a
                    // string must not run 1024 more times).
                    if self.back_edges >= 1024 || crate::heap::is_tripped() {
                        self.back_edges = 0;
                        // Before jumping, so that the exception is raised
                        // at the jump, inside any `try` around the loop.
                        self.check_interrupt()?;
                        crate::gc::collect_if_due();
                    }
                    *ip = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop(&mut f.stack);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if !b {
                        *ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop(&mut f.stack);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if b {
                        *ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.truthy(top(&f.stack))? {
                        *ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.truthy(top(&f.stack))? {
                        *ip = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Instr::GetIter => {
                    let v = pop(&mut f.stack);
                    let it = self.get_iter(&v)?;
                    f.stack.push(it);
                }
                Instr::ForIter(t) => {
                    // `for a, b in pairs`: the pair goes straight onto the
                    // stack, as the UnpackSequence that follows would leave
                    // it.
                    if let Some(Instr::UnpackSequence(2)) = instrs.get(*ip) {
                        if let Some(step) = self.next_pair(top(&f.stack))? {
                            match step {
                                Some((a, b)) => {
                                    *ip += 1;
                                    f.stack.push(b);
                                    f.stack.push(a);
                                }
                                None => {
                                    f.stack.pop();
                                    *ip = t as usize;
                                }
                            }
                            continue;
                        }
                    }
                    match for_loop_next!(t) {
                        Some(v) => f.stack.push(v),
                        None => *ip = t as usize,
                    }
                }
                Instr::Call(n) => {
                    self.close_dropped_before_call(*ip);
                    let n = n as usize;
                    let args_start = f.stack.len() - n;
                    let func = f.stack[args_start - 1].clone();
                    // Python functions and plain classes run in this loop;
                    // the rest (natives above all) take the general call.
                    let callee = match func.kind() {
                        Some(ObjKind::Function(_)) => {
                            let callee = self.python_frame(&func, &mut f.stack, args_start)?;
                            if callee.is_some() {
                                f.stack.pop();
                            }
                            callee
                        }
                        Some(ObjKind::Class(_)) => {
                            self.init_frame(&func, &mut f.stack, args_start)?
                        }
                        _ => None,
                    };
                    if let Some(callee) = callee {
                        enter!(callee);
                        continue;
                    }
                    // Natives read their arguments straight off the stack.
                    self.site.ip = *ip;
                    let r = self.call_positional(&func, &f.stack[args_start..]);
                    f.stack.truncate(args_start - 1);
                    f.stack.push(r?);
                }
                Instr::CallMethod(n) => {
                    self.close_dropped_before_call(*ip);
                    let n = n as usize;
                    let len = f.stack.len();
                    // Stack: callable, self-or-Unbound, args...
                    let has_self = !matches!(f.stack[len - n - 1], Value::Unbound);
                    let args_start = if has_self { len - n - 1 } else { len - n };
                    if matches!(f.stack[len - n - 2].kind(), Some(ObjKind::Function(_))) {
                        let func = f.stack[len - n - 2].clone();
                        if let Some(callee) = self.python_frame(&func, &mut f.stack, args_start)? {
                            if !has_self {
                                f.stack.pop();
                            }
                            f.stack.pop();
                            enter!(callee);
                            continue;
                        }
                    }
                    self.site.ip = *ip;
                    // The callable stays on the stack (uncloned) for the call.
                    let r = self.call_positional(&f.stack[len - n - 2], &f.stack[args_start..]);
                    f.stack.truncate(len - n - 2);
                    f.stack.push(r?);
                }
                Instr::CallKw(n) => {
                    self.close_dropped_before_call(*ip);
                    let names = pop(&mut f.stack);
                    let names: Vec<Value> = match names.kind() {
                        Some(ObjKind::Tuple(t)) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    let n = n as usize;
                    let mut args = f.stack.split_off(f.stack.len() - n);
                    let func = pop(&mut f.stack);
                    let kwvals = args.split_off(n - names.len());
                    let kw: Vec<(Value, Value)> = names.into_iter().zip(kwvals).collect();
                    if let Some(callee) = self.plain_function_frame(&func, &args, &kw)? {
                        enter!(callee);
                        continue;
                    }
                    self.site.ip = *ip;
                    let v = self.call(&func, &args, &kw)?;
                    f.stack.push(v);
                }
                Instr::CallEx(has_kw) => {
                    self.close_dropped_before_call(*ip);
                    let kwargs = if has_kw != 0 {
                        Some(pop(&mut f.stack))
                    } else {
                        None
                    };
                    let args = pop(&mut f.stack);
                    let func = pop(&mut f.stack);
                    let args = match args.kind() {
                        Some(ObjKind::Tuple(t)) => t.to_vec(),
                        // `f(*value)` alone: the value as it was given.
                        _ => self.collect_starred(&args, |vm| {
                            format!("{} argument after *", vm.function_str(&func))
                        })?,
                    };
                    let kw = match kwargs {
                        Some(d) => self.kwargs_pairs(&d)?,
                        None => Vec::new(),
                    };
                    if let Some(callee) = self.plain_function_frame(&func, &args, &kw)? {
                        enter!(callee);
                        continue;
                    }
                    self.site.ip = *ip;
                    let v = self.call(&func, &args, &kw)?;
                    f.stack.push(v);
                }
                Instr::MakeFunction(spec) => {
                    let code_obj = code.codes[(spec >> 4) as usize].clone();
                    let closure: Box<[ObjRef]> = if spec & 4 != 0 {
                        match pop(&mut f.stack).kind() {
                            Some(ObjKind::Tuple(t)) => {
                                t.iter().filter_map(|c| c.as_obj().cloned()).collect()
                            }
                            _ => Box::new([]),
                        }
                    } else {
                        Box::new([])
                    };
                    let mut attrs = Dict::new();
                    if spec & 8 != 0 {
                        let annotations = pop(&mut f.stack);
                        let key = local_name("__annotations__");
                        let hash = name_hash(&key);
                        attrs.set_str(Value::Obj(key), "__annotations__", hash, annotations);
                    }
                    let kwdefaults = if spec & 2 != 0 {
                        Some(pop(&mut f.stack))
                    } else {
                        None
                    };
                    let defaults: Box<[Value]> = if spec & 1 != 0 {
                        match pop(&mut f.stack).kind() {
                            Some(ObjKind::Tuple(t)) => t.clone(),
                            _ => Box::new([]),
                        }
                    } else {
                        Box::new([])
                    };
                    let func = Function {
                        code: code_obj,
                        globals: f.globals.clone(),
                        shared_globals: std::sync::OnceLock::new(),
                        defaults,
                        kwdefaults,
                        closure,
                        attrs: RefCell::new(attrs),
                    };
                    f.stack.push(Value::obj(ObjKind::Function(Box::new(func))));
                }
                Instr::Return => {
                    let v = pop(&mut f.stack);
                    if self.frames.len() == floor {
                        return Ok(Step::Return(v));
                    }
                    // Back to the caller, which waits above the floor.
                    let Some(caller) = self.frames.pop() else {
                        return Ok(Step::Return(v));
                    };
                    let mut finished = std::mem::replace(f, caller);
                    code = unsafe { running_code(f) };
                    instrs = &code.instrs;
                    *ip = f.ip;
                    self.site.enter(&f.func, &f.globals, *ip);
                    let runs_init = finished.runs_init;
                    let inline_generator = finished.inline_generator.take();
                    self.release_frame(finished);
                    if let Some(inline) = inline_generator {
                        // An exhausted generator ends the loop that ran it.
                        self.finish_generator(&inline.generator);
                        f.stack.pop();
                        *ip = inline.loop_exit;
                    } else if !runs_init {
                        f.stack.push(v);
                    } else if !v.is_none() {
                        return Err(self.init_returned_error(&v));
                    }
                }
                Instr::Yield => {
                    let v = pop(&mut f.stack);
                    yield_value!(v);
                }
                Instr::GetYieldFromIter => {
                    let v = pop(&mut f.stack);
                    let it = match v.kind() {
                        Some(ObjKind::Generator(_)) => v,
                        _ => self.get_iter(&v)?,
                    };
                    f.stack.push(it);
                }
                Instr::YieldFrom(done_target) => {
                    let sent = pop(&mut f.stack);
                    let inner = top(&f.stack).clone();
                    match self.send_to(&inner, sent)? {
                        Ok(yielded) => {
                            // Come back to this instruction when resumed.
                            *ip -= 1;
                            yield_value!(yielded);
                        }
                        Err(returned) => {
                            f.stack.pop();
                            f.stack.push(returned);
                            *ip = done_target as usize;
                        }
                    }
                }
                Instr::Raise(n) => {
                    return Err(match n {
                        0 => self.reraise_current()?,
                        1 => {
                            let exc = pop(&mut f.stack);
                            self.make_raisable(exc, None)?
                        }
                        _ => {
                            let cause = pop(&mut f.stack);
                            let exc = pop(&mut f.stack);
                            self.make_raisable(exc, Some(cause))?
                        }
                    });
                }
                Instr::Reraise => {
                    let exc = pop(&mut f.stack);
                    return Err(PyErr { exc });
                }
                Instr::PushExcInfo => {
                    let exc = pop(&mut f.stack);
                    let prev = std::mem::replace(&mut self.current_exc, exc.clone());
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Instr::ReraiseIfLimit => {
                    if self.is_tripped_limit(top(&f.stack)) {
                        let exc = pop(&mut f.stack);
                        self.current_exc = pop(&mut f.stack);
                        return Err(PyErr { exc });
                    }
                }
                Instr::PopExcept => {
                    let prev = pop(&mut f.stack);
                    self.current_exc = prev;
                }
                Instr::CleanupReraise => {
                    let exc = pop(&mut f.stack);
                    let prev = pop(&mut f.stack);
                    self.current_exc = prev;
                    return Err(PyErr { exc });
                }
                Instr::CheckExcMatch => {
                    let class = pop(&mut f.stack);
                    let exc = top(&f.stack).clone();
                    let m = self.exception_matches(&exc, &class)?;
                    f.stack.push(Value::Bool(m));
                }
                Instr::BeforeWith => {
                    let mgr = pop(&mut f.stack);
                    let exit = self.getattr_str(&mgr, "__exit__")?;
                    let enter = self.getattr_str(&mgr, "__enter__")?;
                    let entered = self.call(&enter, &[], &[])?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Instr::WithExit => {
                    let exit = pop(&mut f.stack);
                    self.call(&exit, &[Value::None, Value::None, Value::None], &[])?;
                }
                Instr::WithExceptStart => {
                    let exc = top(&f.stack).clone();
                    let exit = f.stack[f.stack.len() - 3].clone();
                    let class = Value::Obj(self.type_of(&exc));
                    let r = self.call(&exit, &[class, exc.clone(), Value::None], &[])?;
                    // No `__exit__` may suppress a tripped limit either.
                    let b = self.truthy(&r)? && !self.is_tripped_limit(&exc);
                    f.stack.push(Value::Bool(b));
                }
                Instr::ImportName(i) => {
                    let fromlist = pop(&mut f.stack);
                    let level = pop(&mut f.stack);
                    let name = code.names[i as usize].to_ref();
                    let m = self.import_name(str_of(&name), &fromlist, &level, &f.globals)?;
                    f.stack.push(m);
                }
                Instr::ImportFrom(i) => {
                    let module = top(&f.stack).clone();
                    let name = code.names[i as usize].to_ref();
                    let v = self.import_from(&module, str_of(&name))?;
                    f.stack.push(v);
                }
                Instr::ImportStar => {
                    let module = pop(&mut f.stack);
                    self.import_star(&module, f)?;
                }
                Instr::LoadBuildClass => {
                    f.stack.push(crate::types::native_function(
                        "__build_class__",
                        crate::builtins::class_builder::build_class,
                        false,
                    ));
                }
                Instr::LoadAssertionError => {
                    f.stack.push(types().assertion_error.value());
                }
                // Fused pairs: run the first, step over the second (which
                // follows in the code), run the second. An error in either
                // leaves `*ip` just past the instruction that raised.
                Instr::LoadFastLoadFast(a, b) => {
                    load_fast(&mut f.stack, code, a as usize)?;
                    *ip += 1;
                    load_fast(&mut f.stack, code, b as usize)?;
                }
                Instr::LoadFastLoadConst(a, c) => {
                    load_fast(&mut f.stack, code, a as usize)?;
                    *ip += 1;
                    f.stack.push(code.consts[c as usize].value());
                }
                Instr::StoreFastLoadFast(a, b) => {
                    move_top_into_slot(&mut f.stack, a as usize);
                    *ip += 1;
                    load_fast(&mut f.stack, code, b as usize)?;
                }
                Instr::LoadFastLoadAttr(a, n) => {
                    load_fast(&mut f.stack, code, a as usize)?;
                    *ip += 1;
                    self.site.ip = *ip;
                    self.load_attr(&mut f.stack, code, n as usize)?;
                }
                Instr::ForIterStoreFast(a, t) => {
                    // A generator's yield comes back to the StoreFast that
                    // follows.
                    match for_loop_next!(t) {
                        Some(v) => {
                            *ip += 1;
                            // Straight into the local: a push and a pop would
                            // read back a value just written, a stall.
                            if let Some(slot) = f.stack.get_mut(a as usize) {
                                drop(std::mem::replace(slot, v));
                            }
                        }
                        None => *ip = t as usize,
                    }
                }
                Instr::CompareJumpIfFalse(op, t) => {
                    let holds = match fast_compare_pop(&mut f.stack, op) {
                        Some(holds) => {
                            *ip += 1;
                            holds
                        }
                        None => {
                            self.site.ip = *ip;
                            let b = pop(&mut f.stack);
                            let a = pop(&mut f.stack);
                            let v = self.compare(op, &a, &b)?;
                            *ip += 1;
                            match v {
                                Value::Bool(b) => b,
                                _ => self.truthy(&v)?,
                            }
                        }
                    };
                    if !holds {
                        *ip = t as usize;
                    }
                }
                Instr::LoadConstBinary(op, c) => {
                    f.stack.push(code.consts[c as usize].value());
                    *ip += 1;
                    if op == BinOp::Add && self.concat_for_store(f, code, instrs.get(*ip)) {
                        continue;
                    }
                    self.site.ip = *ip;
                    self.binary(&mut f.stack, op)?;
                }
                Instr::CopyTopTwo => {
                    *ip += 1;
                    let len = f.stack.len();
                    let (a, b) = (f.stack[len - 2].clone(), f.stack[len - 1].clone());
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Instr::StoreSubscrFromTop => {
                    *ip += 2;
                    self.site.ip = *ip;
                    // [x, i, v] becomes [v, x, i], as the two swaps leave it.
                    let len = f.stack.len();
                    f.stack[len - 3..].rotate_right(1);
                    self.store_subscr(&mut f.stack)?;
                }
            }
        }
    }

    /// `StoreSubscr`: with the stack `[v, x, i]`, pops all three and stores
    /// `x[i] = v`.
    #[inline(always)]
    fn store_subscr(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        if fast_store_subscr(stack) {
            return Ok(());
        }
        let key = pop(stack);
        let obj = pop(stack);
        let v = pop(stack);
        self.setitem(&obj, key, v)
    }

    /// `LoadAttr`: replaces TOS with its attribute `code.names[name]`.
    #[inline(always)]
    fn load_attr(&mut self, stack: &mut Vec<Value>, code: &Code, name: usize) -> PyResult<()> {
        let name = code.names[name].to_ref();
        // An instance's own attribute (`self.x`) without the general
        // look-up's call.
        if let Some(top) = stack.last_mut() {
            if let Some(v) =
                super::attr::instance_dict_attr(top, &name, self.attr_hints.slot(&name))
            {
                *top = v;
                return Ok(());
            }
        }
        let obj = pop(stack);
        let v = self.getattr_past_instance_dict(&obj, &name)?;
        stack.push(v);
        Ok(())
    }

    /// `Binary`: replaces the two top values with `TOS1 op TOS`.
    #[inline(always)]
    fn binary(&mut self, stack: &mut Vec<Value>, op: BinOp) -> PyResult<()> {
        if fast_arith(stack, op) {
            return Ok(());
        }
        let b = pop(stack);
        let a = pop(stack);
        let v = self.binary_op(op, &a, &b)?;
        stack.push(v);
        Ok(())
    }

    fn load_cell(&self, code: &Code, f: &Frame, i: usize) -> PyResult<Value> {
        let cell = &f.cells[i];
        if let ObjKind::Cell(c) = cell.kind() {
            let v = cell.get().read(c).clone();
            if let Value::Unbound = v {
                return Err(unbound_cell(code, i));
            }
            return Ok(v);
        }
        Ok(Value::None)
    }

    fn store_cell(&self, f: &Frame, i: usize, v: Value) -> PyResult<()> {
        let cell = &f.cells[i];
        if let ObjKind::Cell(c) = cell.kind() {
            let mut slot = cell
                .get()
                .write(c)
                .map_err(|e| PyErr::from_write(e, "closure variable"))?;
            *slot = v;
        }
        Ok(())
    }

    /// Makes a frame for a call of a plain Python function with positional
    /// arguments at `stack[args_start..]` (moved out of the caller's stack),
    /// or returns None when the callee needs the general call path.
    fn python_frame(
        &mut self,
        func: &Value,
        stack: &mut Vec<Value>,
        args_start: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let Value::Obj(fobj) = func else {
            return Ok(None);
        };
        let ObjKind::Function(fdata) = fobj.kind() else {
            return Ok(None);
        };
        let code = &fdata.code;
        let nargs = stack.len() - args_start;
        if !binds_plainly(fdata, nargs) {
            return Ok(None);
        }
        let mut frame = self.new_empty_frame(fobj, fdata)?;
        move_args_into_locals(stack, args_start, &mut frame.stack, code.nlocals());
        fill_defaults(fdata, &mut frame.stack, nargs);
        if !code.cellvars.is_empty() || !fdata.closure.is_empty() {
            self.init_cells(&mut frame);
        }
        Ok(Some(frame))
    }

    /// Makes the frame of `__init__` for instantiating the plain class
    /// `func` with positional arguments at `stack[args_start..]`: the new
    /// instance replaces the class below the arguments (it becomes `self`)
    /// and is pushed again for the caller, which gets it when `__init__`
    /// returns. None (the stack untouched) when the class needs the general
    /// path: a custom `__new__`, a builtin or exception base, no Python
    /// `__init__`, or arguments `python_frame` does not bind.
    fn init_frame(
        &mut self,
        func: &Value,
        stack: &mut Vec<Value>,
        args_start: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let Value::Obj(class) = func else {
            return Ok(None);
        };
        let ObjKind::Class(c) = class.kind() else {
            return Ok(None);
        };
        if c.layout != Layout::Object
            || builtin_base(class).is_some()
            || self.class_hook(class, &NEW_HOOK).is_some()
        {
            return Ok(None);
        }
        let Some(init) = self.class_hook(class, &INIT_HOOK) else {
            return Ok(None);
        };
        if !binds_positionally(&init, stack.len() - args_start + 1) {
            return Ok(None);
        }
        let instance = Value::obj(ObjKind::Instance(Instance::new(class.clone(), None)));
        stack[args_start - 1] = instance.clone();
        match self.python_frame(&init, stack, args_start - 1)? {
            Some(mut frame) => {
                frame.runs_init = true;
                stack.push(instance);
                Ok(Some(frame))
            }
            None => {
                stack[args_start - 1] = func.clone();
                Ok(None)
            }
        }
    }

    /// A frame for `func` with all locals unbound (the caller fills them).
    pub(crate) fn new_frame(&mut self, func: &ObjRef) -> PyResult<Box<Frame>> {
        let ObjKind::Function(fdata) = func.kind() else {
            return Err(PyErr::type_error("not a function"));
        };
        let mut frame = self.new_empty_frame(func, fdata)?;
        frame.stack.resize(fdata.code.nlocals(), Value::Unbound);
        Ok(frame)
    }

    /// Closes the generators dropped unfinished since the last call (see
    /// `gen_close`) before this call, which might show what their
    /// `finally` blocks print or write out of order.
    #[inline(always)]
    fn close_dropped_before_call(&mut self, ip: usize) {
        if super::gen_close::any_pending() {
            self.site.ip = ip;
            self.close_dropped_generators();
        }
    }

    /// A frame for `func` with an empty stack, from the pool when possible.
    #[inline(always)]
    fn new_empty_frame(&mut self, func: &ObjRef, fdata: &Function) -> PyResult<Box<Frame>> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        let id = self.next_frame_id;
        // Recursion that runs no loop never reaches the jump's check: look
        // at the time budget and the cancel flag every 1024 frames too.
        if id % 1024 == 1023 {
            self.check_interrupt()?;
            crate::gc::collect_if_due();
        }
        self.depth += 1;
        self.next_frame_id += 1;
        // A function shared with worker threads reads the frozen snapshot of
        // the globals it names (identical to the live bindings, which are
        // locked), so that no thread touches another thread's live dict.
        let globals = match fdata.shared_globals.get() {
            Some(snapshot) => snapshot.to_ref(),
            None => fdata.globals.clone(),
        };
        if let Some(mut frame) = self.frame_pool.pop() {
            frame.func = func.clone();
            frame.globals = globals;
            frame.ip = 0;
            frame.id = id;
            frame.runs_init = false;
            return Ok(frame);
        }
        Ok(fresh_frame(func.clone(), globals, id))
    }

    /// Creates the frame's cells: fresh ones for cellvars (seeded from
    /// parameters that are captured), then the closure's cells.
    pub(crate) fn init_cells(&mut self, frame: &mut Frame) {
        let (ncell, closure) = match frame.func.kind() {
            ObjKind::Function(fdata) => (fdata.code.cellvars.len(), &fdata.closure),
            _ => return,
        };
        if ncell == 0 && closure.is_empty() {
            return;
        }
        let code = frame.code();
        let mut cells = Vec::with_capacity(ncell + closure.len());
        for i in 0..ncell {
            let init = match code.cell_params[i] {
                Some(slot) => frame.stack[slot as usize].clone(),
                None => Value::Unbound,
            };
            cells.push(ObjRef::new(ObjKind::Cell(RefCell::new(init))));
        }
        cells.extend(closure.iter().cloned());
        frame.cells = cells;
    }
}

/// The code `f` runs, detached from the borrow of `f` so that the loop may
/// go on mutating the frame (its stack and ip) while it reads the code.
///
/// # Safety
/// The caller must use the reference only while the frame it came from is
/// alive (the frame's function owns the code, and code is immutable).
#[inline]
unsafe fn running_code<'a>(f: &Frame) -> &'a Code {
    &*(f.code() as *const Code)
}

/// The error for reading cell `i` of `code` while it is empty: as CPython,
/// `UnboundLocalError` for a cell the code creates, and for one from its
/// closure a `NameError` with `.name` set (its "Did you mean" hint reads it).
#[cold]
fn unbound_cell(code: &Code, i: usize) -> PyErr {
    if let Some(name) = code.cellvars.get(i) {
        return unbound_local_named(name);
    }
    let name = code
        .freevars
        .get(i - code.cellvars.len())
        .map_or("", |n| &**n);
    PyErr::name_error(format!(
        "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
    ))
    .with_attr("name", crate::error::str_value(name))
}

/// The text of a str object (empty for anything else).
pub fn str_of(v: &ObjRef) -> &str {
    match v.kind() {
        ObjKind::Str(s) => s.as_str(),
        _ => "",
    }
}

pub(crate) fn name_hash(name: &ObjRef) -> i64 {
    match name.kind() {
        ObjKind::Str(s) => s.hash(),
        _ => 0,
    }
}

/// Looks a str-object name up in a dict object.
pub fn dict_get_name(d: &ObjRef, name: &ObjRef) -> Option<Value> {
    if let ObjKind::Dict(cell) = d.kind() {
        let dict = d.get().read(cell);
        return dict.get_name(name, str_of(name), name_hash(name)).cloned();
    }
    None
}

/// Sets a str-object name in a dict object.
pub fn dict_set_name(d: &ObjRef, name: ObjRef, v: Value) -> PyResult<()> {
    if let ObjKind::Dict(cell) = d.kind() {
        let mut dict = d
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "namespace"))?;
        let text = str_of(&name);
        check_not_shared(&dict, text)?;
        let h = name_hash(&name);
        let key = Value::Obj(name.clone());
        dict.set_str(key, str_of(&name), h, v);
    }
    Ok(())
}

/// Refuses to rebind or delete a global that is shared with worker threads.
#[inline]
fn check_not_shared(dict: &Dict, name: &str) -> PyResult<()> {
    match &dict.shared {
        Some(shared) if shared.names.contains(name) => {
            let module = match dict.get_str("__name__", crate::objects::str::hash_text("__name__"))
            {
                Some(Value::Obj(o)) => str_of(o).to_string(),
                _ => "?".to_string(),
            };
            Err(crate::share::freeze::rebind_error(&module, name))
        }
        _ => Ok(()),
    }
}

/// Deletes a str-object name from a dict object; false if absent.
pub fn dict_del_name(d: &ObjRef, name: &ObjRef) -> PyResult<bool> {
    if let ObjKind::Dict(cell) = d.kind() {
        let mut dict = d
            .get()
            .write(cell)
            .map_err(|e| PyErr::from_write(e, "namespace"))?;
        check_not_shared(&dict, str_of(name))?;
        return Ok(dict.remove_str(str_of(name), name_hash(name)).is_some());
    }
    Ok(false)
}

/// A thread-local str object for a name looked up at run time (freed after use,
/// unlike the frozen names compiled into code).
pub fn local_name(name: &str) -> ObjRef {
    ObjRef::new(ObjKind::Str(PyStr::new(name)))
}

/// Whether `func` is a Python function that `python_frame` can bind `nargs`
/// positional arguments to.
fn binds_positionally(func: &Value, nargs: usize) -> bool {
    matches!(func.kind(), Some(ObjKind::Function(f)) if binds_plainly(f, nargs))
}

/// Fills the parameters after the `nargs` bound positionally with their
/// defaults, for a call [`binds_plainly`] accepted.
#[inline]
pub(super) fn fill_defaults(f: &Function, locals: &mut [Value], nargs: usize) {
    let argcount = f.code.argcount as usize;
    if nargs < argcount {
        let defaults = &f.defaults[f.defaults.len() - (argcount - nargs)..];
        locals[nargs..argcount].clone_from_slice(defaults);
    }
}

/// Whether `nargs` positional arguments bind to `f`'s parameters one by
/// one, missing trailing ones taken from the defaults, with nothing for
/// `*args`, `**kwargs` or keyword-only parameters, and the call runs a
/// plain function rather than making a generator.
#[inline]
pub(super) fn binds_plainly(f: &Function, nargs: usize) -> bool {
    let code = &f.code;
    let missing = (code.argcount as usize).wrapping_sub(nargs);
    !(code.flags.generator
        || code.flags.varargs
        || code.flags.varkw
        || code.kwonlycount != 0
        || missing > f.defaults.len())
}

/// Pushes what a `match` look-up found and True, or only False.
fn push_match_result(stack: &mut Vec<Value>, found: Option<Value>) {
    let hit = found.is_some();
    if let Some(values) = found {
        stack.push(values);
    }
    stack.push(Value::Bool(hit));
}

/// A newly allocated frame, for when the VM's pool of frames is empty.
#[inline(never)]
fn fresh_frame(func: ObjRef, globals: ObjRef, id: u64) -> Box<Frame> {
    Box::new(Frame {
        func,
        stack: Vec::new(),
        cells: Vec::new(),
        globals,
        locals_dict: None,
        ip: 0,
        id,
        runs_init: false,
        inline_generator: None,
        handled_exc: Value::None,
    })
}

/// The error of a call past the recursion limit.
#[cold]
pub(crate) fn recursion_error() -> PyErr {
    PyErr::new(types().recursion_error, "maximum recursion depth exceeded")
}
