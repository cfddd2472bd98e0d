//! The `taipan` command line: `run`, `map`, `check`, `dis`, `--version`.

mod limit_args;
mod malloc_tuning;
mod map_command;
mod sandbox;

use clap::{Parser, Subcommand};
use limit_args::LimitArgs;
use sandbox::SandboxArgs;
use std::process::ExitCode;
use taipan::Runtime;

#[derive(Parser)]
#[command(
    name = "taipan",
    version,
    about = "Run Python preprocessing scripts on many threads, without a global lock"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script, like `python3 script.py`.
    Run {
        /// Default worker count for thread pools.
        #[arg(long)]
        threads: Option<usize>,
        #[command(flatten)]
        limits: LimitArgs,
        #[command(flatten)]
        sandbox: SandboxArgs,
        /// The script, then its arguments (sys.argv[1:]): everything after
        /// the script is the script's (`-h` too), as with `python3`.
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true,
              value_names = ["SCRIPT", "ARGS"])]
        script_and_args: Vec<String>,
    },
    /// Call `function(input)` for every input on many threads:
    /// `taipan map script.py:function INPUT… --threads N`. Results print in
    /// input order (their `str()`), or go to one file per input with --out.
    Map {
        /// `script.py:function`.
        target: String,
        /// The inputs (file paths or literal strings), each passed as a str.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// Worker threads (default: the number of cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Write each result to DIR/<input file name>.out (or DIR/<index>.out).
        #[arg(long)]
        out: Option<String>,
        /// Limits of each call.
        #[command(flatten)]
        limits: LimitArgs,
        #[command(flatten)]
        sandbox: SandboxArgs,
    },
    /// Print the bytecode of a script (for debugging the compiler).
    Dis {
        /// The script.
        script: String,
    },
    /// Check a script against taipan's subset without running it.
    Check {
        /// The scripts.
        scripts: Vec<String>,
    },
}

/// Stack size of the thread that runs the script: deep enough for the
/// native re-entry that sort keys, `__eq__` and `__repr__` need, so that
/// the recursion limit (not the stack) is what stops runaway recursion.
const MAIN_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    malloc_tuning::keep_freed_memory();
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            threads,
            limits,
            sandbox,
            script_and_args,
        } => {
            let mut words = script_and_args.into_iter();
            let script = words.next().unwrap_or_default();
            let args: Vec<String> = words.collect();
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
        Command::Check { scripts } => check(&scripts),
        Command::Map {
            target,
            inputs,
            threads,
            out,
            limits,
            sandbox,
        } => ExitCode::from(map_command::run(
            &target,
            &inputs,
            threads,
            out.as_deref(),
            &limits,
            &sandbox,
        )),
        Command::Dis { script } => {
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
    let dir = std::path::Path::new(&script)
        .parent()
        .map(|p| p.to_string_lossy().to_string())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| ".".to_string());
    let mut argv = vec![script.clone()];
    argv.extend(args);
    let mut builder = Runtime::cli_builder(argv, vec![dir]).capabilities(sandbox.capabilities());
    if let Some(n) = threads {
        builder = builder.default_workers(n);
    }
    let rt = builder.build();
    interrupt_on_ctrl_c(&rt);
    let program = match rt.compile_file(&script) {
        Ok(p) => p,
        Err(e) => {
            eprint!("{}", e.traceback);
            return if e.kind == "OSError" { 2 } else { 1 };
        }
    };
    let code = match rt.run_main_with(&program, &limits.options()) {
        Ok(()) => 0,
        Err(e) => exit_for(&rt, e),
    };
    // As CPython does at shutdown: wait for non-daemon threads and for
    // thread pools to finish their work (daemon threads just end).
    rt.context().wait_for_threads();
    let _ = rt.context().stdout.flush();
    code
}

/// Exit status and message for an uncaught exception (SystemExit is special, as in CPython).
fn exit_for(rt: &Runtime, e: taipan::Error) -> u8 {
    let _ = rt.context().stdout.flush();
    if let Some(exit) = e.system_exit {
        if let Some(message) = exit.message {
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
