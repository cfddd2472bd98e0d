//! Breaking cycles: emptying the mutable containers of objects that are
//! about to go, so that their reference counts fall to zero.
//!
//! Every cycle of Python objects runs through a container whose contents
//! can change after it is made — a list, dict, set, cell, class namespace,
//! function attribute dict, exception state or suspended generator frame —
//! because an object that cannot change can only refer to objects older
//! than itself. Emptying those containers therefore breaks every cycle
//! among the objects emptied, and reference counting frees the rest. Both
//! the cycle collector and a dropped VM's teardown use this.

use crate::interp::frame::Frame;
use crate::object::ObjKind;
use crate::objects::dict::Dict;
use crate::objects::set_table::SetTable;
use crate::value::{ObjRef, Value};
use std::cell::RefCell;

/// What emptying containers took out. It is dropped only once every
/// container of the batch is empty, so no count falls to zero (and nothing
/// is freed) while the batch is still being walked.
#[derive(Default)]
struct Taken {
    values: Vec<Value>,
    // Whole item vectors, moved rather than copied: appending a big list's
    // items to `values` would hold them twice at the peak.
    lists: Vec<Vec<Value>>,
    dicts: Vec<Dict>,
    sets: Vec<SetTable<Value>>,
    // Boxed as generators hold them: taking one out moves a pointer.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
}

/// Empties each of `objects` that is a mutable container, then drops what
/// they held (which frees whatever only they kept alive).
pub(crate) fn empty_all<'a>(objects: impl IntoIterator<Item = &'a ObjRef>) {
    let mut taken = Taken::default();
    for o in objects {
        empty(o, &mut taken);
    }
    drop(taken);
}

/// Moves the contents of one object, if it is a mutable container, into
/// `taken`. A container that native code has borrowed is left as it is
/// (callers only pass objects nothing else is using).
fn empty(o: &ObjRef, taken: &mut Taken) {
    match o.kind() {
        ObjKind::List(items) => {
            if let Ok(mut items) = items.try_borrow_mut() {
                taken.lists.push(std::mem::take(&mut *items));
            }
        }
        ObjKind::Dict(d) => take_dict(d, taken),
        ObjKind::Class(c) => take_dict(&c.dict, taken),
        ObjKind::Function(f) => take_dict(&f.attrs, taken),
        ObjKind::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                taken.sets.push(std::mem::take(&mut *s));
            }
        }
        ObjKind::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                taken.values.push(std::mem::replace(&mut *c, Value::None));
            }
        }
        ObjKind::Instance(i) => {
            if let Some(Ok(mut exc)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                taken.values.append(&mut exc.args);
                taken.values.extend(exc.cause.take());
                taken.values.extend(exc.context.take());
                taken.values.extend(exc.name_scope.take());
            }
        }
        ObjKind::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                taken.frames.extend(g.frame.take());
            }
        }
        _ => {}
    }
}

fn take_dict(d: &RefCell<Dict>, taken: &mut Taken) {
    if let Ok(mut d) = d.try_borrow_mut() {
        taken.dicts.push(std::mem::take(&mut *d));
    }
}
