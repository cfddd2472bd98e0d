//! Diagnostics: syntax errors and constructs outside taipan's subset.

use std::fmt;

/// What kind of problem a diagnostic reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// The text is not valid Python.
    SyntaxError,
    /// The text is indented in a way Python refuses.
    IndentationError,
    /// Valid Python that taipan refuses to run (see docs/limitations.md).
    Unsupported,
    /// Statements or expressions nested deeper than CPython compiles
    /// (reported as `RecursionError`, as CPython does).
    TooDeep,
}

/// A problem found before anything runs, with its position in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Syntax error or unsupported construct.
    pub kind: DiagnosticKind,
    /// The file, as given on the command line or to the embedding API.
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// What is wrong.
    pub message: String,
    /// How to get around it, where there is a way.
    pub hint: Option<String>,
    /// The text of the offending line.
    pub source_line: String,
}

impl Diagnostic {
    /// The Python exception type this diagnostic is reported as.
    pub fn exception_name(&self) -> &'static str {
        match self.kind {
            DiagnosticKind::TooDeep => "RecursionError",
            DiagnosticKind::IndentationError => "IndentationError",
            _ => "SyntaxError",
        }
    }

    /// Renders the diagnostic the way CPython renders a `SyntaxError`: the
    /// file and line, the source line, a caret under the column, then the
    /// message (and for unsupported constructs the position and a hint).
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("  File \"{}\", line {}\n", self.path, self.line));
        let trimmed = self.source_line.trim_start();
        if !trimmed.is_empty() {
            let indent = self.source_line.chars().count() - trimmed.chars().count();
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let caret_col = (self.column as usize)
                .saturating_sub(1)
                .saturating_sub(indent);
            out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
        }
        match self.kind {
            DiagnosticKind::SyntaxError => {
                out.push_str(&format!("SyntaxError: {}\n", self.message));
            }
            DiagnosticKind::TooDeep | DiagnosticKind::IndentationError => {
                out.push_str(&format!("{}: {}\n", self.exception_name(), self.message));
            }
            DiagnosticKind::Unsupported => {
                out.push_str(&format!(
                    "SyntaxError: {}:{}:{}: {} is not supported by taipan\n",
                    self.path, self.line, self.column, self.message
                ));
            }
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!("hint: {hint}\n"));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}
