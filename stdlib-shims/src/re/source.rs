//! The tokenizer of patterns: characters and escapes with their positions,
//! and the error type the parser reports.

/// Why a pattern does not compile.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    /// `re.error(msg)` at a position of the pattern (None: no position).
    Re(String, Option<usize>),
    /// An OverflowError (a repeat count too large).
    Overflow(String),
    /// A ValueError (incompatible flags).
    Value(String),
    /// A RecursionError (groups nested too deeply).
    Recursion,
}

/// A parser result.
pub(super) type PResult<T> = Result<T, ParseError>;

/// One token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Tok {
    pub(super) c: char,
    pub(super) escaped: bool,
}

impl Tok {
    pub(super) fn len(self) -> usize {
        1 + usize::from(self.escaped)
    }
    pub(super) fn is(self, c: char) -> bool {
        !self.escaped && self.c == c
    }
    pub(super) fn text(self) -> String {
        if self.escaped {
            format!("\\{}", self.c)
        } else {
            self.c.to_string()
        }
    }
}

/// The pattern as a stream of tokens, with CPython's positions.
pub(super) struct Source {
    chars: Vec<char>,
    index: usize,
    pub(super) next: Option<Tok>,
    pub(super) text: bool,
}

impl Source {
    pub(super) fn new(chars: Vec<char>, text: bool) -> PResult<Source> {
        let mut s = Source {
            chars,
            index: 0,
            next: None,
            text,
        };
        s.advance()?;
        Ok(s)
    }
    pub(super) fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.chars.get(self.index + 1) {
                Some(&e) => {
                    self.next = Some(Tok {
                        c: e,
                        escaped: true,
                    });
                    self.index += 2;
                }
                None => {
                    return Err(ParseError::Re(
                        "bad escape (end of pattern)".into(),
                        Some(self.chars.len() - 1),
                    ))
                }
            }
        } else {
            self.next = Some(Tok { c, escaped: false });
            self.index += 1;
        }
        Ok(())
    }
    pub(super) fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    pub(super) fn eat(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    pub(super) fn next_is(&self, f: impl Fn(char) -> bool) -> bool {
        self.next.is_some_and(|t| !t.escaped && f(t.c))
    }
    pub(super) fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }
    pub(super) fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }
    pub(super) fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        ParseError::Re(msg.into(), Some(self.tell().saturating_sub(offset)))
    }
    /// Up to `n` characters accepted by `f`.
    pub(super) fn get_while(&mut self, n: usize, f: impl Fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_is(&f) {
                break;
            }
            if let Some(t) = self.get()? {
                out.push(t.c);
            }
        }
        Ok(out)
    }
    /// The text up to `terminator` (consumed), for names.
    pub(super) fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(
                        format!("missing {terminator}, unterminated name"),
                        out.chars().count(),
                    ));
                }
                Some(t) if t.is(terminator) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }
}

/// Python's `repr` of a str, for error messages.
pub(super) fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isidentifier`, near enough for group names.
pub(super) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}
