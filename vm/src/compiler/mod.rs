//! The compiler: checked AST to immutable bytecode.

pub mod bytecode;
mod codegen;
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

/// Parses, checks and compiles a module. Problems come back as diagnostics.
pub fn compile_module(path: &str, source: &str) -> Result<Program, Vec<Diagnostic>> {
    let parsed = taipan_parser::parse_and_check(path, source)?;
    let code = codegen::compile(&parsed).map_err(|d| vec![d])?;
    Ok(Program { code })
}

/// Compiles a module, turning diagnostics into a `SyntaxError`.
pub fn compile_or_raise(path: &str, source: &str) -> PyResult<Program> {
    compile_module(path, source).map_err(|diags| {
        let text: Vec<String> = diags.iter().map(|d| d.render()).collect();
        PyErr::new(types().syntax_error, text.join("\n").trim_end().to_string())
    })
}
