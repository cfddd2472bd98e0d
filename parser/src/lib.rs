//! taipan-parser: Python source to a checked AST.
//!
//! Parsing is done by rustpython-parser; this crate adds what taipan needs
//! around it: line/column positions for every diagnostic, CPython-style
//! `SyntaxError` rendering, and the subset check that refuses what taipan
//! does not run before anything runs.

mod diagnostic;
pub mod escapes;
mod source;
mod subset;

pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use rustpython_parser::ast;
pub use source::SourceFile;
pub use subset::{check_subset, MAX_AST_DEPTH};

use rustpython_parser::{Mode, ParseErrorType};

/// A parsed module: its statements and the source they came from.
pub struct ParsedModule {
    /// The module's statements, in source order.
    pub body: Vec<ast::Stmt>,
    /// The source text and its line index.
    pub source: SourceFile,
}

/// Parses `text` (read from `path`) as a module. Syntax errors come back as a
/// [`Diagnostic`] of kind [`DiagnosticKind::SyntaxError`].
pub fn parse_module(path: &str, text: &str) -> Result<ParsedModule, Diagnostic> {
    let source = SourceFile::new(path, text);
    let brackets = scan_brackets(text);
    if let Some(offset) = brackets.too_indented {
        return Err(source.diagnostic(
            DiagnosticKind::IndentationError,
            offset,
            "too many levels of indentation".to_string(),
            None,
        ));
    }
    if let Some(offset) = brackets.too_deep {
        return Err(source.diagnostic(
            DiagnosticKind::SyntaxError,
            offset,
            "too many nested parentheses".to_string(),
            None,
        ));
    }
    match rustpython_parser::parse(text, Mode::Module, path) {
        Ok(ast::Mod::Module(m)) => Ok(ParsedModule {
            body: m.body,
            source,
        }),
        Ok(_) => Err(source.diagnostic(
            DiagnosticKind::SyntaxError,
            0,
            "invalid syntax".to_string(),
            None,
        )),
        Err(err) => {
            let at_eof = matches!(err.error, ParseErrorType::Eof)
                || syntax_error_message(&err.error).contains("EOF");
            if at_eof {
                if let Some((offset, bracket)) = brackets.unclosed {
                    return Err(source.diagnostic(
                        DiagnosticKind::SyntaxError,
                        offset,
                        format!("'{bracket}' was never closed"),
                        None,
                    ));
                }
            }
            let message = syntax_error_message(&err.error);
            Err(source.diagnostic(
                DiagnosticKind::SyntaxError,
                err.offset.to_usize(),
                message,
                None,
            ))
        }
    }
}

/// Parses and then runs the subset check: the one entry point the compiler uses.
pub fn parse_and_check(path: &str, text: &str) -> Result<ParsedModule, Vec<Diagnostic>> {
    let module = parse_module(path, text).map_err(|d| vec![d])?;
    let problems = check_subset(&module.body, &module.source);
    if problems.is_empty() {
        return Ok(module);
    }
    if problems.iter().any(|d| d.kind == DiagnosticKind::TooDeep) {
        drop_deep(module.body, text.len());
    }
    Err(problems)
}

/// Drops an AST nested too deeply for the caller's stack (dropping it
/// recurses once per level): on a thread whose stack grows with the source
/// (no AST is deeper than its source is long), or, if no such thread can be
/// had, by leaking it.
fn drop_deep(body: Vec<ast::Stmt>, source_len: usize) {
    let stack = source_len.saturating_mul(256).clamp(1 << 20, 1 << 30);
    let holder = std::sync::Arc::new(std::sync::Mutex::new(Some(body)));
    let for_thread = holder.clone();
    let dropped = std::thread::Builder::new()
        .name("taipan-drop-ast".into())
        .stack_size(stack)
        .spawn(move || {
            let body = for_thread.lock().ok().and_then(|mut b| b.take());
            drop(body);
        })
        .map(|h| h.join().is_ok())
        .unwrap_or(false);
    if !dropped {
        if let Ok(mut body) = holder.lock() {
            std::mem::forget(body.take());
        }
    }
}

/// How deeply brackets may nest: CPython's tokenizer refuses the 201st
/// level with "too many nested parentheses".
const MAX_BRACKET_DEPTH: usize = 200;

/// How deeply blocks may be indented: CPython's tokenizer refuses the
/// 100th level with "too many levels of indentation".
const MAX_INDENT_LEVELS: usize = 99;

/// What a scan of the source's brackets and indentation (strings and
/// comments skipped) finds.
struct Brackets {
    /// The byte offset of the first bracket past [`MAX_BRACKET_DEPTH`].
    too_deep: Option<usize>,
    /// The byte offset of the first line indented past [`MAX_INDENT_LEVELS`].
    too_indented: Option<usize>,
    /// The byte offset and character of the last bracket left open at the
    /// end, as CPython reports it.
    unclosed: Option<(usize, char)>,
}

fn scan_brackets(text: &str) -> Brackets {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut too_deep = None;
    let mut too_indented = None;
    // Indentation widths of the enclosing blocks (tabs to multiples of 8).
    let mut indents: Vec<usize> = Vec::new();
    let mut at_line_start = true;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if at_line_start {
            at_line_start = false;
            let rest = &text[i..];
            let body = rest.trim_start_matches([' ', '\t', '\x0c']);
            let logical = !(body.is_empty()
                || body.starts_with(['#', '\n', '\r'])
                || body.starts_with("\\\n"));
            if logical {
                let width = rest[..rest.len() - body.len()].chars().fold(0, |w, c| {
                    if c == '\t' {
                        (w / 8 + 1) * 8
                    } else {
                        w + 1
                    }
                });
                while indents.last().is_some_and(|&top| top > width) {
                    indents.pop();
                }
                if width > 0 && indents.last() != Some(&width) {
                    indents.push(width);
                    if indents.len() > MAX_INDENT_LEVELS && too_indented.is_none() {
                        too_indented = Some(i);
                    }
                }
            }
        }
        match c {
            '#' => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' | '"' => {
                let triple = text[i..].starts_with(&c.to_string().repeat(3));
                if triple {
                    chars.next();
                    chars.next();
                }
                let mut run = 0;
                while let Some((_, d)) = chars.next() {
                    if d == '\\' {
                        chars.next();
                        run = 0;
                    } else if d == c {
                        run += 1;
                        if !triple || run == 3 {
                            break;
                        }
                    } else {
                        run = 0;
                        if d == '\n' && !triple {
                            break;
                        }
                    }
                }
            }
            '(' | '[' | '{' => {
                open.push((i, c));
                if open.len() > MAX_BRACKET_DEPTH && too_deep.is_none() {
                    too_deep = Some(i);
                }
            }
            ')' | ']' | '}' => {
                open.pop();
            }
            '\\' => {
                // A line continuation: the next line is no logical line start.
                chars.next();
            }
            '\n' => at_line_start = open.is_empty(),
            _ => {}
        }
    }
    Brackets {
        too_deep,
        too_indented,
        unclosed: open.pop(),
    }
}

fn syntax_error_message(err: &ParseErrorType) -> String {
    match err {
        ParseErrorType::Eof => "unexpected EOF while parsing".to_string(),
        ParseErrorType::ExtraToken(tok) => format!("invalid syntax (unexpected {tok})"),
        ParseErrorType::InvalidToken => "invalid token".to_string(),
        ParseErrorType::UnrecognizedToken(tok, _) => match tok {
            rustpython_parser::Tok::Indent => "unexpected indent".to_string(),
            rustpython_parser::Tok::Dedent => {
                "unindent does not match any outer indentation level".to_string()
            }
            _ => "invalid syntax".to_string(),
        },
        ParseErrorType::Lexical(lex) => lex.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_function() {
        let m = parse_module("t.py", "def f(x):\n    return x + 1\n").expect("parses");
        assert_eq!(m.body.len(), 1);
    }

    #[test]
    fn reports_syntax_error_position() {
        let d = parse_module("t.py", "x = 1\ny = (2 +\n")
            .err()
            .expect("fails");
        assert_eq!(d.kind, DiagnosticKind::SyntaxError);
        assert!(d.line >= 2, "line {}", d.line);
    }

    #[test]
    fn refuses_async() {
        let problems = parse_and_check("t.py", "async def f():\n    pass\n")
            .err()
            .expect("refused");
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.contains("async"));
    }
}
