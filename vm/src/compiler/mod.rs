//! The compiler: checked AST to immutable bytecode.

mod annotations;
pub mod bytecode;
mod codegen;
mod peephole;
pub mod source_encoding;
pub mod symtable;

use crate::error::{PyErr, PyResult};
use crate::types::types;
use bytecode::Code;
use std::sync::Arc;
use taipan_parser::Diagnostic;

/// A compiled module: its top-level code, shared by every thread.
#[derive(Clone)]
pub struct Program {
    /// The module body.
    pub code: Arc<Code>,
}

/// The stack that parsing, checking and compiling run on: the passes
/// recurse once per level of nesting, and the subset check lets through
/// what CPython compiles (up to `taipan_parser::MAX_AST_DEPTH` levels),
/// which can be more than a host thread's stack holds.
const COMPILE_STACK: usize = 64 << 20;

thread_local! {
    /// Whether the calling thread declared a stack deep enough to compile
    /// on (see `declare_stack_size`).
    static STACK_IS_DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Tells the compiler that the calling thread was spawned with a stack of
/// `bytes`. Where that holds the compile stack twice over (room for it and
/// for whatever the thread has already used), modules compile on the
/// thread itself rather than on a thread of their own, which saves a
/// thread's start and end: a tenth of `taipan run`'s start-up.
pub fn declare_stack_size(bytes: usize) {
    STACK_IS_DEEP.with(|deep| deep.set(bytes >= 2 * COMPILE_STACK));
}

/// Parses, checks and compiles a module. Problems come back as diagnostics.
/// The work runs on a thread of its own with a deep stack, so that deeply
/// nested source cannot overflow the caller's stack, unless the caller
/// declared a deep stack of its own (`declare_stack_size`).
pub fn compile_module(path: &str, source: &str) -> Result<Program, Vec<Diagnostic>> {
    let compile = || {
        let parsed = taipan_parser::parse_and_check(path, source)?;
        let code = codegen::compile(&parsed).map_err(|d| vec![d])?;
        Ok(Program { code })
    };
    if STACK_IS_DEEP.with(|deep| deep.get()) {
        return compile();
    }
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .name("taipan-compile".into())
            .stack_size(COMPILE_STACK)
            .spawn_scoped(scope, compile)
        {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: compile here (deep nesting may then
            // exhaust this thread's stack).
            Err(_) => compile(),
        }
    })
}

/// Compiles a module, turning diagnostics into a `SyntaxError`.
pub fn compile_or_raise(path: &str, source: &str) -> PyResult<Program> {
    compile_module(path, source).map_err(|diags| {
        let text: Vec<String> = diags.iter().map(|d| d.render()).collect();
        let class = match diags.first().map(|d| d.kind) {
            Some(taipan_parser::DiagnosticKind::TooDeep) => types().recursion_error,
            Some(taipan_parser::DiagnosticKind::IndentationError) => types().indentation_error,
            _ => types().syntax_error,
        };
        PyErr::new(class, text.join("\n").trim_end().to_string())
    })
}
