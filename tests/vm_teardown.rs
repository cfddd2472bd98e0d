//! A VM that goes away frees what its modules made, cycles included
//! (`vm/src/interp/teardown.rs`): a host that makes a fresh runtime per
//! request, or per fuzz input, must not grow.

use taipan::Runtime;

/// Module code full of reference cycles, none frozen: functions and their
/// globals, classes and their methods (`super()` makes a `__class__`
/// cell), a recursive closure, self-referencing containers and instances,
/// a suspended generator holding itself, an exception kept with its
/// context, and standard-library modules written in Python.
const CYCLES: &str = r#"
import json, re
import numpy as np

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child of " + super().hello()

def make_counter():
    def count(n):
        return 0 if n == 0 else 1 + count(n - 1)
    return count

counter = make_counter()
loop = [1, 2]
loop.append(loop)
table = {"self": None}
table["self"] = table
node = Child()
node.me = node
node.items = [node, loop, table]

def gen():
    me = yield 1
    yield me

g = gen()
next(g)
g.send(g)

try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        kept = inner
        raise KeyError("outer")
except KeyError as outer:
    both = (outer, kept)

data = json.loads('{"a": [1, 2, 3]}')
words = re.findall(r"\w+", "a b c")
arr = np.arange(10) * 2
print(Child().hello(), counter(5), len(loop), data["a"], words, int(arr.sum()))
"#;

/// Bytes charged on this thread's heap meter after `runs` fresh runtimes
/// each ran `CYCLES` to its end.
fn in_use_after(runs: usize) -> usize {
    for _ in 0..runs {
        let rt = Runtime::builder().stdout(Box::new(std::io::sink())).build();
        let program = rt.compile_str("cycles.py", CYCLES).expect("compiles");
        rt.run_main(&program).expect("runs");
    }
    taipan_vm::heap::in_use()
}

#[test]
fn fresh_runtimes_leave_nothing_behind() {
    std::thread::spawn(|| {
        let warm = in_use_after(2);
        let after = in_use_after(40);
        // Without the teardown each run kept its module graph: hundreds
        // of kilobytes per run with numpy imported.
        assert!(
            after <= warm + 1024,
            "heap in use grew from {warm} to {after} bytes over 40 runs"
        );
    })
    .join()
    .expect("no panic");
}
