//! The parsed form of a regular expression: a tree of nodes, as Python's
//! `re._parser` builds it, with flags still attached to the groups that
//! scope them.

/// Flag bits, with CPython's values.
pub mod flag {
    /// `re.IGNORECASE`.
    pub const IGNORECASE: u32 = 2;
    /// `re.LOCALE` (refused for str patterns, otherwise ignored).
    pub const LOCALE: u32 = 4;
    /// `re.MULTILINE`.
    pub const MULTILINE: u32 = 8;
    /// `re.DOTALL`.
    pub const DOTALL: u32 = 16;
    /// `re.UNICODE`.
    pub const UNICODE: u32 = 32;
    /// `re.VERBOSE`.
    pub const VERBOSE: u32 = 64;
    /// `re.ASCII`.
    pub const ASCII: u32 = 256;
}

/// The largest repeat count plus one (`{m,n}` with a bound this big is an
/// OverflowError); also "unbounded".
pub const MAXREPEAT: u32 = u32::MAX;

/// A character category: `\d \D \s \S \w \W`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    /// `\d`.
    Digit,
    /// `\D`.
    NotDigit,
    /// `\s`.
    Space,
    /// `\S`.
    NotSpace,
    /// `\w`.
    Word,
    /// `\W`.
    NotWord,
}

/// One member of a character set.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SetItem {
    /// One character.
    Lit(u32),
    /// An inclusive range.
    Range(u32, u32),
    /// A category.
    Cat(Category),
}

/// A zero-width position test.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    /// `^`.
    Beginning,
    /// `\A`.
    BeginningString,
    /// `$`.
    End,
    /// `\Z`.
    EndString,
    /// `\b`.
    Boundary,
    /// `\B`.
    NonBoundary,
}

/// How a repetition backtracks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepeatKind {
    /// Longest first.
    Greedy,
    /// Shortest first (`*?`).
    Lazy,
    /// Longest, never giving back (`*+`).
    Possessive,
}

/// A node of the pattern tree.
#[derive(Clone, Debug)]
pub enum Node {
    /// A sequence.
    Seq(Vec<Node>),
    /// Alternatives tried in order.
    Alt(Vec<Node>),
    /// One character.
    Lit(u32),
    /// Any character but this one (`[^x]`).
    NotLit(u32),
    /// `.`.
    Any,
    /// A character set.
    Set {
        /// `[^...]`.
        negate: bool,
        /// Its members.
        items: Vec<SetItem>,
    },
    /// A zero-width position test.
    At(At),
    /// A group: capturing (with its number) or not, with scoped flags.
    Group {
        /// The group number for a capturing group.
        index: Option<usize>,
        /// Flags turned on inside.
        add: u32,
        /// Flags turned off inside.
        del: u32,
        /// The contents.
        body: Box<Node>,
    },
    /// `(?>...)`.
    Atomic(Box<Node>),
    /// Lookahead or lookbehind.
    Look {
        /// Lookbehind.
        behind: bool,
        /// Negative.
        negate: bool,
        /// The fixed width of a lookbehind (0 for lookahead).
        width: u32,
        /// The asserted pattern.
        body: Box<Node>,
    },
    /// A repetition.
    Repeat {
        /// Least count.
        min: u32,
        /// Greatest count ([`MAXREPEAT`]: unbounded).
        max: u32,
        /// Greedy, lazy or possessive.
        kind: RepeatKind,
        /// What repeats.
        body: Box<Node>,
    },
    /// A back reference to a group.
    Backref(usize),
    /// `(?(group)yes|no)`.
    Cond {
        /// The group tested.
        group: usize,
        /// Taken when the group matched.
        yes: Box<Node>,
        /// Taken otherwise.
        no: Option<Box<Node>>,
    },
}

impl Node {
    /// The least and greatest number of characters the node matches
    /// (saturating at [`MAXREPEAT`]); `widths` holds each closed group's.
    pub fn width(&self, widths: &[(u32, u32)]) -> (u32, u32) {
        let add = |a: u32, b: u32| a.saturating_add(b);
        match self {
            Node::Seq(items) => items.iter().fold((0, 0), |(lo, hi), n| {
                let (l, h) = n.width(widths);
                (add(lo, l), add(hi, h))
            }),
            Node::Alt(items) => {
                let mut lo = MAXREPEAT;
                let mut hi = 0;
                for n in items {
                    let (l, h) = n.width(widths);
                    lo = lo.min(l);
                    hi = hi.max(h);
                }
                (lo, hi)
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } => (1, 1),
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Group { body, .. } | Node::Atomic(body) => body.width(widths),
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = body.width(widths);
                let mul = |a: u32, b: u32| (u64::from(a) * u64::from(b)).min(u64::from(MAXREPEAT));
                (mul(l, *min) as u32, mul(h, *max) as u32)
            }
            Node::Backref(g) => widths.get(*g).copied().unwrap_or((0, MAXREPEAT)),
            Node::Cond { yes, no, .. } => {
                let (l, h) = yes.width(widths);
                match no {
                    Some(no) => {
                        let (l2, h2) = no.width(widths);
                        (l.min(l2), h.max(h2))
                    }
                    None => (0, h),
                }
            }
        }
    }
}
