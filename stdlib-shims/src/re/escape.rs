//! Escapes (`\\d`, `\\x41`, `\\1`, ...) and character sets, as CPython 3.11's
//! parser reads them.

use super::ast::{At, Category, Node, SetItem};
use super::parse::State;
use super::source::{PResult, Source, Tok};

/// A character set after its `[`.
pub(super) fn parse_set(src: &mut Source) -> PResult<Node> {
    let here = src.tell() - 1;
    let negate = src.eat('^')?;
    let mut items: Vec<SetItem> = Vec::new();
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set", src.tell() - here));
        };
        if this.is(']') && !items.is_empty() {
            break;
        }
        let code1 = if this.escaped {
            class_escape(src, this)?
        } else {
            SetItem::Lit(this.c as u32)
        };
        if src.eat('-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set", src.tell() - here));
            };
            if that.is(']') {
                items.push(code1);
                items.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.escaped {
                class_escape(src, that)?
            } else {
                SetItem::Lit(that.c as u32)
            };
            let span = this.len() + 1 + that.len();
            let msg = || format!("bad character range {}-{}", this.text(), that.text());
            match (code1, code2) {
                (SetItem::Lit(lo), SetItem::Lit(hi)) if hi >= lo => {
                    items.push(SetItem::Range(lo, hi))
                }
                (SetItem::Lit(_), SetItem::Lit(_)) => return Err(src.error(msg(), span)),
                _ => return Err(src.error(msg(), span)),
            }
        } else {
            items.push(code1);
        }
    }
    let mut uniq: Vec<SetItem> = Vec::with_capacity(items.len());
    for i in items {
        if !uniq.contains(&i) {
            uniq.push(i);
        }
    }
    if let [SetItem::Lit(c)] = uniq[..] {
        return Ok(if negate {
            Node::NotLit(c)
        } else {
            Node::Lit(c)
        });
    }
    Ok(Node::Set {
        negate,
        items: uniq,
    })
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// `\x.. \u.... \U........`, shared by both escape contexts; `None` when
/// the escape is none of these.
fn hex_escape(src: &mut Source, c: char) -> PResult<Option<u32>> {
    let n = match c {
        'x' => 2,
        'u' if src.text => 4,
        'U' if src.text => 8,
        'N' if src.text => return named_escape(src).map(Some),
        _ => return Ok(None),
    };
    let digits = src.get_while(n, |c| c.is_ascii_hexdigit())?;
    let escape = format!("\\{c}{digits}");
    if digits.chars().count() != n {
        return Err(src.error(
            format!("incomplete escape {escape}"),
            escape.chars().count(),
        ));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if char::from_u32(v).is_none() && v > 0x10FFFF {
        return Err(src.error(format!("bad escape {escape}"), escape.chars().count()));
    }
    Ok(Some(v))
}

/// `\N{NAME}` after its `N`: the character with that Unicode name.
fn named_escape(src: &mut Source) -> PResult<u32> {
    if !src.eat('{')? {
        return Err(src.error("missing {", 0));
    }
    let name = src.get_until('}', "character name")?;
    crate::unicodedata::char_named(&name)
        .map(u32::from)
        .ok_or_else(|| {
            src.error(
                format!("undefined character name {}", super::source::py_repr(&name)),
                name.chars().count() + 4,
            )
        })
}

fn octal_limit(src: &Source, escape: &str, v: u32) -> PResult<u32> {
    if v > 0o377 {
        return Err(src.error(
            format!("octal escape value {escape} outside of range 0-0o377"),
            escape.chars().count(),
        ));
    }
    Ok(v)
}

/// An escape inside a character set.
fn class_escape(src: &mut Source, tok: Tok) -> PResult<SetItem> {
    let c = tok.c;
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Lit(v));
    }
    if let Some(cat) = category(c) {
        return Ok(SetItem::Cat(cat));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(SetItem::Lit(v));
    }
    if ('0'..='7').contains(&c) {
        let more = src.get_while(2, |c| ('0'..='7').contains(&c))?;
        let escape = format!("\\{c}{more}");
        let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
        return Ok(SetItem::Lit(octal_limit(src, &escape, v)?));
    }
    if c.is_ascii_alphanumeric() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(SetItem::Lit(c as u32))
}

/// An escape outside character sets (categories, anchors, back references).
pub(super) fn escape(src: &mut Source, state: &mut State, tok: Tok) -> PResult<Node> {
    let c = tok.c;
    if let Some(cat) = category(c) {
        return Ok(Node::Set {
            negate: false,
            items: vec![SetItem::Cat(cat)],
        });
    }
    let at = match c {
        'A' => Some(At::BeginningString),
        'Z' => Some(At::EndString),
        'b' => Some(At::Boundary),
        'B' => Some(At::NonBoundary),
        _ => None,
    };
    if let Some(at) = at {
        return Ok(Node::At(at));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Lit(v));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(Node::Lit(v));
    }
    if c == '0' {
        let more = src.get_while(2, |c| ('0'..='7').contains(&c))?;
        return Ok(Node::Lit(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if c.is_ascii_digit() {
        let mut escape = format!("\\{c}");
        if src.next_is(|c| c.is_ascii_digit()) {
            let d2 = src.get()?.map_or('0', |t| t.c);
            escape.push(d2);
            let oct = |c: char| ('0'..='7').contains(&c);
            if oct(c) && oct(d2) && src.next_is(oct) {
                let d3 = src.get()?.map_or('0', |t| t.c);
                escape.push(d3);
                let v = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                return Ok(Node::Lit(octal_limit(src, &escape, v)?));
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        let len = escape.len();
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(src.error("cannot refer to an open group", len));
            }
            state.check_lookbehind_group(group, src)?;
            return Ok(Node::Backref(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), len - 1));
    }
    if c.is_ascii_alphabetic() {
        return Err(src.error(format!("bad escape \\{c}"), 2));
    }
    Ok(Node::Lit(c as u32))
}
