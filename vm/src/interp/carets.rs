//! The marks CPython 3.11 prints under a traceback entry's source line:
//! `^` under the part of the line that raised, or, for a binary operation
//! or a subscript, `~` under the operands and `^` under the operator or the
//! index (`~~^~~`, `~^^^^`).

use crate::compiler::bytecode::Span;
use taipan_parser::ast::{Expr, Ranged, Stmt};
use taipan_parser::SourceFile;

/// The line of marks (without its newline) for an entry at `line` whose
/// instruction was compiled from `span`, or None where CPython prints
/// none: the span covers the whole line (and is not an operator), is
/// unknown, or starts on another line.
pub(crate) fn caret_line(source: &SourceFile, line: u32, span: Span) -> Option<String> {
    if span.end <= span.start {
        return None;
    }
    let text = source.text();
    let (start_line, _) = source.locate(span.start as usize);
    let (end_line, _) = source.locate(span.end as usize);
    if start_line != line {
        return None;
    }
    let line_start = line_start_offset(text, span.start as usize);
    let line_text = source.line_text(line);
    let start = char_count(line_text, span.start as usize - line_start)?;
    let trimmed = line_text.trim_end();
    let (end, anchors) = if end_line == start_line {
        let end = char_count(line_text, span.end as usize - line_start)?;
        let segment =
            line_text.get(span.start as usize - line_start..span.end as usize - line_start)?;
        (end, anchors_of(segment))
    } else {
        (trimmed.chars().count(), None)
    };
    let indent = line_text.chars().count() - line_text.trim_start().chars().count();
    let shown = trimmed.trim_start().chars().count();
    let split = anchors.is_some_and(|(left, right)| right > left);
    if end.saturating_sub(start) >= shown && !split {
        return None;
    }
    let mut out = " ".repeat(4 + start.saturating_sub(indent));
    let width = end.saturating_sub(start);
    match anchors {
        Some((left, right)) => {
            let (left, right) = (left.min(width), right.min(width).max(left.min(width)));
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat(width - right));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

/// The byte offset where the line holding `offset` starts.
fn line_start_offset(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// How many characters the first `bytes` bytes of `text` hold (None when
/// that is not a character boundary).
fn char_count(text: &str, bytes: usize) -> Option<usize> {
    text.get(..bytes).map(|s| s.chars().count())
}

/// Where the operator (or the index) of a binary operation (or a
/// subscript) lies in `segment`, in characters: `(left_end, right_start)`;
/// None for any other expression.
fn anchors_of(segment: &str) -> Option<(usize, usize)> {
    let parsed = taipan_parser::parse_module("<segment>", segment).ok()?;
    let [Stmt::Expr(statement)] = parsed.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let chars = |b: usize| char_count(segment, b.min(segment.len()));
    match &*statement.value {
        Expr::BinOp(op) => {
            let left_end = op.left.range().end().to_usize();
            let right_start = op.right.range().start().to_usize();
            let between = segment.get(left_end..right_start)?;
            let skipped = between.len() - between.trim_start().len();
            let mut left = left_end + skipped;
            let mut right = left + 1;
            if between.len() > skipped + 1 && !between.as_bytes()[skipped + 1].is_ascii_whitespace()
            {
                right += 1;
            }
            while left < bytes.len()
                && (bytes[left].is_ascii_whitespace() || b")#".contains(&bytes[left]))
            {
                left += 1;
                right += 1;
            }
            Some((chars(left)?, chars(right)?))
        }
        Expr::Subscript(sub) => {
            let mut left = sub.value.range().end().to_usize();
            let mut right = sub.slice.range().end().to_usize() + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            Some((chars(left)?, chars(right)?))
        }
        _ => None,
    }
}
