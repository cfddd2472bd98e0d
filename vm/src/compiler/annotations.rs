//! Annotations: which bodies collect them, `from __future__` imports, and
//! the text an annotation becomes under `from __future__ import annotations`.

use taipan_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use taipan_parser::{Diagnostic, DiagnosticKind, SourceFile};

/// The `__future__` features CPython 3.11 knows (all but `annotations`
/// are mandatory there and change nothing).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks a module's `from __future__` imports as CPython's compiler does
/// (only at the top, after the docstring; only known features) and says
/// whether `annotations` is among them.
pub fn future_annotations(body: &[Stmt], source: &SourceFile) -> Result<bool, Diagnostic> {
    let mut annotations = false;
    let mut at_top = true;
    for (i, stmt) in body.iter().enumerate() {
        let future = match stmt {
            Stmt::ImportFrom(f) if is_future_import(f) => f,
            Stmt::Expr(e) if i == 0 && is_str_constant(&e.value) => continue,
            _ => {
                at_top = false;
                continue;
            }
        };
        let error = |message: &str| {
            source.diagnostic(
                DiagnosticKind::SyntaxError,
                future.range().start().to_usize(),
                message.to_string(),
                None,
            )
        };
        if !at_top {
            return Err(error(
                "from __future__ imports must occur at the beginning of the file",
            ));
        }
        for alias in &future.names {
            match alias.name.as_str() {
                "annotations" => annotations = true,
                "braces" => return Err(error("not a chance")),
                name if FUTURE_FEATURES.contains(&name) => {}
                name => return Err(error(&format!("future feature {name} is not defined"))),
            }
        }
    }
    Ok(annotations)
}

/// `from __future__ import …` (without leading dots).
fn is_future_import(f: &ast::StmtImportFrom) -> bool {
    f.module.as_ref().map(|m| m.as_str()) == Some("__future__")
        && f.level.is_none_or(|l| l.to_u32() == 0)
}

fn is_str_constant(e: &Expr) -> bool {
    matches!(e, Expr::Constant(c) if matches!(c.value, Constant::Str(_)))
}

/// Whether a module or class body stores annotations of plain names
/// (`x: int`), at any depth of its own statements but not inside the
/// functions and classes it defines: such a body starts by making its
/// `__annotations__` dict, as CPython's does.
pub fn has_name_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(a) => a.simple && matches!(*a.target, Expr::Name(_)),
        Stmt::If(s) => has_name_annotations(&s.body) || has_name_annotations(&s.orelse),
        Stmt::For(s) => has_name_annotations(&s.body) || has_name_annotations(&s.orelse),
        Stmt::While(s) => has_name_annotations(&s.body) || has_name_annotations(&s.orelse),
        Stmt::With(s) => has_name_annotations(&s.body),
        Stmt::Match(s) => s.cases.iter().any(|c| has_name_annotations(&c.body)),
        Stmt::Try(s) => {
            has_name_annotations(&s.body)
                || s.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_name_annotations(&h.body)
                })
                || has_name_annotations(&s.orelse)
                || has_name_annotations(&s.finalbody)
        }
        _ => false,
    })
}

/// The string an annotation becomes under `from __future__ import
/// annotations`: CPython unparses the expression. The forms annotations
/// are written in (names, dotted names, subscripts, `|` unions, string
/// and `None` constants, lists and tuples) are unparsed the same way;
/// anything else keeps its source text.
pub fn annotation_text(e: &Expr, source: &SourceFile) -> String {
    let mut out = String::new();
    unparse(e, source, &mut out, false);
    out
}

fn unparse(e: &Expr, source: &SourceFile, out: &mut String, in_subscript: bool) {
    match e {
        Expr::Name(n) => out.push_str(&n.id),
        Expr::Attribute(a) => {
            unparse(&a.value, source, out, false);
            out.push('.');
            out.push_str(&a.attr);
        }
        Expr::Subscript(s) => {
            unparse(&s.value, source, out, false);
            out.push('[');
            unparse(&s.slice, source, out, true);
            out.push(']');
        }
        Expr::BinOp(b) if matches!(b.op, ast::Operator::BitOr) => {
            unparse(&b.left, source, out, false);
            out.push_str(" | ");
            unparse(&b.right, source, out, false);
        }
        Expr::Constant(c) => match &c.value {
            Constant::Str(s) => out.push_str(&crate::objects::str_ops::repr_str(s)),
            Constant::None => out.push_str("None"),
            Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Constant::Ellipsis => out.push_str("..."),
            _ => out.push_str(source_text(e, source)),
        },
        Expr::List(l) => {
            out.push('[');
            unparse_items(&l.elts, source, out);
            out.push(']');
        }
        Expr::Tuple(t) if in_subscript && !t.elts.is_empty() => {
            unparse_items(&t.elts, source, out);
        }
        Expr::Tuple(t) => {
            out.push('(');
            unparse_items(&t.elts, source, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        _ => out.push_str(source_text(e, source)),
    }
}

fn unparse_items(items: &[Expr], source: &SourceFile, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        unparse(item, source, out, false);
    }
}

fn source_text<'s>(e: &Expr, source: &'s SourceFile) -> &'s str {
    let range = e.range();
    source
        .text()
        .get(range.start().to_usize()..range.end().to_usize())
        .unwrap_or("")
}
