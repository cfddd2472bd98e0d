//! `match` statements. The subject and every part a pattern takes apart go
//! to hidden local slots (named `$match…`, which no Python name can be), so
//! the value stack is empty whenever a pattern fails and a failure is a
//! plain jump to the next case. Captured values go to one hidden slot per
//! name, and are bound to their names only once the whole pattern has
//! matched (before the guard), as CPython binds them. The checks on the
//! subject are `MatchSequence`, `MatchKeys` and `MatchClass` (see
//! `interp::matching`).

use super::{Builder, CResult, Ctx};
use crate::compiler::bytecode::{CmpOp, Instr};
use taipan_parser::ast::{self, Pattern};

/// What one case's pattern collects while it compiles.
#[derive(Default)]
struct CaseState {
    /// The jumps to take when the pattern fails.
    fails: Vec<usize>,
    /// Each captured name and the hidden slot that holds its value.
    captures: Vec<(String, u32)>,
}

impl<'a> Builder<'a> {
    /// Compiles a `match` statement.
    pub(super) fn match_stmt(&mut self, ctx: &mut Ctx, m: &'a ast::StmtMatch) -> CResult<()> {
        self.expr(ctx, &m.subject)?;
        let subject = self.match_slot();
        self.emit(Instr::StoreFast(subject));
        let mut ends = Vec::new();
        for case in &m.cases {
            let mut state = CaseState::default();
            self.pattern(ctx, &case.pattern, subject, &mut state)?;
            for (name, slot) in &state.captures {
                self.emit(Instr::LoadFast(*slot));
                self.store_name(ctx, name);
            }
            if let Some(guard) = &case.guard {
                let jump = self.cond_jump(ctx, guard, false)?;
                state.fails.push(jump);
            }
            self.stmts(ctx, &case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            for fail in state.fails {
                self.patch_here(fail);
            }
        }
        for end in ends {
            self.patch_here(end);
        }
        Ok(())
    }

    /// A new hidden local slot.
    fn match_slot(&mut self) -> u32 {
        let name = format!("$match{}", self.varnames.len());
        self.local(&name)
    }

    /// The hidden slot that holds the value captured as `name`.
    fn capture_slot(&mut self, name: &str, state: &mut CaseState) -> u32 {
        if let Some((_, slot)) = state.captures.iter().find(|(n, _)| n == name) {
            return *slot;
        }
        let slot = self.match_slot();
        state.captures.push((name.to_string(), slot));
        slot
    }

    /// Copies the value in `from` to the capture slot of `name`.
    fn capture(&mut self, name: &ast::Identifier, from: u32, state: &mut CaseState) {
        let slot = self.capture_slot(name.as_str(), state);
        self.emit(Instr::LoadFast(from));
        self.emit(Instr::StoreFast(slot));
    }

    /// Pops a bool and fails the pattern when it is false.
    fn fail_unless(&mut self, state: &mut CaseState) {
        let jump = self.emit(Instr::PopJumpIfFalse(0));
        state.fails.push(jump);
    }

    /// Matches the value in slot `subject` against `p`.
    fn pattern(
        &mut self,
        ctx: &mut Ctx,
        p: &'a Pattern,
        subject: u32,
        state: &mut CaseState,
    ) -> CResult<()> {
        self.set_line(ctx, p);
        match p {
            Pattern::MatchValue(v) => {
                self.emit(Instr::LoadFast(subject));
                self.expr(ctx, &v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.fail_unless(state);
            }
            Pattern::MatchSingleton(s) => {
                self.emit(Instr::LoadFast(subject));
                let k = self.konst(super::constant(&s.value));
                self.emit(Instr::LoadConst(k));
                self.emit(Instr::Is(0));
                self.fail_unless(state);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(ctx, inner, subject, state)?;
                }
                if let Some(name) = &a.name {
                    self.capture(name, subject, state);
                }
            }
            Pattern::MatchStar(s) => {
                // Only inside a sequence pattern, which hands it the list.
                if let Some(name) = &s.name {
                    self.capture(name, subject, state);
                }
            }
            Pattern::MatchOr(o) => self.alternatives(ctx, &o.patterns, subject, state)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(ctx, &s.patterns, subject, state)?,
            Pattern::MatchMapping(m) => {
                self.emit(Instr::LoadFast(subject));
                for key in &m.keys {
                    self.expr(ctx, key)?;
                }
                self.emit(Instr::BuildTuple(m.keys.len() as u32));
                self.emit(Instr::MatchKeys(u32::from(m.rest.is_some())));
                self.fail_unless(state);
                let slots = self.unpack_parts(m.keys.len() + usize::from(m.rest.is_some()));
                for (p, slot) in m.patterns.iter().zip(&slots) {
                    self.pattern(ctx, p, *slot, state)?;
                }
                if let (Some(rest), Some(slot)) = (&m.rest, slots.last()) {
                    self.capture(rest, *slot, state);
                }
            }
            Pattern::MatchClass(c) => {
                self.emit(Instr::LoadFast(subject));
                self.expr(ctx, &c.cls)?;
                for attr in &c.kwd_attrs {
                    let k = self.str_const(attr.as_str());
                    self.emit(Instr::LoadConst(k));
                }
                self.emit(Instr::BuildTuple(c.kwd_attrs.len() as u32));
                self.emit(Instr::MatchClass(c.patterns.len() as u32));
                self.fail_unless(state);
                let slots = self.unpack_parts(c.patterns.len() + c.kwd_patterns.len());
                for (p, slot) in c.patterns.iter().chain(&c.kwd_patterns).zip(slots) {
                    self.pattern(ctx, p, slot, state)?;
                }
            }
        }
        Ok(())
    }

    /// `p1 | p2 | …`: each alternative in turn, the first that matches
    /// wins (they capture the same names, into the same slots).
    fn alternatives(
        &mut self,
        ctx: &mut Ctx,
        patterns: &'a [Pattern],
        subject: u32,
        state: &mut CaseState,
    ) -> CResult<()> {
        let mut matched = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let outer_fails = std::mem::take(&mut state.fails);
            self.pattern(ctx, p, subject, state)?;
            let fails = std::mem::replace(&mut state.fails, outer_fails);
            if i + 1 == patterns.len() {
                state.fails.extend(fails);
            } else {
                matched.push(self.emit(Instr::Jump(0)));
                for fail in fails {
                    self.patch_here(fail);
                }
            }
        }
        for jump in matched {
            self.patch_here(jump);
        }
        Ok(())
    }

    /// `[p1, *rest, p2]` (or a tuple of patterns).
    fn sequence_pattern(
        &mut self,
        ctx: &mut Ctx,
        patterns: &'a [Pattern],
        subject: u32,
        state: &mut CaseState,
    ) -> CResult<()> {
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let fixed = patterns.len() - usize::from(star.is_some());
        self.emit(Instr::LoadFast(subject));
        self.emit(Instr::MatchSequence(
            ((fixed as u32) << 1) | u32::from(star.is_some()),
        ));
        self.fail_unless(state);
        if patterns.iter().all(is_wildcard) {
            return Ok(());
        }
        self.emit(Instr::LoadFast(subject));
        match star {
            Some(before) => {
                let after = patterns.len() - before - 1;
                self.emit(Instr::UnpackEx((before | (after << 16)) as u32));
            }
            None => {
                self.emit(Instr::UnpackSequence(patterns.len() as u32));
            }
        }
        let slots = self.store_unpacked(patterns.len());
        for (p, slot) in patterns.iter().zip(slots) {
            self.pattern(ctx, p, slot, state)?;
        }
        Ok(())
    }

    /// Unpacks the tuple on top of the stack (`n` items) into new slots.
    fn unpack_parts(&mut self, n: usize) -> Vec<u32> {
        if n == 0 {
            self.emit(Instr::Pop);
            return Vec::new();
        }
        self.emit(Instr::UnpackSequence(n as u32));
        self.store_unpacked(n)
    }

    /// Stores `n` unpacked items (the first on top) into new slots.
    fn store_unpacked(&mut self, n: usize) -> Vec<u32> {
        (0..n)
            .map(|_| {
                let slot = self.match_slot();
                self.emit(Instr::StoreFast(slot));
                slot
            })
            .collect()
    }
}

/// `_` and `*_`: patterns that match anything and capture nothing.
fn is_wildcard(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        Pattern::MatchStar(s) => s.name.is_none(),
        _ => false,
    }
}
