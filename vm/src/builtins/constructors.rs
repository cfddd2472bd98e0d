//! STUB
use crate::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
/// stub
pub fn construct(_vm: &mut Vm, _class: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::type_error("stub"))
}
