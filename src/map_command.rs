//! `taipan map script.py:function INPUT… --threads N [--out DIR]`: loads
//! the script once as a shared module and calls `function(input)` for
//! every input on N threads, printing the results in input order (or
//! writing one file per input).

use std::io::{IsTerminal, Write};
use std::path::Path;
use taipan::{Runtime, SharedModule};
use taipan_vm::object::ObjKind;
use taipan_vm::{PyResult, Value, Vm};

/// What one call produced: its `str()`, and its bytes when it returned bytes.
struct Rendered {
    text: String,
    bytes: Option<Vec<u8>>,
}

fn render(vm: &mut Vm, v: &Value) -> PyResult<Rendered> {
    let bytes = match v.kind() {
        Some(ObjKind::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    };
    Ok(Rendered {
        text: vm.to_str(v)?,
        bytes,
    })
}

/// Runs the command; returns the exit status.
pub fn run(args: &crate::cli::MapArgs) -> u8 {
    let crate::cli::MapArgs {
        target,
        inputs,
        threads,
        out,
        limits,
        sandbox,
    } = args;
    let out = out.as_deref();
    let Some((script, function)) = target
        .rsplit_once(':')
        .filter(|(s, f)| !s.is_empty() && !f.is_empty())
    else {
        eprintln!("taipan map: expected SCRIPT.py:FUNCTION, got '{target}'");
        return 2;
    };
    let file = crate::script_path::script_file(script);
    let dir = crate::script_path::script_dir(&file);
    let mut builder = Runtime::cli_builder(vec![script.to_string()], vec![dir])
        .capabilities(sandbox.capabilities());
    let threads =
        threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    builder = builder.default_workers(threads);
    let rt = builder.build();
    crate::interrupt_on_ctrl_c(&rt);
    let module = match rt.compile_file(&file).and_then(|p| rt.load(&p)) {
        Ok(m) => m,
        Err(e) => {
            eprint!("{}", e.traceback);
            return if e.kind == "OSError" { 2 } else { 1 };
        }
    };
    if let Some(dir) = out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("taipan map: cannot create '{dir}': {e}");
            return 2;
        }
    }
    let options = limits.options();
    let status = call_all(&rt, &module, function, inputs, threads, out, &options);
    rt.context().wait_for_threads();
    let _ = rt.context().stdout.flush();
    status
}

fn call_all(
    rt: &Runtime,
    module: &SharedModule,
    function: &str,
    inputs: &[String],
    threads: usize,
    out: Option<&str>,
    options: &taipan::CallOptions,
) -> u8 {
    let args: Vec<taipan::Arg> = inputs.iter().map(|s| taipan::Arg::Str(s.clone())).collect();
    let bar = if std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(args.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let results = module.map_with(function, &args, threads, options, render, || bar.inc(1));
    bar.finish_and_clear();
    if rt.context().interrupt.is_raised() {
        let done = results.iter().filter(|r| r.is_ok()).count();
        let _ = rt.context().stdout.flush();
        eprintln!(
            "taipan map: interrupted; {done} of {} inputs done",
            inputs.len()
        );
        return 130;
    }
    let mut status = 0;
    for (i, (input, result)) in inputs.iter().zip(results).enumerate() {
        match result {
            Ok(r) => match out {
                Some(dir) => {
                    let path = Path::new(dir).join(output_name(i, input));
                    let data = r.bytes.unwrap_or_else(|| r.text.into_bytes());
                    if let Err(e) =
                        std::fs::File::create(&path).and_then(|mut f| f.write_all(&data))
                    {
                        eprintln!("taipan map: cannot write '{}': {e}", path.display());
                        status = 1;
                    }
                }
                None => {
                    let _ = rt.context().stdout.write_str(&format!("{}\n", r.text));
                }
            },
            Err(e) => {
                let _ = rt.context().stdout.flush();
                eprint!("taipan map: {function}({input:?}) failed:\n{}", e.traceback);
                status = 1;
            }
        }
    }
    status
}

/// The file a result goes to: named after the input file when the input
/// is one, else after the input's position.
fn output_name(index: usize, input: &str) -> String {
    let p = Path::new(input);
    match p.file_name().filter(|_| p.is_file()) {
        Some(name) => format!("{}.out", name.to_string_lossy()),
        None => format!("{index:06}.out"),
    }
}
