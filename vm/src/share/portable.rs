//! Values in transit between threads.
//!
//! A [`Portable`] is an owned, `Send + Sync` copy of a value: scalars,
//! strings and bytes by value; containers and instances as copies of their
//! contents; frozen objects (functions, classes, frozen data) by reference,
//! identity kept; synchronised natives (queues, locks, futures) as new
//! handles to the same state. The sending thread builds it
//! ([`Portable::from_value`]), the receiving thread turns it into objects of
//! its own heap ([`Portable::to_value`]): read-only copies for a worker's
//! arguments, ordinary mutable values for results and queue items. Shared
//! structure and cycles inside one value survive the trip.

use super::freeze::share_value;
use super::freeze::{is_module_level, share_globals_of};
use crate::compiler::bytecode::Code;
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::object::ObjKind;
use crate::objects::class::{ExcState, Instance, TracebackEntry};
use crate::objects::dict::Dict;
use crate::objects::function::Function;
use crate::objects::list::ListCell;
use crate::objects::memoryview::{as_memoryview, memoryview_value, MemoryView, ViewLayout};
use crate::objects::native::{NativeObject, NativeRebuild};
use crate::objects::str::PyStr;
use crate::value::{FrozenRef, ObjRef, Value};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// A value on its way to another thread.
pub enum Portable {
    /// `None`.
    None,
    /// A bool.
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A frozen object, by reference.
    Frozen(FrozenRef),
    /// A big int.
    BigInt(BigInt),
    /// A str.
    Str(Box<str>),
    /// bytes.
    Bytes(Box<[u8]>),
    /// A bytearray (numbered, see [`Portable::Seen`]).
    ByteArray(usize, Vec<u8>),
    /// A tuple.
    Tuple(Vec<Portable>),
    /// A list (numbered).
    List(usize, Vec<Portable>),
    /// A dict (numbered), its items in order.
    Dict(usize, Vec<(Portable, Portable)>),
    /// A set (numbered).
    Set(usize, Vec<Portable>),
    /// A frozenset.
    FrozenSet(Vec<Portable>),
    /// A range.
    Range(i64, i64, i64),
    /// A slice.
    Slice(Box<[Portable; 3]>),
    /// An instance of a class (numbered).
    Instance(Box<PortableInstance>),
    /// A synchronised native object: a new handle to the same state.
    Native(Box<dyn NativeObject + Send + Sync>),
    /// An unchanging native object that holds Python values: copies of
    /// them, and how to remake the object around them.
    NativeCopy(Box<(Vec<Portable>, NativeRebuild)>),
    /// A memoryview: a copy of its object (numbered with the other
    /// containers, so a bytearray sent with its view stays one object)
    /// and which of its bytes it sees.
    MemoryView(Box<(Portable, ViewLayout, bool)>),
    /// A copy of a function that is not module-level (a lambda, a closure).
    Function(Box<PortableFunction>),
    /// A method bound to an object that is copied.
    BoundMethod(Box<[Portable; 2]>),
    /// An empty closure cell's contents.
    Unbound,
    /// The container with this number, met earlier in the same value.
    Seen(usize),
}

/// An instance in transit: its (frozen) class and copies of its contents.
pub struct PortableInstance {
    id: usize,
    class: FrozenRef,
    attrs: Vec<(Portable, Portable)>,
    payload: Option<Portable>,
    exc: Option<PortableExc>,
}

/// A function in transit: its code, the frozen globals it runs with and
/// copies of its defaults and closure cells.
pub struct PortableFunction {
    code: Arc<Code>,
    globals: FrozenRef,
    defaults: Vec<Portable>,
    kwdefaults: Option<Portable>,
    closure: Vec<Portable>,
}

/// The exception state of an instance in transit.
struct PortableExc {
    args: Vec<Portable>,
    traceback: Vec<TracebackEntry>,
    cause: Option<Portable>,
    context: Option<Portable>,
    suppress_context: bool,
}

/// Numbers the containers met while copying one value.
#[derive(Default)]
struct Copier {
    seen: HashMap<usize, usize>,
}

impl Copier {
    /// The number of a container, or `Seen` when it was met before.
    fn number(&mut self, obj: &ObjRef) -> Result<usize, Portable> {
        let next = self.seen.len();
        match self.seen.entry(obj.addr()) {
            std::collections::hash_map::Entry::Occupied(e) => Err(Portable::Seen(*e.get())),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(next);
                Ok(next)
            }
        }
    }

    fn copy(&mut self, v: &Value) -> PyResult<Portable> {
        let o = match v {
            Value::None => return Ok(Portable::None),
            Value::Unbound => return Ok(Portable::Unbound),
            Value::Bool(b) => return Ok(Portable::Bool(*b)),
            Value::Int(i) => return Ok(Portable::Int(*i)),
            Value::Float(f) => return Ok(Portable::Float(*f)),
            Value::Obj(o) => o,
        };
        if let Some(f) = o.to_frozen() {
            return Ok(Portable::Frozen(f));
        }
        let g = o.get();
        Ok(match o.kind() {
            ObjKind::Str(s) => Portable::Str(s.as_str().into()),
            ObjKind::BigInt(b) => Portable::BigInt(b.clone()),
            ObjKind::Bytes(b) => Portable::Bytes(b.clone()),
            ObjKind::Range { start, stop, step } => Portable::Range(*start, *stop, *step),
            ObjKind::Tuple(items) => Portable::Tuple(self.copy_all(items.iter())?),
            ObjKind::FrozenSet(t) => Portable::FrozenSet(self.copy_all(t.iter().map(|(k, _)| k))?),
            ObjKind::Slice(parts) => Portable::Slice(Box::new([
                self.copy(&parts[0])?,
                self.copy(&parts[1])?,
                self.copy(&parts[2])?,
            ])),
            ObjKind::ByteArray(b) => match self.number(o) {
                Ok(id) => Portable::ByteArray(id, g.read(b).clone()),
                Err(seen) => seen,
            },
            ObjKind::List(items) => match self.number(o) {
                Ok(id) => {
                    let items: Vec<Value> = g.read(items).to_vec();
                    Portable::List(id, self.copy_all(items.iter())?)
                }
                Err(seen) => seen,
            },
            ObjKind::Dict(d) => match self.number(o) {
                Ok(id) => Portable::Dict(id, self.copy_items(&g.read(d))?),
                Err(seen) => seen,
            },
            ObjKind::Set(t) => match self.number(o) {
                Ok(id) => {
                    let items: Vec<Value> = g.read(t).iter().map(|(k, _)| k.clone()).collect();
                    Portable::Set(id, self.copy_all(items.iter())?)
                }
                Err(seen) => seen,
            },
            ObjKind::Instance(inst) => match self.number(o) {
                Ok(id) => self.copy_instance(id, inst)?,
                Err(seen) => seen,
            },
            ObjKind::Native(n) if as_memoryview(v).is_some() => {
                let view = as_memoryview(v).ok_or_else(not_frozen)?;
                Portable::MemoryView(Box::new((
                    self.copy(view.obj()?)?,
                    view.layout()?,
                    view.readonly()?,
                )))
            }
            ObjKind::Native(n) => {
                if let Some(h) = n.share_handle() {
                    Portable::Native(h)
                } else if let Some(parts) = n.copy_parts() {
                    let values = self.copy_all(parts.values.iter())?;
                    Portable::NativeCopy(Box::new((values, parts.rebuild)))
                } else {
                    share_value(v, "a value handed to another thread")?;
                    Portable::Frozen(o.to_frozen().ok_or_else(not_frozen)?)
                }
            }
            ObjKind::Function(f) if !is_module_level(o, f) => self.copy_function(f)?,
            ObjKind::BoundMethod(m) if !m.self_value.is_shareable() => {
                Portable::BoundMethod(Box::new([self.copy(&m.self_value)?, self.copy(&m.func)?]))
            }
            ObjKind::Iterator(_) | ObjKind::Generator(_) => {
                return Err(PyErr::type_error(
                    "cannot hand an iterator or generator to another thread; pass a list of its \
                     items instead (list(it))",
                ))
            }
            // Functions, classes, modules, methods, properties …: shared
            // frozen, by reference, like the work itself.
            _ => {
                share_value(v, "a value handed to another thread")?;
                Portable::Frozen(o.to_frozen().ok_or_else(not_frozen)?)
            }
        })
    }

    fn copy_function(&mut self, f: &Function) -> PyResult<Portable> {
        let globals = share_globals_of(f)?;
        let mut closure = Vec::with_capacity(f.closure.len());
        for cell in f.closure.iter() {
            let contents = match cell.kind() {
                ObjKind::Cell(c) => cell.get().read(c).clone(),
                _ => Value::Unbound,
            };
            closure.push(self.copy(&contents)?);
        }
        Ok(Portable::Function(Box::new(PortableFunction {
            code: f.code.clone(),
            globals,
            defaults: self.copy_all(f.defaults.iter())?,
            kwdefaults: f.kwdefaults.as_ref().map(|k| self.copy(k)).transpose()?,
            closure,
        })))
    }

    fn copy_all<'a>(&mut self, items: impl Iterator<Item = &'a Value>) -> PyResult<Vec<Portable>> {
        items.map(|v| self.copy(v)).collect()
    }

    fn copy_items(&mut self, d: &Dict) -> PyResult<Vec<(Portable, Portable)>> {
        let pairs: Vec<(Value, Value)> =
            d.iter().map(|e| (e.key.clone(), e.value.clone())).collect();
        pairs
            .iter()
            .map(|(k, v)| Ok((self.copy(k)?, self.copy(v)?)))
            .collect()
    }

    fn copy_instance(&mut self, id: usize, inst: &Instance) -> PyResult<Portable> {
        let class_value = Value::Obj(inst.class.clone());
        share_value(&class_value, "a class whose instances cross threads")?;
        let class = inst.class.to_frozen().ok_or_else(not_frozen)?;
        let attrs = self.copy_items(&inst.attrs())?;
        let payload = match inst.payload.as_deref() {
            Some(p) => Some(self.copy(p)?),
            None => None,
        };
        let exc = match &inst.exc {
            Some(state) => {
                let st = state.borrow();
                let (args, traceback) = (st.args.clone(), st.traceback.clone());
                let (cause, context, suppress) =
                    (st.cause.clone(), st.context.clone(), st.suppress_context);
                drop(st);
                Some(PortableExc {
                    args: self.copy_all(args.iter())?,
                    traceback,
                    cause: cause.map(|c| self.copy(&c)).transpose()?,
                    context: context.map(|c| self.copy(&c)).transpose()?,
                    suppress_context: suppress,
                })
            }
            None => None,
        };
        Ok(Portable::Instance(Box::new(PortableInstance {
            id,
            class,
            attrs,
            payload,
            exc,
        })))
    }
}

fn not_frozen() -> PyErr {
    PyErr::runtime_error("a shared object was not frozen")
}

/// Rebuilds objects on the receiving thread.
struct Builder {
    read_only: bool,
    made: HashMap<usize, Value>,
}

impl Builder {
    fn finish(&self, v: Value) -> Value {
        if self.read_only {
            if let Value::Obj(o) = &v {
                o.get().make_read_only();
            }
        }
        v
    }

    fn remember(&mut self, id: usize, v: &Value) {
        self.made.insert(id, v.clone());
    }

    fn build(&mut self, vm: &mut Vm, p: &Portable) -> PyResult<Value> {
        Ok(match p {
            Portable::None => Value::None,
            Portable::Bool(b) => Value::Bool(*b),
            Portable::Int(i) => Value::Int(*i),
            Portable::Float(f) => Value::Float(*f),
            Portable::Frozen(r) => r.value(),
            Portable::BigInt(b) => Value::obj(ObjKind::BigInt(b.clone())),
            Portable::Str(s) => Value::obj(ObjKind::Str(PyStr::new(&**s))),
            Portable::Bytes(b) => Value::obj(ObjKind::Bytes(b.clone())),
            Portable::Range(a, b, c) => Value::obj(ObjKind::Range {
                start: *a,
                stop: *b,
                step: *c,
            }),
            Portable::Seen(id) => self
                .made
                .get(id)
                .cloned()
                .ok_or_else(|| PyErr::value_error("cannot copy a tuple that contains itself"))?,
            Portable::ByteArray(id, b) => {
                let v = Value::obj(ObjKind::ByteArray(RefCell::new(b.clone())));
                self.remember(*id, &v);
                self.finish(v)
            }
            Portable::Tuple(items) => {
                let items = self.build_all(vm, items)?;
                self.finish(Value::obj(ObjKind::Tuple(items.into())))
            }
            Portable::Slice(parts) => Value::obj(ObjKind::Slice(Box::new([
                self.build(vm, &parts[0])?,
                self.build(vm, &parts[1])?,
                self.build(vm, &parts[2])?,
            ]))),
            Portable::List(id, items) => {
                let list = Value::obj(ObjKind::List(ListCell::empty()));
                self.remember(*id, &list);
                let items = self.build_all(vm, items)?;
                if let (Some(o), Some(ObjKind::List(cell))) = (list.as_obj(), list.kind()) {
                    // A list just made here: never refused.
                    if let Ok(mut cell) = o.get().write(cell) {
                        *cell = items;
                    }
                }
                self.finish(list)
            }
            Portable::Dict(id, items) => {
                let d = crate::builtins::new_dict();
                self.remember(*id, &d);
                self.fill_dict(vm, &d, items)?;
                self.finish(d)
            }
            Portable::Set(id, items) => {
                let items = self.build_all(vm, items)?;
                let s = vm.new_set(items)?;
                self.remember(*id, &s);
                self.finish(s)
            }
            Portable::FrozenSet(items) => {
                let items = self.build_all(vm, items)?;
                let table = vm.table_from(items)?;
                Value::obj(ObjKind::FrozenSet(Box::new(table)))
            }
            Portable::Instance(inst) => self.build_instance(vm, inst)?,
            Portable::Unbound => Value::Unbound,
            Portable::BoundMethod(parts) => {
                let self_value = self.build(vm, &parts[0])?;
                let func = self.build(vm, &parts[1])?;
                Value::obj(ObjKind::BoundMethod(
                    crate::objects::function::BoundMethod { self_value, func },
                ))
            }
            Portable::Function(f) => self.build_function(vm, f)?,
            Portable::MemoryView(view) => {
                let (obj, layout, readonly) = &**view;
                let obj = self.build(vm, obj)?;
                memoryview_value(MemoryView::new(obj, *layout, *readonly))
            }
            Portable::Native(handle) => match handle.share_handle() {
                Some(h) => self.finish(Value::obj(ObjKind::Native(h))),
                None => return Err(PyErr::runtime_error("a shared object lost its handle")),
            },
            Portable::NativeCopy(copy) => {
                let (values, rebuild) = &**copy;
                let values = values
                    .iter()
                    .map(|v| self.build(vm, v))
                    .collect::<PyResult<Vec<_>>>()?;
                self.finish(Value::obj(ObjKind::Native(rebuild(values))))
            }
        })
    }

    fn build_function(&mut self, vm: &mut Vm, f: &PortableFunction) -> PyResult<Value> {
        let mut closure = Vec::with_capacity(f.closure.len());
        for contents in &f.closure {
            let cell = ObjRef::new(ObjKind::Cell(RefCell::new(self.build(vm, contents)?)));
            if self.read_only {
                cell.get().make_read_only();
            }
            closure.push(cell);
        }
        let func = Function {
            code: f.code.clone(),
            globals: f.globals.to_ref(),
            shared_globals: std::sync::OnceLock::new(),
            defaults: self.build_all(vm, &f.defaults)?.into(),
            kwdefaults: f
                .kwdefaults
                .as_ref()
                .map(|k| self.build(vm, k))
                .transpose()?,
            closure: closure.into(),
            attrs: RefCell::new(Dict::new()),
        };
        Ok(Value::obj(ObjKind::Function(Box::new(func))))
    }

    fn build_all(&mut self, vm: &mut Vm, items: &[Portable]) -> PyResult<Vec<Value>> {
        items.iter().map(|p| self.build(vm, p)).collect()
    }

    fn fill_dict(
        &mut self,
        vm: &mut Vm,
        d: &Value,
        items: &[(Portable, Portable)],
    ) -> PyResult<()> {
        for (k, v) in items {
            let k = self.build(vm, k)?;
            let v = self.build(vm, v)?;
            vm.dict_set(d, k, v)?;
        }
        Ok(())
    }

    fn build_instance(&mut self, vm: &mut Vm, p: &PortableInstance) -> PyResult<Value> {
        let mut inst = Instance::new(p.class.to_ref(), None);
        if let Some(e) = &p.exc {
            let args = self.build_all(vm, &e.args)?;
            let cause = e.cause.as_ref().map(|c| self.build(vm, c)).transpose()?;
            let context = e.context.as_ref().map(|c| self.build(vm, c)).transpose()?;
            inst.exc = Some(Box::new(RefCell::new(ExcState {
                args,
                traceback: e.traceback.clone(),
                cause,
                context,
                suppress_context: e.suppress_context,
                name_scope: None,
            })));
        }
        if let Some(payload) = &p.payload {
            inst.payload = Some(Box::new(self.build(vm, payload)?));
        }
        let attrs = Value::Obj(inst.dict.clone());
        let obj = Value::obj(ObjKind::Instance(inst));
        self.remember(p.id, &obj);
        self.fill_dict(vm, &attrs, &p.attrs)?;
        self.finish(attrs);
        Ok(self.finish(obj))
    }
}

impl Portable {
    /// Copies a value for another thread, freezing (and so sharing by
    /// reference) the functions, classes and modules it contains.
    pub fn from_value(v: &Value) -> PyResult<Portable> {
        Copier::default().copy(v)
    }

    /// Rebuilds the value on the current thread: `read_only` for a
    /// worker's arguments, mutable for results and queue items.
    pub fn to_value(&self, vm: &mut Vm, read_only: bool) -> PyResult<Value> {
        let mut b = Builder {
            read_only,
            made: HashMap::new(),
        };
        b.build(vm, self)
    }
}

impl Portable {
    /// Whether this is an instance of `class` (or of a subclass).
    pub fn is_instance_of(&self, class: FrozenRef) -> bool {
        match self {
            Portable::Instance(inst) => {
                crate::types::is_subclass(&inst.class.to_ref(), &class.to_ref())
            }
            _ => false,
        }
    }
}
