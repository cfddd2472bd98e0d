//! `yield from`'s delegation (PEP 380) of what the dispatch loop's
//! `YieldFrom` instruction does not do itself: values sent to an inner
//! iterator that is not a generator, and exceptions thrown into (or
//! `close()` of) a generator paused in `yield from`, which reach the
//! iterator it delegates to first.

use super::frame::Frame;
use super::Vm;
use crate::compiler::bytecode::Instr;
use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::types::types;
use crate::value::Value;

/// What an exception thrown through a paused `yield from` came to.
pub(super) enum Thrown {
    /// The inner iterator yielded this: the outer generator yields it too
    /// and stays paused in its `yield from`.
    Yielded(Value),
    /// The inner iterator finished: the outer frame goes on after its
    /// `yield from`, whose value is on its stack.
    Resumed,
}

impl Vm {
    /// Throws `err` into generator frame `f` (about to resume): to the
    /// iterator its paused `yield from` delegates to, as PEP 380 says, or
    /// back as the error to raise in `f` itself when `f` is not paused in
    /// `yield from`, the iterator has no `throw`, or `err` is the
    /// GeneratorExit of `close()` (the iterator is closed first).
    pub(super) fn throw_through_yield_from(
        &mut self,
        f: &mut Frame,
        err: PyErr,
    ) -> Result<Thrown, PyErr> {
        let Some(&Instr::YieldFrom(done)) = f.code().instrs.get(f.ip) else {
            return Err(err);
        };
        let inner = f.stack.last().cloned().unwrap_or(Value::None);
        let outcome = if err.matches(types().generator_exit) {
            self.close_delegate(&inner)?;
            return Err(err);
        } else if let Some(ObjKind::Generator(_)) = inner.kind() {
            self.resume_generator_with(&inner, Err(err))
        } else {
            match self.getattr_str(&inner, "throw") {
                Ok(throw) => {
                    let result = self.call(&throw, &[err.exc], &[]);
                    self.stop_iteration_as_return(result)
                }
                Err(e) if e.matches(types().attribute_error) => return Err(err),
                Err(e) => Err(e),
            }
        };
        match outcome? {
            Ok(yielded) => Ok(Thrown::Yielded(yielded)),
            Err(returned) => {
                f.stack.pop();
                f.stack.push(match returned {
                    Value::Unbound => Value::None,
                    v => v,
                });
                f.ip = done as usize;
                Ok(Thrown::Resumed)
            }
        }
    }

    /// Sends `value` to the iterator a `yield from` delegates to when it
    /// is not a generator: `next()` for None, else its `send` method.
    /// `Ok(Err(v))` when it finished with the value `v` (a class's
    /// `__next__` may finish with `StopIteration(v)`).
    pub(super) fn send_to_iterator(
        &mut self,
        inner: &Value,
        value: Value,
    ) -> PyResult<Result<Value, Value>> {
        let result = if !value.is_none() {
            let send = self.getattr_str(inner, "send")?;
            self.call(&send, &[value], &[])
        } else if let Some(next) = self.lookup_type_attr(inner, "__next__") {
            self.call_method_value(&next, inner, &[])
        } else {
            return Ok(match self.next(inner)? {
                Some(v) => Ok(v),
                None => Err(Value::None),
            });
        };
        self.stop_iteration_as_return(result)
    }

    /// A result of an inner iterator's `send` or `throw` method, with a
    /// StopIteration it raised turned into `Err(its value)`.
    fn stop_iteration_as_return(
        &mut self,
        result: PyResult<Value>,
    ) -> PyResult<Result<Value, Value>> {
        match result {
            Ok(v) => Ok(Ok(v)),
            Err(e) if e.matches(types().stop_iteration) => {
                Ok(Err(self.getattr_str(&e.exc, "value")?))
            }
            Err(e) => Err(e),
        }
    }

    /// Closes the iterator a `yield from` delegates to, before its
    /// generator is closed: `close()` of a generator, the `close` method
    /// of anything else that has one.
    fn close_delegate(&mut self, inner: &Value) -> PyResult<()> {
        if let Some(ObjKind::Generator(_)) = inner.kind() {
            return self.close_generator(inner);
        }
        match self.getattr_str(inner, "close") {
            Ok(close) => self.call(&close, &[], &[]).map(drop),
            Err(e) if e.matches(types().attribute_error) => Ok(()),
            Err(e) => Err(e),
        }
    }
}
