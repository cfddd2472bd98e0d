//! Attributes: lookup through instance dicts, class MROs and descriptors.

use super::eval::str_of;
use super::two_way::{insert_newest, set_slots};
use super::Vm;
use crate::error::{str_value, PyErr, PyResult};
use crate::interp::eval::local_name;
use crate::object::ObjKind;
use crate::objects::class::{
    attr_hook_bits, read_namespace, write_namespace, Instance, Layout, HOOK_ASSIGNED_DICT,
    HOOK_GETATTRIBUTE,
};
use crate::objects::function::BoundMethod;
use crate::objects::str::hash_text;
use crate::types::types;
use crate::value::{FrozenRef, ObjRef, Value};

/// The setter's slot in a property's (getter, setter, deleter).
const SETTER: usize = 1;
/// The deleter's slot in a property's (getter, setter, deleter).
const DELETER: usize = 2;

fn name_parts(name: &ObjRef) -> (&str, i64) {
    match name.kind() {
        ObjKind::Str(s) => (s.as_str(), s.hash()),
        _ => ("", 0),
    }
}

/// A native class's name as CPython's C types give it: with its module
/// (`numpy.ndarray`) unless that is `builtins`.
fn dotted_name(class: &ObjRef) -> String {
    match class.kind() {
        ObjKind::Class(c) if c.module.is_empty() || c.module == "builtins" => c.name.clone(),
        ObjKind::Class(c) => format!("{}.{}", c.module, c.name),
        _ => "object".to_string(),
    }
}

/// Looks `name` up in a class and its MRO.
pub fn class_lookup(class: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let ObjKind::Class(c) = class.kind() else {
        return None;
    };
    if let Some(v) = class.get().read(&c.dict).get_str(name, hash) {
        return Some(v.clone());
    }
    for base in &c.mro {
        if let ObjKind::Class(b) = base.kind() {
            if let Some(v) = base.get().read(&b.dict).get_str(name, hash) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// Slots in a VM's cache of class attribute look-ups (an even number: see
/// [`super::two_way`]).
pub(crate) const ATTR_CACHE_SIZE: usize = 512;

/// Where in instance dicts each attribute name was last found, by name
/// object (see [`crate::objects::dict::Dict::position_of_name_hinted`]):
/// instances of one class get their attributes in the same order, so the
/// position seen for `self.x` in one is usually right for the next, and a
/// look-up checks one key instead of searching. A wrong guess costs one
/// compare.
pub(crate) struct AttrHints(Box<[u8; ATTR_HINTS]>);

/// Slots in [`AttrHints`] (names share a slot by address).
const ATTR_HINTS: usize = 256;

impl AttrHints {
    /// No position known for any name.
    pub(crate) fn new() -> AttrHints {
        AttrHints(Box::new([0; ATTR_HINTS]))
    }

    /// The hint slot of a name.
    #[inline(always)]
    pub(crate) fn slot(&mut self, name: &ObjRef) -> &mut u8 {
        &mut self.0[(name.addr() >> 4) % ATTR_HINTS]
    }
}

/// One cached class attribute look-up (see `Vm::class_lookup_cached`).
pub(crate) struct AttrCacheEntry {
    class: ObjRef,
    name: ObjRef,
    epoch: u64,
    value: Option<Value>,
}

/// A special method whose presence on a class changes what the
/// interpreter does (see [`Vm::class_hook`]). Its cache key is a private
/// frozen str, distinct from the interned name that code uses, because the
/// answer differs from an ordinary look-up: `object`'s defaults are skipped.
pub(crate) struct Hook {
    text: &'static str,
    key: std::sync::OnceLock<crate::value::FrozenRef>,
}

impl Hook {
    const fn new(text: &'static str) -> Hook {
        Hook {
            text,
            key: std::sync::OnceLock::new(),
        }
    }

    fn key(&self) -> ObjRef {
        self.key
            .get_or_init(|| {
                ObjRef::new_frozen(ObjKind::Str(crate::objects::str::PyStr::new(self.text)))
            })
            .to_ref()
    }
}

/// `__init__`, run by a class call.
pub(crate) static INIT_HOOK: Hook = Hook::new("__init__");
/// `__new__`, run by a class call.
pub(crate) static NEW_HOOK: Hook = Hook::new("__new__");
/// `__setattr__`, run by attribute assignment.
static SETATTR_HOOK: Hook = Hook::new("__setattr__");
/// `__getattr__`, run when an attribute is missing.
static GETATTR_HOOK: Hook = Hook::new("__getattr__");
/// `__getattribute__`, run by every attribute read when a class overrides it.
static GETATTRIBUTE_HOOK: Hook = Hook::new("__getattribute__");

/// What an instance attribute look-up does with the class's
/// `__getattribute__` and `__getattr__` overrides.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hooks {
    /// `obj.name`: they run, and their AttributeError is passed on (its
    /// message is what the user sees).
    Raise,
    /// `getattr(obj, name, default)`, `hasattr`: they run, and an
    /// AttributeError means the attribute is absent.
    Absent,
    /// `object.__getattribute__`: neither runs.
    Generic,
}

/// The attribute hooks some class gained after it was created (or while
/// frozen): its subclasses are not reachable from it, so from then on
/// every class is treated as possibly holding them.
static LATE_ATTR_HOOKS: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// The attribute hooks ([`HOOK_DESCRIPTORS`] …) instances of `class` may
/// meet.
#[inline]
fn attr_hooks(class: &ObjRef) -> u8 {
    match class.kind() {
        ObjKind::Class(c) => {
            c.attr_hooks.get() | LATE_ATTR_HOOKS.load(std::sync::atomic::Ordering::Relaxed)
        }
        _ => u8::MAX,
    }
}

/// Records that `class` gained attribute hooks `bits`.
fn add_attr_hooks(class: &ObjRef, bits: u8) {
    match class.kind() {
        ObjKind::Class(c) if !class.is_frozen() => c.attr_hooks.set(c.attr_hooks.get() | bits),
        _ => {}
    }
    // Its subclasses inherit the hooks, but their flags are not reachable
    // from here.
    LATE_ATTR_HOOKS.fetch_or(bits, std::sync::atomic::Ordering::Relaxed);
}

/// Whether a class attribute may take precedence over an instance attribute
/// of the same name (a property, whose getter and setter win), an
/// assignment run `__setattr__`, or the attributes live elsewhere: when
/// false, look-ups may go to the instance dict first and assignments
/// straight to it.
#[inline]
fn may_have_attr_hooks(class: &ObjRef) -> bool {
    attr_hooks(class) != 0
}

/// The dict object holding an instance's attributes, given its class's
/// hooks: only [`HOOK_ASSIGNED_DICT`] sends the look-up past its own dict.
fn attribute_dict(inst: &Instance, hooks: u8) -> std::borrow::Cow<'_, ObjRef> {
    if hooks & HOOK_ASSIGNED_DICT != 0 {
        std::borrow::Cow::Owned(inst.namespace())
    } else {
        std::borrow::Cow::Borrowed(&inst.dict)
    }
}

/// The attribute `name` of an instance when its own dict answers for it
/// before anything in its class could: the class (and so no base) has no
/// property. None for other objects and misses (the general look-up then
/// decides).
#[inline(always)]
pub(crate) fn instance_dict_attr(obj: &Value, name: &ObjRef, hint: &mut u8) -> Option<Value> {
    let Value::Obj(o) = obj else {
        return None;
    };
    let ObjKind::Instance(inst) = o.kind() else {
        return None;
    };
    if may_have_attr_hooks(&inst.class) {
        return None;
    }
    let (text, hash) = name_parts(name);
    let attrs = inst.attrs();
    let pos = attrs.position_of_name_hinted(name, text, hash, hint)?;
    attrs.entry(pos).map(|e| e.value.clone())
}

/// `obj.name = value` when it goes straight into an instance's own dict:
/// a plain instance (not an exception) of a class with no attribute hook
/// and no `__slots__`. Hands the value back otherwise (and when the dict
/// may not be written), for the general path to decide or to raise.
#[inline(always)]
pub(crate) fn store_instance_dict_attr(
    obj: &Value,
    name: &ObjRef,
    value: Value,
    hint: &mut u8,
) -> Result<(), Value> {
    let Value::Obj(o) = obj else {
        return Err(value);
    };
    let ObjKind::Instance(inst) = o.kind() else {
        return Err(value);
    };
    let plain = !has_no_dict(&inst.class) && !may_have_attr_hooks(&inst.class);
    if !plain || inst.exc.is_some() {
        return Err(value);
    }
    let (text, hash) = name_parts(name);
    if text == "__dict__" || text == "__class__" {
        return Err(value);
    }
    let Ok(mut d) = inst.attrs_mut() else {
        return Err(value);
    };
    d.set_name(name, text, hash, value, hint);
    Ok(())
}

/// [`class_lookup`] for an interned name object: keys match by pointer
/// first, so the common case compares no text.
pub fn class_lookup_name(class: &ObjRef, name: &ObjRef, text: &str, hash: i64) -> Option<Value> {
    let ObjKind::Class(c) = class.kind() else {
        return None;
    };
    if let Some(v) = class.get().read(&c.dict).get_name(name, text, hash) {
        return Some(v.clone());
    }
    for base in &c.mro {
        if let ObjKind::Class(b) = base.kind() {
            if let Some(v) = base.get().read(&b.dict).get_name(name, text, hash) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// Like [`class_lookup`], but skipping `object` itself: what the
/// interpreter's protocol checks use, so that `object`'s default methods
/// never stand in for "the class defines nothing".
pub fn class_lookup_user(class: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let ObjKind::Class(c) = class.kind() else {
        return None;
    };
    let object = types().object.to_ref();
    if class.ptr_eq(&object) {
        return None;
    }
    if let Some(v) = class.get().read(&c.dict).get_str(name, hash) {
        return Some(v.clone());
    }
    for base in &c.mro {
        if base.ptr_eq(&object) {
            continue;
        }
        if let ObjKind::Class(b) = base.kind() {
            if let Some(v) = base.get().read(&b.dict).get_str(name, hash) {
                return Some(v.clone());
            }
        }
    }
    None
}

fn bound(self_value: Value, func: Value) -> Value {
    Value::obj(ObjKind::BoundMethod(BoundMethod { self_value, func }))
}

impl Vm {
    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = types();
        let r = match v {
            Value::None | Value::Unbound => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(o) => match o.kind() {
                ObjKind::Instance(i) => return i.class.clone(),
                ObjKind::Str(_) => t.str_,
                ObjKind::BigInt(_) => t.int,
                ObjKind::Bytes(_) => t.bytes,
                ObjKind::ByteArray(_) => t.bytearray,
                ObjKind::Tuple(_) => t.tuple,
                ObjKind::List(_) => t.list,
                ObjKind::Dict(_) => t.dict,
                ObjKind::Set(_) => t.set,
                ObjKind::FrozenSet(_) => t.frozenset,
                ObjKind::Range { .. } => t.range,
                ObjKind::Slice(_) => t.slice,
                ObjKind::Function(_) => t.function,
                ObjKind::NativeFunction(_) => t.builtin_function,
                ObjKind::BoundMethod(_) => t.method,
                ObjKind::Class(_) => t.type_,
                ObjKind::Module(_) => t.module,
                ObjKind::Cell(_) => t.cell,
                ObjKind::Iterator(cell) => {
                    let name = if o.is_frozen() {
                        o.get().read(cell).type_name()
                    } else {
                        cell.try_borrow().map_or("iterator", |s| s.type_name())
                    };
                    t.iterators
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map_or(t.iterator, |(_, c)| *c)
                }
                ObjKind::Generator(_) => t.generator,
                ObjKind::Property(_) => t.property,
                ObjKind::StaticMethod(_) => t.staticmethod,
                ObjKind::ClassMethod(_) => t.classmethod,
                ObjKind::DictView(_, k) => match k {
                    crate::object::DictViewKind::Keys => t.dict_keys,
                    crate::object::DictViewKind::Values => t.dict_values,
                    crate::object::DictViewKind::Items => t.dict_items,
                },
                ObjKind::Super(_, _) => t.super_,
                ObjKind::File(f) => match f.try_borrow().map(|st| st.type_name()) {
                    Ok("BufferedReader") => t.buffered_reader,
                    Ok("BufferedWriter") => t.buffered_writer,
                    Ok("BufferedRandom") => t.buffered_random,
                    _ => t.file,
                },
                ObjKind::Native(n) => return n.class().to_ref(),
            },
        };
        r.to_ref()
    }

    /// The name of a value's class (the `__name__` a script assigned to
    /// the class, if it did, as for a class `dataclass(slots=True)` makes).
    pub fn type_name(&self, v: &Value) -> String {
        let class = self.type_of(v);
        match class.kind() {
            ObjKind::Class(c) => c.message_name(&class),
            _ => "object".to_string(),
        }
    }

    /// Looks a name up on the type of `v` (not on `v` itself).
    pub fn lookup_type_attr(&self, v: &Value, name: &str) -> Option<Value> {
        class_lookup_user(&self.type_of(v), name, hash_text(name))
    }

    /// Calls a method found on the type with `self_value` first.
    pub fn call_method_value(
        &mut self,
        method: &Value,
        self_value: &Value,
        args: &[Value],
    ) -> PyResult<Value> {
        match method.kind() {
            Some(ObjKind::StaticMethod(f)) => {
                let f = f.clone();
                self.call(&f, args, &[])
            }
            Some(ObjKind::ClassMethod(f)) => {
                let f = f.clone();
                let mut full = vec![Value::Obj(self.type_of(self_value))];
                full.extend_from_slice(args);
                self.call(&f, &full, &[])
            }
            _ => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(self_value.clone());
                full.extend_from_slice(args);
                self.call(method, &full, &[])
            }
        }
    }

    /// `getattr(obj, name)` with a Rust string name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = str_value(name);
        match &key {
            Value::Obj(k) => self.getattr(obj, k),
            _ => Err(PyErr::attribute_error(name.to_string())),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        if let Some(v) = instance_dict_attr(obj, name, self.attr_hints.slot(name)) {
            return Ok(v);
        }
        self.getattr_past_instance_dict(obj, name)
    }

    /// [`Vm::getattr`] once [`instance_dict_attr`] has missed (the
    /// `LoadAttr` instruction asks that first), so that the instance dict
    /// is not searched twice.
    pub(crate) fn getattr_past_instance_dict(
        &mut self,
        obj: &Value,
        name: &ObjRef,
    ) -> PyResult<Value> {
        let err = match self.lookup_past_instance_dict(obj, name, Hooks::Raise) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => self.no_attribute(obj, str_of(name)),
            Err(e) => e,
        };
        Err(super::suggestions::with_attribute_context(err, obj, name))
    }

    fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        match (obj, obj.kind()) {
            (_, Some(ObjKind::Module(m))) => {
                PyErr::attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
            }
            (Value::Obj(o), Some(ObjKind::Class(c))) => PyErr::attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                c.message_name(o)
            )),
            _ => PyErr::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(obj)
            )),
        }
    }

    /// [`class_lookup_name`] through the VM's cache: an entry holds the
    /// class (so its address cannot be reused while cached) and is valid
    /// while no class namespace has changed. Only interned names (those
    /// compiled into code) are cached.
    #[inline]
    pub(crate) fn class_lookup_cached(
        &mut self,
        class: &ObjRef,
        name: &ObjRef,
        text: &str,
        hash: i64,
    ) -> Option<Value> {
        if !name.is_frozen() {
            return class_lookup_name(class, name, text, hash);
        }
        self.cached_lookup(class, name, || class_lookup_name(class, name, text, hash))
    }

    /// Whether a class (not `object`) defines a special method the
    /// interpreter checks for (`__init__`, `__setattr__` ...): what
    /// [`class_lookup_user`] answers, through the VM's cache.
    #[inline]
    pub(crate) fn class_hook(&mut self, class: &ObjRef, hook: &Hook) -> Option<Value> {
        let key = hook.key();
        self.cached_lookup(class, &key, || {
            class_lookup_user(class, hook.text, hash_text(hook.text))
        })
    }

    /// The cache behind [`Vm::class_lookup_cached`] and [`Vm::class_hook`]:
    /// `name` must be frozen (it is held by pointer), `miss` computes the
    /// answer when the entry is absent or stale. Entries are placed as
    /// [`super::two_way`] says. A hit is answered in line.
    #[inline(always)]
    fn cached_lookup(
        &mut self,
        class: &ObjRef,
        name: &ObjRef,
        miss: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        let epoch = crate::objects::class::CLASS_EPOCH.load(std::sync::atomic::Ordering::Acquire);
        let slots = set_slots((class.addr() >> 4) ^ (name.addr() >> 3), ATTR_CACHE_SIZE);
        for slot in slots {
            if let Some(e) = &self.attr_cache[slot] {
                if e.class.ptr_eq(class) && e.name.ptr_eq(name) && e.epoch == epoch {
                    return e.value.clone();
                }
            }
        }
        self.cache_miss(class, name, epoch, slots[0], miss)
    }

    /// [`Vm::cached_lookup`] without a current entry: computes the answer
    /// and caches it as the newest entry of `slot`'s set.
    #[inline(never)]
    fn cache_miss(
        &mut self,
        class: &ObjRef,
        name: &ObjRef,
        epoch: u64,
        slot: usize,
        miss: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        let value = miss();
        let entry = AttrCacheEntry {
            class: class.clone(),
            name: name.clone(),
            epoch,
            value: value.clone(),
        };
        insert_newest(&mut self.attr_cache, slot, entry);
        value
    }

    /// `getattr(obj, name)`, None when absent.
    pub fn getattr_opt(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        if let Some(v) = instance_dict_attr(obj, name, self.attr_hints.slot(name)) {
            return Ok(Some(v));
        }
        self.lookup_past_instance_dict(obj, name, Hooks::Absent)
    }

    /// [`Vm::getattr_opt`] once [`instance_dict_attr`] has missed; `hooks`
    /// says what an AttributeError from a class's `__getattribute__` or
    /// `__getattr__` means.
    fn lookup_past_instance_dict(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        hooks: Hooks,
    ) -> PyResult<Option<Value>> {
        let (text, hash) = name_parts(name);
        if text == "__class__" && !matches!(obj.kind(), Some(ObjKind::Instance(_))) {
            // `object.__class__` is a data descriptor, so nothing a
            // function, class or module holds can shadow it.
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        if let Value::Obj(o) = obj {
            match o.kind() {
                ObjKind::Instance(inst) => {
                    let class_hooks = attr_hooks(&inst.class);
                    if class_hooks & HOOK_GETATTRIBUTE != 0 {
                        if let Some(hook) = self.class_hook(&inst.class, &GETATTRIBUTE_HOOK) {
                            let r = self.call(&hook, &[obj.clone(), Value::Obj(name.clone())], &[]);
                            return match r {
                                Err(e) if e.matches(types().attribute_error) => {
                                    if self.class_hook(&inst.class, &GETATTR_HOOK).is_some() {
                                        self.getattr_hook(obj, inst, name, hooks)
                                    } else if hooks == Hooks::Raise {
                                        Err(e)
                                    } else {
                                        Ok(None)
                                    }
                                }
                                r => r.map(Some),
                            };
                        }
                    }
                    return self.instance_attr(obj, inst, (name, text, hash), hooks, class_hooks);
                }
                ObjKind::Class(c) => {
                    if let "__name__" | "__qualname__" | "__module__" = text {
                        return Ok(Some(
                            c.assigned_label(o, text)
                                .unwrap_or_else(|| str_value(c.label(o, text).as_str())),
                        ));
                    }
                    if let Some(attr) = class_lookup_name(o, name, text, hash) {
                        if let Some(get) = descriptor_method(&attr, "__get__") {
                            // A descriptor read from the class itself:
                            // `__get__(None, cls)`.
                            return self
                                .call(&get, &[attr, Value::None, obj.clone()], &[])
                                .map(Some);
                        }
                        return Ok(Some(match attr.kind() {
                            Some(ObjKind::ClassMethod(f)) => bound(obj.clone(), f.clone()),
                            Some(ObjKind::StaticMethod(f)) => f.clone(),
                            _ => attr,
                        }));
                    }
                    return Ok(match text {
                        "__mro__" => {
                            let mut items = vec![obj.clone()];
                            items.extend(c.mro.iter().map(|m| Value::Obj(m.clone())));
                            Some(crate::builtins::new_tuple(items))
                        }
                        "__bases__" => Some(crate::builtins::new_tuple(
                            c.bases.iter().map(|m| Value::Obj(m.clone())).collect(),
                        )),
                        "__base__" => Some(
                            c.bases
                                .first()
                                .map_or(Value::None, |b| Value::Obj(b.clone())),
                        ),
                        "__dict__" => {
                            let d = o.get().read(&c.dict).clone_entries();
                            Some(Value::obj(ObjKind::Dict(Box::new(
                                std::cell::RefCell::new(d),
                            ))))
                        }
                        "__doc__" => Some(Value::None),
                        "__call__" => Some(obj.clone()),
                        "mro" => Some(bound(
                            obj.clone(),
                            crate::types::native_function("mro", class_mro, false),
                        )),
                        _ => None,
                    });
                }
                ObjKind::Module(m) => {
                    let namespace = self.module_namespace(o, m)?;
                    if let Value::Obj(d) = &namespace {
                        if let Some(v) = super::eval::dict_get_name(d, name) {
                            return Ok(Some(v));
                        }
                    }
                    match text {
                        "__dict__" => return Ok(Some(namespace)),
                        "__name__" => return Ok(Some(str_value(m.name.as_str()))),
                        _ => {}
                    }
                    // PEP 562: a module-level `__getattr__` answers for
                    // names the module lacks.
                    let hook = match (&namespace, str_value("__getattr__")) {
                        (Value::Obj(d), Value::Obj(k)) => super::eval::dict_get_name(d, &k),
                        _ => None,
                    };
                    return match hook {
                        Some(f) if text != "__getattr__" => {
                            self.call(&f, &[str_value(text)], &[]).map(Some)
                        }
                        _ => Ok(None),
                    };
                }
                ObjKind::Function(f) => {
                    if let Some(v) = o.get().read(&f.attrs).get_str(text, hash) {
                        return Ok(Some(v.clone()));
                    }
                    return Ok(match text {
                        "__name__" => Some(str_value(&*f.code.name)),
                        "__qualname__" => Some(str_value(&*f.code.qualname)),
                        "__doc__" => {
                            Some(f.code.docstring.as_deref().map_or(Value::None, str_value))
                        }
                        "__module__" => {
                            let globals = match f.shared_globals.get() {
                                Some(snapshot) => snapshot.to_ref(),
                                None => f.globals.clone(),
                            };
                            super::eval::dict_get_name(&globals, &local_name("__name__"))
                        }
                        "__annotations__" => {
                            // Made on first use and kept, as CPython does.
                            let annotations = crate::builtins::new_dict();
                            if let Ok(mut attrs) = o.get().write(&f.attrs) {
                                attrs.set_str(
                                    Value::Obj(name.clone()),
                                    text,
                                    hash,
                                    annotations.clone(),
                                );
                            }
                            Some(annotations)
                        }
                        "__defaults__" => Some(if f.defaults.is_empty() {
                            Value::None
                        } else {
                            crate::builtins::new_tuple(f.defaults.to_vec())
                        }),
                        "__dict__" => {
                            let d = o.get().read(&f.attrs).clone_entries();
                            Some(Value::obj(ObjKind::Dict(Box::new(
                                std::cell::RefCell::new(d),
                            ))))
                        }
                        "__call__" => Some(obj.clone()),
                        "__code__" => Some(crate::builtins::code_object::code_object(&f.code)),
                        "__kwdefaults__" => Some(f.kwdefaults.clone().unwrap_or(Value::None)),
                        // The `function` type's attributes (`__get__`, `__class__` …).
                        _ => return self.builtin_value_attr(obj, name, text, hash),
                    });
                }
                ObjKind::BoundMethod(m) => {
                    return Ok(match text {
                        "__self__" => Some(m.self_value.clone()),
                        "__func__" => Some(m.func.clone()),
                        "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                            let f = m.func.clone();
                            return self.getattr_opt(&f, name);
                        }
                        "__call__" => Some(obj.clone()),
                        // The `method` type's attributes, then the function's
                        // (`__get__`, `f.calls = 0` …), as CPython looks them up.
                        _ => match self.builtin_value_attr(obj, name, text, hash)? {
                            Some(v) => Some(v),
                            None => {
                                let f = m.func.clone();
                                return self.getattr_opt(&f, name);
                            }
                        },
                    });
                }
                ObjKind::NativeFunction(nf) => {
                    return Ok(match text {
                        "__name__" | "__qualname__" => Some(str_value(nf.name)),
                        "__doc__" => Some(Value::None),
                        "__call__" => Some(obj.clone()),
                        _ => None,
                    });
                }
                ObjKind::Super(class, inst) => {
                    return self.super_getattr(class, inst, text, hash).map(Some);
                }
                ObjKind::Generator(cell) => {
                    let found = generator_attr(&o.get().read(cell), text);
                    if found.is_some() {
                        return Ok(found);
                    }
                }
                _ => {}
            }
        }
        self.builtin_value_attr(obj, name, text, hash)
    }

    /// An attribute of a builtin value: a method or property of its type
    /// (bound to it), else one of the special attributes (`__class__` …).
    fn builtin_value_attr(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        text: &str,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        // Builtin values: methods live on the type.
        let class = self.type_of(obj);
        if let Some(attr) = self.class_lookup_cached(&class, name, text, hash) {
            if let Some(ObjKind::Property(p)) = attr.kind() {
                // Properties of native types (`Queue.maxsize` …).
                let getter = p[0].clone();
                return self.call(&getter, std::slice::from_ref(obj), &[]).map(Some);
            }
            return Ok(Some(self.bind_class_attr(attr, obj, &class)));
        }
        self.special_builtin_attr(obj, text)
    }

    /// An instance's attribute by the generic rule (what
    /// `object.__getattribute__` does): data descriptors and properties of
    /// the class, then the instance dict, then other class attributes,
    /// then the special attributes; then the class's `__getattr__`, unless
    /// `hooks` is [`Hooks::Generic`]. The name comes with its text and
    /// hash; `class_hooks` are the class's [`attr_hooks`]. Inlined: it is
    /// most of `obj.name`'s slow path.
    #[inline(always)]
    fn instance_attr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        (name, text, hash): (&ObjRef, &str, i64),
        hooks: Hooks,
        class_hooks: u8,
    ) -> PyResult<Option<Value>> {
        let cls_attr = self.class_lookup_cached(&inst.class, name, text, hash);
        if let Some(Value::Obj(a)) = &cls_attr {
            if let ObjKind::Property(p) = a.kind() {
                let r = if p[0].is_none() {
                    Err(PyErr::attribute_error(format!(
                        "property '{text}' of '{}' object has no getter",
                        self.type_name(obj)
                    )))
                } else {
                    let getter = p[0].clone();
                    self.call(&getter, std::slice::from_ref(obj), &[])
                };
                return self.or_getattr_hook(r, obj, inst, name, hooks);
            }
        }
        // A data descriptor (its class defines __set__ or
        // __delete__) answers before the instance dict.
        if let Some(attr) = cls_attr.as_ref().filter(|a| is_data_descriptor(a)) {
            if let Some(get) = descriptor_method(attr, "__get__") {
                let owner = Value::Obj(inst.class.clone());
                let r = self.call(&get, &[attr.clone(), obj.clone(), owner], &[]);
                return self.or_getattr_hook(r, obj, inst, name, hooks);
            }
        }
        // A class without properties had its instance dict asked first
        // (instance_dict_attr), and it missed; object.__getattribute__
        // asks here.
        if hooks == Hooks::Generic || class_hooks != 0 {
            let found = if class_hooks & HOOK_ASSIGNED_DICT != 0 {
                read_namespace(&inst.namespace())
                    .get_name(name, text, hash)
                    .cloned()
            } else {
                inst.attrs().get_name(name, text, hash).cloned()
            };
            if found.is_some() {
                return Ok(found);
            }
        }
        if let Some(attr) = cls_attr {
            if let Some(get) = descriptor_method(&attr, "__get__") {
                // A non-data descriptor (an object whose class
                // defines __get__, such as an lru_cache wrapper).
                let owner = Value::Obj(inst.class.clone());
                let r = self.call(&get, &[attr, obj.clone(), owner], &[]);
                return self.or_getattr_hook(r, obj, inst, name, hooks);
            }
            return Ok(Some(self.bind_class_attr(attr, obj, &inst.class)));
        }
        if let Some(v) = self.special_instance_attr(obj, text)? {
            return Ok(Some(v));
        }
        if hooks == Hooks::Generic {
            return Ok(None);
        }
        self.getattr_hook(obj, inst, name, hooks)
    }

    /// A property's or descriptor's answer for `obj.name`. An
    /// AttributeError it raises is `object.__getattribute__` failing, so
    /// the class's `__getattr__` (if any) answers instead, as in CPython
    /// (`hooks` [`Hooks::Generic`]: no `__getattr__`).
    fn or_getattr_hook(
        &mut self,
        r: PyResult<Value>,
        obj: &Value,
        inst: &Instance,
        name: &ObjRef,
        hooks: Hooks,
    ) -> PyResult<Option<Value>> {
        match r {
            Err(e)
                if hooks != Hooks::Generic
                    && e.matches(types().attribute_error)
                    && self.class_hook(&inst.class, &GETATTR_HOOK).is_some() =>
            {
                self.getattr_hook(obj, inst, name, hooks)
            }
            r => r.map(Some),
        }
    }

    /// Runs the class's `__getattr__` (if any) for a name the look-up
    /// missed; its AttributeError is passed on under [`Hooks::Raise`] and
    /// means "absent" otherwise.
    fn getattr_hook(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: &ObjRef,
        hooks: Hooks,
    ) -> PyResult<Option<Value>> {
        let Some(hook) = self.class_hook(&inst.class, &GETATTR_HOOK) else {
            return Ok(None);
        };
        match self.call(&hook, &[obj.clone(), Value::Obj(name.clone())], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if hooks != Hooks::Raise && e.matches(types().attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `obj.__class__ = value`: refused (an instance's class is fixed in
    /// taipan) unless `value` is already its class; CPython's TypeError
    /// when `value` is no class.
    fn assign_instance_class(&self, inst: &Instance, value: &Value) -> PyResult<()> {
        match value {
            Value::Obj(c) if matches!(c.kind(), ObjKind::Class(_)) => {
                if c.ptr_eq(&inst.class) {
                    Ok(())
                } else {
                    Err(PyErr::type_error(
                        "__class__ assignment is not supported by taipan; keep the state in an attribute",
                    ))
                }
            }
            _ => Err(PyErr::type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(value)
            ))),
        }
    }

    /// `obj.__dict__ = value`: from then on `value` (a dict, or the dict
    /// inside a dict subclass instance, as in `self.__dict__ = self`) holds
    /// the attributes. The own dict keeps only a reference to it, and the
    /// class leaves the fast paths that read the own dict directly.
    fn assign_instance_dict(&mut self, obj: &Value, inst: &Instance, value: Value) -> PyResult<()> {
        let target = match value.data() {
            Value::Obj(d) if matches!(d.kind(), ObjKind::Dict(_)) => d.clone(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(&value)
                )))
            }
        };
        if target.ptr_eq(&inst.namespace()) {
            return Ok(());
        }
        let mut own = inst
            .attrs_mut()
            .map_err(|e| PyErr::from_write(e, &format!("'{}' object", self.type_name(obj))))?;
        own.clear();
        let key = crate::objects::class::ASSIGNED_DICT_KEY;
        own.set_str(str_value(key), key, hash_text(key), Value::Obj(target));
        drop(own);
        add_attr_hooks(&inst.class, HOOK_ASSIGNED_DICT);
        Ok(())
    }

    /// `object.__getattribute__(obj, name)`: the generic look-up, which
    /// skips the class's `__getattribute__` and `__getattr__` overrides.
    pub(crate) fn generic_getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        let found = match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                let class_hooks = attr_hooks(&inst.class);
                let (text, hash) = name_parts(name);
                self.instance_attr(obj, inst, (name, text, hash), Hooks::Generic, class_hooks)?
            }
            _ => return self.getattr(obj, name),
        };
        found.ok_or_else(|| self.no_attribute(obj, str_of(name)))
    }

    /// Turns a class attribute found for an instance into what the
    /// instance sees (functions become bound methods).
    fn bind_class_attr(&self, attr: Value, obj: &Value, class: &ObjRef) -> Value {
        match attr.kind() {
            Some(ObjKind::Function(_)) => bound(obj.clone(), attr),
            Some(ObjKind::NativeFunction(n)) if n.is_method => bound(obj.clone(), attr),
            Some(ObjKind::ClassMethod(f)) => bound(Value::Obj(class.clone()), f.clone()),
            Some(ObjKind::StaticMethod(f)) => f.clone(),
            _ => attr,
        }
    }

    fn super_getattr(
        &mut self,
        class: &Value,
        inst: &Value,
        name: &str,
        hash: i64,
    ) -> PyResult<Value> {
        // Search the MRO of type(inst) (or inst itself when it is a class) after `class`.
        let start = match inst.kind() {
            Some(ObjKind::Class(_)) => inst.as_obj().cloned(),
            _ => Some(self.type_of(inst)),
        };
        let Some(start) = start else {
            return Err(PyErr::runtime_error("super(): bad arguments"));
        };
        // The MRO is walked in place: `start`, then the classes it lists.
        let rest: &[ObjRef] = match start.kind() {
            ObjKind::Class(c) => &c.mro,
            _ => &[],
        };
        let mro = std::iter::once(&start).chain(rest);
        let pos = mro
            .clone()
            .position(|m| class.as_obj().is_some_and(|c| c.ptr_eq(m)))
            .map_or(rest.len() + 1, |p| p + 1);
        for m in mro.skip(pos) {
            if let ObjKind::Class(c) = m.kind() {
                let found = m.get().read(&c.dict).get_str(name, hash).cloned();
                if let Some(attr) = found {
                    let on_class = matches!(inst.kind(), Some(ObjKind::Class(_)));
                    if let Some(ObjKind::Property(p)) = attr.kind() {
                        // `super(C, cls).prop` is the property itself, as
                        // `property.__get__(None, cls)` gives.
                        if on_class {
                            return Ok(attr);
                        }
                        if p[0].is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{name}' of '{}' object has no getter",
                                self.type_name(inst)
                            )));
                        }
                        let g = p[0].clone();
                        return self.call(&g, std::slice::from_ref(inst), &[]);
                    }
                    if let (Some(ObjKind::Instance(_)), Some(get)) =
                        (attr.kind(), descriptor_method(&attr, "__get__"))
                    {
                        // A descriptor object: `__get__(obj, type)`, with
                        // None for obj when super() was given a class.
                        let obj = if on_class { Value::None } else { inst.clone() };
                        return self.call(&get, &[attr, obj, Value::Obj(start.clone())], &[]);
                    }
                    return Ok(match attr.kind() {
                        Some(ObjKind::Function(_)) => match inst.kind() {
                            Some(ObjKind::Class(_)) => attr,
                            _ => bound(inst.clone(), attr),
                        },
                        Some(ObjKind::NativeFunction(n)) if n.is_method => {
                            bound(inst.clone(), attr)
                        }
                        Some(ObjKind::ClassMethod(f)) => {
                            bound(Value::Obj(start.clone()), f.clone())
                        }
                        Some(ObjKind::StaticMethod(f)) => f.clone(),
                        _ => attr,
                    });
                }
            }
        }
        Err(PyErr::attribute_error(format!(
            "'super' object has no attribute '{name}'"
        )))
    }

    fn special_instance_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(ObjKind::Instance(inst)) = obj.kind() else {
            return Ok(None);
        };
        Ok(match name {
            "__class__" => Some(Value::Obj(inst.class.clone())),
            "__dict__" if has_no_dict(&inst.class) => None,
            "__dict__" => Some(Value::Obj(inst.namespace())),
            _ => match &inst.exc {
                Some(exc) => {
                    let exc = exc.borrow();
                    match name {
                        "args" => Some(crate::builtins::new_tuple(exc.args.clone())),
                        "__cause__" => Some(exc.cause.clone().unwrap_or(Value::None)),
                        "__context__" => Some(exc.context.clone().unwrap_or(Value::None)),
                        "__suppress_context__" => Some(Value::Bool(exc.suppress_context)),
                        "__traceback__" => {
                            Some(crate::builtins::traceback_object::traceback_of(obj))
                        }
                        "name" | "path" | "obj" if has_optional_field(&inst.class, name) => {
                            Some(Value::None)
                        }
                        "value" | "code"
                            if crate::types::is_subclass(
                                &inst.class,
                                &types().stop_iteration.to_ref(),
                            ) || crate::types::is_subclass(
                                &inst.class,
                                &types().system_exit.to_ref(),
                            ) =>
                        {
                            Some(match exc.args.len() {
                                0 => Value::None,
                                1 => exc.args[0].clone(),
                                _ if name == "code" => crate::builtins::new_tuple(exc.args.clone()),
                                _ => exc.args[0].clone(),
                            })
                        }
                        _ => None,
                    }
                }
                None => None,
            },
        })
    }

    fn special_builtin_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(ObjKind::Property(p)) = obj.kind() {
            return self.property_attr(p, name);
        }
        Ok(match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            }),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Obj(o), _) => match (o.kind(), name) {
                (ObjKind::BigInt(_), "real" | "numerator") => Some(obj.clone()),
                (ObjKind::BigInt(_), "imag") => Some(Value::Int(0)),
                (ObjKind::BigInt(_), "denominator") => Some(Value::Int(1)),
                (ObjKind::Slice(parts), "start") => Some(parts[0].clone()),
                (ObjKind::Slice(parts), "stop") => Some(parts[1].clone()),
                (ObjKind::Slice(parts), "step") => Some(parts[2].clone()),
                (ObjKind::Range { start, .. }, "start") => Some(Value::Int(*start)),
                (ObjKind::Range { stop, .. }, "stop") => Some(Value::Int(*stop)),
                (ObjKind::Range { step, .. }, "step") => Some(Value::Int(*step)),
                (ObjKind::StaticMethod(f) | ObjKind::ClassMethod(f), "__func__") => Some(f.clone()),
                (ObjKind::File(f), "name") => Some(str_value(f.borrow().name.as_str())),
                (ObjKind::File(f), "mode") => Some(str_value(f.borrow().mode.as_str())),
                (ObjKind::File(f), "buffer") => crate::builtins::file::std_buffer(&f.borrow()),
                (ObjKind::File(f), "closed") => Some(Value::Bool(matches!(
                    f.borrow().handle,
                    crate::objects::file::FileHandle::Closed
                ))),
                (ObjKind::File(f), "encoding") => f
                    .borrow()
                    .text
                    .as_ref()
                    .map(|t| str_value(t.encoding.as_str())),
                (ObjKind::File(f), "errors") => f
                    .borrow()
                    .text
                    .as_ref()
                    .map(|t| str_value(t.errors.as_str())),
                _ => None,
            },
            _ => None,
        })
    }

    /// The data attributes of a `property` object (`parts`: its getter,
    /// setter, deleter and doc).
    fn property_attr(&mut self, parts: &[Value; 4], name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "fget" => parts[0].clone(),
            "fset" => parts[1].clone(),
            "fdel" => parts[2].clone(),
            // Without a doc of its own, a property shows its getter's.
            "__doc__" if parts[3].is_none() && !parts[0].is_none() => self
                .getattr_str(&parts[0], "__doc__")
                .unwrap_or(Value::None),
            "__doc__" => parts[3].clone(),
            "__isabstractmethod__" => {
                for accessor in parts[..3].iter().filter(|v| !v.is_none()) {
                    if let Ok(flag) = self.getattr_str(accessor, "__isabstractmethod__") {
                        if self.truthy(&flag)? {
                            return Ok(Some(Value::Bool(true)));
                        }
                    }
                }
                Value::Bool(false)
            }
            _ => return Ok(None),
        }))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        self.setattr_impl(obj, name, value, true)
    }

    /// `object.__setattr__(obj, name, value)`: like [`Vm::setattr`] without
    /// the class's own `__setattr__` hook.
    pub fn setattr_raw(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        self.setattr_impl(obj, name, value, false)
    }

    fn setattr_impl(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        value: Value,
        use_hook: bool,
    ) -> PyResult<()> {
        let (text, hash) = name_parts(name);
        let Value::Obj(o) = obj else {
            return Err(self.readonly_attribute(obj, text));
        };
        match o.kind() {
            ObjKind::Instance(inst) => {
                // A class's own __setattr__ comes first, before descriptors
                // and slots (object.__setattr__ does those).
                let hook = if use_hook && may_have_attr_hooks(&inst.class) {
                    self.class_hook(&inst.class, &SETATTR_HOOK)
                } else {
                    None
                };
                if let Some(hook) = hook {
                    self.call(&hook, &[obj.clone(), Value::Obj(name.clone()), value], &[])?;
                    return Ok(());
                }
                let class_attr = if may_have_attr_hooks(&inst.class) {
                    self.class_lookup_cached(&inst.class, name, text, hash)
                } else {
                    None
                };
                if let Some(attr) = class_attr {
                    if let Some(ObjKind::Property(p)) = attr.kind() {
                        if p[1].is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{text}' of '{}' object has no setter",
                                self.type_name(obj)
                            )));
                        }
                        let setter = p[1].clone();
                        self.call(&setter, &[obj.clone(), value], &[])?;
                        return Ok(());
                    }
                    if let Some(set) = descriptor_method(&attr, "__set__") {
                        self.call(&set, &[attr, obj.clone(), value], &[])?;
                        return Ok(());
                    }
                }
                if let ObjKind::Class(c) = inst.class.kind() {
                    let slots = match &c.slots {
                        Some(slots) => Some(&slots[..]),
                        // `object()` instances have no dict either.
                        None if has_no_dict(&inst.class) => Some(&[][..]),
                        None => None,
                    };
                    if let Some(slots) = slots {
                        if !slots.iter().any(|s| s == text) {
                            return Err(PyErr::attribute_error(format!(
                                "'{}' object has no attribute '{text}'",
                                self.type_name(obj)
                            )));
                        }
                    }
                }
                if let Some(exc) = &inst.exc {
                    if let Some(done) = set_exception_attr(exc, text, &value)? {
                        return Ok(done);
                    }
                }
                if text == "__dict__" {
                    return self.assign_instance_dict(obj, inst, value);
                }
                if text == "__class__" {
                    return self.assign_instance_class(inst, &value);
                }
                let namespace = attribute_dict(inst, attr_hooks(&inst.class));
                let mut d = write_namespace(&namespace).map_err(|e| {
                    PyErr::from_write(e, &format!("'{}' object", self.type_name(obj)))
                })?;
                d.set_name(name, text, hash, value, self.attr_hints.slot(name));
                Ok(())
            }
            ObjKind::Class(c) => {
                if c.builtin {
                    return Err(c.immutable_error(text));
                }
                if use_hook {
                    let args = [Value::Obj(name.clone()), value.clone()];
                    self.class_protocol(obj, "__class_setattr__", &args)?;
                }
                if let "__name__" | "__qualname__" | "__module__" = text {
                    check_class_label(
                        &c.label(o, "__name__"),
                        text,
                        &value,
                        self.type_name(&value),
                    )?;
                }
                let bits = attr_hook_bits(text, &value);
                if bits != 0 && !o.is_frozen() {
                    add_attr_hooks(o, bits);
                }
                let mut d = o
                    .get()
                    .write(&c.dict)
                    .map_err(|e| PyErr::from_write(e, &format!("class '{}'", c.name)))?;
                d.set_str(Value::Obj(name.clone()), text, hash, value);
                crate::objects::class::class_changed();
                Ok(())
            }
            ObjKind::Function(f) => {
                let mut d = o
                    .get()
                    .write(&f.attrs)
                    .map_err(|e| PyErr::from_write(e, "function"))?;
                d.set_str(Value::Obj(name.clone()), text, hash, value);
                Ok(())
            }
            ObjKind::Module(m) => {
                if let Value::Obj(d) = &self.module_namespace(o, m)? {
                    super::eval::dict_set_name(d, name.clone(), value)?;
                }
                Ok(())
            }
            ObjKind::Native(n) => self.set_native_property(obj, n.class(), text, hash, value),
            _ => Err(self.readonly_attribute(obj, text)),
        }
    }

    /// `obj.name = value` on a native object: the setter of a property its
    /// class declares writable (see `native_class_with_setters`).
    fn set_native_property(
        &mut self,
        obj: &Value,
        class: crate::value::FrozenRef,
        text: &str,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        match self.native_property_accessor(obj, class, text, hash, SETTER)? {
            Some(setter) => self.call(&setter, &[obj.clone(), value], &[]).map(drop),
            None => Err(self.readonly_attribute(obj, text)),
        }
    }

    /// `del obj.name` on a native object: the deleter of a property its
    /// class declares (see `NativeProperty`); CPython's errors otherwise.
    fn del_native_property(
        &mut self,
        obj: &Value,
        class: crate::value::FrozenRef,
        text: &str,
        hash: i64,
    ) -> PyResult<()> {
        match self.native_property_accessor(obj, class, text, hash, DELETER)? {
            Some(deleter) => self
                .call(&deleter, std::slice::from_ref(obj), &[])
                .map(drop),
            None => Err(self.no_attribute(obj, text)),
        }
    }

    /// The setter or deleter (`slot` of the property's getter, setter and
    /// deleter) of the property `text` of a native object's class; `None`
    /// when the class has no attribute `text`, and CPython's error when
    /// the attribute is no property or lacks that accessor.
    fn native_property_accessor(
        &self,
        obj: &Value,
        class: crate::value::FrozenRef,
        text: &str,
        hash: i64,
        slot: usize,
    ) -> PyResult<Option<Value>> {
        let Some(attr) = class_lookup(&class.to_ref(), text, hash) else {
            return Ok(None);
        };
        match attr.kind() {
            Some(ObjKind::Property(p)) if !p[slot].is_none() => Ok(Some(p[slot].clone())),
            Some(ObjKind::Property(_)) => Err(PyErr::attribute_error(format!(
                "attribute '{text}' of '{}' objects is not writable",
                dotted_name(&class.to_ref())
            ))),
            _ => Err(self.readonly_attribute(obj, text)),
        }
    }

    fn readonly_attribute(&self, obj: &Value, name: &str) -> PyErr {
        PyErr::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            self.type_name(obj)
        ))
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        self.delattr_impl(obj, name, true)
    }

    /// `object.__delattr__(obj, name)`: like [`Vm::delattr`] without the
    /// class's own `__delattr__` hook.
    pub fn delattr_raw(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        self.delattr_impl(obj, name, false)
    }

    fn delattr_impl(&mut self, obj: &Value, name: &ObjRef, use_hook: bool) -> PyResult<()> {
        let (text, hash) = name_parts(name);
        if let Some(ObjKind::Instance(inst)) = obj.kind() {
            // A class's own __delattr__ comes first, before descriptors
            // (object.__delattr__ does those).
            let hook = use_hook
                .then(|| class_lookup_user(&inst.class, "__delattr__", hash_text("__delattr__")))
                .flatten();
            if let Some(hook) = hook {
                self.call(&hook, &[obj.clone(), Value::Obj(name.clone())], &[])?;
                return Ok(());
            }
            if let Some(attr) = class_lookup_user(&inst.class, text, hash) {
                if let Some(ObjKind::Property(p)) = attr.kind() {
                    if p[2].is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{text}' of '{}' object has no deleter",
                            self.type_name(obj)
                        )));
                    }
                    let deleter = p[2].clone();
                    self.call(&deleter, std::slice::from_ref(obj), &[])?;
                    return Ok(());
                }
                if let Some(delete) = descriptor_method(&attr, "__delete__") {
                    self.call(&delete, &[attr, obj.clone()], &[])?;
                    return Ok(());
                }
            }
        }
        if let Some(ObjKind::Native(n)) = obj.kind() {
            return self.del_native_property(obj, n.class(), text, hash);
        }
        let removed = match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                let namespace = attribute_dict(inst, attr_hooks(&inst.class));
                let mut d =
                    write_namespace(&namespace).map_err(|e| PyErr::from_write(e, "object"))?;
                d.remove_str(text, hash).is_some()
            }
            Some(ObjKind::Class(c)) => {
                if c.builtin {
                    return Err(c.immutable_error(text));
                }
                if use_hook {
                    self.class_protocol(obj, "__class_delattr__", &[Value::Obj(name.clone())])?;
                }
                let o = obj.as_obj().expect("class is an object");
                let mut d = o
                    .get()
                    .write(&c.dict)
                    .map_err(|e| PyErr::from_write(e, "class"))?;
                {
                    crate::objects::class::class_changed();
                    d.remove_str(text, hash).is_some()
                }
            }
            Some(ObjKind::Module(m)) => {
                let module_obj = obj.as_obj().expect("a module is an object");
                match &self.module_namespace(module_obj, m)? {
                    Value::Obj(d) => super::eval::dict_del_name(d, name)?,
                    _ => false,
                }
            }
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.no_attribute(obj, text))
        }
    }

    /// Looks up a method for a call: `(function, self)` when the call can
    /// pass self directly, else `(bound attribute, Unbound)`.
    pub fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<(Value, Value)> {
        let (text, hash) = name_parts(name);
        match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                let hooks = attr_hooks(&inst.class);
                let overridden = hooks & HOOK_GETATTRIBUTE != 0
                    && self.class_hook(&inst.class, &GETATTRIBUTE_HOOK).is_some();
                let shadowed = if hooks & HOOK_ASSIGNED_DICT != 0 {
                    read_namespace(&inst.namespace())
                        .get_name(name, text, hash)
                        .is_some()
                } else {
                    inst.attrs().get_name(name, text, hash).is_some()
                };
                if !overridden && !shadowed {
                    if let Some(attr) = self.class_lookup_cached(&inst.class, name, text, hash) {
                        if matches!(attr.kind(), Some(ObjKind::Function(_))) {
                            return Ok((attr, obj));
                        }
                    }
                }
            }
            Some(ObjKind::Class(_)) | Some(ObjKind::Module(_)) | Some(ObjKind::Super(..)) => {}
            _ => {
                if let Value::Obj(o) = &obj {
                    if let Some(method) = self.builtin_method(o, name, text, hash) {
                        return Ok((method, obj));
                    }
                }
                let class = self.type_of(&obj);
                if let Some(attr) = self.class_lookup_cached(&class, name, text, hash) {
                    if let Some(ObjKind::NativeFunction(n)) = attr.kind() {
                        if n.is_method {
                            return Ok((attr, obj));
                        }
                    }
                }
            }
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Unbound))
    }

    /// Whether instances of the class have a builtin layout of exceptions.
    pub fn is_exception_class(&self, class: &ObjRef) -> bool {
        matches!(class.kind(), ObjKind::Class(c) if c.layout == Layout::Exception)
    }
}

/// `cls.mro()`: the method resolution order as a list.
fn class_mro(_vm: &mut Vm, args: crate::objects::function::Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.pos.first() else {
        return Err(PyErr::type_error("mro() needs a class"));
    };
    let mut items = vec![Value::Obj(class.clone())];
    if let ObjKind::Class(c) = class.kind() {
        items.extend(c.mro.iter().map(|m| Value::Obj(m.clone())));
    }
    Ok(crate::builtins::new_list(items))
}

/// Writes the attributes an exception keeps outside its dict (`args`,
/// `__cause__`, `__context__`, `__suppress_context__`); None for others.
fn set_exception_attr(
    exc: &std::cell::RefCell<crate::objects::class::ExcState>,
    name: &str,
    value: &Value,
) -> PyResult<Option<()>> {
    // Read before the state is borrowed: `tb` may be this exception's own.
    let traceback = match name {
        "__traceback__" => Some(crate::builtins::traceback_object::traceback_entries(value)?),
        _ => None,
    };
    let Ok(mut st) = exc.try_borrow_mut() else {
        return Ok(None);
    };
    match name {
        "args" => {
            st.args = match value.kind() {
                Some(ObjKind::Tuple(t)) => t.to_vec(),
                Some(ObjKind::List(l)) => l.borrow().to_vec(),
                _ => vec![value.clone()],
            };
        }
        "__cause__" => {
            st.cause = if value.is_none() {
                None
            } else {
                Some(value.clone())
            };
            st.suppress_context = true;
        }
        "__context__" => {
            st.context = if value.is_none() {
                None
            } else {
                Some(value.clone())
            }
        }
        "__suppress_context__" => st.suppress_context = matches!(value, Value::Bool(true)),
        "__traceback__" => st.traceback = traceback.unwrap_or_default(),
        _ => return Ok(None),
    }
    Ok(Some(()))
}

/// The data attributes of a generator: its function's names and code, and
/// whether it is running or suspended (None for other names).
fn generator_attr(g: &crate::objects::generator::Generator, name: &str) -> Option<Value> {
    use crate::objects::generator::GenStatus;
    Some(match name {
        "__name__" => str_value(&*g.code.name),
        "__qualname__" => str_value(&*g.code.qualname),
        "gi_code" => crate::builtins::code_object::code_object(&g.code),
        "gi_running" => Value::Bool(g.status == GenStatus::Running),
        "gi_suspended" => Value::Bool(g.status == GenStatus::Suspended),
        _ => return None,
    })
}

/// The descriptor method `method` (`__get__`, `__set__`, `__delete__`) of
/// a class attribute that is an instance of a class defining it.
fn descriptor_method(attr: &Value, method: &str) -> Option<Value> {
    match attr.kind() {
        Some(ObjKind::Instance(d)) => class_lookup_user(&d.class, method, hash_text(method)),
        _ => None,
    }
}

/// Whether a class attribute is a data descriptor: an instance of a class
/// that defines `__set__` or `__delete__` (it then answers for the
/// attribute before an instance's own dict, and takes its writes).
pub(crate) fn is_data_descriptor(attr: &Value) -> bool {
    descriptor_method(attr, "__set__").is_some() || descriptor_method(attr, "__delete__").is_some()
}

/// The check CPython makes on assigning a class's `__name__`,
/// `__qualname__` (both must be str) or `__module__` (anything goes).
fn check_class_label(class: &str, name: &str, value: &Value, type_name: String) -> PyResult<()> {
    if name == "__module__" || matches!(value.kind(), Some(ObjKind::Str(_))) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "can only assign string to {class}.{name}, not '{type_name}'"
    )))
}

/// Whether instances of the exception class `class` have the field `name`,
/// None unless given (`ImportError(msg, name=…, path=…)`,
/// `AttributeError(msg, name=…, obj=…)`, `NameError(msg, name=…)`).
pub(crate) fn has_optional_field(class: &ObjRef, name: &str) -> bool {
    let t = types();
    let fields: [(FrozenRef, &[&str]); 3] = [
        (t.import_error, &["name", "path"]),
        (t.attribute_error, &["name", "obj"]),
        (t.name_error, &["name"]),
    ];
    fields.iter().any(|(base, names)| {
        names.contains(&name) && crate::types::is_subclass(class, &base.to_ref())
    })
}

/// Whether instances of `class` have no `__dict__`: a class with
/// `__slots__` (and no base with a dict), or `object` itself.
fn has_no_dict(class: &ObjRef) -> bool {
    match class.kind() {
        ObjKind::Class(c) => c.slots.is_some() || class.ptr_eq(&types().object.to_ref()),
        _ => false,
    }
}
