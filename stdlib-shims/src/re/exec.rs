//! The backtracking matcher: runs a [`Program`] over a slice of code points
//! (or bytes) with its own explicit stack, so neither the input's length
//! nor repetition counts grow the Rust stack.

use super::ast::{RepeatKind, MAXREPEAT};
use super::chars::{eq_ignore_case, is_word, lower};
use super::compile::{Anchor, Barrier, Inst, Program, Test};

/// Steps one match attempt may take before it counts as runaway
/// backtracking (no sane pattern comes near it), plus
/// [`STEPS_PER_CHAR`] for each character of the text it may scan.
pub const STEP_BUDGET: u64 = 100_000_000;

/// The budget's allowance per character, so that long texts matched in
/// linear time never reach it.
const STEPS_PER_CHAR: u64 = 64;

/// How often (in steps) the matcher asks whether to stop.
const CHECK_EVERY: u64 = 4096;

/// Unset capture slot.
pub const UNSET: usize = usize::MAX;

/// The text being matched.
pub trait Subject {
    /// Its length.
    fn len(&self) -> usize;
    /// The code point at `i` (`i < len`).
    fn at(&self, i: usize) -> u32;
    /// The first index in `from..to` holding `c`.
    fn find(&self, c: u32, from: usize, to: usize) -> Option<usize>;
}

impl Subject for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        u32::from(self[i])
    }
    fn find(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        let b = u8::try_from(c).ok()?;
        self[from..to]
            .iter()
            .position(|&x| x == b)
            .map(|i| i + from)
    }
}

impl Subject for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
    fn find(&self, c: u32, from: usize, to: usize) -> Option<usize> {
        self[from..to]
            .iter()
            .position(|&x| x == c)
            .map(|i| i + from)
    }
}

/// How a match is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// At the start position.
    Match,
    /// At the start position, through to the end.
    Full,
    /// At the first position where it matches.
    Search,
}

/// Why matching stopped without an answer.
#[derive(Debug)]
pub enum Stop<E> {
    /// The check callback said stop (an interrupt).
    Interrupted(E),
    /// The step budget ran out.
    Backtracking,
}

#[derive(Clone, Copy)]
enum Frame {
    /// Resume at `pc` with `pos`.
    Alt { pc: usize, pos: usize },
    /// Restore a capture slot and lastindex.
    Slot {
        slot: usize,
        old: usize,
        last: usize,
    },
    /// Restore a repetition's (count, last position).
    Counter {
        id: usize,
        count: usize,
        last: usize,
    },
    /// A greedy one-character repeat that may give back down to `lo`.
    Star { next: usize, lo: usize, cur: usize },
    /// A lazy one-character repeat that may take more, up to `limit`.
    LazyStar { pc: usize, cur: usize, limit: usize },
    /// A lazy counted repetition that may iterate once more.
    RepIter { pc: usize, pos: usize },
    /// An open atomic group or lookaround.
    Barrier { pc: usize, pos: usize },
}

impl Frame {
    fn is_restore(&self) -> bool {
        matches!(self, Frame::Slot { .. } | Frame::Counter { .. })
    }
}

/// Matching state, reusable across calls with the same program.
pub struct Matcher<'p> {
    prog: &'p Program,
    /// Capture slots after a successful match (UNSET where unmatched).
    pub slots: Vec<usize>,
    /// The last closed group of the match (0: none).
    pub lastindex: usize,
    counters: Vec<(usize, usize)>,
    stack: Vec<Frame>,
    budget: u64,
    reject: usize,
}

impl<'p> Matcher<'p> {
    /// A matcher for `prog` with the default step budget.
    pub fn new(prog: &'p Program) -> Matcher<'p> {
        Matcher {
            prog,
            slots: vec![UNSET; prog.slots],
            lastindex: 0,
            counters: vec![(0, UNSET); prog.repeats],
            stack: Vec::new(),
            budget: STEP_BUDGET,
            reject: UNSET,
        }
    }

    /// Sets the step budget per attempt (tests use small ones).
    #[cfg(test)]
    pub fn with_budget(mut self, budget: u64) -> Matcher<'p> {
        self.budget = budget;
        self
    }

    /// Matches `text[..end]` from `pos`; true when it matched (then
    /// `slots` and `lastindex` describe the match). A match that ends
    /// empty at `reject_empty_at` does not count (CPython's rule after an
    /// empty match in findall, sub and split).
    pub fn exec<S: Subject + ?Sized, E>(
        &mut self,
        text: &S,
        pos: usize,
        end: usize,
        mode: Mode,
        reject_empty_at: usize,
        check: &mut dyn FnMut() -> Result<(), E>,
    ) -> Result<bool, Stop<E>> {
        self.reject = reject_empty_at;
        let end = end.min(text.len());
        if pos > end {
            return Ok(false);
        }
        match mode {
            Mode::Match => self.attempt(text, pos, end, false, check),
            Mode::Full => self.attempt(text, pos, end, true, check),
            Mode::Search => {
                if self.prog.anchored {
                    return self.attempt(text, pos, end, false, check);
                }
                let first = self.prog.first.as_deref();
                let mut start = pos;
                while start <= end {
                    match first {
                        Some(&[Test::Char(c)]) => match text.find(c, start, end) {
                            Some(at) => start = at,
                            None => break,
                        },
                        Some(tests) => {
                            if start >= end {
                                break;
                            }
                            let c = text.at(start);
                            if !tests.iter().any(|&t| self.test(t, c)) {
                                start += 1;
                                continue;
                            }
                        }
                        None => {}
                    }
                    if self.attempt(text, start, end, false, check)? {
                        return Ok(true);
                    }
                    if start % 1024 == 1023 {
                        check().map_err(Stop::Interrupted)?;
                    }
                    start += 1;
                }
                Ok(false)
            }
        }
    }

    #[inline]
    fn test(&self, t: Test, c: u32) -> bool {
        match t {
            Test::Char(x) => c == x,
            Test::NotChar(x) => c != x,
            Test::CharI(x, ascii) => eq_ignore_case(c, x, ascii),
            Test::NotCharI(x, ascii) => !eq_ignore_case(c, x, ascii),
            Test::AnyNl => c != u32::from(b'\n'),
            Test::Any => true,
            Test::Set(i) => self.prog.sets.get(i).is_some_and(|s| s.matches(c)),
        }
    }

    fn anchor<S: Subject + ?Sized>(&self, a: Anchor, text: &S, pos: usize, end: usize) -> bool {
        let nl = u32::from(b'\n');
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || text.at(pos - 1) == nl,
            Anchor::End => pos == end || (pos + 1 == end && text.at(pos) == nl),
            Anchor::LineEnd => pos == end || text.at(pos) == nl,
            Anchor::EndString => pos == end,
            Anchor::Boundary(ascii) | Anchor::NonBoundary(ascii) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(text.at(pos - 1), ascii);
                let after = pos < end && is_word(text.at(pos), ascii);
                (before != after) == matches!(a, Anchor::Boundary(_))
            }
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
            last: self.lastindex,
        });
        self.slots[slot] = pos;
        if slot % 2 == 1 && slot > 1 {
            self.lastindex = slot / 2;
        }
    }

    fn set_counter(&mut self, id: usize, value: (usize, usize)) {
        let (count, last) = self.counters[id];
        self.stack.push(Frame::Counter { id, count, last });
        self.counters[id] = value;
    }

    /// Drops the choice points above barrier `b` (and `b`), keeping the
    /// restore records so that later backtracking still undoes captures.
    fn cut(&mut self, b: usize) {
        let mut w = b;
        for r in b + 1..self.stack.len() {
            if self.stack[r].is_restore() {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Pops back to barrier `b` (removed too), undoing what it records.
    fn unwind(&mut self, b: usize) {
        while self.stack.len() > b {
            if let Some(f) = self.stack.pop() {
                self.undo(f);
            }
        }
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { slot, old, last } => {
                self.slots[slot] = old;
                self.lastindex = last;
            }
            Frame::Counter { id, count, last } => self.counters[id] = (count, last),
            _ => {}
        }
    }

    /// The span of group `g` when it matched.
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let i = g.checked_mul(2)?;
        let s = *self.slots.get(i)?;
        let e = *self.slots.get(i.checked_add(1)?)?;
        (s != UNSET && e != UNSET).then_some((s, e))
    }

    fn attempt<S: Subject + ?Sized, E>(
        &mut self,
        text: &S,
        start: usize,
        end: usize,
        full: bool,
        check: &mut dyn FnMut() -> Result<(), E>,
    ) -> Result<bool, Stop<E>> {
        let prog = self.prog;
        self.stack.clear();
        self.slots.fill(UNSET);
        self.counters.fill((0, UNSET));
        self.lastindex = 0;
        let mut pc = 0usize;
        let mut pos = start;
        let mut steps: u64 = 0;
        loop {
            steps += 1;
            if steps.is_multiple_of(CHECK_EVERY) {
                check().map_err(Stop::Interrupted)?;
                if steps > self.budget + STEPS_PER_CHAR * (end - start) as u64 {
                    return Err(Stop::Backtracking);
                }
            }
            let ok = match prog.insts[pc] {
                Inst::One(t) => {
                    if pos < end && self.test(t, text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Star {
                    test,
                    min,
                    max,
                    kind,
                } => {
                    let limit = if max == MAXREPEAT {
                        end
                    } else {
                        end.min(pos.saturating_add(max as usize))
                    };
                    let need = pos.saturating_add(min as usize);
                    if kind == RepeatKind::Lazy {
                        let mut p = pos;
                        while p < need && p < limit && self.test(test, text.at(p)) {
                            p += 1;
                        }
                        steps += (p - pos) as u64;
                        if p < need {
                            false
                        } else {
                            if p < limit {
                                self.stack.push(Frame::LazyStar { pc, cur: p, limit });
                            }
                            pos = p;
                            pc += 1;
                            true
                        }
                    } else {
                        let mut p = pos;
                        while p < limit && self.test(test, text.at(p)) {
                            p += 1;
                        }
                        steps += (p - pos) as u64;
                        if p < need {
                            false
                        } else {
                            if kind == RepeatKind::Greedy && p > need {
                                self.stack.push(Frame::Star {
                                    next: pc + 1,
                                    lo: need,
                                    cur: p,
                                });
                            }
                            pos = p;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::Anchor(a) => {
                    pc += 1;
                    self.anchor(a, text, pos, end)
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(alt) => {
                    self.stack.push(Frame::Alt { pc: alt, pos });
                    pc += 1;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::RepStart(id) => {
                    self.set_counter(id, (0, UNSET));
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    id,
                    min,
                    max,
                    lazy,
                    body,
                    exit,
                } => {
                    let (count, last) = self.counters[id];
                    let more = max == MAXREPEAT || count < max as usize;
                    if count < min as usize {
                        self.set_counter(id, (count + 1, last));
                        pc = body;
                    } else if lazy {
                        if more && pos != last {
                            self.stack.push(Frame::RepIter { pc, pos });
                        }
                        pc = exit;
                    } else if more && pos != last {
                        self.stack.push(Frame::Alt { pc: exit, pos });
                        self.set_counter(id, (count + 1, pos));
                        pc = body;
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::Backref {
                    group,
                    icase,
                    ascii,
                } => match self.span(group) {
                    Some((s, e)) if pos + (e - s) <= end => {
                        let same = (0..e - s).all(|i| {
                            let (a, b) = (text.at(s + i), text.at(pos + i));
                            a == b || (icase && lower(a, ascii) == lower(b, ascii))
                        });
                        if same {
                            pos += e - s;
                            pc += 1;
                        }
                        same
                    }
                    _ => false,
                },
                Inst::Open { kind, end: after } => match kind {
                    Barrier::Look {
                        negate,
                        behind,
                        is_behind: true,
                    } if pos < behind => {
                        pc = after;
                        negate
                    }
                    Barrier::Look { behind, .. } => {
                        self.stack.push(Frame::Barrier { pc, pos });
                        pos -= behind;
                        pc += 1;
                        true
                    }
                    Barrier::Atomic => {
                        self.stack.push(Frame::Barrier { pc, pos });
                        pc += 1;
                        true
                    }
                },
                Inst::Close => {
                    let found = self
                        .stack
                        .iter()
                        .rposition(|f| matches!(f, Frame::Barrier { .. }));
                    let Some(b) = found else {
                        return Ok(false);
                    };
                    let Frame::Barrier {
                        pc: open,
                        pos: saved,
                    } = self.stack[b]
                    else {
                        return Ok(false);
                    };
                    let Inst::Open { kind, end: after } = prog.insts[open] else {
                        return Ok(false);
                    };
                    match kind {
                        Barrier::Atomic => {
                            self.cut(b);
                            pc += 1;
                            true
                        }
                        Barrier::Look { negate: false, .. } => {
                            self.cut(b);
                            pos = saved;
                            pc = after;
                            true
                        }
                        Barrier::Look { negate: true, .. } => {
                            self.unwind(b);
                            false
                        }
                    }
                }
                Inst::Cond { group, no } => {
                    pc = if self.span(group).is_some() {
                        pc + 1
                    } else {
                        no
                    };
                    true
                }
                Inst::Match => {
                    if (!full || pos == end) && pos != self.reject {
                        return Ok(true);
                    }
                    false
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the most recent choice point.
            loop {
                let Some(frame) = self.stack.pop() else {
                    return Ok(false);
                };
                match frame {
                    Frame::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::Slot { .. } | Frame::Counter { .. } => self.undo(frame),
                    Frame::Star { next, lo, cur } => {
                        let mut c = cur - 1;
                        if let Inst::One(Test::Char(x)) = prog.insts[next] {
                            while c > lo && (c >= end || text.at(c) != x) {
                                c -= 1;
                            }
                            steps += (cur - c) as u64;
                        }
                        if c > lo {
                            self.stack.push(Frame::Star { next, lo, cur: c });
                        }
                        pc = next;
                        pos = c;
                        break;
                    }
                    Frame::LazyStar { pc: p, cur, limit } => {
                        let Inst::Star { test, .. } = prog.insts[p] else {
                            continue;
                        };
                        if cur < limit && self.test(test, text.at(cur)) {
                            if cur + 1 < limit {
                                self.stack.push(Frame::LazyStar {
                                    pc: p,
                                    cur: cur + 1,
                                    limit,
                                });
                            }
                            pc = p + 1;
                            pos = cur + 1;
                            break;
                        }
                    }
                    Frame::RepIter { pc: p, pos: q } => {
                        let Inst::RepLoop { id, body, .. } = prog.insts[p] else {
                            continue;
                        };
                        let (count, _) = self.counters[id];
                        self.set_counter(id, (count + 1, q));
                        pc = body;
                        pos = q;
                        break;
                    }
                    Frame::Barrier {
                        pc: open,
                        pos: saved,
                    } => {
                        if let Inst::Open {
                            kind: Barrier::Look { negate: true, .. },
                            end: after,
                        } = prog.insts[open]
                        {
                            pc = after;
                            pos = saved;
                            break;
                        }
                    }
                }
            }
        }
    }
}
