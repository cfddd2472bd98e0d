//! Calls: binding arguments to parameters, and calling every kind of callable.

use super::eval::{recursion_error, str_of, Exit};
use super::frame::{Frame, InlineGenerator};
use super::Vm;
use crate::error::{new_exception, PyErr, PyResult};
use crate::object::ObjKind;
use crate::objects::class::{ExcState, Instance, Layout};
use crate::objects::dict::Dict;
use crate::objects::function::{Args, Function};
use crate::objects::generator::{GenStatus, Generator};
use crate::objects::str::hash_text;
use crate::types::types;
use crate::value::{ObjRef, Value};
use smallvec::SmallVec;
use std::cell::RefCell;

impl Vm {
    /// A call with positional arguments only, as the dispatch loop makes
    /// them: a native function that takes its arguments as they are (no
    /// builtin value to unwrap from an instance) runs at once, the rest
    /// take [`Vm::call`].
    #[inline(always)]
    pub(crate) fn call_positional(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        if let Some(ObjKind::NativeFunction(n)) = func.kind() {
            let unwraps = n.unwraps_payload
                && matches!(
                    args.first().and_then(Value::kind),
                    Some(ObjKind::Instance(_))
                );
            if !unwraps {
                return (n.func)(self, Args { pos: args, kw: &[] });
            }
        }
        self.call(func, args, &[])
    }

    /// Calls any callable with positional and keyword arguments.
    pub fn call(&mut self, func: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let Value::Obj(o) = func else {
            return Err(self.not_callable(func));
        };
        match o.kind() {
            ObjKind::Function(f) => {
                let frame = self.bind_frame(o, f, args, kw)?;
                if f.code.flags.generator {
                    self.depth -= 1;
                    return Ok(Value::obj(ObjKind::Generator(RefCell::new(Generator {
                        frame: Some(frame),
                        status: GenStatus::Created,
                        code: f.code.clone(),
                    }))));
                }
                match self.run_frame(frame)? {
                    Exit::Return(v) => Ok(v),
                    Exit::Yield(..) => Err(PyErr::runtime_error("yield outside a generator")),
                }
            }
            ObjKind::NativeFunction(n) => {
                if n.unwraps_payload {
                    if let Some(ObjKind::Instance(inst)) = args.first().and_then(|a| a.kind()) {
                        if let Some(p) = inst.payload.as_deref() {
                            let mut unwrapped = args.to_vec();
                            unwrapped[0] = p.clone();
                            return (n.func)(
                                self,
                                Args {
                                    pos: &unwrapped,
                                    kw,
                                },
                            );
                        }
                    }
                }
                (n.func)(self, Args { pos: args, kw })
            }
            ObjKind::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.self_value.clone());
                full.extend_from_slice(args);
                let f = m.func.clone();
                self.call(&f, &full, kw)
            }
            ObjKind::Class(_) => self.instantiate(o, args, kw),
            ObjKind::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, args, kw)
            }
            ObjKind::Instance(_) | ObjKind::Native(_) => {
                match self.lookup_type_attr(func, "__call__") {
                    Some(m) => {
                        let mut full = vec![func.clone()];
                        full.extend_from_slice(args);
                        self.call(&m, &full, kw)
                    }
                    None => Err(self.not_callable(func)),
                }
            }
            _ => Err(self.not_callable(func)),
        }
    }

    fn not_callable(&self, func: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(func)))
    }

    /// For a Python function that is not a generator, its frame with the
    /// arguments bound, for the dispatch loop to run in place (so the
    /// caller stays on the frame stack, where tracebacks and
    /// `warnings.warn`'s `stacklevel` find it); None for other callables.
    pub(crate) fn plain_function_frame(
        &mut self,
        func: &Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Option<Box<Frame>>> {
        match func {
            Value::Obj(o) => match o.kind() {
                ObjKind::Function(f) if !f.code.flags.generator => {
                    self.bind_frame(o, f, args, kw).map(Some)
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// Makes a frame for `func` and binds the arguments to its parameters.
    pub(crate) fn bind_frame(
        &mut self,
        fobj: &ObjRef,
        f: &Function,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Box<Frame>> {
        let mut frame = self.new_frame(fobj)?;
        if let Err(e) = self.bind_args(f, &mut frame.stack, args, kw) {
            self.depth -= 1;
            return Err(e);
        }
        self.init_cells(&mut frame);
        Ok(frame)
    }

    fn bind_args(
        &mut self,
        f: &Function,
        locals: &mut [Value],
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<()> {
        let code = &f.code;
        let argcount = code.argcount as usize;
        if kw.is_empty() && super::eval::binds_plainly(f, args.len()) {
            // Positional arguments one by one, the rest from the defaults
            // (a sort key, a map function): none of the checks below apply.
            locals[..args.len()].clone_from_slice(args);
            super::eval::fill_defaults(f, locals, args.len());
            return Ok(());
        }
        let kwonly = code.kwonlycount as usize;
        let posonly = code.posonlycount as usize;
        let name = &code.qualname;
        let npos = args.len().min(argcount);
        for (slot, v) in locals.iter_mut().zip(&args[..npos]) {
            *slot = v.clone();
        }
        let mut next_slot = argcount + kwonly;
        if code.flags.varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            locals[next_slot] = crate::builtins::new_tuple(extra);
            next_slot += 1;
        } else if args.len() > argcount {
            let ndef = f.defaults.len();
            let takes = if ndef > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndef,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            return Err(PyErr::type_error(format!(
                "{name}() takes {takes} but {} {} given",
                args.len(),
                if args.len() == 1 { "was" } else { "were" }
            )));
        }
        let kwargs_dict = if code.flags.varkw {
            let d = Value::obj(ObjKind::Dict(Box::new(RefCell::new(Dict::new()))));
            locals[next_slot] = d.clone();
            Some(d)
        } else {
            None
        };
        for (key, value) in kw {
            let key_text = match key.data_kind() {
                Some(ObjKind::Str(s)) => s.as_str(),
                _ => return Err(PyErr::type_error("keywords must be strings")),
            };
            let pos = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|v| &**v == key_text)
                .map(|p| p + posonly);
            match pos {
                Some(p) => {
                    if !matches!(locals[p], Value::Unbound) {
                        return Err(PyErr::type_error(format!(
                            "{name}() got multiple values for argument '{key_text}'"
                        )));
                    }
                    locals[p] = value.clone();
                }
                None => match &kwargs_dict {
                    Some(d) => self.dict_set(d, key.clone(), value.clone())?,
                    None => {
                        if code.varnames[..posonly].iter().any(|v| &**v == key_text) {
                            return Err(PyErr::type_error(format!(
                                "{name}() got some positional-only arguments passed as keyword arguments: '{key_text}'"
                            )));
                        }
                        return Err(PyErr::type_error(format!(
                            "{name}() got an unexpected keyword argument '{key_text}'"
                        )));
                    }
                },
            }
        }
        // Defaults for positional parameters.
        let ndef = f.defaults.len();
        let first_default = argcount - ndef.min(argcount);
        let mut missing = Vec::new();
        for (i, slot) in locals.iter_mut().enumerate().take(argcount).skip(npos) {
            if matches!(slot, Value::Unbound) {
                if i >= first_default {
                    *slot = f.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(name, "positional", &missing));
        }
        for (i, slot) in locals
            .iter_mut()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if matches!(slot, Value::Unbound) {
                let pname = &code.varnames[i];
                let default = match &f.kwdefaults {
                    Some(Value::Obj(d)) => match d.kind() {
                        ObjKind::Dict(cell) => {
                            d.get().read(cell).get_str(pname, hash_text(pname)).cloned()
                        }
                        _ => None,
                    },
                    _ => None,
                };
                match default {
                    Some(v) => *slot = v,
                    None => missing.push(pname.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(name, "keyword-only", &missing));
        }
        Ok(())
    }

    /// Calls a class: makes an instance and runs `__init__`.
    fn instantiate(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let ObjKind::Class(c) = class.kind() else {
            return Err(PyErr::type_error("not a class"));
        };
        if c.layout == Layout::Builtin {
            return crate::builtins::construct(self, class, Args { pos: args, kw });
        }
        if let Some(new) = self.class_hook(class, &super::attr::NEW_HOOK) {
            let new = match new.kind() {
                Some(ObjKind::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut full = vec![Value::Obj(class.clone())];
            full.extend_from_slice(args);
            let obj = self.call(&new, &full, kw)?;
            if crate::types::is_subclass(&self.type_of(&obj), class) {
                self.run_init(class, &obj, args, kw)?;
            }
            return Ok(obj);
        }
        let obj = self.new_instance(class, args, kw)?;
        let has_init = self.run_init(class, &obj, args, kw)?;
        if !has_init
            && c.layout == Layout::Object
            && builtin_base(class).is_none()
            && (!args.is_empty() || !kw.is_empty())
        {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                c.name
            )));
        }
        Ok(obj)
    }

    /// A new instance of a user class, `__init__` not run (what
    /// `object.__new__` makes): exception state for exception classes, the
    /// builtin value for subclasses of builtin types.
    pub fn new_instance(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let ObjKind::Class(c) = class.kind() else {
            return Err(PyErr::type_error("not a class"));
        };
        if c.layout == Layout::Builtin {
            return crate::builtins::construct(self, class, Args { pos: args, kw });
        }
        let mut inst = Instance::new(
            class.clone(),
            if c.layout == Layout::Exception {
                Some(RefCell::new(ExcState {
                    args: args.to_vec(),
                    ..ExcState::default()
                }))
            } else {
                None
            },
        );
        if let Some(base) = builtin_base(class) {
            inst.payload = Some(Box::new(self.new_payload(&base, args, kw)?));
        }
        Ok(Value::obj(ObjKind::Instance(inst)))
    }

    /// The builtin value an instance of a builtin subclass starts with:
    /// empty for mutable types (their `__init__` fills it), built from the
    /// arguments for immutable ones (as their `__new__` does).
    fn new_payload(
        &mut self,
        base: &ObjRef,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let t = types();
        let mutable = [t.list, t.dict, t.set, t.bytearray]
            .iter()
            .any(|c| base.ptr_eq(&c.to_ref()));
        if mutable {
            crate::builtins::construct(self, base, Args { pos: &[], kw: &[] })
        } else {
            crate::builtins::construct(self, base, Args { pos: args, kw })
        }
    }

    fn run_init(
        &mut self,
        class: &ObjRef,
        obj: &Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<bool> {
        let Some(init) = self.class_hook(class, &super::attr::INIT_HOOK) else {
            return Ok(false);
        };
        let mut full: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend(args.iter().cloned());
        let r = self.call(&init, &full, kw)?;
        if !r.is_none() {
            return Err(self.init_returned_error(&r));
        }
        Ok(true)
    }

    /// The error for an `__init__` that returned `r`, not None.
    pub(super) fn init_returned_error(&self, r: &Value) -> PyErr {
        PyErr::type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(r)
        ))
    }

    /// How CPython names a callable in the errors of a call's `*` and `**`
    /// arguments: `__main__.f()`, `__main__.C.m()`, `print()` — its
    /// `__qualname__` after its `__module__`, unless that is `builtins` or
    /// absent.
    pub fn function_str(&mut self, func: &Value) -> String {
        let qualname = match self.getattr_str(func, "__qualname__") {
            Ok(q) => self.to_str(&q).unwrap_or_default(),
            Err(_) => return self.to_str(func).unwrap_or_default(),
        };
        match self.getattr_str(func, "__module__") {
            Ok(m) if matches!(m.kind(), Some(ObjKind::Str(_))) => {
                let module = self.to_str(&m).unwrap_or_default();
                if module == "builtins" {
                    format!("{qualname}()")
                } else {
                    format!("{module}.{qualname}()")
                }
            }
            _ => format!("{qualname}()"),
        }
    }

    /// Turns a `**mapping` into keyword pairs.
    pub fn kwargs_pairs(&mut self, mapping: &Value) -> PyResult<Vec<(Value, Value)>> {
        let Some(ObjKind::Dict(d)) = mapping.kind() else {
            return Err(PyErr::type_error(format!(
                "argument after ** must be a mapping, not {}",
                self.type_name(mapping)
            )));
        };
        let o = mapping.as_obj().expect("dict is an object");
        let pairs: Vec<(Value, Value)> = o
            .get()
            .read(d)
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, _) in &pairs {
            if !matches!(k.data_kind(), Some(ObjKind::Str(_))) {
                return Err(PyErr::type_error("keywords must be strings"));
            }
        }
        Ok(pairs)
    }

    /// Makes a new exception instance of a builtin class.
    pub fn new_exception(&self, class: &ObjRef, args: Vec<Value>) -> Value {
        new_exception(class, args)
    }

    /// Resumes a generator, sending `value`. `Ok(Ok(v))`: it yielded `v`;
    /// `Ok(Err(v))`: it returned `v`.
    pub fn resume_generator(
        &mut self,
        gen: &Value,
        value: Value,
    ) -> PyResult<Result<Value, Value>> {
        self.resume_generator_with(gen, Ok(value))
    }

    /// Resumes a generator with a value or an exception thrown in.
    pub fn resume_generator_with(
        &mut self,
        gen: &Value,
        input: Result<Value, PyErr>,
    ) -> PyResult<Result<Value, Value>> {
        let Some(ObjKind::Generator(cell)) = gen.kind() else {
            return Err(PyErr::type_error("not a generator"));
        };
        let gobj = gen.as_obj().expect("generator is an object");
        let (frame, status) = {
            let mut g = gobj
                .get()
                .write(cell)
                .map_err(|_| PyErr::value_error("generator already executing"))?;
            match g.status {
                GenStatus::Running => {
                    return Err(PyErr::value_error("generator already executing"))
                }
                GenStatus::Done => {
                    return match input {
                        Err(e) => Err(e),
                        Ok(_) => Ok(Err(Value::Unbound)),
                    }
                }
                _ => {}
            }
            let status = g.status;
            g.status = GenStatus::Running;
            (g.frame.take(), status)
        };
        let Some(mut frame) = frame else {
            return Ok(Err(Value::Unbound));
        };
        if status == GenStatus::Created {
            if let Ok(v) = &input {
                if !v.is_none() {
                    if let Ok(mut g) = gobj.get().write(cell) {
                        g.status = GenStatus::Created;
                        g.frame = Some(frame);
                    }
                    return Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
            }
        }
        if self.depth >= self.recursion_limit {
            if let Ok(mut g) = gobj.get().write(cell) {
                g.status = status;
                g.frame = Some(frame);
            }
            return Err(recursion_error());
        }
        self.depth += 1;
        self.enter_generator_exc(&mut frame);
        let result = match input {
            Ok(v) => {
                if status != GenStatus::Created {
                    frame.stack.push(v);
                }
                self.run_frame(frame)
            }
            Err(e) => self.throw_into(frame, e),
        };
        match result {
            Ok(Exit::Yield(v, frame)) => {
                self.suspend_generator(gobj, frame);
                Ok(Ok(v))
            }
            Ok(Exit::Return(v)) => {
                self.finish_generator(gobj);
                Ok(Err(v))
            }
            Err(e) => {
                self.finish_generator(gobj);
                Err(raised_from_generator(e))
            }
        }
    }

    /// Takes the frame out of the generator `gen` for the dispatch loop to
    /// run in place as the next step of a `for` loop that continues at
    /// `loop_exit` once the generator is exhausted. None (the generator
    /// untouched) when it is running, finished, frozen or would exceed the
    /// recursion limit: the general path answers those.
    pub(crate) fn take_generator_frame(
        &mut self,
        gen: &Value,
        loop_exit: usize,
    ) -> Option<Box<Frame>> {
        let Value::Obj(gobj) = gen else {
            return None;
        };
        let ObjKind::Generator(cell) = gobj.kind() else {
            return None;
        };
        if self.depth >= self.recursion_limit {
            return None;
        }
        let mut g = gobj.get().write(cell).ok()?;
        let started = match g.status {
            GenStatus::Created => false,
            GenStatus::Suspended => true,
            GenStatus::Running | GenStatus::Done => return None,
        };
        let mut frame = g.frame.take()?;
        g.status = GenStatus::Running;
        if started {
            // What the paused `yield` evaluates to.
            frame.stack.push(Value::None);
        }
        frame.inline_generator = Some(InlineGenerator {
            generator: gobj.clone(),
            loop_exit,
        });
        drop(g);
        self.depth += 1;
        self.enter_generator_exc(&mut frame);
        Some(frame)
    }

    /// Gives a generator back its frame, paused at a `yield` (run in place
    /// by the dispatch loop, see [`Vm::take_generator_frame`], or resumed
    /// through a nested run).
    pub(crate) fn suspend_generator(&mut self, gen: &ObjRef, mut frame: Box<Frame>) {
        self.depth -= 1;
        frame.handled_exc = self.leave_generator_exc();
        if let ObjKind::Generator(cell) = gen.kind() {
            if let Ok(mut g) = gen.get().write(cell) {
                g.frame = Some(frame);
                g.status = GenStatus::Suspended;
            }
        }
    }

    /// Marks a generator whose frame ended (it returned or raised) as
    /// finished, and gives its caller back its exception state.
    pub(crate) fn finish_generator(&mut self, gen: &ObjRef) {
        self.leave_generator_exc();
        if let ObjKind::Generator(cell) = gen.kind() {
            if let Ok(mut g) = gen.get().write(cell) {
                g.status = GenStatus::Done;
            }
        }
    }

    /// A generator's frame starts running: the caller's handled exception
    /// is kept aside, and the generator's own (None when it handles none)
    /// becomes the current one.
    fn enter_generator_exc(&mut self, frame: &mut Frame) {
        let handled = std::mem::replace(&mut frame.handled_exc, Value::None);
        let caller = std::mem::replace(&mut self.current_exc, handled);
        self.outer_excs.push(caller);
    }

    /// A generator's frame stops running: returns the exception it was
    /// handling and gives its caller back its own.
    fn leave_generator_exc(&mut self) -> Value {
        let caller = self.outer_excs.pop().unwrap_or(Value::None);
        std::mem::replace(&mut self.current_exc, caller)
    }

    /// The exception being handled, as `sys.exc_info()` and a bare `raise`
    /// see it: the running generator's own, else that of the nearest
    /// caller handling one (CPython's topmost exception state).
    pub(crate) fn handled_exc(&self) -> &Value {
        if !self.current_exc.is_none() {
            return &self.current_exc;
        }
        self.outer_excs
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .unwrap_or(&self.current_exc)
    }

    /// Sends to the target of `yield from`: a generator or any iterator.
    pub(crate) fn send_to(
        &mut self,
        inner: &Value,
        value: Value,
    ) -> PyResult<Result<Value, Value>> {
        match inner.kind() {
            Some(ObjKind::Generator(_)) => {
                let r = self.resume_generator(inner, value)?;
                Ok(r.map_err(|v| {
                    if matches!(v, Value::Unbound) {
                        Value::None
                    } else {
                        v
                    }
                }))
            }
            _ => self.send_to_iterator(inner, value),
        }
    }

    /// The positional-argument name list of a function, for messages.
    pub fn function_name(&self, func: &Value) -> String {
        match func.kind() {
            Some(ObjKind::Function(f)) => f.code.name.to_string(),
            Some(ObjKind::NativeFunction(n)) => n.name.to_string(),
            Some(ObjKind::Class(c)) => c.name.clone(),
            _ => str_of_value(func),
        }
    }
}

fn str_of_value(v: &Value) -> String {
    match v.as_obj() {
        Some(o) => str_of(o).to_string(),
        None => String::new(),
    }
}

fn missing_error(name: &str, kind: &str, missing: &[std::sync::Arc<str>]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => {
            let (last, rest) = quoted.split_last().expect("non-empty");
            format!("{}, and {}", rest.join(", "), last)
        }
    };
    PyErr::type_error(format!(
        "{name}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}

/// The builtin value type a user class derives from, if any.
pub fn builtin_base(class: &ObjRef) -> Option<ObjRef> {
    let ObjKind::Class(c) = class.kind() else {
        return None;
    };
    c.mro
        .iter()
        .find(|m| matches!(m.kind(), ObjKind::Class(b) if b.layout == Layout::Builtin))
        .cloned()
}

/// Marks a generator finished: its frame returned or raised.
/// What the code that resumed a generator sees when the generator raised
/// `e`: a StopIteration escaping a generator becomes a RuntimeError (PEP
/// 479), caused by it.
pub(crate) fn raised_from_generator(e: PyErr) -> PyErr {
    if !e.matches(types().stop_iteration) {
        return e;
    }
    let err = PyErr::runtime_error("generator raised StopIteration");
    if let Some(st) = crate::error::exc_state(&err.exc) {
        let mut st = st.borrow_mut();
        st.cause = Some(e.exc.clone());
        st.context = Some(e.exc);
        st.suppress_context = true;
    }
    err
}
