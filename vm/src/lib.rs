//! taipan-vm: the compiler, values and objects, the interpreter loop,
//! builtins, exceptions and tracebacks, and modules.
//!
//! The concurrency contract (see DESIGN.md) shapes the types: compiled
//! [`compiler::bytecode::Code`] is immutable and `Send + Sync`; a thread's
//! objects ([`value::ObjRef`], [`value::Value`]) are `!Send`; frozen objects
//! are reached from any thread through [`value::FrozenRef`] /
//! [`value::SharedValue`], which are `Send + Sync`.

pub mod builtins;
pub mod capabilities;
pub mod compiler;
pub mod error;
pub mod format;
pub mod gc;
pub mod hash;
pub mod heap;
pub mod interp;
pub mod object;
mod object_pool;
pub mod objects;
pub mod runtime;
pub mod share;
pub mod small_sort;
pub mod types;
pub mod value;

pub use compiler::{compile_module, Program};
pub use error::{PyErr, PyResult};
pub use interp::Vm;
pub use runtime::RuntimeContext;
pub use value::{FrozenRef, SharedValue, Value};

/// Compile-time proof of the thread model: code and frozen values are
/// shareable, thread-local values are not (see `tests/thread_model.rs` for
/// the negative half, checked by `static_assertions`-style trait probes).
#[allow(dead_code)]
fn assert_thread_model() {
    fn shared<T: Send + Sync>() {}
    shared::<compiler::bytecode::Code>();
    shared::<Program>();
    shared::<FrozenRef>();
    shared::<SharedValue>();
    shared::<RuntimeContext>();
}

/// Every heap object costs its largest payload, so payloads stay small
/// (big ones are boxed): this keeps a list's or a str's object at 56 bytes,
/// one 64-byte allocation with the allocator's header.
#[test]
fn objects_stay_small() {
    assert!(std::mem::size_of::<object::PyObject>() <= 56);
}
