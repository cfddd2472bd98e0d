//! The peephole pass: rewrites finished bytecode so the dispatch loop runs
//! fewer steps for the same work.
//!
//! Two rewrites, neither of which moves an instruction (so jump targets,
//! line numbers and the exception table stay valid as they are):
//!
//! - **Jump threading.** A `Jump` that lands on another `Jump` goes straight
//!   to the last one's target. A conditional jump that lands on a `Jump`
//!   forward does the same; one that would then jump backward is left alone,
//!   so that every backward edge still passes through a `Jump`, where the
//!   loop checks its time budget and cancellation.
//! - **Fused pairs.** Two adjacent instructions that scripts run together
//!   again and again (`LoadFast` `LoadFast`, `Compare` `PopJumpIfFalse`, …)
//!   become one fused instruction in the first slot, with the second left
//!   in place: the fused form runs both and goes on after the second, and a
//!   jump that lands on the second still runs it alone.

use super::bytecode::Instr;

/// Rewrites `instrs` in place (see the module doc).
pub fn optimize(instrs: &mut [Instr]) {
    thread_jumps(instrs);
    fuse_pairs(instrs);
}

/// Where a jump to `target` ends up after following unconditional jumps
/// (a bounded number of hops, so a `while True: pass` cycle terminates).
fn final_target(instrs: &[Instr], mut target: u32) -> u32 {
    for _ in 0..8 {
        match instrs.get(target as usize) {
            Some(Instr::Jump(next)) if *next != target => target = *next,
            _ => break,
        }
    }
    target
}

fn thread_jumps(instrs: &mut [Instr]) {
    for at in 0..instrs.len() {
        let threaded = match instrs[at] {
            Instr::Jump(t) => Instr::Jump(final_target(instrs, t)),
            Instr::PopJumpIfFalse(t) => Instr::PopJumpIfFalse(forward_target(instrs, at, t)),
            Instr::PopJumpIfTrue(t) => Instr::PopJumpIfTrue(forward_target(instrs, at, t)),
            Instr::JumpIfFalseOrPop(t) => Instr::JumpIfFalseOrPop(forward_target(instrs, at, t)),
            Instr::JumpIfTrueOrPop(t) => Instr::JumpIfTrueOrPop(forward_target(instrs, at, t)),
            other => other,
        };
        instrs[at] = threaded;
    }
}

/// The threaded target of the conditional jump at `at`, when it stays
/// ahead of the jump; otherwise `target` unchanged.
fn forward_target(instrs: &[Instr], at: usize, target: u32) -> u32 {
    let last = final_target(instrs, target);
    if last as usize > at {
        last
    } else {
        target
    }
}

fn fuse_pairs(instrs: &mut [Instr]) {
    let mut at = 0;
    while at + 1 < instrs.len() {
        if let Some(&[a, b, c]) = instrs.get(at..at + 3) {
            if let Some(fused) = fuse_triple(a, b, c) {
                instrs[at] = fused;
                at += 3;
                continue;
            }
        }
        match fuse(instrs[at], instrs[at + 1]) {
            Some(fused) => {
                instrs[at] = fused;
                // The second stays as it is; pairs do not overlap.
                at += 2;
            }
            None => at += 1,
        }
    }
}

/// The fused form of `first` followed by `second`, if there is one and the
/// operands fit it.
fn fuse(first: Instr, second: Instr) -> Option<Instr> {
    let small = |n: u32| u16::try_from(n).ok();
    Some(match (first, second) {
        (Instr::LoadFast(a), Instr::LoadFast(b)) => Instr::LoadFastLoadFast(small(a)?, small(b)?),
        (Instr::LoadFast(a), Instr::LoadConst(c)) => Instr::LoadFastLoadConst(small(a)?, small(c)?),
        (Instr::StoreFast(a), Instr::LoadFast(b)) => Instr::StoreFastLoadFast(small(a)?, small(b)?),
        (Instr::LoadFast(a), Instr::LoadAttr(n)) => Instr::LoadFastLoadAttr(small(a)?, small(n)?),
        (Instr::ForIter(t), Instr::StoreFast(a)) => Instr::ForIterStoreFast(small(a)?, t),
        (Instr::Compare(op), Instr::PopJumpIfFalse(t)) => Instr::CompareJumpIfFalse(op, t),
        (Instr::LoadConst(c), Instr::Binary(op)) => Instr::LoadConstBinary(op, small(c)?),
        (Instr::Copy(2), Instr::Copy(2)) => Instr::CopyTopTwo,
        _ => return None,
    })
}

/// The fused form of three adjacent instructions, if there is one.
fn fuse_triple(first: Instr, second: Instr, third: Instr) -> Option<Instr> {
    match (first, second, third) {
        (Instr::Swap(3), Instr::Swap(2), Instr::StoreSubscr) => Some(Instr::StoreSubscrFromTop),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::bytecode::{BinOp, CmpOp};

    fn optimized(mut instrs: Vec<Instr>) -> Vec<Instr> {
        optimize(&mut instrs);
        instrs
    }

    #[test]
    fn fuses_pairs_and_leaves_the_second_in_place() {
        let out = optimized(vec![
            Instr::LoadFast(0),
            Instr::LoadFast(1),
            Instr::LoadFast(2),
            Instr::Compare(CmpOp::Lt),
            Instr::PopJumpIfFalse(7),
            Instr::LoadConst(3),
            Instr::Binary(BinOp::Add),
            Instr::Return,
        ]);
        assert_eq!(
            out,
            vec![
                Instr::LoadFastLoadFast(0, 1),
                Instr::LoadFast(1),
                // Pairs do not overlap: the third load stays alone.
                Instr::LoadFast(2),
                Instr::CompareJumpIfFalse(CmpOp::Lt, 7),
                Instr::PopJumpIfFalse(7),
                Instr::LoadConstBinary(BinOp::Add, 3),
                Instr::Binary(BinOp::Add),
                Instr::Return,
            ]
        );
    }

    #[test]
    fn leaves_pairs_whose_operands_do_not_fit() {
        let big = u32::from(u16::MAX) + 1;
        let code = vec![Instr::LoadFast(big), Instr::LoadFast(0)];
        assert_eq!(optimized(code.clone()), code);
    }

    #[test]
    fn for_iter_keeps_its_exit_target() {
        let out = optimized(vec![
            Instr::ForIter(70_000),
            Instr::StoreFast(4),
            Instr::Jump(0),
        ]);
        assert_eq!(out[0], Instr::ForIterStoreFast(4, 70_000));
        assert_eq!(out[1], Instr::StoreFast(4));
    }

    #[test]
    fn fuses_the_head_and_tail_of_augmented_subscripts() {
        // `x[i] += v`: the load copies x and i, the store swaps them back.
        let out = optimized(vec![
            Instr::LoadFastLoadFast(0, 1),
            Instr::LoadFast(1),
            Instr::Copy(2),
            Instr::Copy(2),
            Instr::Subscr,
            Instr::LoadFast(2),
            Instr::Inplace(BinOp::Add),
            Instr::Swap(3),
            Instr::Swap(2),
            Instr::StoreSubscr,
            Instr::Return,
        ]);
        assert_eq!(out[2], Instr::CopyTopTwo);
        assert_eq!(out[3], Instr::Copy(2));
        assert_eq!(out[7], Instr::StoreSubscrFromTop);
        assert_eq!(
            &out[8..],
            &[Instr::Swap(2), Instr::StoreSubscr, Instr::Return]
        );
        // Other swaps and copies stay as they are.
        let other = vec![
            Instr::Swap(2),
            Instr::Swap(3),
            Instr::StoreSubscr,
            Instr::Copy(1),
            Instr::Copy(2),
        ];
        assert_eq!(optimized(other.clone()), other);
    }

    #[test]
    fn threads_jumps_but_keeps_backward_edges_on_a_jump() {
        let out = optimized(vec![
            Instr::Nop,               // 0: loop head
            Instr::PopJumpIfFalse(3), // 1: lands on a backward jump
            Instr::Jump(4),           // 2: lands on a forward jump
            Instr::Jump(0),           // 3
            Instr::Jump(6),           // 4
            Instr::Nop,               // 5
            Instr::Return,            // 6
            Instr::Jump(7),           // 7: a jump to itself stays
        ]);
        assert_eq!(out[1], Instr::PopJumpIfFalse(3));
        assert_eq!(out[2], Instr::Jump(6));
        assert_eq!(out[3], Instr::Jump(0));
        assert_eq!(out[7], Instr::Jump(7));
    }
}
