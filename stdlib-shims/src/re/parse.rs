//! Python's pattern syntax to a [`Node`] tree, with `re.error`'s messages
//! and positions as CPython 3.11 reports them.

use super::ast::{flag, At, Node, RepeatKind, SetItem, MAXREPEAT};
use super::escape::{escape, parse_set};
pub use super::source::ParseError;
use super::source::{is_identifier, py_repr, PResult, Source, Tok};

/// How deeply the parser may recurse, two levels per group (CPython's
/// recursive parser stops between 300 and 500 nested groups,
/// with a RecursionError).
const MAX_NESTING: usize = 600;

/// A parsed pattern.
pub struct Parsed {
    /// The tree.
    pub node: Node,
    /// The final flags (inline global flags added, UNICODE implied for str).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Named groups with their numbers, in definition order.
    pub names: Vec<(String, usize)>,
}

/// What the parser knows about groups so far.
pub(super) struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Width of each group once closed (index 0: the whole pattern).
    widths: Vec<Option<(u32, u32)>>,
    lookbehind_groups: Option<usize>,
    groupref_pos: Vec<(usize, usize)>,
    variable_lookbehind: bool,
}

impl State {
    pub(super) fn groups(&self) -> usize {
        self.widths.len()
    }
    pub(super) fn check_group(&self, g: usize) -> bool {
        self.widths.get(g).is_some_and(Option::is_some)
    }
    pub(super) fn check_lookbehind_group(&self, g: usize, src: &Source) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
    fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }
    fn widths_now(&self) -> Vec<(u32, u32)> {
        self.widths
            .iter()
            .map(|w| w.unwrap_or((0, MAXREPEAT)))
            .collect()
    }
}

fn check_group_name(src: &Source, name: &str, offset: usize) -> PResult<()> {
    if !is_identifier(name) {
        return Err(src.error(
            format!("bad character in group name {}", py_repr(name)),
            name.chars().count() + offset,
        ));
    }
    Ok(())
}

/// Parses a pattern (`text`: a str pattern, else bytes decoded as Latin-1).
pub fn parse(pattern: &[char], text: bool, flags: u32) -> PResult<Parsed> {
    let mut src = Source::new(pattern.to_vec(), text)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
        variable_lookbehind: false,
    };
    let node = parse_sub(&mut src, &mut state, flags & flag::VERBOSE != 0, 0)?;
    let flags = fix_flags(state.flags, text)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return Err(ParseError::Re(
                format!("invalid group reference {g}"),
                Some(pos),
            ));
        }
    }
    if state.variable_lookbehind {
        return Err(ParseError::Re(
            "look-behind requires fixed-width pattern".into(),
            None,
        ));
    }
    Ok(Parsed {
        node,
        flags,
        groups: state.groups() - 1,
        names: state.names,
    })
}

fn fix_flags(mut flags: u32, text: bool) -> PResult<u32> {
    if text {
        if flags & flag::LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & flag::ASCII == 0 {
            flags |= flag::UNICODE;
        } else if flags & flag::UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & flag::UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & flag::LOCALE != 0 && flags & flag::ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

fn parse_sub(src: &mut Source, state: &mut State, verbose: bool, nested: usize) -> PResult<Node> {
    let mut items = Vec::new();
    let mut verbose = verbose;
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, &mut verbose, nested + 1, first)?);
        if !src.eat('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & flag::VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Seq(Vec::new())));
    }
    // Alternatives that are all single characters or sets become one set
    // (as CPython does; it matches the same and backtracks less).
    let mut merged: Vec<SetItem> = Vec::new();
    for item in &items {
        match item {
            Node::Lit(c) => merged.push(SetItem::Lit(*c)),
            Node::Set {
                negate: false,
                items,
            } => merged.extend(items.iter().copied()),
            _ => return Ok(Node::Alt(items)),
        }
    }
    Ok(Node::Set {
        negate: false,
        items: merged,
    })
}

fn is_repeat_start(t: Tok) -> bool {
    !t.escaped && matches!(t.c, '*' | '+' | '?' | '{')
}

fn parse_seq(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> PResult<Node> {
    if nested > MAX_NESTING {
        return Err(ParseError::Recursion);
    }
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.get()?;
        if *verbose && !this.escaped {
            if matches!(this.c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                continue;
            }
            if this.c == '#' {
                while let Some(t) = src.get()? {
                    if t.is('\n') {
                        break;
                    }
                }
                continue;
            }
        }
        if this.escaped {
            seq.push(escape(src, state, this)?);
            continue;
        }
        match this.c {
            '[' => seq.push(parse_set(src)?),
            '.' => seq.push(Node::Any),
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            '(' => {
                if let Some(node) =
                    parse_group(src, state, verbose, nested, first && seq.is_empty())?
                {
                    seq.push(node);
                }
            }
            c if is_repeat_start(this) => parse_repeat(src, &mut seq, c)?,
            c => seq.push(Node::Lit(c as u32)),
        }
    }
    // Non-capturing groups without flags dissolve into the sequence.
    let mut out = Vec::with_capacity(seq.len());
    for n in seq {
        match n {
            Node::Group {
                index: None,
                add: 0,
                del: 0,
                body,
            } => match *body {
                Node::Seq(inner) => out.extend(inner),
                other => out.push(other),
            },
            n => out.push(n),
        }
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or(Node::Seq(Vec::new())));
    }
    Ok(Node::Seq(out))
}

fn parse_repeat(src: &mut Source, seq: &mut Vec<Node>, c: char) -> PResult<()> {
    let here = src.tell();
    let (min, max) = match c {
        '?' => (0, 1),
        '*' => (0, MAXREPEAT),
        '+' => (1, MAXREPEAT),
        _ => {
            if src.next_is(|c| c == '}') {
                seq.push(Node::Lit('{' as u32));
                return Ok(());
            }
            let lo = src.get_while(usize::MAX, |c| c.is_ascii_digit())?;
            let hi = if src.eat(',')? {
                Some(src.get_while(usize::MAX, |c| c.is_ascii_digit())?)
            } else {
                None
            };
            if !src.eat('}')? {
                seq.push(Node::Lit('{' as u32));
                src.seek(here)?;
                return Ok(());
            }
            let num = |s: &str| -> PResult<u32> {
                match s.parse::<u64>() {
                    Ok(v) if v < u64::from(MAXREPEAT) => Ok(v as u32),
                    _ => Err(ParseError::Overflow(
                        "the repetition number is too large".into(),
                    )),
                }
            };
            let min = if lo.is_empty() { 0 } else { num(&lo)? };
            let max = match &hi {
                None => min,
                Some(h) if h.is_empty() => MAXREPEAT,
                Some(h) => num(h)?,
            };
            if max < min {
                return Err(src.error("min repeat greater than max repeat", src.tell() - here));
            }
            (min, max)
        }
    };
    let span = src.tell() - here + 1;
    let item = match seq.pop() {
        None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", span)),
        Some(Node::Repeat { .. }) => return Err(src.error("multiple repeat", span)),
        Some(Node::Group {
            index: None,
            add: 0,
            del: 0,
            body,
        }) => *body,
        Some(n) => n,
    };
    let kind = if src.eat('?')? {
        RepeatKind::Lazy
    } else if src.eat('+')? {
        RepeatKind::Possessive
    } else {
        RepeatKind::Greedy
    };
    seq.push(Node::Repeat {
        min,
        max,
        kind,
        body: Box::new(item),
    });
    Ok(())
}

fn parse_group(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> PResult<Option<Node>> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name = None;
    let mut add = 0;
    let mut del = 0;
    if src.eat('?')? {
        let Some(ch) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        match (ch.escaped, ch.c) {
            (false, 'P') => {
                if src.eat('<')? {
                    let n = src.get_until('>', "group name")?;
                    check_group_name(src, &n, 1)?;
                    name = Some(n);
                } else if src.eat('=')? {
                    let n = src.get_until(')', "group name")?;
                    check_group_name(src, &n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(gid) = state.group_named(&n) else {
                        return Err(src.error(format!("unknown group name {}", py_repr(&n)), len));
                    };
                    if !state.check_group(gid) {
                        return Err(src.error("cannot refer to an open group", len));
                    }
                    state.check_lookbehind_group(gid, src)?;
                    return Ok(Some(Node::Backref(gid)));
                } else {
                    let Some(c) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    return Err(src.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
                }
            }
            (false, ':') => capture = false,
            (false, '#') => {
                loop {
                    if src.next.is_none() {
                        return Err(
                            src.error("missing ), unterminated comment", src.tell() - start)
                        );
                    }
                    if src.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            (false, '=' | '!' | '<') => {
                return parse_look(src, state, *verbose, nested, ch.c, start).map(Some)
            }
            (false, '(') => return parse_cond(src, state, verbose, nested, start).map(Some),
            (false, '>') => {
                capture = false;
                atomic = true;
            }
            (false, c) if c == '-' || flag_of(c).is_some() => match parse_flags(src, state, c)? {
                None => {
                    if !first {
                        return Err(src.error(
                            "global flags not at the start of the expression",
                            src.tell() - start,
                        ));
                    }
                    *verbose = state.flags & flag::VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            },
            _ => return Err(src.error(format!("unknown extension ?{}", ch.text()), ch.len() + 1)),
        }
    }
    let index = if capture {
        let gid = state.groups();
        if let Some(n) = &name {
            if let Some(old) = state.group_named(n) {
                return Err(src.error(
                    format!(
                        "redefinition of group name {} as group {gid}; was group {old}",
                        py_repr(n)
                    ),
                    n.chars().count() + 1,
                ));
            }
            state.names.push((n.clone(), gid));
        }
        state.widths.push(None);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & flag::VERBOSE != 0) && del & flag::VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.eat(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    if let Some(g) = index {
        let w = body.width(&state.widths_now());
        state.widths[g] = Some(w);
    }
    if atomic {
        return Ok(Some(Node::Atomic(Box::new(body))));
    }
    Ok(Some(Node::Group {
        index,
        add,
        del,
        body: Box::new(body),
    }))
}

fn parse_look(
    src: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    ch: char,
    start: usize,
) -> PResult<Node> {
    let mut kind = ch;
    let behind = ch == '<';
    let saved = state.lookbehind_groups;
    if behind {
        let Some(c) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        if !(c.is('=') || c.is('!')) {
            return Err(src.error(format!("unknown extension ?<{}", c.text()), c.len() + 2));
        }
        kind = c.c;
        if saved.is_none() {
            state.lookbehind_groups = Some(state.groups());
        }
    }
    let body = parse_sub(src, state, verbose, nested + 1)?;
    if behind && saved.is_none() {
        state.lookbehind_groups = None;
    }
    if !src.eat(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    let mut width = 0;
    if behind {
        let (lo, hi) = body.width(&state.widths_now());
        // CPython reports this when compiling, after the whole pattern parsed.
        state.variable_lookbehind |= lo != hi;
        width = lo;
    }
    Ok(Node::Look {
        behind,
        negate: kind == '!',
        width,
        body: Box::new(body),
    })
}

fn parse_cond(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let name = src.get_until(')', "group name")?;
    let len = name.chars().count() + 1;
    let group = if is_identifier(&name) {
        match state.group_named(&name) {
            Some(g) => g,
            None => return Err(src.error(format!("unknown group name {}", py_repr(&name)), len)),
        }
    } else {
        let g = match name.parse::<u64>() {
            Ok(g) if name.bytes().all(|b| b.is_ascii_digit()) => g,
            _ => {
                return Err(src.error(
                    format!("bad character in group name {}", py_repr(&name)),
                    len,
                ))
            }
        };
        if g == 0 {
            return Err(src.error("bad group number", len));
        }
        if g >= 1 << 30 {
            return Err(src.error(format!("invalid group reference {g}"), len));
        }
        let g = g as usize;
        if !state.groupref_pos.iter().any(|&(x, _)| x == g) {
            state.groupref_pos.push((g, src.tell() - len));
        }
        g
    };
    state.check_lookbehind_group(group, src)?;
    let yes = parse_seq(src, state, verbose, nested + 1, false)?;
    let no = if src.eat('|')? {
        let no = parse_seq(src, state, verbose, nested + 1, false)?;
        if src.next.is_some_and(|t| t.is('|')) {
            return Err(src.error("conditional backref with more than two branches", 0));
        }
        Some(Box::new(no))
    } else {
        None
    };
    if !src.eat(')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    Ok(Node::Cond {
        group,
        yes: Box::new(yes),
        no,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => flag::IGNORECASE,
        'L' => flag::LOCALE,
        'm' => flag::MULTILINE,
        's' => flag::DOTALL,
        'x' => flag::VERBOSE,
        'a' => flag::ASCII,
        'u' => flag::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = flag::ASCII | flag::LOCALE | flag::UNICODE;

/// Inline flags after `(?`: `None` for global flags (`(?i)`), else the
/// flags a scoped group turns on and off.
fn parse_flags(src: &mut Source, state: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = Tok {
        c: first,
        escaped: false,
    };
    let flag_tok = |t: Tok| if t.escaped { None } else { flag_of(t.c) };
    if first != '-' {
        loop {
            let f = flag_tok(ch).unwrap_or(0);
            if src.text && ch.c == 'L' {
                return Err(src.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            if !src.text && ch.c == 'u' {
                return Err(src.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                ));
            }
            add |= f;
            if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                return Err(src.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            let Some(next) = src.get()? else {
                return Err(src.error("missing -, : or )", 0));
            };
            ch = next;
            if ch.is(')') || ch.is('-') || ch.is(':') {
                break;
            }
            if flag_tok(ch).is_none() {
                let msg = if !ch.escaped && ch.c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(src.error(msg, ch.len()));
            }
        }
    }
    if ch.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if ch.is('-') {
        let Some(next) = src.get()? else {
            return Err(src.error("missing flag", 0));
        };
        ch = next;
        if flag_tok(ch).is_none() {
            let msg = if !ch.escaped && ch.c.is_alphabetic() {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(src.error(msg, ch.len()));
        }
        loop {
            let f = flag_tok(ch).unwrap_or(0);
            if f & TYPE_FLAGS != 0 {
                return Err(src.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del |= f;
            let Some(next) = src.get()? else {
                return Err(src.error("missing :", 0));
            };
            ch = next;
            if ch.is(':') {
                break;
            }
            if flag_tok(ch).is_none() {
                let msg = if !ch.escaped && ch.c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(src.error(msg, ch.len()));
            }
        }
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}
