//! Bytecode: the instruction set and the immutable code object.
//!
//! A [`Code`] is built once by the compiler and never changes: it is
//! `Send + Sync` and shared by reference between every thread that runs it.

use crate::value::{FrozenRef, SharedValue};
use std::sync::Arc;
use taipan_parser::SourceFile;

/// Binary operators, in the order the interpreter dispatches them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

/// One instruction. Operands index the code object's tables or give jump
/// targets (instruction indexes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// No operation.
    Nop,
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push local slot `i` (UnboundLocalError if unset).
    LoadFast(u32),
    /// Pop into local slot `i`.
    StoreFast(u32),
    /// Unset local slot `i`.
    DeleteFast(u32),
    /// Push the contents of cell `i` (cellvars then freevars).
    LoadDeref(u32),
    /// Pop into cell `i`.
    StoreDeref(u32),
    /// Empty cell `i`.
    DeleteDeref(u32),
    /// Push cell `i` itself (to build a closure).
    LoadClosure(u32),
    /// Push global `names[i]` (then builtins).
    LoadGlobal(u32),
    /// Pop into global `names[i]`.
    StoreGlobal(u32),
    /// Delete global `names[i]`.
    DeleteGlobal(u32),
    /// Push `names[i]` from the class namespace, then globals, then builtins.
    LoadName(u32),
    /// Pop into `names[i]` in the class namespace.
    StoreName(u32),
    /// Delete `names[i]` from the class namespace.
    DeleteName(u32),
    /// Push `TOS.names[i]`.
    LoadAttr(u32),
    /// `TOS.names[i] = TOS1`.
    StoreAttr(u32),
    /// `del TOS.names[i]`.
    DeleteAttr(u32),
    /// Replace TOS with `(method, self)` or `(callable, Unbound)`.
    LoadMethod(u32),
    /// Drop TOS.
    Pop,
    /// Push a copy of the item `n` from the top (1 = TOS).
    Copy(u32),
    /// Swap TOS with the item `n` from the top.
    Swap(u32),
    /// Binary operator.
    Binary(BinOp),
    /// In-place binary operator (`+=` and friends).
    Inplace(BinOp),
    /// Unary operator.
    Unary(UnaryOp),
    /// Rich comparison.
    Compare(CmpOp),
    /// `is` (operand 1: `is not`).
    Is(u32),
    /// `in` (operand 1: `not in`).
    Contains(u32),
    /// `TOS1[TOS]`.
    Subscr,
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr,
    /// `del TOS1[TOS]`.
    DeleteSubscr,
    /// Build a slice from 2 or 3 items.
    BuildSlice(u32),
    /// Build a tuple of `n` items.
    BuildTuple(u32),
    /// Build a list of `n` items.
    BuildList(u32),
    /// Build a set of `n` items.
    BuildSet(u32),
    /// Build a dict of `n` key/value pairs.
    BuildMap(u32),
    /// Concatenate `n` strings.
    BuildString(u32),
    /// Append TOS to the list `n` items down (comprehensions).
    ListAppend(u32),
    /// Add TOS to the set `n` items down.
    SetAdd(u32),
    /// Add TOS1: TOS to the dict `n` items down.
    MapAdd(u32),
    /// Extend the list `n` items down with the iterable TOS.
    ListExtend(u32),
    /// Update the set `n` items down with the iterable TOS.
    SetUpdate(u32),
    /// Update the dict `n` items down with the mapping TOS.
    DictUpdate(u32),
    /// Like DictUpdate, but duplicate keys are an error (`**` in calls).
    DictMerge(u32),
    /// Replace the list TOS with a tuple.
    ListToTuple,
    /// `match`: replace the subject TOS with whether it matches a sequence
    /// pattern (operand: the sub-patterns besides a starred one, shifted
    /// left once, plus 1 when there is a starred one).
    MatchSequence(u32),
    /// `match`: replace TOS1 (the subject) and TOS (a tuple of keys) with
    /// the tuple of their values and True, or with False when the subject
    /// is not a mapping holding them all; operand 1: the values end with a
    /// dict of the other items (`**rest`).
    MatchKeys(u32),
    /// `match`: replace TOS2 (the subject), TOS1 (a class) and TOS (a tuple
    /// of keyword names) with the tuple of the attributes the sub-patterns
    /// match and True, or with False (operand: positional sub-patterns).
    MatchClass(u32),
    /// Push the module's globals dict (`globals()`).
    LoadGlobals,

    /// Unpack TOS into exactly `n` items.
    UnpackSequence(u32),
    /// Unpack with a starred target: low 16 bits before, high 16 after.
    UnpackEx(u32),
    /// Format TOS (with a spec below it when bit 4 is set); low bits: conversion.
    FormatValue(u32),
    /// Jump.
    Jump(u32),
    /// Pop; jump if false.
    PopJumpIfFalse(u32),
    /// Pop; jump if true.
    PopJumpIfTrue(u32),
    /// Jump keeping TOS if false, else pop.
    JumpIfFalseOrPop(u32),
    /// Jump keeping TOS if true, else pop.
    JumpIfTrueOrPop(u32),
    /// Replace TOS with `iter(TOS)`.
    GetIter,
    /// Push `next(TOS)`, or pop the iterator and jump when exhausted.
    ForIter(u32),
    /// Call with `n` positional arguments.
    Call(u32),
    /// Call with `n` arguments, the last ones keywords named by the tuple TOS.
    CallKw(u32),
    /// Call `TOS1(*TOS)` or, with operand 1, `TOS2(*TOS1, **TOS)`.
    CallEx(u32),
    /// Call after LoadMethod with `n` positional arguments.
    CallMethod(u32),
    /// Make a function from `codes[n >> 4]`; low bits say what is on the stack
    /// (1 defaults tuple, 2 kw-defaults dict, 8 annotations dict, 4 closure
    /// tuple, pushed in that order).
    MakeFunction(u32),
    /// Return TOS.
    Return,
    /// Yield TOS; push the value sent in.
    Yield,
    /// Delegate to the iterator below TOS sending TOS; jump to `n` when it finishes
    /// (leaving its return value), else yield what it yields.
    YieldFrom(u32),
    /// Replace TOS with an iterator for `yield from`.
    GetYieldFromIter,
    /// `raise` (0: re-raise current, 1: raise TOS, 2: raise TOS1 from TOS).
    Raise(u32),
    /// Re-raise the exception TOS (keeping its traceback).
    Reraise,
    /// On entry to a handler: pop exc, push the previous current exception, push exc.
    PushExcInfo,
    /// First in an `except` handler: re-raise TOS at once if it is the
    /// exception of a tripped call limit (a time budget, a host's
    /// cancellation), which no `except` clause may swallow.
    ReraiseIfLimit,
    /// Pop the saved previous exception and make it current again.
    PopExcept,
    /// Pop exc and the saved previous exception, restore, re-raise exc.
    CleanupReraise,
    /// Push whether the exception TOS1 matches the class(es) TOS (pops TOS).
    CheckExcMatch,
    /// Enter a with-block: replace TOS with `(exit, enter())`.
    BeforeWith,
    /// Normal with-exit: call TOS(None, None, None) and pop it.
    WithExit,
    /// Exceptional with-exit: stack is `exit, prev, exc`; push `exit(type, exc, tb)`.
    WithExceptStart,
    /// Import module `names[i]`; TOS1 is the level, TOS the fromlist.
    ImportName(u32),
    /// Push attribute `names[i]` of the module TOS (ImportError if absent).
    ImportFrom(u32),
    /// `from TOS import *` into the current namespace.
    ImportStar,
    /// Push the builtin that builds classes.
    LoadBuildClass,
    /// Push `AssertionError`.
    LoadAssertionError,
    /// Push the running scope's namespace (`locals()`, `vars()`): a class
    /// body's namespace dict itself, in a function a new dict of its bound
    /// locals and cells.
    LoadLocals,

    // Fused pairs, made by the peephole pass (`compiler::peephole`) from two
    // adjacent instructions. The second instruction stays in place after
    // the fused one, so a jump that lands on it still runs it alone; the
    // fused one runs both and goes on after the second.
    /// `LoadFast(a)` then `LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a)` then `LoadConst(c)`.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast(a)` then `LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `LoadFast(a)` then `LoadAttr(n)`.
    LoadFastLoadAttr(u16, u16),
    /// `ForIter(t)` then `StoreFast(a)`, as (a, t).
    ForIterStoreFast(u16, u32),
    /// `Compare(op)` then `PopJumpIfFalse(t)`.
    CompareJumpIfFalse(CmpOp, u32),
    /// `LoadConst(c)` then `Binary(op)`, as (op, c).
    LoadConstBinary(BinOp, u16),
    /// `Copy(2)` then `Copy(2)`: copies of the two top slots, in order (the
    /// head of `x[i] op= v`).
    CopyTopTwo,
    /// `Swap(3)`, `Swap(2)` then `StoreSubscr`, a fused triple (the tail of
    /// `x[i] op= v`): with the stack `[x, i, v]`, stores `x[i] = v`. The
    /// other two stay in place as for pairs.
    StoreSubscrFromTop,
}

// An instruction is a tag and at most six bytes of operands: keep it one
// word, so the dispatch loop reads one word per step.
const _: () = assert!(std::mem::size_of::<Instr>() == 8);

/// An exception-table entry: an exception raised by an instruction in
/// `start..end` jumps to `target` with the value stack cut to `depth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// The handler.
    pub target: u32,
    /// Stack depth to restore before pushing the exception.
    pub depth: u32,
}

/// Flags of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has a `*args` parameter.
    pub varargs: bool,
    /// Has a `**kwargs` parameter.
    pub varkw: bool,
    /// Contains `yield`.
    pub generator: bool,
    /// Is a class body (names go to a namespace dict).
    pub class_body: bool,
}

/// Where an instruction comes from in the source: the byte offsets of the
/// expression (or statement) it was compiled from, as CPython keeps each
/// instruction's position. Empty when unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// The offset of the first byte.
    pub start: u32,
    /// The offset just past the last byte.
    pub end: u32,
}

/// A compiled function body (or module, or class body). Immutable and
/// shared by every thread.
pub struct Code {
    /// The function's name.
    pub name: Arc<str>,
    /// The dotted qualified name.
    pub qualname: Arc<str>,
    /// The source file (path, text) for tracebacks.
    pub source: SourceFile,
    /// The instructions.
    pub instrs: Box<[Instr]>,
    /// The source line of each instruction.
    pub lines: Box<[u32]>,
    /// The source text each instruction was compiled from (for the `^^^`
    /// marks under a traceback's line).
    pub spans: Box<[Span]>,
    /// Constants.
    pub consts: Box<[SharedValue]>,
    /// Names used by global, attribute and import instructions (str objects).
    pub names: Box<[FrozenRef]>,
    /// Nested code objects.
    pub codes: Box<[Arc<Code>]>,
    /// Local variable names; parameters first.
    pub varnames: Box<[Arc<str>]>,
    /// Names of cells this code creates.
    pub cellvars: Box<[Arc<str>]>,
    /// Names of cells this code receives from its closure.
    pub freevars: Box<[Arc<str>]>,
    /// For each cellvar that is also a parameter, the parameter's slot.
    pub cell_params: Box<[Option<u32>]>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlycount: u32,
    /// Keyword-only parameters.
    pub kwonlycount: u32,
    /// Flags.
    pub flags: CodeFlags,
    /// The exception table, innermost entries first.
    pub exc_table: Box<[ExcEntry]>,
    /// The line of the `def` (or 1 for modules).
    pub first_line: u32,
    /// The docstring, if the body starts with one.
    pub docstring: Option<Arc<str>>,
}

impl Code {
    /// The exception-table entry that covers instruction `ip`, if any.
    pub fn handler_for(&self, ip: usize) -> Option<ExcEntry> {
        let ip = ip as u32;
        self.exc_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
            .copied()
    }

    /// The source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    /// The source text instruction `ip` was compiled from.
    pub fn span_of(&self, ip: usize) -> Span {
        self.spans.get(ip).copied().unwrap_or_default()
    }

    /// Number of local slots.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// The local names CPython's `co_varnames` lists: the parameters, then
    /// the locals that do not live in cells (those are `co_cellvars`
    /// only), without the compiler's hidden locals (named with `$`).
    pub fn python_varnames(&self) -> impl Iterator<Item = &Arc<str>> + '_ {
        let params = (self.argcount + self.kwonlycount) as usize
            + usize::from(self.flags.varargs)
            + usize::from(self.flags.varkw);
        self.varnames
            .iter()
            .enumerate()
            .filter(move |(i, n)| {
                !n.starts_with('$') && (*i < params || !self.cellvars.contains(n))
            })
            .map(|(_, n)| n)
    }

    /// A readable listing of the instructions (for golden tests and debugging).
    pub fn disassemble(&self) -> String {
        let mut out = format!("code {} ({} locals)\n", self.qualname, self.varnames.len());
        for (i, ins) in self.instrs.iter().enumerate() {
            out.push_str(&format!("{:>4} {:>4}  {:?}\n", self.line_of(i), i, ins));
        }
        for e in self.exc_table.iter() {
            out.push_str(&format!(
                "  handler {}..{} -> {} depth {}\n",
                e.start, e.end, e.target, e.depth
            ));
        }
        for c in self.codes.iter() {
            out.push_str(&c.disassemble());
        }
        out
    }
}
