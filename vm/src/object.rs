//! Heap objects: the header every object carries and the payload kinds.
//!
//! One payload type per file lives under `objects/`; this file only says
//! what kinds exist, how a frozen object is read without touching its
//! borrow flag, and how the children of an object are found (for freezing
//! and for freeing).

use crate::objects::class::{Class, ExcState, Instance};
use crate::objects::dict::Dict;
use crate::objects::file::FileState;
use crate::objects::function::{BoundMethod, Function, NativeFunction};
use crate::objects::generator::Generator;
use crate::objects::iter::IterState;
use crate::objects::list::{ListCell, ListMut, ListRef};
use crate::objects::module::Module;
use crate::objects::native::NativeObject;
use crate::objects::set_table::SetTable;
use crate::objects::str::PyStr;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::mem::{size_of, ManuallyDrop};
use std::ops::{Deref, DerefMut};

/// A heap object: a header (count, sharing state) and a payload.
pub struct PyObject {
    pub(crate) refcount: Cell<usize>,
    /// [`MUTABLE`], [`READ_ONLY`] or [`FROZEN`].
    pub(crate) state: Cell<u8>,
    /// What the object is charged on its thread's heap meter, in units of
    /// [`CHARGE_UNIT`] bytes (it fits in the header's padding).
    pub(crate) charged: Cell<u32>,
    /// Where the object sits in its thread's list of objects the cycle
    /// collector watches, or [`crate::gc`]'s "untracked" mark (three bytes,
    /// so that the header stays 16 bytes).
    pub(crate) gc_slot: Cell<[u8; 3]>,
    /// The payload.
    pub kind: ObjKind,
}

// Every heap object is one block of this size (see object_pool): a larger
// header would cost every object more than the bytes added.
const _: () = assert!(size_of::<PyObject>() == 56);

/// The payload of a heap object.
pub enum ObjKind {
    /// `str`.
    Str(PyStr),
    /// An `int` too big for 64 bits.
    BigInt(BigInt),
    /// `bytes`.
    Bytes(Box<[u8]>),
    /// `bytearray`.
    ByteArray(RefCell<Vec<u8>>),
    /// `tuple`.
    Tuple(Box<[Value]>),
    /// `list`.
    List(ListCell),
    /// `dict`.
    Dict(Box<RefCell<Dict>>),
    /// `set`.
    Set(Box<RefCell<SetTable<Value>>>),
    /// `frozenset`.
    FrozenSet(Box<SetTable<Value>>),
    /// `range` (64-bit bounds).
    Range {
        /// First value.
        start: i64,
        /// End (exclusive).
        stop: i64,
        /// Step (never zero).
        step: i64,
    },
    /// `slice(start, stop, step)`.
    Slice(Box<[Value; 3]>),
    /// A Python function.
    Function(Box<Function>),
    /// A function written in Rust.
    NativeFunction(NativeFunction),
    /// A function bound to its first argument.
    BoundMethod(BoundMethod),
    /// A class (builtin or user-defined).
    Class(Box<Class>),
    /// An instance of a user-defined class (or of an exception class).
    Instance(Instance),
    /// A module.
    Module(Box<Module>),
    /// A closure cell.
    Cell(RefCell<Value>),
    /// A builtin iterator.
    Iterator(Box<RefCell<IterState>>),
    /// A generator.
    Generator(RefCell<Generator>),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<[Value; 4]>),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `dict.keys()` / `values()` / `items()`.
    DictView(Value, DictViewKind),
    /// `super(cls, obj)`.
    Super(Value, Value),
    /// An open file.
    File(Box<RefCell<FileState>>),
    /// A type defined by a native module (numpy arrays and the like).
    Native(Box<dyn NativeObject>),
}

/// Which view of a dict a [`ObjKind::DictView`] is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    /// `dict.keys()`.
    Keys,
    /// `dict.values()`.
    Values,
    /// `dict.items()`.
    Items,
}

/// Read access to the inside of an object: a plain shared borrow for a
/// frozen object (no borrow flag is written, so many threads may read at
/// once), a `RefCell` borrow for a thread-local one.
pub enum ReadGuard<'a, T> {
    /// A frozen object's contents.
    Shared(&'a T),
    /// A thread-local object's contents.
    Local(Ref<'a, T>),
}

impl<T> Deref for ReadGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        match self {
            ReadGuard::Shared(r) => r,
            ReadGuard::Local(r) => r,
        }
    }
}

/// An ordinary object of the thread that made it.
pub const MUTABLE: u8 = 0;
/// A read-only copy of an argument handed to a worker thread: still owned
/// and counted by that thread, freed when the task ends, but writes raise.
pub const READ_ONLY: u8 = 1;
/// Frozen: immutable, immortal and readable from any thread.
pub const FROZEN: u8 = 2;

/// Why a write to an object was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The object (at this address) is frozen: shared with worker threads.
    Frozen(usize),
    /// The object is a read-only copy of an argument handed to a worker.
    ReadOnly,
    /// The object is being iterated or otherwise borrowed by native code.
    Busy,
}

impl PyObject {
    /// Whether the object is frozen.
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.state.get() == FROZEN
    }

    /// Why this object may not be written, if it may not.
    #[inline]
    pub fn write_refusal(&self) -> Option<WriteError> {
        match self.state.get() {
            MUTABLE => None,
            READ_ONLY => Some(WriteError::ReadOnly),
            _ => Some(WriteError::Frozen(self as *const PyObject as usize)),
        }
    }

    /// Marks a thread-local object as a read-only copy (no-op when frozen).
    pub fn make_read_only(&self) {
        if self.state.get() == MUTABLE {
            self.state.set(READ_ONLY);
        }
    }

    /// Reads a cell of this object: without touching its borrow flag when
    /// the object is frozen (so that many threads may read at once).
    #[inline(always)]
    pub fn read<'a, C: ObjCell>(&'a self, cell: &'a C) -> C::Read<'a> {
        cell.read_in(self.is_frozen())
    }

    /// Borrows a cell of this object for writing. When the write ends, the
    /// object's charge on the heap meter follows what it holds now.
    #[inline]
    pub fn write<'a, C: ObjCell>(&'a self, cell: &'a C) -> Result<C::Write<'a>, WriteError> {
        if let Some(refusal) = self.write_refusal() {
            return Err(refusal);
        }
        cell.write_in(self)
    }

    /// Appends `item` to this list object's items (inside the object while
    /// they fit there), refusing as [`PyObject::write`] does.
    #[inline]
    pub fn list_push(&self, cell: &ListCell, item: Value) -> Result<(), WriteError> {
        if let Some(refusal) = self.write_refusal() {
            return Err(refusal);
        }
        if let Err(item) = cell.push_inline(item) {
            let spills = cell.is_inline();
            let mut items = borrow_list_mut(cell, self)?;
            // The charge changes only when the vector is made or grows.
            let grows = spills || items.len() == items.capacity();
            if grows {
                let len = items.len();
                items.reserve_exact(append_room(len));
            }
            items.push(item);
            drop(items);
            if grows {
                self.recharge();
            }
        }
        Ok(())
    }

    /// Brings the object's charge on the heap meter up to date after its
    /// contents changed (a list that grew). Skipped while the contents are
    /// still borrowed; the next write catches up.
    #[inline]
    pub fn recharge(&self) {
        if let Some(bytes) = self.kind.heap_bytes() {
            self.set_charge(bytes);
        }
    }

    /// Sets the object's charge on the heap meter to `bytes` of payload.
    #[inline]
    fn set_charge(&self, bytes: usize) {
        let now = charge_units(bytes);
        let before = self.charged.get();
        if now != before {
            self.charged.set(now);
            if now > before {
                crate::heap::charge((now - before) as usize * CHARGE_UNIT);
            } else {
                crate::heap::release((before - now) as usize * CHARGE_UNIT);
            }
        }
    }
}

/// The granularity of an object's charge on the heap meter, in bytes.
pub const CHARGE_UNIT: usize = 8;

/// `bytes` (an object's header and payload) in charge units, rounded up and
/// capped at what the header stores (32 GiB).
#[inline]
pub fn charge_units(bytes: usize) -> u32 {
    u32::try_from((size_of::<PyObject>() + bytes).div_ceil(CHARGE_UNIT)).unwrap_or(u32::MAX)
}

/// What a cell of an object holds, as the heap meter sees it.
pub trait Metered {
    /// The bytes the object holds outside its header with these contents,
    /// or None when writing them never changes the object's size.
    #[inline]
    fn payload_bytes(&self) -> Option<usize> {
        None
    }
}

impl Metered for Vec<Value> {
    #[inline]
    fn payload_bytes(&self) -> Option<usize> {
        Some(self.capacity() * size_of::<Value>())
    }
}

impl Metered for Vec<u8> {
    #[inline]
    fn payload_bytes(&self) -> Option<usize> {
        Some(self.capacity())
    }
}

impl Metered for Dict {
    #[inline]
    fn payload_bytes(&self) -> Option<usize> {
        Some(size_of::<RefCell<Dict>>() + self.heap_bytes())
    }
}

impl Metered for SetTable<Value> {
    #[inline]
    fn payload_bytes(&self) -> Option<usize> {
        Some(size_of::<RefCell<SetTable<Value>>>() + self.heap_bytes())
    }
}

impl Metered for Value {}
impl Metered for IterState {}
impl Metered for Generator {}
impl Metered for FileState {}
impl Metered for ExcState {}

/// How many slots to add to a full list of `len` items that is appended
/// to: an eighth more and a few, as CPython grows lists, while the list is
/// small (a row of 80 pixels takes 92 slots rather than doubling's 128);
/// twice the length beyond, so that a long append loop copies its items
/// a few times only.
#[inline]
fn append_room(len: usize) -> usize {
    if len < 4096 {
        ((len + 1 + (len >> 3) + 6) & !3) - len
    } else {
        len
    }
}

/// A cell inside an object that [`PyObject::read`] and
/// [`PyObject::write`] borrow: a `RefCell` or a list's [`ListCell`].
pub trait ObjCell {
    /// A read borrow.
    type Read<'a>
    where
        Self: 'a;
    /// A write borrow that recharges the object when it ends.
    type Write<'a>
    where
        Self: 'a;
    /// Borrows for reading; `frozen` says the object is frozen (never
    /// written again), so the borrow flag need not be touched.
    fn read_in(&self, frozen: bool) -> Self::Read<'_>;
    /// Borrows for writing on behalf of `obj` (whose write permission the
    /// caller has checked).
    fn write_in<'a>(&'a self, obj: &'a PyObject) -> Result<Self::Write<'a>, WriteError>;
}

impl<T: Metered> ObjCell for RefCell<T> {
    type Read<'a>
        = ReadGuard<'a, T>
    where
        T: 'a;
    type Write<'a>
        = WriteGuard<'a, RefMut<'a, T>>
    where
        T: 'a;

    #[inline(always)]
    fn read_in(&self, frozen: bool) -> ReadGuard<'_, T> {
        if frozen {
            // SAFETY: a frozen object is never mutably borrowed again (every
            // write goes through `write`, which refuses frozen objects), so an
            // unguarded shared borrow cannot alias a mutable one, and it
            // writes no borrow flag, so concurrent readers do not race.
            match unsafe { self.try_borrow_unguarded() } {
                Ok(r) => ReadGuard::Shared(r),
                Err(_) => ReadGuard::Local(self.borrow()),
            }
        } else {
            ReadGuard::Local(self.borrow())
        }
    }

    #[inline]
    fn write_in<'a>(&'a self, obj: &'a PyObject) -> Result<Self::Write<'a>, WriteError> {
        match self.try_borrow_mut() {
            Ok(inner) => Ok(WriteGuard::new(inner, obj)),
            Err(_) => Err(WriteError::Busy),
        }
    }
}

/// A boxed cell (a dict, a set, an iterator) borrows as the cell inside.
impl<C: ObjCell + ?Sized> ObjCell for Box<C> {
    type Read<'a>
        = C::Read<'a>
    where
        C: 'a;
    type Write<'a>
        = C::Write<'a>
    where
        C: 'a;

    #[inline(always)]
    fn read_in(&self, frozen: bool) -> C::Read<'_> {
        (**self).read_in(frozen)
    }

    #[inline]
    fn write_in<'a>(&'a self, obj: &'a PyObject) -> Result<C::Write<'a>, WriteError> {
        (**self).write_in(obj)
    }
}

impl ObjCell for ListCell {
    type Read<'a> = ListRef<'a>;
    type Write<'a> = WriteGuard<'a, ListMut<'a>>;

    #[inline(always)]
    fn read_in(&self, frozen: bool) -> ListRef<'_> {
        if frozen {
            // SAFETY: a frozen object is never written again (every write
            // goes through `write`, which refuses frozen objects).
            unsafe { self.borrow_frozen() }
        } else {
            self.borrow()
        }
    }

    #[inline]
    fn write_in<'a>(&'a self, obj: &'a PyObject) -> Result<Self::Write<'a>, WriteError> {
        Ok(WriteGuard::new(borrow_list_mut(self, obj)?, obj))
    }
}

/// Borrows list object `obj`'s items (its `cell`) for writing, moving them
/// out to a vector; the cycle collector starts watching a list when its
/// items move out, since only then can it hold references.
#[inline]
fn borrow_list_mut<'a>(cell: &'a ListCell, obj: &PyObject) -> Result<ListMut<'a>, WriteError> {
    let spills = cell.is_inline();
    let items = cell.try_borrow_mut().map_err(|_| WriteError::Busy)?;
    if spills {
        crate::gc::watch_list(obj);
    }
    Ok(items)
}

/// Write access to the inside of a thread-local object (see
/// [`PyObject::write`]): a cell's write borrow `G`.
pub struct WriteGuard<'a, G: DerefMut<Target: Metered>> {
    inner: ManuallyDrop<G>,
    obj: &'a PyObject,
}

impl<'a, G: DerefMut<Target: Metered>> WriteGuard<'a, G> {
    #[inline]
    fn new(inner: G, obj: &'a PyObject) -> Self {
        WriteGuard {
            inner: ManuallyDrop::new(inner),
            obj,
        }
    }
}

impl<G: DerefMut<Target: Metered>> Deref for WriteGuard<'_, G> {
    type Target = G::Target;
    #[inline]
    fn deref(&self) -> &G::Target {
        &self.inner
    }
}

impl<G: DerefMut<Target: Metered>> DerefMut for WriteGuard<'_, G> {
    #[inline]
    fn deref_mut(&mut self) -> &mut G::Target {
        &mut self.inner
    }
}

impl<G: DerefMut<Target: Metered>> Drop for WriteGuard<'_, G> {
    #[inline]
    fn drop(&mut self) {
        let bytes = self.inner.payload_bytes();
        // SAFETY: `inner` is dropped exactly once, here, and never touched
        // again (the guard itself is going away).
        unsafe { ManuallyDrop::drop(&mut self.inner) };
        if let Some(bytes) = bytes {
            self.obj.set_charge(bytes);
        }
    }
}

/// Runs `visit` on the contents of `cell` unless they are borrowed for
/// writing; says whether it ran.
#[inline]
pub(crate) fn each_borrowed<T>(cell: &RefCell<T>, visit: impl FnOnce(&T)) -> bool {
    match cell.try_borrow() {
        Ok(inner) => {
            visit(&inner);
            true
        }
        Err(_) => false,
    }
}

impl ObjKind {
    /// Calls `f` on every value this object refers to.
    ///
    /// # Panics
    /// When part of the object is borrowed for writing, which the callers
    /// (freezing, teardown) only do while no native code is running on it.
    pub fn for_each_child(&self, f: &mut dyn FnMut(&Value)) {
        assert!(
            self.try_for_each_child(f),
            "an object's contents were borrowed while its children were walked"
        );
    }

    /// Calls `f` on every value this object holds a reference to, each
    /// reference once. Returns false when part of the object is borrowed for
    /// writing (native code is working on it): `f` has then seen only some
    /// of its values. The cycle collector relies on never being shown a
    /// value the object does not own; a value left out only makes it keep
    /// more.
    pub fn try_for_each_child(&self, f: &mut dyn FnMut(&Value)) -> bool {
        match self {
            ObjKind::Str(_)
            | ObjKind::BigInt(_)
            | ObjKind::Bytes(_)
            | ObjKind::ByteArray(_)
            | ObjKind::Range { .. }
            | ObjKind::NativeFunction(_)
            | ObjKind::File(_) => true,
            ObjKind::Tuple(items) => {
                items.iter().for_each(f);
                true
            }
            ObjKind::List(items) => match items.try_borrow() {
                Ok(items) => {
                    items.iter().for_each(f);
                    true
                }
                Err(_) => false,
            },
            ObjKind::Dict(d) => each_borrowed(d, |d| d.for_each_value(f)),
            ObjKind::Set(s) => each_borrowed(s, |s| s.iter().for_each(|(k, _)| f(k))),
            ObjKind::FrozenSet(s) => {
                s.iter().for_each(|(k, _)| f(k));
                true
            }
            ObjKind::Slice(parts) => {
                parts.iter().for_each(f);
                true
            }
            ObjKind::Property(parts) => {
                parts.iter().for_each(f);
                true
            }
            ObjKind::Function(func) => func.try_for_each_child(f),
            ObjKind::BoundMethod(m) => {
                f(&m.self_value);
                f(&m.func);
                true
            }
            ObjKind::Class(c) => c.try_for_each_child(f),
            ObjKind::Instance(i) => i.try_for_each_child(f),
            ObjKind::Module(m) => {
                f(&m.dict);
                true
            }
            ObjKind::Cell(c) => each_borrowed(c, |c| f(c)),
            ObjKind::Iterator(it) => each_borrowed(it, |it| it.for_each_child(f)),
            ObjKind::Generator(g) => each_borrowed(g, |g| g.for_each_child(f)),
            ObjKind::StaticMethod(v) | ObjKind::ClassMethod(v) | ObjKind::DictView(v, _) => {
                f(v);
                true
            }
            ObjKind::Super(a, b) => {
                f(a);
                f(b);
                true
            }
            ObjKind::Native(n) => {
                n.for_each_child(f);
                true
            }
        }
    }

    /// The bytes the payload holds outside the object's header (an estimate
    /// for the heap meter: capacities times element sizes), or None while
    /// it is borrowed for writing.
    pub fn heap_bytes(&self) -> Option<usize> {
        Some(match self {
            ObjKind::Str(s) => s.heap_bytes(),
            ObjKind::BigInt(b) => (b.bits() / 8) as usize + size_of::<u64>(),
            ObjKind::Bytes(b) => b.len(),
            ObjKind::ByteArray(b) => b.try_borrow().ok()?.payload_bytes()?,
            ObjKind::Tuple(items) => items.len() * size_of::<Value>(),
            ObjKind::List(items) => items.payload_bytes().ok()?,
            ObjKind::Dict(d) => d.try_borrow().ok()?.payload_bytes()?,
            ObjKind::Set(s) => s.try_borrow().ok()?.payload_bytes()?,
            ObjKind::FrozenSet(s) => size_of::<SetTable<Value>>() + s.heap_bytes(),
            ObjKind::Slice(_) => size_of::<[Value; 3]>(),
            ObjKind::Property(_) => size_of::<[Value; 4]>(),
            ObjKind::Function(_) => size_of::<Function>(),
            ObjKind::Class(_) => size_of::<Class>(),
            ObjKind::Module(_) => size_of::<Module>(),
            ObjKind::Iterator(_) => size_of::<RefCell<IterState>>(),
            ObjKind::File(_) => size_of::<RefCell<FileState>>(),
            ObjKind::Native(n) => size_of_val(&**n),
            ObjKind::Instance(i) => {
                i.exc.as_ref().map_or(0, |_| size_of::<RefCell<ExcState>>())
                    + i.payload.as_ref().map_or(0, |_| size_of::<Value>())
            }
            _ => 0,
        })
    }

    /// Gives up the values an object about to be freed owns, handing each
    /// to `release`, so that a long chain of objects (a linked list of
    /// instances, nested tuples or lists) is freed by a loop rather than by
    /// recursion. Whatever holds no Python values is dropped here.
    pub fn release_children(self, release: &mut impl FnMut(Value)) {
        match self {
            ObjKind::Tuple(items) => items.into_vec().into_iter().for_each(release),
            ObjKind::List(items) => items.into_inner().into_iter().for_each(release),
            ObjKind::Dict(d) => d.into_inner().into_entries().for_each(|e| {
                release(e.key);
                release(e.value);
            }),
            ObjKind::Set(s) => s.into_inner().into_keys().for_each(release),
            ObjKind::FrozenSet(s) => s.into_keys().for_each(release),
            ObjKind::Slice(parts) => parts.into_iter().for_each(release),
            ObjKind::Property(parts) => parts.into_iter().for_each(release),
            ObjKind::Cell(c) => release(c.into_inner()),
            ObjKind::StaticMethod(v) | ObjKind::ClassMethod(v) | ObjKind::DictView(v, _) => {
                release(v)
            }
            ObjKind::Super(a, b) => {
                release(a);
                release(b);
            }
            ObjKind::BoundMethod(m) => {
                release(m.self_value);
                release(m.func);
            }
            ObjKind::Instance(i) => {
                release(Value::Obj(i.class));
                release(Value::Obj(i.dict));
                if let Some(p) = i.payload {
                    release(*p);
                }
                if let Some(exc) = i.exc {
                    let exc = exc.into_inner();
                    exc.args.into_iter().for_each(&mut *release);
                    (exc.cause.into_iter().chain(exc.context))
                        .chain(exc.name_scope)
                        .for_each(release);
                }
            }
            ObjKind::Function(f) => {
                let f = *f;
                release(Value::Obj(f.globals));
                f.defaults.into_vec().into_iter().for_each(&mut *release);
                f.kwdefaults.into_iter().for_each(&mut *release);
                f.closure
                    .into_vec()
                    .into_iter()
                    .for_each(|c| release(Value::Obj(c)));
                f.attrs.into_inner().into_entries().for_each(|e| {
                    release(e.key);
                    release(e.value);
                });
            }
            _ => {}
        }
    }
}
