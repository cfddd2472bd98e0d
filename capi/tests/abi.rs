//! The C ABI, driven from Rust the way a C program drives it.

use std::ffi::{CStr, CString};
use std::ptr::{null, null_mut};
use taipan_c::*;

const SCRIPT: &str = "SCALE = 2\ndef scale(xs):\n    return [x * SCALE for x in xs]\ndef fail(x):\n    return 1 // x\ndef pair(s):\n    return (s.upper(), {s: len(s)})\ndef spin():\n    while True:\n        pass\ndef hog():\n    x = []\n    while True:\n        x.append('y' * 100)\ndef deep(n):\n    return 0 if n == 0 else deep(n - 1)\ndef doubled(a):\n    return (a * 2).T\n";

fn load() -> (*mut TpRuntime, *mut TpProgram, *mut TpModule) {
    let path = CString::new("abi.py").unwrap();
    let source = CString::new(SCRIPT).unwrap();
    let rt = tp_runtime_new();
    let mut program = null_mut();
    let mut module = null_mut();
    let mut err = null_mut();
    // SAFETY: valid handles and strings; out-parameters point to locals.
    unsafe {
        assert_eq!(
            tp_compile_str(rt, path.as_ptr(), source.as_ptr(), &mut program, &mut err),
            TP_OK
        );
        assert_eq!(tp_load(rt, program, &mut module, &mut err), TP_OK);
    }
    (rt, program, module)
}

fn free_all(rt: *mut TpRuntime, program: *mut TpProgram, module: *mut TpModule) {
    // SAFETY: each handle is live and freed once.
    unsafe {
        assert_eq!(tp_module_free(module), TP_OK);
        assert_eq!(tp_program_free(program), TP_OK);
        assert_eq!(tp_runtime_free(rt), TP_OK);
    }
}

#[test]
fn calls_with_values_in_and_out() {
    let (rt, program, module) = load();
    let name = CString::new("scale").unwrap();
    // SAFETY: the values are live until freed at the end.
    unsafe {
        let list = tp_value_list();
        assert_eq!(tp_value_append(list, tp_value_int(3)), TP_OK);
        assert_eq!(tp_value_append(list, tp_value_float(0.5)), TP_OK);
        let args = [list as *const TpValue];
        let mut result = null_mut();
        let mut err = null_mut();
        assert_eq!(
            tp_call(
                module,
                name.as_ptr(),
                args.as_ptr(),
                1,
                &mut result,
                &mut err
            ),
            TP_OK
        );
        assert_eq!(tp_value_kind(result), TP_LIST);
        assert_eq!(tp_value_len(result), 2);
        let mut i = 0i64;
        assert_eq!(tp_value_as_int(tp_value_item(result, 0), &mut i), TP_OK);
        assert_eq!(i, 6);
        let mut f = 0f64;
        assert_eq!(tp_value_as_float(tp_value_item(result, 1), &mut f), TP_OK);
        assert_eq!(f, 1.0);
        assert!(tp_value_item(result, 2).is_null());
        tp_value_free(result);
        tp_value_free(list);

        let pair = CString::new("pair").unwrap();
        let s = tp_value_str(b"ab".as_ptr().cast(), 2);
        let args = [s as *const TpValue];
        assert_eq!(
            tp_call(
                module,
                pair.as_ptr(),
                args.as_ptr(),
                1,
                &mut result,
                &mut err
            ),
            TP_OK
        );
        assert_eq!(tp_value_kind(result), TP_TUPLE);
        let (mut data, mut len) = (null(), 0usize);
        assert_eq!(
            tp_value_as_bytes(tp_value_item(result, 0), &mut data, &mut len),
            TP_OK
        );
        assert_eq!(std::slice::from_raw_parts(data, len), b"AB");
        let d = tp_value_item(result, 1);
        assert_eq!(tp_value_kind(d), TP_DICT);
        assert_eq!(tp_value_as_int(tp_value_dict_value(d, 0), &mut i), TP_OK);
        assert_eq!(i, 2);
        tp_value_free(result);
        tp_value_free(s);
    }
    free_all(rt, program, module);
}

#[test]
fn arrays_go_in_copied_and_come_out_lent() {
    let (rt, program, module) = load();
    let name = CString::new("doubled").unwrap();
    let shape = [2usize, 3];
    let elements = [1.5f32, 2.0, 3.0, 4.0, 5.0, 6.0];
    // SAFETY: the pointers cover the arrays above; values are freed once.
    unsafe {
        let nbytes = std::mem::size_of_val(&elements);
        let a = tp_value_array(
            TP_DTYPE_FLOAT32,
            2,
            shape.as_ptr(),
            elements.as_ptr().cast(),
            nbytes,
        );
        assert_eq!(tp_value_kind(a), TP_ARRAY);
        let args = [a as *const TpValue];
        let (mut result, mut err) = (null_mut(), null_mut());
        assert_eq!(
            tp_call(
                module,
                name.as_ptr(),
                args.as_ptr(),
                1,
                &mut result,
                &mut err
            ),
            TP_OK
        );
        let (mut dtype, mut ndim, mut dims, mut data, mut len) =
            (-1, 0usize, null(), null(), 0usize);
        assert_eq!(
            tp_value_as_array(result, &mut dtype, &mut ndim, &mut dims, &mut data, &mut len),
            TP_OK
        );
        assert_eq!((dtype, ndim, len), (TP_DTYPE_FLOAT32, 2, 24));
        assert_eq!(std::slice::from_raw_parts(dims, ndim), &[3, 2]);
        assert_eq!(data as usize % 8, 0);
        let out = std::slice::from_raw_parts(data.cast::<f32>(), 6);
        assert_eq!(out, &[3.0, 8.0, 4.0, 10.0, 6.0, 12.0]);
        // A missing out pointer; a value that is not an array.
        assert_eq!(
            tp_value_as_array(
                args[0],
                &mut dtype,
                null_mut(),
                &mut dims,
                &mut data,
                &mut len
            ),
            TP_ERR_NULL
        );
        let i = tp_value_int(1);
        assert_eq!(
            tp_value_as_array(i, &mut dtype, &mut ndim, &mut dims, &mut data, &mut len),
            TP_ERR_TYPE
        );
        tp_value_free(i);
        tp_value_free(result);
        tp_value_free(a);

        // Bad input gives null, never a crash.
        assert!(tp_value_array(99, 2, shape.as_ptr(), elements.as_ptr().cast(), nbytes).is_null());
        assert!(tp_value_array(
            TP_DTYPE_FLOAT32,
            2,
            shape.as_ptr(),
            elements.as_ptr().cast(),
            20
        )
        .is_null());
        assert!(tp_value_array(
            TP_DTYPE_FLOAT32,
            2,
            null(),
            elements.as_ptr().cast(),
            nbytes
        )
        .is_null());
        assert!(tp_value_array(TP_DTYPE_FLOAT32, 2, shape.as_ptr(), null(), nbytes).is_null());
        assert_eq!(tp_dtype_itemsize(TP_DTYPE_FLOAT64), 8);
        assert_eq!(tp_dtype_itemsize(-3), 0);
    }
    free_all(rt, program, module);
}

/// Calls a function of no arguments (or of one int) under `options` and
/// gives the status and the error's kind.
///
/// # Safety
/// `module` is live; `options` is null or readable with a live token.
unsafe fn call_kind(
    module: *const TpModule,
    function: &str,
    arg: Option<i64>,
    options: *const TpCallOptions,
) -> (i32, String) {
    let name = CString::new(function).unwrap();
    let mut result = null_mut();
    let mut err = null_mut();
    // SAFETY: as promised by the caller; the argument lives for the call.
    unsafe {
        let value = arg.map(|i| tp_value_int(i));
        let args: Vec<*const TpValue> = value.iter().map(|v| *v as *const TpValue).collect();
        let status = tp_call_opts(
            module,
            name.as_ptr(),
            args.as_ptr(),
            args.len(),
            options,
            &mut result,
            &mut err,
        );
        value.into_iter().for_each(|v| {
            tp_value_free(v);
        });
        let kind = match status {
            TP_OK => {
                tp_value_free(result);
                String::new()
            }
            TP_ERR_PYTHON => {
                let kind = CStr::from_ptr(tp_error_kind(err)).to_str().unwrap();
                let kind = kind.to_string();
                tp_error_free(err);
                kind
            }
            _ => String::new(),
        };
        (status, kind)
    }
}

#[test]
fn limits_and_cancellation_per_call() {
    let (rt, program, module) = load();
    let limited = |timeout_s: f64, heap_budget: usize, recursion_limit: usize| TpCallOptions {
        timeout_s,
        heap_budget,
        recursion_limit,
        cancel: null(),
    };
    // SAFETY: live handles; options live on the stack for each call.
    unsafe {
        let timeout = limited(0.1, 0, 0);
        assert_eq!(
            call_kind(module, "spin", None, &timeout),
            (TP_ERR_PYTHON, "TimeoutError".to_string())
        );
        let heap = limited(0.0, 8 << 20, 0);
        assert_eq!(
            call_kind(module, "hog", None, &heap),
            (TP_ERR_PYTHON, "MemoryError".to_string())
        );
        let shallow = limited(0.0, 0, 20);
        assert_eq!(
            call_kind(module, "deep", Some(30), &shallow),
            (TP_ERR_PYTHON, "RecursionError".to_string())
        );
        assert_eq!(call_kind(module, "deep", Some(30), null()).0, TP_OK);

        let token = tp_cancel_token_new();
        let cancelled = TpCallOptions {
            cancel: token,
            ..limited(0.0, 0, 0)
        };
        let token_addr = token as usize;
        let canceller = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(100));
            // SAFETY: the token outlives this thread (joined below).
            tp_cancel_token_cancel(token_addr as *const TpCancelToken)
        });
        assert_eq!(
            call_kind(module, "spin", None, &cancelled),
            (TP_ERR_PYTHON, "KeyboardInterrupt".to_string())
        );
        assert_eq!(canceller.join().unwrap(), TP_OK);
        assert_eq!(tp_cancel_token_free(token), TP_OK);
        let bad = TpCallOptions {
            cancel: program.cast::<TpCancelToken>(),
            ..limited(0.0, 0, 0)
        };
        assert_eq!(
            call_kind(module, "deep", Some(1), &bad).0,
            TP_ERR_INVALID_HANDLE
        );
    }
    free_all(rt, program, module);
}

#[test]
fn python_errors_and_bad_handles_are_reported() {
    let (rt, program, module) = load();
    let name = CString::new("fail").unwrap();
    // SAFETY: live handles, plus deliberately null and mistyped ones.
    unsafe {
        let zero = tp_value_int(0);
        let args = [zero as *const TpValue];
        let mut result = null_mut();
        let mut err = null_mut();
        assert_eq!(
            tp_call(
                module,
                name.as_ptr(),
                args.as_ptr(),
                1,
                &mut result,
                &mut err
            ),
            TP_ERR_PYTHON
        );
        assert_eq!(
            CStr::from_ptr(tp_error_kind(err)).to_str().unwrap(),
            "ZeroDivisionError"
        );
        let tb = CStr::from_ptr(tp_error_traceback(err)).to_str().unwrap();
        assert!(tb.contains("line 5, in fail"), "{tb}");
        tp_error_free(err);

        assert_eq!(
            tp_call(null(), name.as_ptr(), null(), 0, &mut result, null_mut()),
            TP_ERR_NULL
        );
        assert_eq!(
            tp_call(
                program.cast::<TpModule>(),
                name.as_ptr(),
                null(),
                0,
                &mut result,
                null_mut()
            ),
            TP_ERR_INVALID_HANDLE
        );
        assert_eq!(tp_value_append(zero, tp_value_none()), TP_ERR_TYPE);
        assert_eq!(tp_value_kind(null()), -1);
        let bad = [b'a', 0xff];
        let s = tp_value_str(bad.as_ptr().cast(), 2);
        let (mut data, mut len) = (null(), 0usize);
        assert_eq!(tp_value_as_bytes(s, &mut data, &mut len), TP_OK);
        assert_eq!(
            std::slice::from_raw_parts(data, len),
            "a\u{fffd}".as_bytes()
        );
        tp_value_free(s);
        tp_value_free(zero);

        let mut p = null_mut();
        let broken = CString::new("def f(:\n").unwrap();
        let path = CString::new("broken.py").unwrap();
        assert_eq!(
            tp_compile_str(rt, path.as_ptr(), broken.as_ptr(), &mut p, &mut err),
            TP_ERR_PYTHON
        );
        assert_eq!(
            CStr::from_ptr(tp_error_kind(err)).to_str().unwrap(),
            "SyntaxError"
        );
        tp_error_free(err);
    }
    free_all(rt, program, module);
}

#[test]
fn one_module_many_threads() {
    let (rt, program, module) = load();
    let module_addr = module as usize;
    std::thread::scope(|s| {
        for t in 0..8i64 {
            s.spawn(move || {
                let name = CString::new("scale").unwrap();
                let module = module_addr as *const TpModule;
                for i in 0..200i64 {
                    // SAFETY: the module outlives the scope; values are freed here.
                    unsafe {
                        let list = tp_value_list();
                        tp_value_append(list, tp_value_int(t * 1000 + i));
                        let args = [list as *const TpValue];
                        let mut result = null_mut();
                        let mut err = null_mut();
                        assert_eq!(
                            tp_call(
                                module,
                                name.as_ptr(),
                                args.as_ptr(),
                                1,
                                &mut result,
                                &mut err
                            ),
                            TP_OK
                        );
                        let mut out = 0i64;
                        tp_value_as_int(tp_value_item(result, 0), &mut out);
                        assert_eq!(out, 2 * (t * 1000 + i));
                        tp_value_free(result);
                        tp_value_free(list);
                    }
                }
            });
        }
    });
    free_all(rt, program, module);
}

#[test]
fn a_runtime_reads_only_the_granted_directories() {
    let dir = std::env::temp_dir().join(format!("taipan_capi_access_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("in.txt"), "granted").unwrap();
    let source =
        CString::new("def read(p):\n    with open(p) as f:\n        return f.read()\n").unwrap();
    let path = CString::new("access.py").unwrap();
    let granted = CString::new(dir.display().to_string()).unwrap();
    let read_dirs = [granted.as_ptr(), null()];
    let name = CString::new("read").unwrap();
    // SAFETY: valid, null-terminated lists and strings; out-parameters
    // point to locals; every handle is freed once.
    unsafe {
        let mut rt = null_mut();
        assert_eq!(
            tp_runtime_new_with_access(read_dirs.as_ptr(), null(), &mut rt),
            TP_OK
        );
        let (mut program, mut module, mut err) = (null_mut(), null_mut(), null_mut());
        assert_eq!(
            tp_compile_str(rt, path.as_ptr(), source.as_ptr(), &mut program, &mut err),
            TP_OK
        );
        assert_eq!(tp_load(rt, program, &mut module, &mut err), TP_OK);
        for (file, expected) in [
            (dir.join("in.txt").display().to_string(), TP_OK),
            ("/etc/hostname".to_string(), TP_ERR_PYTHON),
        ] {
            let arg = tp_value_str(file.as_ptr().cast(), file.len());
            let args = [arg as *const TpValue];
            let mut result = null_mut();
            let mut err = null_mut();
            let code = tp_call(
                module,
                name.as_ptr(),
                args.as_ptr(),
                1,
                &mut result,
                &mut err,
            );
            assert_eq!(code, expected);
            if code == TP_ERR_PYTHON {
                let kind = CStr::from_ptr(tp_error_kind(err)).to_str().unwrap();
                assert_eq!(kind, "PermissionError");
                tp_error_free(err);
            } else {
                tp_value_free(result);
            }
            tp_value_free(arg);
        }
        free_all(rt, program, module);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
