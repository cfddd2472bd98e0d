//! A panic inside native code (a bug) is caught at the call boundary: the
//! call fails with SystemError, the thread's VM is replaced, and the other
//! calls and workers go on.

use taipan::{Arg, Runtime};
use taipan_vm::error::PyResult;
use taipan_vm::interp::import::new_module;
use taipan_vm::objects::function::Args;
use taipan_vm::types::native_function;
use taipan_vm::{Value, Vm};

fn explode(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    panic!("the shim's invariant broke")
}

fn crashy(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module("crashy");
    vm.module_set(&m, "explode", native_function("explode", explode, false))?;
    Ok(m)
}

const MODULE: &str = r#"
import crashy
from concurrent.futures import ThreadPoolExecutor

def boom():
    return crashy.explode()

def double(x):
    return 2 * x

def through_a_pool():
    with ThreadPoolExecutor(1) as ex:
        bad = ex.submit(boom)
        try:
            bad.result()
        except SystemError as e:
            first = str(e)
        return first, ex.submit(double, 21).result()
"#;

#[test]
fn a_native_panic_becomes_system_error_and_the_thread_goes_on() {
    let rt = Runtime::builder().module("crashy", crashy).build();
    let program = rt.compile_str("iso.py", MODULE).expect("compiles");
    let module = rt.load(&program).expect("loads");
    let e = module.call("boom", &[]).expect_err("fails");
    assert_eq!(e.kind, "SystemError");
    assert!(
        e.traceback.contains("the shim's invariant broke"),
        "{}",
        e.traceback
    );
    assert_eq!(module.call("double", &[Arg::Int(4)]), Ok(Arg::Int(8)));
    let r = module.call("through_a_pool", &[]).expect("runs");
    let Arg::Tuple(items) = r else {
        panic!("a tuple")
    };
    assert!(matches!(&items[0], Arg::Str(s) if s.contains("the shim's invariant broke")));
    assert_eq!(items[1], Arg::Int(42));
}
