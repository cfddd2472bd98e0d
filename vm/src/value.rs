//! Values and references into the heaps.
//!
//! A [`Value`] is 16 bytes: None, bool, small int and float inline, or a
//! reference to a heap object. A heap object belongs to the thread that made
//! it and carries a plain (non-atomic) reference count, so [`ObjRef`] and
//! [`Value`] are `!Send`: the compiler refuses to let a thread-local object
//! escape to another thread. Freezing ([`ObjRef::freeze`]) marks an object and
//! everything it reaches as immutable and immortal in place — identity kept —
//! after which its count is never touched again, so any thread may read it
//! through a [`FrozenRef`] with no locks and no atomic traffic.

use crate::object::{charge_units, ObjKind, PyObject, CHARGE_UNIT, FROZEN, MUTABLE};
use smallvec::SmallVec;
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// A Python value.
///
/// The tag is a full word (`repr(u64)`), so every variant's payload sits in
/// the second word and a move is two aligned word copies; with a byte tag
/// the compiler copied bytes 1..8 as two overlapping 4-byte moves, and the
/// loads that followed those stores stalled on store forwarding (a third of
/// the dispatch loop's time in numeric code). The tag's unused values still
/// give `Option<Value>` its niche, so it stays 16 bytes.
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits (bigger ones live on the heap).
    Int(i64),
    /// A float.
    Float(f64),
    /// Any other object.
    Obj(ObjRef),
    /// An internal marker: an unbound local slot or the "no self" half of a
    /// method call. Never visible to Python code.
    Unbound,
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Self {
        if let Value::Obj(o) = self {
            o.incref();
        }
        // SAFETY: every variant but `Obj` is plain data, and for `Obj` the
        // count was just incremented for the copy made here, so the bitwise
        // copy owns one reference, as `ObjRef::clone` would. Copying all 16
        // bytes at once (rather than rebuilding the enum field by field)
        // keeps the hot loop free of partial-store forwarding stalls.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Wraps a heap object.
    #[inline]
    pub fn obj(kind: ObjKind) -> Value {
        Value::Obj(ObjRef::new(kind))
    }

    /// The heap object behind this value, if it is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The object kind behind this value, if it is a heap object.
    #[inline]
    pub fn kind(&self) -> Option<&ObjKind> {
        match self {
            Value::Obj(o) => Some(o.kind()),
            _ => None,
        }
    }

    /// Like [`Value::kind`], but an instance of a subclass of a builtin
    /// value type (`class S(str)`) gives the kind of the value it wraps:
    /// for native code that reads the text, bytes or items of an argument.
    #[inline]
    pub fn data_kind(&self) -> Option<&ObjKind> {
        self.data().kind()
    }

    /// The builtin value an instance of a subclass of a builtin value type
    /// wraps (`S("ab")` for `class S(str)` gives the str `"ab"`); any other
    /// value itself.
    #[inline]
    pub fn data(&self) -> &Value {
        match self.kind() {
            Some(ObjKind::Instance(i)) => i.payload.as_deref().unwrap_or(self),
            _ => self,
        }
    }

    /// Python's `is`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            _ => false,
        }
    }

    /// True for `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Whether this value may be read from any thread (inline values and
    /// frozen objects).
    pub fn is_shareable(&self) -> bool {
        match self {
            Value::Obj(o) => o.is_frozen(),
            _ => true,
        }
    }
}

/// A counted reference to a heap object owned by the current thread (or to a
/// frozen object, in which case the count is not touched).
pub struct ObjRef {
    ptr: NonNull<PyObject>,
    /// Makes the type `!Send` and `!Sync`.
    _not_send: PhantomData<*const ()>,
}

impl ObjRef {
    /// Allocates a new object on the current thread's heap.
    #[inline]
    pub fn new(kind: ObjKind) -> ObjRef {
        // A new object's contents are not borrowed yet.
        let charged = charge_units(kind.heap_bytes().unwrap_or(0));
        crate::heap::charge(charged as usize * CHARGE_UNIT);
        let ptr = crate::object_pool::allocate(PyObject {
            refcount: Cell::new(1),
            state: Cell::new(MUTABLE),
            charged: Cell::new(charged),
            gc_slot: Cell::new(crate::gc::NEW_SLOT),
            kind,
        });
        // SAFETY: the object was just made, on this thread.
        unsafe { crate::gc::track(ptr) };
        ObjRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    /// A new counted reference to a live object of this thread.
    ///
    /// # Safety
    /// `ptr` must point to a live object owned by the current thread.
    pub(crate) unsafe fn hold(ptr: NonNull<PyObject>) -> ObjRef {
        let obj = ObjRef {
            ptr,
            _not_send: PhantomData,
        };
        obj.incref();
        obj
    }

    /// The object's address, uncounted (see [`ObjRef::hold`]).
    #[inline]
    pub(crate) fn as_non_null(&self) -> NonNull<PyObject> {
        self.ptr
    }

    /// The reference count (meaningless for a frozen object).
    pub(crate) fn refcount(&self) -> usize {
        self.get().refcount.get()
    }

    /// The payload, for changing it in place, when this is the only
    /// reference to a mutable object (None when it is shared, read-only or
    /// frozen). Nothing can observe the change: no other reference exists.
    pub(crate) fn unique_kind_mut(&mut self) -> Option<&mut ObjKind> {
        let obj = self.get();
        if obj.refcount.get() != 1 || obj.state.get() != MUTABLE {
            return None;
        }
        // SAFETY: the object is live (this reference holds it) and this is
        // its only counted reference; `ObjRef` is `!Send`, so no other
        // thread reaches it, and `&mut self` keeps this handle from lending
        // the object out while the payload is borrowed.
        Some(unsafe { &mut self.ptr.as_mut().kind })
    }

    /// Marks this object frozen: immutable, immortal, readable from any
    /// thread. The cycle collector stops watching it.
    pub(crate) fn mark_frozen(&self) {
        // SAFETY: this reference keeps the object alive.
        unsafe { crate::gc::untrack(self.ptr) };
        self.get().state.set(FROZEN);
    }

    /// Allocates an object that is frozen from birth (constants, builtins).
    pub fn new_frozen(kind: ObjKind) -> FrozenRef {
        let obj = ObjRef::new(kind);
        obj.freeze();
        let frozen = FrozenRef(obj.ptr);
        // The object is immortal now; the local reference is simply dropped
        // (a frozen object's count is never touched).
        drop(obj);
        frozen
    }

    /// The object.
    #[inline]
    pub fn get(&self) -> &PyObject {
        // SAFETY: an ObjRef holds a count on a live object (or the object is
        // frozen and immortal), so the pointer is valid for as long as self.
        unsafe { self.ptr.as_ref() }
    }

    /// The object's kind (its payload).
    #[inline]
    pub fn kind(&self) -> &ObjKind {
        &self.get().kind
    }

    /// Object identity.
    #[inline]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address, for `id()` and identity-keyed tables.
    #[inline]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Whether the object has been frozen.
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.get().is_frozen()
    }

    /// Adds one to the count (no-op for frozen objects).
    #[inline]
    fn incref(&self) {
        let obj = self.get();
        if !obj.is_frozen() {
            obj.refcount.set(obj.refcount.get() + 1);
        }
    }

    /// Freezes this object and everything it reaches, in place.
    pub fn freeze(&self) {
        let mut pending: Vec<ObjRef> = vec![self.clone()];
        while let Some(obj) = pending.pop() {
            if obj.is_frozen() {
                continue;
            }
            obj.mark_frozen();
            obj.kind().for_each_child(&mut |child: &Value| {
                if let Value::Obj(o) = child {
                    if !o.is_frozen() {
                        pending.push(o.clone());
                    }
                }
            });
        }
    }

    /// A sendable reference to this object, if it is frozen.
    pub fn to_frozen(&self) -> Option<FrozenRef> {
        if self.is_frozen() {
            Some(FrozenRef(self.ptr))
        } else {
            None
        }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> Self {
        let obj = self.get();
        if !obj.is_frozen() {
            obj.refcount.set(obj.refcount.get() + 1);
        }
        ObjRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let obj = self.get();
        if obj.is_frozen() {
            return;
        }
        let count = obj.refcount.get() - 1;
        obj.refcount.set(count);
        if count == 0 {
            drop_object(self.ptr);
        }
    }
}

/// Frees an object whose count reached zero. The children it held the last
/// reference to are queued and freed by the same loop, so that a long chain
/// of objects cannot overflow the stack.
#[cold]
fn drop_object(ptr: NonNull<PyObject>) {
    let mut dying: SmallVec<[NonNull<PyObject>; 16]> = SmallVec::new();
    dying.push(ptr);
    while let Some(ptr) = dying.pop() {
        // SAFETY: as below; an unfinished generator may be kept to be
        // closed first.
        if unsafe { crate::interp::gen_close::defer(ptr) } {
            continue;
        }
        // SAFETY: every queued pointer was the last reference to its object
        // (its count reached zero, or was 1 and the reference was
        // forgotten), and it came from object_pool::allocate in ObjRef::new;
        // the object stays live until `release` moves it out.
        let PyObject { kind, charged, .. } = unsafe {
            crate::gc::untrack(ptr);
            crate::object_pool::release(ptr)
        };
        crate::heap::release(charged.get() as usize * CHARGE_UNIT);
        kind.release_children(&mut |child| {
            if let Value::Obj(o) = child {
                let obj = o.get();
                if !obj.is_frozen() && obj.refcount.get() == 1 {
                    dying.push(o.ptr);
                    std::mem::forget(o);
                }
            }
        });
    }
}

/// A reference to a frozen object: `Send + Sync`, readable from any thread.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FrozenRef(NonNull<PyObject>);

// SAFETY: a FrozenRef is only made from a frozen object. Frozen objects are
// immortal (their memory is never freed), their reference count and frozen
// flag are never written again, and every mutation path checks the flag and
// refuses, so concurrent access from many threads only ever reads.
unsafe impl Send for FrozenRef {}
// SAFETY: see the Send impl: all access to a frozen object is read-only.
unsafe impl Sync for FrozenRef {}

impl FrozenRef {
    /// A thread-local handle to the same object (no count traffic).
    #[inline]
    pub fn to_ref(self) -> ObjRef {
        ObjRef {
            ptr: self.0,
            _not_send: PhantomData,
        }
    }

    /// The same object as a value.
    #[inline]
    pub fn value(self) -> Value {
        Value::Obj(self.to_ref())
    }
}

/// A value that may cross threads: inline values and frozen objects.
#[derive(Clone, Copy)]
pub enum SharedValue {
    /// `None`.
    None,
    /// A bool.
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A float.
    Float(f64),
    /// A frozen object.
    Frozen(FrozenRef),
}

impl SharedValue {
    /// Converts a value, freezing any object it refers to.
    pub fn freeze(v: &Value) -> SharedValue {
        match v {
            Value::None | Value::Unbound => SharedValue::None,
            Value::Bool(b) => SharedValue::Bool(*b),
            Value::Int(i) => SharedValue::Int(*i),
            Value::Float(f) => SharedValue::Float(*f),
            Value::Obj(o) => {
                o.freeze();
                SharedValue::Frozen(FrozenRef(o.ptr))
            }
        }
    }

    /// The value, as seen from the current thread.
    #[inline]
    pub fn value(&self) -> Value {
        match *self {
            SharedValue::None => Value::None,
            SharedValue::Bool(b) => Value::Bool(b),
            SharedValue::Int(i) => Value::Int(i),
            SharedValue::Float(f) => Value::Float(f),
            SharedValue::Frozen(r) => r.value(),
        }
    }
}
