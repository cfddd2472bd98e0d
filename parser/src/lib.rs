//! taipan-parser: Python source to a checked AST.
//!
//! Parsing is done by rustpython-parser; this crate adds what taipan needs
//! around it: line/column positions for every diagnostic, CPython-style
//! `SyntaxError` rendering, and the subset check that refuses what taipan
//! does not run before anything runs.

mod diagnostic;
mod source;
mod subset;

pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use rustpython_parser::ast;
pub use source::SourceFile;
pub use subset::check_subset;

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
                if let Some((offset, bracket)) = unclosed_bracket(text) {
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
        Ok(module)
    } else {
        Err(problems)
    }
}

/// The byte offset and character of the last bracket left open at the end
/// of the source (strings and comments skipped), as CPython reports it.
fn unclosed_bracket(text: &str) -> Option<(usize, char)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
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
            '(' | '[' | '{' => open.push((i, c)),
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
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
