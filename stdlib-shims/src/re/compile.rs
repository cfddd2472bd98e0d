//! The pattern tree to a flat instruction program for the matcher, with
//! flags resolved per instruction.

use super::ast::{flag, At, Node, RepeatKind};
use super::chars::{lower, CharSet};

/// A test of one character.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    /// This code point.
    Char(u32),
    /// This code point (lowercased), any case; ASCII case rules when true.
    CharI(u32, bool),
    /// Not this code point.
    NotChar(u32),
    /// Not this code point, in any case.
    NotCharI(u32, bool),
    /// Any character but `\n`.
    AnyNl,
    /// Any character.
    Any,
    /// A member of set number n.
    Set(usize),
}

/// A resolved position test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    EndString,
    /// `\b` (ASCII definitions when true).
    Boundary(bool),
    /// `\B`.
    NonBoundary(bool),
}

/// What a barrier scopes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Barrier {
    /// `(?>...)`: keep the first way the body matches.
    Atomic,
    /// A lookaround; lookbehind steps back `behind` characters first.
    Look {
        /// Negative.
        negate: bool,
        /// Width stepped back (0 for lookahead).
        behind: usize,
        /// Whether it is a lookbehind.
        is_behind: bool,
    },
}

/// One instruction.
#[derive(Debug, Clone, Copy)]
pub enum Inst {
    /// Consume one character passing the test.
    One(Test),
    /// A repeat of one-character tests, `min..=max` times.
    Star {
        /// The test.
        test: Test,
        /// Least count.
        min: u32,
        /// Greatest count.
        max: u32,
        /// How it backtracks.
        kind: RepeatKind,
    },
    /// A zero-width position test.
    Anchor(Anchor),
    /// Record the position in capture slot n.
    Save(usize),
    /// Try the next instruction, then `alt` on failure.
    Split(usize),
    /// Continue at an instruction.
    Jmp(usize),
    /// Start counted repetition number n.
    RepStart(usize),
    /// The loop point of a counted repetition.
    RepLoop {
        /// Repetition number.
        id: usize,
        /// Least count.
        min: u32,
        /// Greatest count.
        max: u32,
        /// Shortest first.
        lazy: bool,
        /// Start of the body.
        body: usize,
        /// After the loop.
        exit: usize,
    },
    /// Match what group n matched.
    Backref {
        /// The group.
        group: usize,
        /// Ignoring case.
        icase: bool,
        /// ASCII case rules.
        ascii: bool,
    },
    /// Open a barrier; `end` is the instruction after its close.
    Open {
        /// Kind.
        kind: Barrier,
        /// After the matching `Close`.
        end: usize,
    },
    /// Close the innermost barrier.
    Close,
    /// Continue if group matched, else jump to `no`.
    Cond {
        /// The group.
        group: usize,
        /// Where the "no" branch starts.
        no: usize,
    },
    /// Success.
    Match,
}

/// A compiled program.
#[derive(Debug)]
pub struct Program {
    /// The instructions.
    pub insts: Vec<Inst>,
    /// The character sets the instructions name.
    pub sets: Vec<CharSet>,
    /// Number of counted repetitions.
    pub repeats: usize,
    /// Capture slots (two per group, group 0 included).
    pub slots: usize,
    /// Tests one of which the first character of any match passes (None:
    /// unknown, or a match may be empty).
    pub first: Option<Vec<Test>>,
    /// The match can only start at position 0 (`\A` or `^` without MULTILINE first).
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    repeats: usize,
}

#[derive(Clone, Copy)]
struct Flags(u32);

impl Flags {
    fn has(self, f: u32) -> bool {
        self.0 & f != 0
    }
    fn ascii(self) -> bool {
        !self.has(flag::UNICODE)
    }
}

/// Compiles a parsed pattern with its final flags.
pub fn compile(node: &Node, flags: u32, groups: usize) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        repeats: 0,
    };
    let f = Flags(flags);
    c.insts.push(Inst::Save(0));
    c.emit(node, f);
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    let first = first_tests(node, &mut c, f);
    Program {
        anchored: starts_anchored(node, f),
        insts: c.insts,
        sets: c.sets,
        repeats: c.repeats,
        slots: 2 * (groups + 1),
        first,
    }
}

fn starts_anchored(node: &Node, f: Flags) -> bool {
    match node {
        Node::At(At::BeginningString) => true,
        Node::At(At::Beginning) => !f.has(flag::MULTILINE),
        Node::Seq(items) => items.first().is_some_and(|n| starts_anchored(n, f)),
        Node::Group { add, del, body, .. } => starts_anchored(body, Flags((f.0 | add) & !del)),
        _ => false,
    }
}

/// The first-character tests of a node that cannot match empty.
fn first_tests(node: &Node, c: &mut Compiler, f: Flags) -> Option<Vec<Test>> {
    match node {
        Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } => {
            Some(vec![c.test(node, f)?])
        }
        Node::Seq(items) => {
            let first = items.first()?;
            first_tests(first, c, f)
        }
        Node::Alt(items) => {
            let mut out = Vec::new();
            for n in items {
                out.extend(first_tests(n, c, f)?);
            }
            Some(out)
        }
        Node::Group { add, del, body, .. } => first_tests(body, c, Flags((f.0 | add) & !del)),
        Node::Atomic(body) => first_tests(body, c, f),
        Node::Repeat { min, body, .. } if *min > 0 => first_tests(body, c, f),
        _ => None,
    }
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// The one-character test of a node, if it is one.
    fn test(&mut self, node: &Node, f: Flags) -> Option<Test> {
        let icase = f.has(flag::IGNORECASE);
        let ascii = f.ascii();
        Some(match node {
            Node::Lit(ch) if icase => Test::CharI(lower(*ch, ascii), ascii),
            Node::Lit(ch) => Test::Char(*ch),
            Node::NotLit(ch) if icase => Test::NotCharI(lower(*ch, ascii), ascii),
            Node::NotLit(ch) => Test::NotChar(*ch),
            Node::Any if f.has(flag::DOTALL) => Test::Any,
            Node::Any => Test::AnyNl,
            Node::Set { negate, items } => {
                self.sets
                    .push(CharSet::new(*negate, items.clone(), ascii, icase));
                Test::Set(self.sets.len() - 1)
            }
            Node::Group {
                index: None,
                add,
                del,
                body,
            } => return self.test(body, Flags((f.0 | add) & !del)),
            _ => return None,
        })
    }

    fn emit(&mut self, node: &Node, f: Flags) {
        match node {
            Node::Seq(items) => {
                for n in items {
                    self.emit(n, f);
                }
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (i, n) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(0));
                        self.emit(n, f);
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.emit(n, f);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } => {
                if let Some(t) = self.test(node, f) {
                    self.insts.push(Inst::One(t));
                }
            }
            Node::At(at) => {
                let ml = f.has(flag::MULTILINE);
                let a = match at {
                    At::Beginning if ml => Anchor::LineStart,
                    At::Beginning | At::BeginningString => Anchor::Start,
                    At::End if ml => Anchor::LineEnd,
                    At::End => Anchor::End,
                    At::EndString => Anchor::EndString,
                    At::Boundary => Anchor::Boundary(f.ascii()),
                    At::NonBoundary => Anchor::NonBoundary(f.ascii()),
                };
                self.insts.push(Inst::Anchor(a));
            }
            Node::Group {
                index,
                add,
                del,
                body,
            } => {
                let inner = Flags((f.0 | add) & !del);
                match index {
                    Some(g) => {
                        self.insts.push(Inst::Save(2 * g));
                        self.emit(body, inner);
                        self.insts.push(Inst::Save(2 * g + 1));
                    }
                    None => self.emit(body, inner),
                }
            }
            Node::Atomic(body) => self.barrier(Barrier::Atomic, body, f),
            Node::Look {
                behind,
                negate,
                width,
                body,
            } => {
                let kind = Barrier::Look {
                    negate: *negate,
                    behind: *width as usize,
                    is_behind: *behind,
                };
                self.barrier(kind, body, f);
            }
            Node::Repeat {
                min,
                max,
                kind,
                body,
            } => self.repeat(*min, *max, *kind, body, f),
            Node::Backref(g) => self.insts.push(Inst::Backref {
                group: *g,
                icase: f.has(flag::IGNORECASE),
                ascii: f.ascii(),
            }),
            Node::Cond { group, yes, no } => {
                let cond = self.pc();
                self.insts.push(Inst::Cond {
                    group: *group,
                    no: 0,
                });
                self.emit(yes, f);
                let jump = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                if let Some(no) = no {
                    self.emit(no, f);
                }
                let end = self.pc();
                self.insts[cond] = Inst::Cond {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jump] = Inst::Jmp(end);
            }
        }
    }

    fn barrier(&mut self, kind: Barrier, body: &Node, f: Flags) {
        let open = self.pc();
        self.insts.push(Inst::Open { kind, end: 0 });
        self.emit(body, f);
        self.insts.push(Inst::Close);
        let end = self.pc();
        self.insts[open] = Inst::Open { kind, end };
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, body: &Node, f: Flags) {
        if let Some(test) = self.test(body, f) {
            self.insts.push(Inst::Star {
                test,
                min,
                max,
                kind,
            });
            return;
        }
        if kind == RepeatKind::Possessive {
            let inner = Node::Repeat {
                min,
                max,
                kind: RepeatKind::Greedy,
                body: Box::new(body.clone()),
            };
            self.barrier(Barrier::Atomic, &inner, f);
            return;
        }
        let id = self.repeats;
        self.repeats += 1;
        self.insts.push(Inst::RepStart(id));
        let jump = self.pc();
        self.insts.push(Inst::Jmp(0));
        let body_pc = self.pc();
        self.emit(body, f);
        let loop_pc = self.pc();
        self.insts[jump] = Inst::Jmp(loop_pc);
        self.insts.push(Inst::RepLoop {
            id,
            min,
            max,
            lazy: kind == RepeatKind::Lazy,
            body: body_pc,
            exit: loop_pc + 1,
        });
    }
}
