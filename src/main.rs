//! The `taipan` command line: `run`, `map`, `check`, `dis`, `--version`.

mod cli;
mod limit_args;
mod malloc_tuning;
mod map_command;
mod sandbox;
mod script_path;

use cli::{Command, RunArgs};
use limit_args::LimitArgs;
use sandbox::SandboxArgs;
use std::process::ExitCode;
use taipan::Runtime;

/// Stack size of the thread that runs the script: deep enough for the
/// native re-entry that sort keys, `__eq__` and `__repr__` need, so that
/// the recursion limit (not the stack) is what stops runaway recursion.
const MAIN_STACK: usize = 256 << 20;

#[global_allocator]
static ALLOCATOR: taipan::ThreadArenaRealloc = taipan::ThreadArenaRealloc;

fn main() -> ExitCode {
    malloc_tuning::keep_freed_memory();
    let command = match cli::parse(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Run(RunArgs {
            threads,
            limits,
            sandbox,
            script,
            args,
        }) => {
            let handle = std::thread::Builder::new()
                .name("taipan-main".into())
                .stack_size(MAIN_STACK)
                .spawn(move || {
                    taipan_vm::compiler::declare_stack_size(MAIN_STACK);
                    run(script, threads, &limits, &sandbox, args)
                });
            match handle.map(|h| h.join()) {
                Ok(Ok(code)) => ExitCode::from(code),
                _ => ExitCode::from(70),
            }
        }
        Command::Check(scripts) => check(&scripts),
        Command::Map(args) => ExitCode::from(map_command::run(&args)),
        Command::Dis(script) => {
            let rt = Runtime::builder().build();
            match rt.compile_file(&script) {
                Ok(p) => {
                    print!("{}", p.code.disassemble());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprint!("{}", e.traceback);
                    ExitCode::from(1)
                }
            }
        }
        Command::Print(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
    }
}

/// Makes Ctrl-C raise the runtime's interrupt flag: the script sees
/// KeyboardInterrupt (its `finally` blocks run) and the exit status is 130.
/// A second Ctrl-C ends the process at once.
pub fn interrupt_on_ctrl_c(rt: &Runtime) {
    let ctx = rt.context().clone();
    let _ = ctrlc::set_handler(move || {
        if ctx.interrupt.is_raised() {
            std::process::exit(130);
        }
        ctx.interrupt.raise();
    });
}

fn run(
    script: String,
    threads: Option<usize>,
    limits: &LimitArgs,
    sandbox: &SandboxArgs,
    args: Vec<String>,
) -> u8 {
    let file = script_path::script_file(&script);
    let dir = script_path::script_dir(&file);
    let mut argv = vec![script];
    argv.extend(args);
    let mut builder = Runtime::cli_builder(argv, vec![dir]).capabilities(sandbox.capabilities());
    if let Some(n) = threads {
        builder = builder.default_workers(n);
    }
    let rt = builder.build();
    interrupt_on_ctrl_c(&rt);
    let program = match rt.compile_file(&file) {
        Ok(p) => p,
        Err(e) => {
            eprint!("{}", e.traceback);
            return if e.kind == "OSError" { 2 } else { 1 };
        }
    };
    let mut code = 0;
    let _ = rt.run_main_reporting(&program, &limits.options(), |e| code = exit_for(&rt, e));
    // As CPython does at shutdown: wait for non-daemon threads and for
    // thread pools to finish their work (daemon threads just end).
    rt.context().wait_for_threads();
    let _ = rt.context().stdout.flush();
    code
}

/// Exit status and message for an uncaught exception (SystemExit is special, as in CPython).
fn exit_for(rt: &Runtime, e: &taipan::Error) -> u8 {
    let _ = rt.context().stdout.flush();
    if let Some(exit) = &e.system_exit {
        if let Some(message) = &exit.message {
            eprintln!("{message}");
        }
        return exit.status;
    }
    if e.kind == "KeyboardInterrupt" {
        eprint!("{}", e.traceback);
        return 130;
    }
    eprint!("{}", e.traceback);
    1
}

fn check(scripts: &[String]) -> ExitCode {
    let rt = Runtime::builder().build();
    let mut failed = false;
    for s in scripts {
        match rt.compile_file(s) {
            Ok(_) => println!("{s}: ok"),
            Err(e) => {
                eprint!("{}", e.traceback);
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
