//! Arrays across the Rust face: `Arg::Array` in, numpy in the script,
//! `Arg::Array` (or a scalar's value) out.

use taipan::{Arg, Array, DType, Runtime};

const MODULE: &str = r#"
import numpy as np
from concurrent.futures import ThreadPoolExecutor

TABLE = np.arange(6).reshape(2, 3)

def describe(a):
    return [str(a.dtype), list(a.shape), a.tolist()]

def chw(img):
    return (img.astype(np.float32) / 255.0).transpose(2, 0, 1)

def total(a):
    return a.sum()

def first_flag(a):
    return a[0]

def every_other(a):
    return a[::2, ::-1]

def halves(a):
    return a.astype(np.float16) / 2

def table_shape():
    return list(TABLE.shape)

def reshape_table():
    TABLE.shape = (3, 2)

def set_shape(a):
    a.shape = (2, -1)
    return list(a.shape)

def set_shape_in_worker(n):
    a = np.arange(n)
    with ThreadPoolExecutor(1) as ex:
        return ex.submit(set_shape, a).result()
"#;

fn module() -> taipan::SharedModule {
    let rt = Runtime::builder().build();
    let program = rt.compile_str("arrays.py", MODULE).expect("compiles");
    rt.load(&program).expect("loads")
}

fn array_arg(a: Array) -> [Arg; 1] {
    [Arg::Array(a)]
}

#[test]
fn an_array_reaches_the_script_as_an_ndarray() {
    let m = module();
    let a = Array::from_elements(vec![2, 2], &[1u8, 2, 254, 255]).unwrap();
    let got = m.call("describe", &array_arg(a)).unwrap();
    let rows = Arg::List(vec![
        Arg::List(vec![Arg::Int(1), Arg::Int(2)]),
        Arg::List(vec![Arg::Int(254), Arg::Int(255)]),
    ]);
    assert_eq!(
        got,
        Arg::List(vec![
            Arg::Str("uint8".into()),
            Arg::List(vec![Arg::Int(2), Arg::Int(2)]),
            rows
        ])
    );
}

#[test]
fn a_result_array_comes_back_in_c_order_with_its_dtype() {
    let m = module();
    let img = Array::from_elements(vec![1, 2, 3], &[0u8, 51, 255, 102, 204, 0]).unwrap();
    let Arg::Array(out) = m.call("chw", &array_arg(img)).unwrap() else {
        panic!("expected an array");
    };
    assert_eq!(out.dtype(), DType::Float32);
    assert_eq!(out.shape(), &[3, 1, 2]);
    assert_eq!(
        out.to_vec::<f32>().unwrap(),
        vec![0.0, 0.4, 0.2, 0.8, 1.0, 0.0]
    );
    let grid = Array::from_elements(vec![3, 2], &[1i64, 2, 3, 4, 5, 6]).unwrap();
    let Arg::Array(view) = m.call("every_other", &array_arg(grid)).unwrap() else {
        panic!("expected an array");
    };
    assert_eq!(view.shape(), &[2, 2]);
    assert_eq!(view.to_vec::<i64>().unwrap(), vec![2, 1, 6, 5]);
}

#[test]
fn numpy_scalars_come_back_as_python_values() {
    let m = module();
    let ints = Array::from_elements(vec![3], &[1i32, 2, 3]).unwrap();
    assert_eq!(m.call("total", &array_arg(ints)), Ok(Arg::Int(6)));
    let floats = Array::from_elements(vec![2], &[0.25f64, 0.5]).unwrap();
    assert_eq!(m.call("total", &array_arg(floats)), Ok(Arg::Float(0.75)));
    let flags = Array::from_elements(vec![2], &[true, false]).unwrap();
    assert_eq!(m.call("first_flag", &array_arg(flags)), Ok(Arg::Bool(true)));
}

#[test]
fn float16_and_empty_arrays_cross_too() {
    let m = module();
    let a = Array::from_elements(vec![2], &[3i16, -5]).unwrap();
    let Arg::Array(h) = m.call("halves", &array_arg(a)).unwrap() else {
        panic!("expected an array");
    };
    assert_eq!(h.dtype(), DType::Float16);
    // 1.5 and -2.5 as IEEE binary16 bits.
    assert_eq!(
        h.bytes(),
        [0x3e00u16.to_ne_bytes(), 0xc100u16.to_ne_bytes()].concat()
    );
    let empty = Array::from_bytes(DType::Float64, vec![0, 3], &[]).unwrap();
    let Arg::Array(e) = m.call("every_other", &array_arg(empty)).unwrap() else {
        panic!("expected an array");
    };
    assert_eq!(e.shape(), &[0, 3]);
    assert!(e.bytes().is_empty());
}

#[test]
fn the_shape_of_a_frozen_array_cannot_change() {
    let m = module();
    // TABLE was frozen with the module: its shape is read by every thread
    // without locks, so `TABLE.shape = …` raises the contract's error.
    let e = m.call("reshape_table", &[]).expect_err("refused");
    assert_eq!(e.kind, "TypeError");
    assert!(
        e.traceback
            .contains("cannot modify this array (global 'TABLE' of module 'arrays')")
            && e.traceback.contains("shared with worker threads"),
        "{}",
        e.traceback
    );
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let want = Arg::List(vec![Arg::Int(2), Arg::Int(3)]);
                assert_eq!(m.call("table_shape", &[]), Ok(want));
            });
        }
    });
    // An array of the caller's own reshapes in place; the read-only copy a
    // worker receives as its argument refuses.
    let got = m.call(
        "set_shape",
        &array_arg(Array::from_elements(vec![4], &[1i64, 2, 3, 4]).unwrap()),
    );
    assert_eq!(got, Ok(Arg::List(vec![Arg::Int(2), Arg::Int(2)])));
    let e = m
        .call("set_shape_in_worker", &[Arg::Int(4)])
        .expect_err("refused");
    assert_eq!(e.kind, "TypeError");
    assert!(
        e.traceback.contains("read-only copy of an argument"),
        "{}",
        e.traceback
    );
}
