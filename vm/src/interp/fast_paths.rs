//! The stack-level steps of the dispatch loop: moving locals to and from
//! the value stack, and the fast paths (int and float arithmetic and
//! comparison, list and tuple indexing, range iteration) that work on the
//! top stack slots in place before the general path is asked.

use super::eval::pop;
use super::ops::ordered_cmp;
use crate::compiler::bytecode::{BinOp, CmpOp, Code, Instr};
use crate::error::{PyErr, PyResult};
use crate::object::ObjKind;
use crate::types::types;
use crate::value::{ObjRef, Value};

/// `LoadFast`: pushes local `slot`, or raises UnboundLocalError.
#[inline(always)]
pub(super) fn load_fast(stack: &mut Vec<Value>, code: &Code, slot: usize) -> PyResult<()> {
    if let Some(Value::Unbound) = stack.get(slot) {
        return Err(unbound_local(code, slot));
    }
    push_copy_of_slot(stack, slot);
    Ok(())
}

#[cold]
pub(super) fn unbound_local(code: &Code, slot: usize) -> PyErr {
    unbound_local_named(&code.varnames[slot])
}

/// `UnboundLocalError` for the local `name` (a slot or a cell this code
/// creates), read before it is bound.
pub(super) fn unbound_local_named(name: &str) -> PyErr {
    PyErr::new(
        types().unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// Pushes a copy of `stack[slot]` (a local) onto `stack`, copying the 16
/// bytes memory to memory rather than through a rebuilt temporary.
#[inline(always)]
fn push_copy_of_slot(stack: &mut Vec<Value>, slot: usize) {
    if slot >= stack.len() {
        return;
    }
    if let Value::Obj(o) = &stack[slot] {
        // The copy below owns one more reference.
        std::mem::forget(o.clone());
    }
    stack.reserve(1);
    let len = stack.len();
    // SAFETY: `slot < len` was checked and `reserve(1)` leaves room at
    // `len`; source and destination are distinct slots of one allocation.
    // For an object the count was raised above, so the bitwise copy owns a
    // reference of its own; other variants are plain data.
    unsafe {
        let base = stack.as_mut_ptr();
        std::ptr::copy_nonoverlapping(base.add(slot), base.add(len), 1);
        stack.set_len(len + 1);
    }
}

/// Pops the top of `stack` into `stack[slot]` (a local), releasing what the
/// slot held, moving the 16 bytes memory to memory.
#[inline(always)]
pub(super) fn move_top_into_slot(stack: &mut Vec<Value>, slot: usize) {
    let len = stack.len();
    if len == 0 || slot + 1 >= len {
        // Not a local below the top: the general (never expected) path.
        let v = pop(stack);
        if let Some(s) = stack.get_mut(slot) {
            *s = v;
        }
        return;
    }
    let old = std::mem::replace(&mut stack[slot], Value::Unbound);
    // SAFETY: `slot < len - 1`, so source (the top) and destination are
    // distinct initialised slots; the destination holds `Unbound` (plain
    // data) and is overwritten without a drop, and shortening the vector by
    // one afterwards hands ownership of the top value to the slot.
    unsafe {
        let base = stack.as_mut_ptr();
        std::ptr::copy_nonoverlapping(base.add(len - 1), base.add(slot), 1);
        stack.set_len(len - 1);
    }
    drop(old);
}

/// Moves `from[start..]` (call arguments) into the empty `to` (the
/// callee's locals) and fills the rest of its `nlocals` slots with
/// `Unbound`, leaving `from` shortened. Argument counts are small, so the
/// values are moved one by one rather than through `memcpy`.
#[inline]
pub(super) fn move_args_into_locals(
    from: &mut Vec<Value>,
    start: usize,
    to: &mut Vec<Value>,
    nlocals: usize,
) {
    debug_assert!(to.is_empty() && start <= from.len());
    let start = start.min(from.len());
    let n = from.len() - start;
    let len = n.max(nlocals);
    to.reserve(len);
    // SAFETY: `from[start..]` holds `n` initialised values and `to` (empty)
    // has room for `len` values after `reserve`; the regions belong to
    // different vectors, so they do not overlap. Slots `0..n` of `to` get
    // the arguments and `n..len` get `Unbound`, so all `len` are initialised
    // before `set_len`. After the moves `from` is shortened to `start`
    // without dropping, so each moved value is owned exactly once (by `to`).
    unsafe {
        let src = from.as_ptr().add(start);
        let dst = to.as_mut_ptr();
        for i in 0..n {
            dst.add(i).write(src.add(i).read());
        }
        for i in n..len {
            dst.add(i).write(Value::Unbound);
        }
        to.set_len(len);
        from.set_len(start);
    }
}

/// Int and float arithmetic on the two top stack slots, computed in place
/// (no temporaries moved through memory). False when the operands or the
/// operator need the general path.
#[inline(always)]
pub(super) fn fast_arith(stack: &mut Vec<Value>, op: BinOp) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    let (lo, hi) = stack.split_at_mut(n - 1);
    let result = match (&lo[n - 2], &hi[0]) {
        (Value::Int(a), Value::Int(b)) => {
            let (a, b) = (*a, *b);
            let r = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                BinOp::Mod if b > 0 && a >= 0 => Some(a % b),
                BinOp::FloorDiv if b > 0 && a >= 0 => Some(a / b),
                BinOp::And => Some(a & b),
                BinOp::Or => Some(a | b),
                BinOp::Xor => Some(a ^ b),
                _ => None,
            };
            match r {
                Some(r) => Value::Int(r),
                None => return false,
            }
        }
        (Value::Float(a), Value::Float(b)) => match op {
            BinOp::Add => Value::Float(a + b),
            BinOp::Sub => Value::Float(a - b),
            BinOp::Mul => Value::Float(a * b),
            BinOp::TrueDiv if *b != 0.0 => Value::Float(a / b),
            _ => return false,
        },
        (Value::Float(a), Value::Int(b)) => match op {
            BinOp::Add => Value::Float(a + *b as f64),
            BinOp::Sub => Value::Float(a - *b as f64),
            BinOp::Mul => Value::Float(a * *b as f64),
            BinOp::TrueDiv if *b != 0 => Value::Float(a / *b as f64),
            _ => return false,
        },
        (Value::Int(a), Value::Float(b)) => match op {
            BinOp::Add => Value::Float(*a as f64 + b),
            BinOp::Sub => Value::Float(*a as f64 - b),
            BinOp::Mul => Value::Float(*a as f64 * b),
            BinOp::TrueDiv if *b != 0.0 => Value::Float(*a as f64 / b),
            _ => return false,
        },
        _ => return false,
    };
    // SAFETY: the top slot holds an int or a float (matched above), which
    // owns nothing, so forgetting it without a drop leaks nothing; the
    // slot below (the other operand) is inline too and is overwritten.
    unsafe { stack.set_len(n - 1) };
    stack[n - 2] = result;
    true
}

/// The index `i` (negative from the end) into a sequence of `len` items,
/// when it is in range.
#[inline(always)]
fn index_in(len: usize, i: i64) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    usize::try_from(j).ok().filter(|&j| j < len)
}

/// `list[int]`, `tuple[int]` and ASCII `str[int]` with the index in range,
/// on the two top stack slots in place. False (nothing changed) for the
/// general path.
#[inline(always)]
pub(super) fn fast_subscr(stack: &mut Vec<Value>) -> bool {
    let n = stack.len();
    if n < 2 {
        return false;
    }
    let (Value::Obj(o), Value::Int(i)) = (&stack[n - 2], &stack[n - 1]) else {
        return false;
    };
    let item = match o.kind() {
        ObjKind::List(l) => match l.try_len().ok().and_then(|len| index_in(len, *i)) {
            Some(j) => match l.get(j) {
                Some(item) => item,
                None => return false,
            },
            None => return false,
        },
        ObjKind::Tuple(t) => match index_in(t.len(), *i) {
            Some(j) => t[j].clone(),
            None => return false,
        },
        ObjKind::Str(s) if s.is_ascii() => match index_in(s.char_len(), *i) {
            Some(j) => crate::objects::str::ascii_char_value(s.as_str().as_bytes()[j]),
            None => return false,
        },
        _ => return false,
    };
    // SAFETY: the top slot holds an int (matched above), which owns
    // nothing, so forgetting it without a drop leaks nothing.
    unsafe { stack.set_len(n - 1) };
    stack[n - 2] = item;
    true
}

/// `seq[start:stop]` for a str, list or tuple with int or None bounds:
/// the `BuildSlice(2)` and `Subscr` pair on the three top stack slots,
/// without making the slice object. False (nothing changed) for the
/// general path.
pub(super) fn fast_slice(stack: &mut Vec<Value>) -> bool {
    let Some([Value::Obj(seq), start, stop]) = stack.last_chunk::<3>() else {
        return false;
    };
    let bound = |v: &Value| match v {
        Value::Int(i) => Some(Some(*i)),
        Value::None => Some(None),
        _ => None,
    };
    let (Some(start), Some(stop)) = (bound(start), bound(stop)) else {
        return false;
    };
    // The bounds as CPython clamps them for a step of 1 (an empty slice
    // where stop comes before start).
    let range = |len: usize| {
        let (a, b) = super::subscript::clamp_bounds(len as i64, 1, start, stop);
        (a as usize, b.max(a) as usize)
    };
    let out = match seq.kind() {
        ObjKind::Str(s) => {
            let (a, b) = range(s.char_len());
            Value::obj(ObjKind::Str(s.slice(a, b)))
        }
        ObjKind::List(l) => {
            let items = seq.get().read(l);
            let (a, b) = range(items.len());
            crate::builtins::new_list(items[a..b].to_vec())
        }
        ObjKind::Tuple(t) => {
            let (a, b) = range(t.len());
            crate::builtins::new_tuple(t[a..b].to_vec())
        }
        _ => return false,
    };
    // The bounds are ints or None, which own nothing; the sequence is
    // dropped with its slot.
    stack.truncate(stack.len() - 2);
    if let Some(top) = stack.last_mut() {
        *top = out;
    }
    true
}

/// `UnpackSequence(n)` of a tuple or list of exactly `n` items on top of
/// the stack: replaces it with its items, the first on top. False (nothing
/// changed) for the general path, which also raises on a length mismatch.
#[inline(always)]
pub(super) fn fast_unpack(stack: &mut Vec<Value>, n: usize) -> bool {
    let Some(Value::Obj(o)) = stack.last() else {
        return false;
    };
    let seq = o.clone();
    match seq.kind() {
        ObjKind::Tuple(t) if t.len() == n => {
            stack.pop();
            stack.extend(t.iter().rev().cloned());
        }
        ObjKind::List(l) => {
            let items = seq.get().read(l);
            if items.len() != n {
                return false;
            }
            stack.pop();
            stack.extend(items.iter().rev().cloned());
        }
        _ => return false,
    }
    true
}

/// `list[int] = value` with the index in range on a list this thread may
/// write, on the three top stack slots. False (nothing changed) for the
/// general path, which also raises whatever is to be raised.
#[inline(always)]
pub(super) fn fast_store_subscr(stack: &mut Vec<Value>) -> bool {
    let n = stack.len();
    if n < 3 {
        return false;
    }
    let (below, top_two) = stack.split_at_mut(n - 2);
    let (Value::Obj(o), Value::Int(i)) = (&top_two[0], &top_two[1]) else {
        return false;
    };
    let ObjKind::List(l) = o.kind() else {
        return false;
    };
    if o.get().write_refusal().is_some() {
        return false;
    }
    let Some(j) = l.try_len().ok().and_then(|len| index_in(len, *i)) else {
        return false;
    };
    let value = std::mem::replace(&mut below[n - 3], Value::None);
    match l.replace(j, value) {
        Ok(old) => {
            // Released after the list's own borrow: its release may free
            // objects that are not this list's business.
            drop(old);
            stack.truncate(n - 3);
            true
        }
        Err(value) => {
            below[n - 3] = value;
            false
        }
    }
}

/// Int and float comparisons, and str equality, of the two top stack
/// slots: pops them and gives the outcome, or None (nothing popped) for the
/// general path.
#[inline(always)]
pub(super) fn fast_compare_pop(stack: &mut Vec<Value>, op: CmpOp) -> Option<bool> {
    let n = stack.len();
    if n < 2 {
        return None;
    }
    let r = match (&stack[n - 2], &stack[n - 1]) {
        (Value::Int(a), Value::Int(b)) => ordered_cmp(op, a, b),
        (Value::Float(a), Value::Float(b)) => ordered_cmp(op, a, b),
        (Value::Obj(a), Value::Obj(b)) => {
            let equal = match (op, a.kind(), b.kind()) {
                (CmpOp::Eq | CmpOp::Ne, ObjKind::Str(x), ObjKind::Str(y)) => {
                    a.ptr_eq(b) || x.as_str() == y.as_str()
                }
                _ => return None,
            };
            stack.truncate(n - 2);
            return Some(equal == matches!(op, CmpOp::Eq));
        }
        _ => return None,
    };
    // SAFETY: both slots hold ints or floats (matched above), which own
    // nothing, so forgetting them without a drop leaks nothing.
    unsafe { stack.set_len(n - 2) };
    Some(r)
}

/// `a + b` (or `a += b`) for two strs on top of the stack, appending `b`
/// to `a` in place when nothing else refers to `a`: a temporary, or a
/// local that the next instruction (`next`) stores the result back into,
/// as in `s += t` or `s = s + t`. The local is cleared first, as CPython
/// does, so that the stack holds the only reference. Returns false, with
/// the stack untouched, when the general path must run.
#[inline]
pub(super) fn concat_in_place(stack: &mut Vec<Value>, next: Option<&Instr>) -> bool {
    let Some(a) = concat_target(stack) else {
        return false;
    };
    let slot = match next {
        Some(&Instr::StoreFast(slot)) => slot as usize,
        Some(&Instr::StoreFastLoadFast(slot, _)) => usize::from(slot),
        _ => usize::MAX,
    };
    if a.refcount() == 2 && matches!(stack.get(slot), Some(Value::Obj(o)) if o.ptr_eq(a)) {
        // The store that follows puts the result back here.
        stack[slot] = Value::Unbound;
    }
    append_to_unique(stack)
}

/// The left operand of a str `+` on top of the stack, when the sum might
/// be made by appending to it: both are strs and the left one is mutable
/// and not the right one.
#[inline]
pub(super) fn concat_target(stack: &[Value]) -> Option<&ObjRef> {
    let [Value::Obj(a), Value::Obj(b)] = stack.last_chunk::<2>()? else {
        return None;
    };
    let both_str = matches!((a.kind(), b.kind()), (ObjKind::Str(_), ObjKind::Str(_)));
    (both_str && !a.is_frozen() && !a.ptr_eq(b)).then_some(a)
}

/// Appends the str on top of the stack to the str below it and pops it,
/// when the stack holds the only reference to the one below; returns false,
/// with the stack untouched, otherwise.
pub(super) fn append_to_unique(stack: &mut Vec<Value>) -> bool {
    let Some([Value::Obj(a), Value::Obj(b)]) = stack.last_chunk_mut::<2>() else {
        return false;
    };
    let (ObjKind::Str(tail), Some(ObjKind::Str(text))) = (b.kind(), a.unique_kind_mut()) else {
        return false;
    };
    text.push(tail);
    a.get().recharge();
    stack.pop();
    true
}

/// The next value of a range, list, tuple or str iterator on top of the
/// stack (see [`crate::objects::iter::IterState::step_plain`]):
/// Some(Some(v)), or Some(None) at its end; None for any other iterator.
#[inline(always)]
pub(super) fn fast_iter_next(stack: &[Value]) -> Option<Option<Value>> {
    let Some(Value::Obj(o)) = stack.last() else {
        return None;
    };
    let ObjKind::Iterator(cell) = o.kind() else {
        return None;
    };
    if o.is_frozen() {
        return None;
    }
    let mut state = cell.try_borrow_mut().ok()?;
    state.step_plain()
}
