//! Unit tests of the engine without a VM: matching, and the step budget
//! that stops catastrophic backtracking.

use super::compile::compile;
use super::exec::{Matcher, Mode, Stop, UNSET};
use super::parse::parse;

fn run(pattern: &str, text: &str, budget: u64) -> Result<Option<(usize, usize)>, Stop<()>> {
    let chars: Vec<char> = pattern.chars().collect();
    let parsed = parse(&chars, true, 0).map_err(|_| Stop::Backtracking)?;
    let prog = compile(&parsed.node, parsed.flags, parsed.groups);
    let mut m = Matcher::new(&prog).with_budget(budget);
    let cps: Vec<u32> = text.chars().map(u32::from).collect();
    let found = m.exec(&cps[..], 0, cps.len(), Mode::Search, UNSET, &mut || Ok(()))?;
    Ok(found.then(|| (m.slots[0], m.slots[1])))
}

#[test]
fn finds_leftmost_match() {
    assert!(matches!(run("b+", "aabbbc", 1 << 20), Ok(Some((2, 5)))));
    assert!(matches!(
        run("(a|ab)(c|bcd)(d*)", "abcd", 1 << 20),
        Ok(Some((0, 4)))
    ));
}

#[test]
fn runaway_backtracking_stops() {
    let text = "a".repeat(40);
    assert!(matches!(
        run("(a*)*b", &text, 100_000),
        Err(Stop::Backtracking)
    ));
}
