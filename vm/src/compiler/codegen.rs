//! Code generation: one [`Builder`] per code object, walking the AST.

use super::annotations::{annotation_text, future_annotations, has_name_annotations};
use super::bytecode::{BinOp, CmpOp, Code, CodeFlags, ExcEntry, Instr, Span, UnaryOp};
use super::symtable::{NameKind, ScopeKind, SymbolTable};
use crate::builtins::functions::DIR_NAMESPACE_KEYWORD;
use crate::object::ObjKind;
use crate::objects::int::int_value;
use crate::value::{FrozenRef, ObjRef, SharedValue};
use std::collections::HashMap;
use std::sync::Arc;
use taipan_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use taipan_parser::{escapes, Diagnostic, DiagnosticKind, ParsedModule, SourceFile};

mod matching;

type CResult<T> = Result<T, Diagnostic>;

/// Compiles a parsed module to its code object.
pub fn compile(module: &ParsedModule) -> CResult<Arc<Code>> {
    let future_annotations = future_annotations(&module.body, &module.source)?;
    let table = SymbolTable::build(&module.body, future_annotations);
    let mut ctx = Ctx {
        table,
        source: module.source.clone(),
        future_annotations,
    };
    let mut b = Builder::new(&ctx, 0, "<module>", "<module>", 1);
    b.docstring = docstring_of(&module.body);
    b.setup_annotations(&module.body);
    b.stmts(&mut ctx, &module.body)?;
    let none = b.konst(SharedValue::None);
    b.emit(Instr::LoadConst(none));
    b.emit(Instr::Return);
    Ok(Arc::new(b.finish(&ctx, CodeFlags::default(), 0, 0, 0)))
}

struct Ctx {
    table: SymbolTable,
    source: SourceFile,
    /// `from __future__ import annotations`: annotations are kept as
    /// their source text, never evaluated.
    future_annotations: bool,
}

impl Ctx {
    fn error(&self, node: &impl Ranged, msg: &str) -> Diagnostic {
        self.source.diagnostic(
            DiagnosticKind::SyntaxError,
            node.range().start().to_usize(),
            msg.to_string(),
            None,
        )
    }
}

/// A protected region: code whose exceptions go to `handler`.
struct Region {
    segments: Vec<(u32, u32)>,
    open_at: Option<u32>,
    handler: u32,
    depth: u32,
}

/// An enclosing block that `return`/`break`/`continue` must unwind.
enum Block<'a> {
    Loop {
        continue_to: u32,
        breaks: Vec<usize>,
        is_for: bool,
        regions: usize,
    },
    With {
        regions: usize,
    },
    Handler {
        regions: usize,
    },
    FinallyHandler {
        regions: usize,
    },
    Finally {
        body: &'a [Stmt],
        regions: usize,
    },
    /// A finally body inlined by a `return`: the value being returned waits
    /// under it on the stack, and a jump out of the body drops it.
    Pending {
        regions: usize,
    },
}

impl Block<'_> {
    fn regions(&self) -> usize {
        match self {
            Block::Loop { regions, .. }
            | Block::With { regions }
            | Block::Handler { regions }
            | Block::FinallyHandler { regions }
            | Block::Finally { regions, .. }
            | Block::Pending { regions } => *regions,
        }
    }
}

struct Builder<'a> {
    scope: usize,
    name: Arc<str>,
    qualname: Arc<str>,
    first_line: u32,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    line: u32,
    spans: Vec<Span>,
    /// The span of the node being compiled: what [`Builder::emit`] records.
    span: Span,
    consts: Vec<SharedValue>,
    str_consts: HashMap<String, u32>,
    names: Vec<FrozenRef>,
    name_index: HashMap<String, u32>,
    codes: Vec<Arc<Code>>,
    varnames: Vec<Arc<str>>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    regions: Vec<Region>,
    blocks: Vec<Block<'a>>,
    depth: u32,
    is_class: bool,
    /// The enclosing class's name, for private-name mangling (`__x`).
    class_name: Option<String>,
    /// The docstring of the body being compiled.
    docstring: Option<Arc<str>>,
}

/// The byte range of a node.
fn span_of(node: &impl Ranged) -> Span {
    let range = node.range();
    Span {
        start: range.start().to_u32(),
        end: range.end().to_u32(),
    }
}

fn frozen_str(s: &str) -> FrozenRef {
    crate::types::frozen_str(s)
}

impl<'a> Builder<'a> {
    fn new(ctx: &Ctx, scope: usize, name: &str, qualname: &str, first_line: u32) -> Builder<'a> {
        let sc = &ctx.table.scopes[scope];
        let mut b = Builder {
            scope,
            name: name.into(),
            qualname: qualname.into(),
            first_line,
            instrs: Vec::new(),
            lines: Vec::new(),
            line: first_line,
            spans: Vec::new(),
            span: Span::default(),
            consts: Vec::new(),
            str_consts: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            codes: Vec::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            regions: Vec::new(),
            blocks: Vec::new(),
            depth: 0,
            is_class: sc.kind == ScopeKind::Class,
            class_name: None,
            docstring: None,
        };
        if sc.kind == ScopeKind::Function {
            for p in &sc.params {
                b.local(p);
            }
            for n in &sc.bound {
                b.local(n);
            }
        }
        b
    }

    fn local(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.var_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.into());
        self.var_index.insert(name.to_string(), i);
        i
    }

    // Out of line: it is called from hundreds of places, and inlined it
    // cost the binary some 20 KB (compiling is not where time goes).
    #[inline(never)]
    fn emit(&mut self, i: Instr) -> usize {
        self.instrs.push(i);
        self.lines.push(self.line);
        self.spans.push(self.span);
        self.instrs.len() - 1
    }

    fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        self.instrs[at] = match self.instrs[at] {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::YieldFrom(_) => Instr::YieldFrom(target),
            other => other,
        };
    }

    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn konst(&mut self, v: SharedValue) -> u32 {
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    /// Emits the constant an operator expression on numbers folds to (see
    /// [`folded_constant`]); false, emitting nothing, when it does not fold.
    fn fold_number(&mut self, e: &Expr) -> bool {
        if !only_numbers(e) {
            return false;
        }
        let Some(v) = folded_constant(e) else {
            return false;
        };
        let k = self.konst(SharedValue::freeze(&v));
        self.emit(Instr::LoadConst(k));
        true
    }

    fn str_const(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.str_consts.get(s) {
            return i;
        }
        let i = self.konst(SharedValue::Frozen(frozen_str(s)));
        self.str_consts.insert(s.to_string(), i);
        i
    }

    /// `__name` inside a class becomes `_Class__name`, as CPython mangles it.
    fn mangle(&self, s: &str) -> String {
        match &self.class_name {
            Some(class) if s.starts_with("__") && !s.ends_with("__") && !s.contains('.') => {
                let stripped = class.trim_start_matches('_');
                if stripped.is_empty() {
                    s.to_string()
                } else {
                    format!("_{stripped}{s}")
                }
            }
            _ => s.to_string(),
        }
    }

    fn name(&mut self, s: &str) -> u32 {
        let mangled = self.mangle(s);
        let s = mangled.as_str();
        if let Some(&i) = self.name_index.get(s) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(frozen_str(s));
        self.name_index.insert(s.to_string(), i);
        i
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    fn set_line(&mut self, ctx: &Ctx, node: &impl Ranged) {
        self.line = ctx.source.locate(node.range().start().to_usize()).0;
        self.span = span_of(node);
    }

    // ----- regions (the exception table) -----

    fn push_region(&mut self) -> usize {
        let start = self.here();
        self.regions.push(Region {
            segments: Vec::new(),
            open_at: Some(start),
            handler: 0,
            depth: self.depth,
        });
        self.regions.len() - 1
    }

    fn end_region(&mut self, r: usize) {
        let here = self.here();
        if let Some(start) = self.regions[r].open_at.take() {
            if here > start {
                self.regions[r].segments.push((start, here));
            }
        }
    }

    fn set_handler(&mut self, r: usize) {
        self.regions[r].handler = self.here();
    }

    /// Closes every open region from index `from` on; returns those closed.
    fn suspend_regions(&mut self, from: usize) -> Vec<usize> {
        let mut closed = Vec::new();
        for r in from..self.regions.len() {
            if self.regions[r].open_at.is_some() {
                self.end_region(r);
                closed.push(r);
            }
        }
        closed
    }

    fn resume_regions(&mut self, regions: Vec<usize>) {
        let here = self.here();
        for r in regions {
            self.regions[r].open_at = Some(here);
        }
    }

    // ----- names -----

    fn load_name(&mut self, ctx: &Ctx, name: &str) {
        match ctx.table.scopes[self.scope].resolve(name) {
            NameKind::Local => {
                let i = self.local(name);
                self.emit(Instr::LoadFast(i));
            }
            NameKind::Cell | NameKind::Free => {
                let i = self.cell_index(name).unwrap_or(0);
                self.emit(Instr::LoadDeref(i));
            }
            NameKind::Global => {
                let i = self.name(name);
                if ctx.table.scopes[self.scope].kind == ScopeKind::Function {
                    self.emit(Instr::LoadGlobal(i));
                } else {
                    self.emit(Instr::LoadName(i));
                }
            }
            NameKind::Name => {
                let i = self.name(name);
                self.emit(Instr::LoadName(i));
            }
        }
    }

    fn store_name(&mut self, ctx: &Ctx, name: &str) {
        match ctx.table.scopes[self.scope].resolve(name) {
            NameKind::Local => {
                let i = self.local(name);
                self.emit(Instr::StoreFast(i));
            }
            NameKind::Cell | NameKind::Free => {
                let i = self.cell_index(name).unwrap_or(0);
                self.emit(Instr::StoreDeref(i));
            }
            NameKind::Global => {
                let i = self.name(name);
                self.emit(Instr::StoreGlobal(i));
            }
            NameKind::Name => {
                let i = self.name(name);
                self.emit(Instr::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, ctx: &Ctx, name: &str) {
        match ctx.table.scopes[self.scope].resolve(name) {
            NameKind::Local => {
                let i = self.local(name);
                self.emit(Instr::DeleteFast(i));
            }
            NameKind::Cell | NameKind::Free => {
                let i = self.cell_index(name).unwrap_or(0);
                self.emit(Instr::DeleteDeref(i));
            }
            NameKind::Global => {
                let i = self.name(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            NameKind::Name => {
                let i = self.name(name);
                self.emit(Instr::DeleteName(i));
            }
        }
    }

    // ----- statements -----

    fn stmts(&mut self, ctx: &mut Ctx, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(ctx, s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, ctx: &mut Ctx, s: &'a Stmt) -> CResult<()> {
        self.set_line(ctx, s);
        match s {
            Stmt::Expr(e) => {
                self.expr(ctx, &e.value)?;
                self.emit(Instr::Pop);
            }
            Stmt::Assign(a) => {
                self.expr(ctx, &a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.assign(ctx, t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(ctx, a)?,
            Stmt::AnnAssign(a) => self.ann_assign(ctx, a)?,
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => {
                let jf = self.cond_jump(ctx, &i.test, false)?;
                self.stmts(ctx, &i.body)?;
                if i.orelse.is_empty() {
                    self.patch_here(jf);
                } else {
                    let end = self.emit(Instr::Jump(0));
                    self.patch_here(jf);
                    self.stmts(ctx, &i.orelse)?;
                    self.patch_here(end);
                }
            }
            Stmt::While(w) => {
                let start = self.here();
                let exit = self.cond_jump(ctx, &w.test, false)?;
                self.blocks.push(Block::Loop {
                    continue_to: start,
                    breaks: Vec::new(),
                    is_for: false,
                    regions: self.regions.len(),
                });
                self.stmts(ctx, &w.body)?;
                self.emit(Instr::Jump(start));
                let Some(Block::Loop { breaks, .. }) = self.blocks.pop() else {
                    unreachable!()
                };
                self.patch_here(exit);
                self.stmts(ctx, &w.orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            Stmt::For(f) => {
                self.expr(ctx, &f.iter)?;
                self.emit(Instr::GetIter);
                self.depth += 1;
                let start = self.here();
                let next = self.emit(Instr::ForIter(0));
                self.assign(ctx, &f.target)?;
                self.blocks.push(Block::Loop {
                    continue_to: start,
                    breaks: Vec::new(),
                    is_for: true,
                    regions: self.regions.len(),
                });
                self.stmts(ctx, &f.body)?;
                self.emit(Instr::Jump(start));
                let Some(Block::Loop { breaks, .. }) = self.blocks.pop() else {
                    unreachable!()
                };
                self.depth -= 1;
                self.patch_here(next);
                self.stmts(ctx, &f.orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            Stmt::Break(_) => self.break_or_continue(ctx, s, true)?,
            Stmt::Continue(_) => self.break_or_continue(ctx, s, false)?,
            Stmt::Return(r) => {
                if ctx.table.scopes[self.scope].kind != ScopeKind::Function {
                    return Err(ctx.error(s, "'return' outside function"));
                }
                match &r.value {
                    Some(v) => self.expr(ctx, v)?,
                    None => {
                        let c = self.konst(SharedValue::None);
                        self.emit(Instr::LoadConst(c));
                    }
                }
                let suspended = self.unwind_all(ctx, 0, true)?;
                self.emit(Instr::Return);
                self.resume_regions(suspended);
            }
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(ctx, d)?;
                }
                let scope = ctx.table.scope_of(f).unwrap_or(0);
                self.function(
                    ctx,
                    scope,
                    &f.name,
                    &f.args,
                    f.returns.as_deref(),
                    FunctionBody::Stmts(&f.body),
                )?;
                for _ in &f.decorator_list {
                    self.emit(Instr::Call(1));
                }
                self.store_name(ctx, &f.name);
            }
            Stmt::ClassDef(c) => self.class_def(ctx, c)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(ctx, t)?;
                }
            }
            Stmt::Raise(r) => match (&r.exc, &r.cause) {
                (None, _) => {
                    self.emit(Instr::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(ctx, e)?;
                    self.emit(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(ctx, e)?;
                    self.expr(ctx, c)?;
                    self.emit(Instr::Raise(2));
                }
            },
            Stmt::Assert(a) => {
                let ok = self.cond_jump(ctx, &a.test, true)?;
                // Where CPython 3.11 says an AssertionError comes from: a
                // comparison test itself, else the whole statement.
                if matches!(&*a.test, Expr::Compare(_)) {
                    self.set_line(ctx, &*a.test);
                } else {
                    self.set_line(ctx, s);
                }
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(ctx, m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch_here(ok);
            }
            Stmt::Try(t) => self.try_stmt(ctx, t)?,
            Stmt::With(w) => self.with_stmt(ctx, &w.items, &w.body)?,
            Stmt::Import(i) => {
                for a in &i.names {
                    let zero = self.konst(SharedValue::Int(0));
                    self.emit(Instr::LoadConst(zero));
                    let none = self.konst(SharedValue::None);
                    self.emit(Instr::LoadConst(none));
                    let n = self.name(&a.name);
                    self.emit(Instr::ImportName(n));
                    match &a.asname {
                        Some(alias) => {
                            // `import a.b as c` binds the submodule.
                            for part in a.name.split('.').skip(1) {
                                let p = self.name(part);
                                self.emit(Instr::ImportFrom(p));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::Pop);
                            }
                            self.store_name(ctx, alias);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(ctx, &top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.as_ref().map_or(0, |l| l.to_u32());
                let lv = self.konst(SharedValue::Int(level as i64));
                self.emit(Instr::LoadConst(lv));
                let names: Vec<SharedValue> = i
                    .names
                    .iter()
                    .map(|a| SharedValue::Frozen(frozen_str(&a.name)))
                    .collect();
                let tuple =
                    ObjRef::new_frozen(ObjKind::Tuple(names.iter().map(|v| v.value()).collect()));
                let fl = self.konst(SharedValue::Frozen(tuple));
                self.emit(Instr::LoadConst(fl));
                let module = i.module.as_ref().map_or(String::new(), |m| m.to_string());
                let n = self.name(&module);
                self.emit(Instr::ImportName(n));
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in &i.names {
                        let n = self.name(&a.name);
                        self.emit(Instr::ImportFrom(n));
                        let target = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        self.store_name(ctx, &target);
                    }
                    self.emit(Instr::Pop);
                }
            }
            Stmt::Match(m) => self.match_stmt(ctx, m)?,
            _ => return Err(ctx.error(s, "this statement is not supported by taipan")),
        }
        Ok(())
    }

    /// Emits the unwinding for leaving blocks `from..` (innermost first).
    /// With `keep_tos`, a value on top of the stack survives the unwinding.
    fn unwind_all(&mut self, ctx: &mut Ctx, from: usize, keep_tos: bool) -> CResult<Vec<usize>> {
        let base_region = self
            .blocks
            .get(from)
            .map_or(self.regions.len(), |b| b.regions());
        let suspended = self.suspend_regions(base_region);
        let blocks: Vec<usize> = (from..self.blocks.len()).rev().collect();
        for bi in blocks {
            match &self.blocks[bi] {
                Block::Loop { is_for: true, .. } | Block::Pending { .. } => {
                    if keep_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                }
                Block::Loop { .. } => {}
                Block::With { .. } => {
                    if keep_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::WithExit);
                }
                Block::Handler { .. } => {
                    if keep_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopExcept);
                }
                Block::FinallyHandler { .. } => {
                    if keep_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                    if keep_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopExcept);
                }
                Block::Finally { body, .. } => {
                    let body: &'a [Stmt] = body;
                    // The finally body runs with the blocks outside it.
                    let saved: Vec<Block<'a>> = self.blocks.drain(bi..).collect();
                    let saved_depth = self.depth;
                    let saved_line = self.line;
                    if keep_tos {
                        self.depth += 1;
                        self.blocks.push(Block::Pending {
                            regions: self.regions.len(),
                        });
                    }
                    self.stmts(ctx, body)?;
                    if keep_tos {
                        self.blocks.pop();
                    }
                    self.depth = saved_depth;
                    self.line = saved_line;
                    self.blocks.extend(saved);
                }
            }
        }
        Ok(suspended)
    }

    fn break_or_continue(&mut self, ctx: &mut Ctx, s: &Stmt, is_break: bool) -> CResult<()> {
        let Some(li) = self
            .blocks
            .iter()
            .rposition(|b| matches!(b, Block::Loop { .. }))
        else {
            return Err(ctx.error(
                s,
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
            ));
        };
        let suspended = if is_break {
            self.unwind_all(ctx, li, false)?
        } else {
            self.unwind_all(ctx, li + 1, false)?
        };
        if is_break {
            let j = self.emit(Instr::Jump(0));
            if let Block::Loop { breaks, .. } = &mut self.blocks[li] {
                breaks.push(j);
            }
        } else if let Block::Loop { continue_to, .. } = &self.blocks[li] {
            let t = *continue_to;
            self.emit(Instr::Jump(t));
        }
        self.resume_regions(suspended);
        Ok(())
    }

    fn try_stmt(&mut self, ctx: &mut Ctx, t: &'a ast::StmtTry) -> CResult<()> {
        let fin_region = if t.finalbody.is_empty() {
            None
        } else {
            let r = self.push_region();
            self.blocks.push(Block::Finally {
                body: &t.finalbody,
                regions: r,
            });
            Some(r)
        };
        if t.handlers.is_empty() {
            self.stmts(ctx, &t.body)?;
            self.stmts(ctx, &t.orelse)?;
        } else {
            let body_region = self.push_region();
            self.stmts(ctx, &t.body)?;
            self.end_region(body_region);
            self.stmts(ctx, &t.orelse)?;
            let done = self.emit(Instr::Jump(0));
            // Handlers: stack is [exc] on entry.
            self.set_handler(body_region);
            self.emit(Instr::PushExcInfo);
            self.emit(Instr::ReraiseIfLimit);
            self.depth += 1;
            let cleanup_region = self.push_region();
            let mut ends = Vec::new();
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                self.set_line(ctx, h);
                let next = match &h.type_ {
                    Some(ty) => {
                        self.expr(ctx, ty)?;
                        self.emit(Instr::CheckExcMatch);
                        Some(self.emit(Instr::PopJumpIfFalse(0)))
                    }
                    None => None,
                };
                match &h.name {
                    Some(n) => self.store_name(ctx, n),
                    None => {
                        self.emit(Instr::Pop);
                    }
                }
                self.blocks.push(Block::Handler {
                    regions: self.regions.len(),
                });
                self.stmts(ctx, &h.body)?;
                self.blocks.pop();
                self.emit(Instr::PopExcept);
                if let Some(n) = &h.name {
                    let c = self.konst(SharedValue::None);
                    self.emit(Instr::LoadConst(c));
                    self.store_name(ctx, n);
                    self.delete_name(ctx, n);
                }
                ends.push(self.emit(Instr::Jump(0)));
                if let Some(next) = next {
                    self.patch_here(next);
                }
            }
            self.emit(Instr::Reraise);
            self.end_region(cleanup_region);
            self.depth -= 1;
            self.set_handler(cleanup_region);
            self.emit(Instr::CleanupReraise);
            for e in ends {
                self.patch_here(e);
            }
            self.patch_here(done);
        }
        if let Some(r) = fin_region {
            self.blocks.pop();
            self.end_region(r);
            // Normal path: run the finally body inline.
            self.stmts(ctx, &t.finalbody)?;
            let after = self.emit(Instr::Jump(0));
            // Exceptional path: [exc] -> PushExcInfo -> body -> re-raise.
            self.set_handler(r);
            self.emit(Instr::PushExcInfo);
            self.depth += 1;
            let cleanup = self.push_region();
            self.depth += 1;
            self.blocks.push(Block::FinallyHandler {
                regions: self.regions.len(),
            });
            self.stmts(ctx, &t.finalbody)?;
            self.blocks.pop();
            self.depth -= 1;
            self.end_region(cleanup);
            // [prev, exc] -> restore prev, re-raise exc.
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopExcept);
            self.emit(Instr::Reraise);
            self.depth -= 1;
            self.set_handler(cleanup);
            self.emit(Instr::CleanupReraise);
            self.patch_here(after);
        }
        Ok(())
    }

    fn with_stmt(
        &mut self,
        ctx: &mut Ctx,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
    ) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(ctx, body);
        };
        self.expr(ctx, &item.context_expr)?;
        self.emit(Instr::BeforeWith);
        self.depth += 1;
        let region = self.push_region();
        match &item.optional_vars {
            Some(t) => self.assign(ctx, t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.blocks.push(Block::With { regions: region });
        self.with_stmt(ctx, rest, body)?;
        self.blocks.pop();
        self.end_region(region);
        self.emit(Instr::WithExit);
        self.depth -= 1;
        let after = self.emit(Instr::Jump(0));
        // Exceptional exit: [exit, exc].
        self.set_handler(region);
        self.emit(Instr::PushExcInfo); // [exit, prev, exc]
        self.depth += 2;
        let cleanup = self.push_region();
        self.emit(Instr::WithExceptStart); // [exit, prev, exc, suppress]
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch_here(suppress);
        self.emit(Instr::Pop); // exc
        self.emit(Instr::PopExcept); // prev
        self.emit(Instr::Pop); // exit
        self.end_region(cleanup);
        let after2 = self.emit(Instr::Jump(0));
        self.set_handler(cleanup);
        self.emit(Instr::CleanupReraise);
        self.depth -= 2;
        self.patch_here(after);
        self.patch_here(after2);
        Ok(())
    }

    fn class_def(&mut self, ctx: &mut Ctx, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(ctx, d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = ctx.table.scope_of(c).unwrap_or(0);
        let qualname = self.child_qualname(&c.name);
        let line = self.line;
        let mut b = Builder::new(ctx, scope, &c.name, &qualname, line);
        b.class_name = Some(c.name.to_string());
        let modname = b.name("__name__");
        b.emit(Instr::LoadName(modname));
        let m = b.name("__module__");
        b.emit(Instr::StoreName(m));
        let qn = b.str_const(&qualname);
        b.emit(Instr::LoadConst(qn));
        let q = b.name("__qualname__");
        b.emit(Instr::StoreName(q));
        if let Some(doc) = docstring_of(&c.body) {
            let d = b.str_const(&doc);
            b.emit(Instr::LoadConst(d));
            let n = b.name("__doc__");
            b.emit(Instr::StoreName(n));
        }
        b.setup_annotations(&c.body);
        b.stmts(ctx, &c.body)?;
        if let Some(i) = b.cellvars.iter().position(|v| v == "__class__") {
            b.emit(Instr::LoadClosure(i as u32));
            let cc = b.name("__classcell__");
            b.emit(Instr::StoreName(cc));
        }
        b.emit(Instr::LoadLocals);
        b.emit(Instr::Return);
        let flags = CodeFlags {
            class_body: true,
            ..CodeFlags::default()
        };
        let code = b.finish(ctx, flags, 0, 0, 0);
        self.make_closure(ctx, code, 0)?;
        let name = self.str_const(&c.name);
        self.emit(Instr::LoadConst(name));
        for base in &c.bases {
            self.expr(ctx, base)?;
        }
        // `class A(Base, key=value)`: the keywords go to `__init_subclass__`
        // (the subset checker refuses `**` there).
        self.call_with_keywords(ctx, 2 + c.bases.len() as u32, &c.keywords)?;
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(ctx, &c.name);
        Ok(())
    }

    /// Starts a module or class body that annotates plain names with its
    /// empty `__annotations__` dict.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_name_annotations(body) {
            self.emit(Instr::BuildMap(0));
            let n = self.name("__annotations__");
            self.emit(Instr::StoreName(n));
        }
    }

    /// Pushes an annotation's value: the expression, or its text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        if ctx.future_annotations {
            let text = annotation_text(e, &ctx.source);
            let c = self.str_const(&text);
            self.emit(Instr::LoadConst(c));
            Ok(())
        } else {
            self.expr(ctx, e)
        }
    }

    /// `target: annotation [= value]`. The value is assigned first. In a
    /// module or class body, a plain name's annotation is then stored in
    /// `__annotations__`, and any other target's is evaluated and dropped;
    /// a function body never evaluates annotations. Without a value, an
    /// attribute's object or a subscript's operands are still evaluated.
    fn ann_assign(&mut self, ctx: &mut Ctx, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.expr(ctx, v)?;
            self.assign(ctx, &a.target)?;
        } else {
            match a.target.as_ref() {
                Expr::Attribute(at) => {
                    self.expr(ctx, &at.value)?;
                    self.emit(Instr::Pop);
                }
                Expr::Subscript(sub) => {
                    self.expr(ctx, &sub.value)?;
                    self.emit(Instr::Pop);
                    self.expr(ctx, &sub.slice)?;
                    self.emit(Instr::Pop);
                }
                _ => {}
            }
        }
        if ctx.table.scopes[self.scope].kind == ScopeKind::Function {
            return Ok(());
        }
        match a.target.as_ref() {
            Expr::Name(n) if a.simple => {
                self.annotation(ctx, &a.annotation)?;
                let annotations = self.name("__annotations__");
                self.emit(Instr::LoadName(annotations));
                let key = self.mangle(&n.id);
                let key = self.str_const(&key);
                self.emit(Instr::LoadConst(key));
                self.emit(Instr::StoreSubscr);
            }
            _ if !ctx.future_annotations => {
                self.expr(ctx, &a.annotation)?;
                self.emit(Instr::Pop);
            }
            _ => {}
        }
        Ok(())
    }

    /// Pushes a function's `__annotations__` dict (parameters, then
    /// `return`), if it has any; says whether it did.
    fn function_annotations(
        &mut self,
        ctx: &mut Ctx,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        // CPython's order: the plain parameters before the positional-only.
        let params = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwonlyargs.iter().map(|a| &a.def))
            .chain(args.kwarg.as_deref());
        let mut count = 0;
        for p in params {
            if let Some(ann) = &p.annotation {
                let key = self.mangle(&p.arg);
                let key = self.str_const(&key);
                self.emit(Instr::LoadConst(key));
                self.annotation(ctx, ann)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            let key = self.str_const("return");
            self.emit(Instr::LoadConst(key));
            self.annotation(ctx, r)?;
            count += 1;
        }
        if count > 0 {
            self.emit(Instr::BuildMap(count));
        }
        Ok(count > 0)
    }

    fn child_qualname(&self, name: &str) -> String {
        if self.scope == 0 {
            name.to_string()
        } else if self.is_class {
            format!("{}.{}", self.qualname, name)
        } else {
            format!("{}.<locals>.{}", self.qualname, name)
        }
    }

    /// Pushes a function object for `code`, building its closure tuple.
    fn make_closure(&mut self, _ctx: &Ctx, code: Code, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for fv in code.freevars.iter() {
                let i = self.cell_index(fv).unwrap_or(0);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 4;
        }
        let idx = self.codes.len() as u32;
        self.codes.push(Arc::new(code));
        self.emit(Instr::MakeFunction((idx << 4) | flags));
        Ok(())
    }

    fn function(
        &mut self,
        ctx: &mut Ctx,
        scope: usize,
        name: &str,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
        body: FunctionBody<'a>,
    ) -> CResult<()> {
        // Defaults are evaluated in the enclosing scope.
        let mut flags = 0;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(ctx, d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (k, d) in &kwdefaults {
                let kc = self.str_const(k);
                self.emit(Instr::LoadConst(kc));
                self.expr(ctx, d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        if self.function_annotations(ctx, args, returns)? {
            flags |= 8;
        }
        let qualname = self.child_qualname(name);
        let mut b = Builder::new(ctx, scope, name, &qualname, self.line);
        b.class_name = self.class_name.clone();
        match body {
            FunctionBody::Stmts(stmts) => {
                b.docstring = docstring_of(stmts);
                b.stmts(ctx, stmts)?;
                let none = b.konst(SharedValue::None);
                b.emit(Instr::LoadConst(none));
                b.emit(Instr::Return);
            }
            FunctionBody::Lambda(e) => {
                b.expr(ctx, e)?;
                b.emit(Instr::Return);
            }
        }
        let sc = &ctx.table.scopes[scope];
        let code_flags = CodeFlags {
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
            generator: sc.is_generator,
            class_body: false,
        };
        let argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        let code = b.finish(
            ctx,
            code_flags,
            argcount,
            args.posonlyargs.len() as u32,
            args.kwonlyargs.len() as u32,
        );
        self.make_closure(ctx, code, flags)
    }

    fn finish(self, ctx: &Ctx, flags: CodeFlags, argcount: u32, posonly: u32, kwonly: u32) -> Code {
        let mut entries: Vec<(usize, ExcEntry)> = Vec::new();
        for (ri, r) in self.regions.iter().enumerate() {
            let mut segs = r.segments.clone();
            if let Some(start) = r.open_at {
                segs.push((start, self.instrs.len() as u32));
            }
            for (start, end) in segs {
                entries.push((
                    ri,
                    ExcEntry {
                        start,
                        end,
                        target: r.handler,
                        depth: r.depth,
                    },
                ));
            }
        }
        // Innermost (latest-opened) regions first.
        crate::small_sort::sort_small_by_key(&mut entries, |e| std::cmp::Reverse(e.0));
        let cell_params: Vec<Option<u32>> = self
            .cellvars
            .iter()
            .map(|c| {
                self.var_index
                    .get(c)
                    .copied()
                    .filter(|&i| (i as usize) < ctx.table.scopes[self.scope].params.len())
            })
            .collect();
        Code {
            name: self.name,
            qualname: self.qualname,
            source: ctx.source.clone(),
            instrs: {
                let mut instrs = self.instrs;
                super::peephole::optimize(&mut instrs);
                instrs.into_boxed_slice()
            },
            lines: self.lines.into_boxed_slice(),
            spans: self.spans.into_boxed_slice(),
            consts: self.consts.into_boxed_slice(),
            names: self.names.into_boxed_slice(),
            codes: self.codes.into_boxed_slice(),
            varnames: self.varnames.into_boxed_slice(),
            cellvars: self
                .cellvars
                .iter()
                .map(|c| Arc::from(c.as_str()))
                .collect(),
            freevars: self
                .freevars
                .iter()
                .map(|c| Arc::from(c.as_str()))
                .collect(),
            cell_params: cell_params.into_boxed_slice(),
            argcount,
            posonlycount: posonly,
            kwonlycount: kwonly,
            flags,
            exc_table: entries.into_iter().map(|(_, e)| e).collect(),
            first_line: self.first_line,
            docstring: self.docstring,
        }
    }
}

/// What a function's body is.
#[derive(Clone, Copy)]
enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Lambda(&'a Expr),
}

fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

/// A compile-time constant as a shareable value.
fn constant(c: &Constant) -> SharedValue {
    match c {
        Constant::None => SharedValue::None,
        Constant::Bool(b) => SharedValue::Bool(*b),
        Constant::Int(i) => match int_value(i.clone()) {
            crate::value::Value::Int(v) => SharedValue::Int(v),
            other => SharedValue::freeze(&other),
        },
        Constant::Float(f) => SharedValue::Float(*f),
        Constant::Str(s) => SharedValue::Frozen(frozen_str(s)),
        Constant::Bytes(b) => {
            SharedValue::Frozen(ObjRef::new_frozen(ObjKind::Bytes(b.clone().into())))
        }
        Constant::Tuple(items) => {
            let values: Vec<crate::value::Value> =
                items.iter().map(|c| constant(c).value()).collect();
            SharedValue::Frozen(ObjRef::new_frozen(ObjKind::Tuple(values.into())))
        }
        Constant::Ellipsis => SharedValue::freeze(&crate::builtins::constant_singleton(1)),
        Constant::Complex { .. } => SharedValue::None,
    }
}

impl<'a> Builder<'a> {
    /// Compiles an expression; the instructions it emits itself (after
    /// those of its operands) carry its span. Out of line, as `emit`: each
    /// of its many call sites would otherwise get a copy of the lookup of
    /// a node's range (some 40 KB in all).
    #[inline(never)]
    fn expr(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        let (outer_span, outer_line) = self.enter(ctx, e);
        let compiled = self.expr_node(ctx, e);
        self.span = outer_span;
        self.line = outer_line;
        compiled
    }

    /// Makes `node` the source of the instructions emitted next (its span
    /// and the line it starts on, as CPython numbers each instruction by
    /// its own expression); returns the span and line to restore.
    fn enter(&mut self, ctx: &Ctx, node: &impl Ranged) -> (Span, u32) {
        let span = span_of(node);
        let line = ctx.source.line_of(span.start as usize);
        (
            std::mem::replace(&mut self.span, span),
            std::mem::replace(&mut self.line, line),
        )
    }

    fn expr_node(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Constant(c) => {
                let k = match &c.value {
                    Constant::Str(s) => self.str_const(s),
                    other => {
                        let v = constant(other);
                        self.konst(v)
                    }
                };
                self.emit(Instr::LoadConst(k));
            }
            Expr::Name(n) => self.load_name(ctx, &n.id),
            // What CPython's AST optimizer folds (`-1`, `2**16`, `1/255`).
            Expr::BinOp(_) | Expr::UnaryOp(_) if self.fold_number(e) => {}
            Expr::BinOp(b) => {
                self.expr(ctx, &b.left)?;
                self.expr(ctx, &b.right)?;
                self.emit(Instr::Binary(binop(&b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(ctx, &u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(ctx, v)?;
                    if i + 1 < b.values.len() {
                        let j = match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(0)),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(0)),
                        };
                        jumps.push(j);
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Expr::Compare(c) => self.compare(ctx, c)?,
            Expr::IfExp(i) => {
                let jf = self.cond_jump(ctx, &i.test, false)?;
                self.expr(ctx, &i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch_here(jf);
                self.expr(ctx, &i.orelse)?;
                self.patch_here(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(ctx, &n.value)?;
                self.emit(Instr::Copy(1));
                self.assign(ctx, &n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(ctx, &a.value)?;
                let n = self.name(&a.attr);
                self.emit(Instr::LoadAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(ctx, &s.value)?;
                self.expr(ctx, &s.slice)?;
                self.emit(Instr::Subscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(ctx, p)?,
                        None => {
                            let c = self.konst(SharedValue::None);
                            self.emit(Instr::LoadConst(c));
                        }
                    }
                }
                match &s.step {
                    Some(st) => {
                        self.expr(ctx, st)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            Expr::Call(c) => self.call(ctx, c)?,
            Expr::List(l) => self.sequence(ctx, &l.elts, Instr::BuildList(0))?,
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.sequence(ctx, &t.elts, Instr::BuildList(0))?;
                    self.emit(Instr::ListToTuple);
                } else {
                    for el in &t.elts {
                        self.expr(ctx, el)?;
                    }
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::Set(s) => match constant_frozenset(&s.elts) {
                // CPython turns a display of 3+ constants into a frozenset
                // constant merged into a new set; the layout follows that path.
                Some(fs) if s.elts.len() >= 3 => {
                    self.emit(Instr::BuildSet(0));
                    let k = self.konst(SharedValue::Frozen(fs));
                    self.emit(Instr::LoadConst(k));
                    self.emit(Instr::SetUpdate(1));
                }
                _ => self.sequence(ctx, &s.elts, Instr::BuildSet(0))?,
            },
            Expr::Dict(d) => {
                let mut pending = 0u32;
                let mut built = false;
                for (k, v) in d.keys.iter().zip(&d.values) {
                    match k {
                        Some(k) => {
                            self.expr(ctx, k)?;
                            self.expr(ctx, v)?;
                            pending += 1;
                        }
                        None => {
                            if !built {
                                self.emit(Instr::BuildMap(pending));
                                built = true;
                            } else if pending > 0 {
                                self.emit(Instr::BuildMap(pending));
                                self.emit(Instr::DictUpdate(1));
                            }
                            pending = 0;
                            self.expr(ctx, v)?;
                            self.emit(Instr::DictUpdate(1));
                        }
                    }
                }
                if !built {
                    self.emit(Instr::BuildMap(pending));
                } else if pending > 0 {
                    // Fold the trailing pairs into the dict below.
                    self.emit(Instr::BuildMap(pending));
                    self.emit(Instr::DictUpdate(1));
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.fstring_part(ctx, v)?;
                }
                if j.values.len() != 1 {
                    self.emit(Instr::BuildString(j.values.len() as u32));
                }
            }
            Expr::FormattedValue(_) => self.fstring_part(ctx, e)?,
            Expr::Lambda(l) => {
                let scope = ctx.table.scope_of(l).unwrap_or(0);
                self.function(
                    ctx,
                    scope,
                    "<lambda>",
                    &l.args,
                    None,
                    FunctionBody::Lambda(&l.body),
                )?;
            }
            Expr::ListComp(c) => {
                self.comprehension(ctx, c, "<listcomp>", &c.generators, Comp::List(&c.elt))?
            }
            Expr::SetComp(c) => {
                self.comprehension(ctx, c, "<setcomp>", &c.generators, Comp::Set(&c.elt))?
            }
            Expr::DictComp(c) => self.comprehension(
                ctx,
                c,
                "<dictcomp>",
                &c.generators,
                Comp::Dict(&c.key, &c.value),
            )?,
            Expr::GeneratorExp(c) => {
                self.comprehension(ctx, c, "<genexpr>", &c.generators, Comp::Gen(&c.elt))?
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(ctx, v)?,
                    None => {
                        let c = self.konst(SharedValue::None);
                        self.emit(Instr::LoadConst(c));
                    }
                }
                self.emit(Instr::Yield);
            }
            Expr::YieldFrom(y) => {
                self.expr(ctx, &y.value)?;
                self.emit(Instr::GetYieldFromIter);
                let c = self.konst(SharedValue::None);
                self.emit(Instr::LoadConst(c));
                let at = self.emit(Instr::YieldFrom(0));
                self.patch_here(at);
            }
            Expr::Starred(_) => return Err(ctx.error(e, "can't use starred expression here")),
            Expr::Await(_) => return Err(ctx.error(e, "'await' is not supported by taipan")),
        }
        Ok(())
    }

    fn fstring_part(&mut self, ctx: &mut Ctx, v: &'a Expr) -> CResult<()> {
        match v {
            Expr::FormattedValue(f) => {
                self.expr(ctx, &f.value)?;
                let conv = match f.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                let mut flags = conv;
                if let Some(spec) = &f.format_spec {
                    self.format_spec(ctx, spec)?;
                    flags |= 16;
                }
                self.emit(Instr::FormatValue(flags));
            }
            other => self.expr(ctx, other)?,
        }
        Ok(())
    }

    /// Compiles an f-string's format spec. The parser leaves the escapes of
    /// its literal text as written (`f"{x:\\t>5}"`); they are read here,
    /// unless the f-string is raw.
    fn format_spec(&mut self, ctx: &mut Ctx, spec: &'a Expr) -> CResult<()> {
        let Expr::JoinedStr(j) = spec else {
            return self.expr(ctx, spec);
        };
        for v in &j.values {
            let escaped = match v {
                Expr::Constant(c) => match &c.value {
                    Constant::Str(s) if s.contains('\\') && !raw_literal_at(ctx, v) => Some(s),
                    _ => None,
                },
                _ => None,
            };
            let Some(text) = escaped else {
                self.fstring_part(ctx, v)?;
                continue;
            };
            let text = escapes::unescape(text).map_err(|(_, reason)| {
                let message = if reason.starts_with("malformed \\N") {
                    // The parser took the braces of `\\N{NAME}` for a field.
                    "a \\N{...} escape in an f-string's format spec is not supported by taipan"
                        .to_string()
                } else {
                    format!("(unicode error) 'unicodeescape' codec can't decode bytes: {reason}")
                };
                ctx.error(v, &message)
            })?;
            let k = self.str_const(&text);
            self.emit(Instr::LoadConst(k));
        }
        if j.values.len() != 1 {
            self.emit(Instr::BuildString(j.values.len() as u32));
        }
        Ok(())
    }

    /// Builds a list/tuple/set display, handling `*x` items.
    fn sequence(&mut self, ctx: &mut Ctx, elts: &'a [Expr], build: Instr) -> CResult<()> {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        let make = |n: u32| match build {
            Instr::BuildSet(_) => Instr::BuildSet(n),
            _ => Instr::BuildList(n),
        };
        if !starred {
            for el in elts {
                self.expr(ctx, el)?;
            }
            self.emit(make(elts.len() as u32));
            return Ok(());
        }
        self.emit(make(0));
        for el in elts {
            match el {
                Expr::Starred(s) => {
                    self.expr(ctx, &s.value)?;
                    match build {
                        Instr::BuildSet(_) => self.emit(Instr::SetUpdate(1)),
                        _ => self.emit(Instr::ListExtend(1)),
                    };
                }
                other => {
                    self.expr(ctx, other)?;
                    match build {
                        Instr::BuildSet(_) => self.emit(Instr::SetAdd(1)),
                        _ => self.emit(Instr::ListAppend(1)),
                    };
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, ctx: &mut Ctx, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(ctx, &c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(ctx, right)?;
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
            }
            let instr = match op {
                ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
                ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
                ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
                ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
                ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
                ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
                ast::CmpOp::Is => Instr::Is(0),
                ast::CmpOp::IsNot => Instr::Is(1),
                ast::CmpOp::In => Instr::Contains(0),
                ast::CmpOp::NotIn => Instr::Contains(1),
            };
            if i + 1 < n {
                // Stack: right, left, right -> compare, keeping right below.
                self.emit(instr);
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            } else {
                self.emit(instr);
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for j in cleanups {
                self.patch_here(j);
            }
            // Failed early: stack is [right, False]; drop the leftover right.
            self.emit(Instr::Swap(2));
            self.emit(Instr::Pop);
            self.patch_here(end);
        }
        Ok(())
    }

    /// Evaluates `test` and jumps when its truth equals `jump_if`; returns
    /// the jump to patch.
    fn cond_jump(&mut self, ctx: &mut Ctx, test: &'a Expr, jump_if: bool) -> CResult<usize> {
        self.expr(ctx, test)?;
        Ok(if jump_if {
            self.emit(Instr::PopJumpIfTrue(0))
        } else {
            self.emit(Instr::PopJumpIfFalse(0))
        })
    }

    fn call(&mut self, ctx: &mut Ctx, c: &'a ast::ExprCall) -> CResult<()> {
        if let Some((instr, dir)) = self.namespace_call(ctx, c) {
            if dir {
                // `dir()` is `dir` given the namespace under a keyword no
                // Python call can spell (see builtins::functions::dir).
                self.load_name(ctx, "dir");
                self.emit(instr);
                self.load_keyword_names(vec![frozen_str(DIR_NAMESPACE_KEYWORD)]);
                self.emit(Instr::CallKw(1));
            } else {
                self.emit(instr);
            }
            return Ok(());
        }
        // Zero-argument super() becomes super(__class__, <first argument>).
        if let Expr::Name(n) = c.func.as_ref() {
            if n.id.as_str() == "super" && c.args.is_empty() && c.keywords.is_empty() {
                let sc = &ctx.table.scopes[self.scope];
                if let (Some(cls), Some(first)) =
                    (self.cell_index("__class__"), sc.params.first().cloned())
                {
                    self.load_name(ctx, "super");
                    self.emit(Instr::LoadDeref(cls));
                    self.load_name(ctx, &first);
                    self.emit(Instr::Call(2));
                    return Ok(());
                }
            }
        }
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = c.keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            self.expr(ctx, &c.func)?;
            if let [Expr::Starred(s)] = c.args.as_slice() {
                // `f(*value)`: CallEx takes the value itself, so that one
                // that is not iterable is reported naming `f`.
                self.expr(ctx, &s.value)?;
            } else {
                self.sequence(ctx, &c.args, Instr::BuildList(0))?;
                self.emit(Instr::ListToTuple);
            }
            if c.keywords.is_empty() {
                self.emit(Instr::CallEx(0));
                return Ok(());
            }
            self.emit(Instr::BuildMap(0));
            for k in &c.keywords {
                match &k.arg {
                    Some(name) => {
                        let kc = self.str_const(name);
                        self.emit(Instr::LoadConst(kc));
                        self.expr(ctx, &k.value)?;
                        self.emit(Instr::BuildMap(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    None => {
                        self.expr(ctx, &k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
            self.emit(Instr::CallEx(1));
            return Ok(());
        }
        if let (Expr::Attribute(a), true) = (c.func.as_ref(), c.keywords.is_empty()) {
            self.expr(ctx, &a.value)?;
            let n = self.name(&a.attr);
            let call = std::mem::replace(&mut self.span, span_of(a));
            self.emit(Instr::LoadMethod(n));
            self.span = call;
            for arg in &c.args {
                self.expr(ctx, arg)?;
            }
            self.emit(Instr::CallMethod(c.args.len() as u32));
            return Ok(());
        }
        self.expr(ctx, &c.func)?;
        for arg in &c.args {
            self.expr(ctx, arg)?;
        }
        self.call_with_keywords(ctx, c.args.len() as u32, &c.keywords)
    }

    /// The instruction for `globals()`, `locals()`, `vars()` or `dir()`
    /// without arguments, when the name is the builtin (not bound by the
    /// script): they read the running frame, which only the dispatch loop
    /// sees. The flag says it is `dir()`, whose namespace goes to `dir`.
    fn namespace_call(&self, ctx: &Ctx, c: &ast::ExprCall) -> Option<(Instr, bool)> {
        let Expr::Name(n) = c.func.as_ref() else {
            return None;
        };
        if !c.args.is_empty() || !c.keywords.is_empty() {
            return None;
        }
        let module_level = ctx.table.scopes[self.scope].kind == ScopeKind::Module;
        let instr = match n.id.as_str() {
            "globals" => Instr::LoadGlobals,
            "locals" | "vars" | "dir" if module_level => Instr::LoadGlobals,
            "locals" | "vars" | "dir" => Instr::LoadLocals,
            _ => return None,
        };
        let builtin = matches!(
            ctx.table.scopes[self.scope].resolve(&n.id),
            NameKind::Global | NameKind::Name
        ) && !ctx
            .table
            .scopes
            .iter()
            .any(|s| s.kind != ScopeKind::Function && s.binds(&n.id));
        builtin.then_some((instr, n.id.as_str() == "dir"))
    }

    /// Emits the call of a callee and `positional` arguments already on
    /// the stack, with the named `keywords` (none of them `**`).
    fn call_with_keywords(
        &mut self,
        ctx: &mut Ctx,
        positional: u32,
        keywords: &'a [ast::Keyword],
    ) -> CResult<()> {
        if keywords.is_empty() {
            self.emit(Instr::Call(positional));
            return Ok(());
        }
        let mut names = Vec::new();
        for k in keywords {
            self.expr(ctx, &k.value)?;
            names.push(frozen_str(k.arg.as_deref().unwrap_or("")));
        }
        self.load_keyword_names(names);
        self.emit(Instr::CallKw(positional + keywords.len() as u32));
        Ok(())
    }

    /// Pushes the tuple of keyword names a `CallKw` takes.
    fn load_keyword_names(&mut self, names: Vec<FrozenRef>) {
        let tuple = ObjRef::new_frozen(ObjKind::Tuple(
            names.into_iter().map(|n| n.value()).collect(),
        ));
        let t = self.konst(SharedValue::Frozen(tuple));
        self.emit(Instr::LoadConst(t));
    }

    /// Stores TOS into a target (its instructions carry the target's span).
    #[inline(never)]
    fn assign(&mut self, ctx: &mut Ctx, t: &'a Expr) -> CResult<()> {
        let (outer_span, outer_line) = self.enter(ctx, t);
        let stored = self.assign_target(ctx, t);
        self.span = outer_span;
        self.line = outer_line;
        stored
    }

    fn assign_target(&mut self, ctx: &mut Ctx, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(ctx, &n.id),
            Expr::Attribute(a) => {
                self.expr(ctx, &a.value)?;
                let n = self.name(&a.attr);
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(ctx, &s.value)?;
                self.expr(ctx, &s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match t {
                    Expr::Tuple(tu) => &tu.elts,
                    Expr::List(l) => &l.elts,
                    _ => unreachable!(),
                };
                match elts.iter().position(|e| matches!(e, Expr::Starred(_))) {
                    Some(star) => {
                        let after = elts.len() - star - 1;
                        self.emit(Instr::UnpackEx(star as u32 | ((after as u32) << 16)));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                }
                for el in elts {
                    match el {
                        Expr::Starred(s) => self.assign(ctx, &s.value)?,
                        other => self.assign(ctx, other)?,
                    }
                }
            }
            Expr::Starred(s) => self.assign(ctx, &s.value)?,
            _ => return Err(ctx.error(t, "cannot assign to expression")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, ctx: &mut Ctx, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop(&a.op);
        match a.target.as_ref() {
            Expr::Name(n) => {
                self.load_name(ctx, &n.id);
                self.expr(ctx, &a.value)?;
                self.emit(Instr::Inplace(op));
                self.store_name(ctx, &n.id);
            }
            // The load and the store carry the target's span, the
            // operation the statement's (as CPython marks them).
            Expr::Attribute(at) => {
                let statement = std::mem::replace(&mut self.span, span_of(at));
                self.expr(ctx, &at.value)?;
                self.emit(Instr::Copy(1));
                let n = self.name(&at.attr);
                self.emit(Instr::LoadAttr(n));
                self.expr(ctx, &a.value)?;
                self.span = statement;
                self.emit(Instr::Inplace(op));
                self.span = span_of(at);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                let statement = std::mem::replace(&mut self.span, span_of(s));
                self.expr(ctx, &s.value)?;
                self.expr(ctx, &s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::Subscr);
                self.expr(ctx, &a.value)?;
                self.span = statement;
                self.emit(Instr::Inplace(op));
                self.span = span_of(s);
                // Stack: obj, key, value -> value, obj, key
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => return Err(ctx.error(other, "illegal expression for augmented assignment")),
        }
        Ok(())
    }

    fn delete(&mut self, ctx: &mut Ctx, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(ctx, &n.id),
            Expr::Attribute(a) => {
                self.expr(ctx, &a.value)?;
                let n = self.name(&a.attr);
                self.emit(Instr::DeleteAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(ctx, &s.value)?;
                self.expr(ctx, &s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(tu) => {
                for el in &tu.elts {
                    self.delete(ctx, el)?;
                }
            }
            Expr::List(l) => {
                for el in &l.elts {
                    self.delete(ctx, el)?;
                }
            }
            _ => return Err(ctx.error(t, "cannot delete expression")),
        }
        Ok(())
    }

    fn comprehension<T>(
        &mut self,
        ctx: &mut Ctx,
        node: &'a T,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: Comp<'a>,
    ) -> CResult<()> {
        let scope = ctx.table.scope_of(node).unwrap_or(0);
        let Some(first) = gens.first() else {
            return Err(ctx.source.diagnostic(
                DiagnosticKind::SyntaxError,
                0,
                "empty comprehension".into(),
                None,
            ));
        };
        let qualname = self.child_qualname(name);
        let mut b = Builder::new(ctx, scope, name, &qualname, self.line);
        b.class_name = self.class_name.clone();
        match kind {
            Comp::List(_) => {
                b.emit(Instr::BuildList(0));
            }
            Comp::Set(_) => {
                b.emit(Instr::BuildSet(0));
            }
            Comp::Dict(..) => {
                b.emit(Instr::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        b.comp_loop(ctx, gens, 0, kind)?;
        if let Comp::Gen(_) = kind {
            let c = b.konst(SharedValue::None);
            b.emit(Instr::LoadConst(c));
        }
        b.emit(Instr::Return);
        let flags = CodeFlags {
            generator: matches!(kind, Comp::Gen(_)),
            ..CodeFlags::default()
        };
        let code = b.finish(ctx, flags, 1, 0, 0);
        self.make_closure(ctx, code, 0)?;
        self.expr(ctx, &first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        ctx: &mut Ctx,
        gens: &'a [ast::Comprehension],
        level: usize,
        kind: Comp<'a>,
    ) -> CResult<()> {
        let g = &gens[level];
        if level == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(ctx, &g.iter)?;
            self.emit(Instr::GetIter);
        }
        let start = self.here();
        let next = self.emit(Instr::ForIter(0));
        self.assign(ctx, &g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.push(self.cond_jump(ctx, cond, false)?);
        }
        if level + 1 < gens.len() {
            self.comp_loop(ctx, gens, level + 1, kind)?;
        } else {
            // The result container sits below one iterator per level.
            let depth = (gens.len() + 1) as u32;
            match kind {
                Comp::List(e) => {
                    self.expr(ctx, e)?;
                    self.emit(Instr::ListAppend(depth));
                }
                Comp::Set(e) => {
                    self.expr(ctx, e)?;
                    self.emit(Instr::SetAdd(depth));
                }
                Comp::Dict(k, v) => {
                    self.expr(ctx, k)?;
                    self.expr(ctx, v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                Comp::Gen(e) => {
                    self.expr(ctx, e)?;
                    self.emit(Instr::Yield);
                    self.emit(Instr::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Instr::Jump(start));
        self.patch_here(next);
        Ok(())
    }
}

/// What a comprehension builds.
#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// The frozenset constant CPython's compiler makes for a set display whose
/// items are all hashable constants: built in source order, then rebuilt in
/// its own iteration order. None when an item is not such a constant.
fn constant_frozenset(elts: &[Expr]) -> Option<FrozenRef> {
    use crate::objects::set_table::SetTable;
    let mut table: SetTable<crate::value::Value> = SetTable::new();
    for e in elts {
        let v = folded_constant(e)?;
        let h = crate::interp::containers::plain_hash(&v)?;
        let probe = v.clone();
        table
            .insert(h, v, |k| {
                Ok::<bool, ()>(crate::interp::containers::plain_eq(k, &probe))
            })
            .ok()?;
    }
    Some(ObjRef::new_frozen(ObjKind::FrozenSet(Box::new(
        table.reinserted(),
    ))))
}

/// The value of an expression CPython's AST optimizer folds to a constant:
/// literals, signs of numbers, small arithmetic on numbers, tuples of those.
fn folded_constant(e: &Expr) -> Option<crate::value::Value> {
    use crate::objects::int::{int_value, to_bigint};
    use crate::value::Value;
    match e {
        Expr::Constant(c) => Some(constant(&c.value).value()),
        Expr::UnaryOp(u) => {
            let v = folded_constant(&u.operand)?;
            match (&u.op, v) {
                (ast::UnaryOp::USub, Value::Float(f)) => Some(Value::Float(-f)),
                (ast::UnaryOp::UAdd, Value::Float(f)) => Some(Value::Float(f)),
                (op, v) => {
                    let b = to_bigint(&v)?;
                    match op {
                        ast::UnaryOp::USub => Some(int_value(-b)),
                        ast::UnaryOp::UAdd => Some(int_value(b)),
                        ast::UnaryOp::Invert => Some(int_value(-b - 1)),
                        ast::UnaryOp::Not => None,
                    }
                }
            }
        }
        Expr::BinOp(b) => {
            let l = folded_constant(&b.left)?;
            let r = folded_constant(&b.right)?;
            if matches!(l, Value::Float(_))
                || matches!(r, Value::Float(_))
                || b.op == ast::Operator::Div
            {
                return folded_float(&b.op, exact_float(&l)?, exact_float(&r)?);
            }
            let (x, y) = (to_bigint(&l)?, to_bigint(&r)?);
            let small = |v: &num_bigint::BigInt| v.bits() <= 128;
            let out = match b.op {
                ast::Operator::Add => x + y,
                ast::Operator::Sub => x - y,
                ast::Operator::Mult => {
                    let p = x * y;
                    if !small(&p) {
                        return None;
                    }
                    p
                }
                ast::Operator::Pow => {
                    let e = num_traits::ToPrimitive::to_u32(&y)?;
                    if x.bits().saturating_mul(e as u64) > 128 {
                        return None;
                    }
                    num_traits::pow(x, e as usize)
                }
                ast::Operator::LShift => {
                    let n = num_traits::ToPrimitive::to_u32(&y)?;
                    if x.bits() + n as u64 > 128 {
                        return None;
                    }
                    x << n
                }
                _ => return None,
            };
            Some(int_value(out))
        }
        Expr::Tuple(t) => {
            let items: Option<Vec<Value>> = t.elts.iter().map(folded_constant).collect();
            Some(crate::value::SharedValue::freeze(&crate::builtins::new_tuple(items?)).value())
        }
        _ => None,
    }
}

/// Whether an expression is number literals joined by operators (so that
/// trying to fold it makes no objects).
fn only_numbers(e: &Expr) -> bool {
    match e {
        Expr::Constant(c) => matches!(
            c.value,
            Constant::Int(_) | Constant::Float(_) | Constant::Bool(_)
        ),
        Expr::UnaryOp(u) => only_numbers(&u.operand),
        Expr::BinOp(b) => only_numbers(&b.left) && only_numbers(&b.right),
        _ => false,
    }
}

/// A number as the float CPython's arithmetic would convert it to, when
/// that conversion is exact (ints up to 2**53 in size).
fn exact_float(v: &crate::value::Value) -> Option<f64> {
    use crate::value::Value;
    const EXACT: i64 = 1 << 53;
    match *v {
        Value::Float(f) => Some(f),
        Value::Int(i) if (-EXACT..=EXACT).contains(&i) => Some(i as f64),
        Value::Bool(b) => Some(b as i64 as f64),
        _ => None,
    }
}

/// `x op y` on floats for the operators IEEE arithmetic gives exactly as
/// CPython does (`+ - * /`, the last with a divisor that is not zero).
fn folded_float(op: &ast::Operator, x: f64, y: f64) -> Option<crate::value::Value> {
    let v = match op {
        ast::Operator::Add => x + y,
        ast::Operator::Sub => x - y,
        ast::Operator::Mult => x * y,
        ast::Operator::Div if y != 0.0 => x / y,
        _ => return None,
    };
    Some(crate::value::Value::Float(v))
}

/// The docstring of a body: a string literal as its first statement.
fn docstring_of(body: &[Stmt]) -> Option<Arc<str>> {
    match body.first() {
        Some(Stmt::Expr(e)) => match e.value.as_ref() {
            Expr::Constant(c) => match &c.value {
                Constant::Str(s) => Some(Arc::from(s.as_str())),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Whether the string literal token at `node`'s start is raw (`r'...'`,
/// `Rf"..."`): its prefix letters hold an `r`.
fn raw_literal_at(ctx: &Ctx, node: &impl Ranged) -> bool {
    let start = node.range().start().to_usize();
    ctx.source
        .text()
        .get(start..)
        .unwrap_or("")
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .any(|c| c.eq_ignore_ascii_case(&'r'))
}
