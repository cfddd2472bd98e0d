# Tasks for tests/chaos.rs: 16 host threads call these at random; each
# returns a value computed from its fresh arguments, raises, runs past its
# time budget or waits to be cancelled. The test knows every expected
# outcome, so the arithmetic here is mirrored in Rust.
from concurrent.futures import ThreadPoolExecutor
import time

# Frozen shared state every task reads.
TABLE = {}
for i in range(4000):
    TABLE["k%d" % i] = i * 3 + 1
KEYS = sorted(TABLE)


class ChaosError(LookupError):
    """A user-defined class raised by some tasks."""


class Node:
    """A tree node that points back at its parent (a reference cycle)."""

    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def compute(tid, words, weights, cycle):
    """Sum of TABLE[word] * scale * weight (-1 for unknown words), through
    a fresh closure, a fresh lambda and, when `cycle` is 1 or 2, a fresh
    parent/child cycle (broken before returning when 1, left to the garbage
    collector when 2); returns (tid, total, first and last word joined)."""
    scale = tid % 7 + 1

    def weigh(word, weight):
        return look(word) * scale * weight

    look = lambda w: TABLE.get(w, -1)
    counts = {}
    total = 0
    for word, weight in zip(words, weights):
        counts[word] = counts.get(word, 0) + 1
        total += weigh(word, weight)
    if cycle:
        root = Node(total)
        leaf = Node(len(counts), root)
        total = leaf.parent.value
        if cycle == 1:
            root.children.clear()
    return (tid, total, words[0] + "|" + words[-1])


def fail(tid, kind):
    """Raises the exception `kind` selects (0..6)."""
    if kind == 0:
        raise ValueError("task %d" % tid)
    if kind == 1:
        return TABLE["missing%d" % tid]
    if kind == 2:
        return tid // (tid - tid)
    if kind == 3:
        try:
            return [][tid]
        except IndexError as e:
            raise ChaosError(tid) from e
    if kind == 4:
        try:
            return tid
        finally:
            raise RuntimeError("from finally")
    if kind == 5:
        try:
            raise TypeError(tid)
        except TypeError:
            raise
    try:
        raise ChaosError(tid)
    except ValueError:
        return "not reached"
    finally:
        KEYS[tid % len(KEYS)]


def spin(tid, mode):
    """Never returns by itself: only a time budget or a cancel stops it.
    Modes 1 and 2 try to swallow what stops them."""
    n = 0
    if mode == 0:
        while True:
            n += 1
    if mode == 1:
        while True:
            try:
                while True:
                    n += TABLE[KEYS[n % len(KEYS)]] % 2
            except Exception:
                pass
    while True:
        try:
            time.sleep(0.0005)
        except Exception:
            n += 1


def pooled(tid, mode):
    """Runs work on a pool of two threads the task starts (they share its
    time budget and cancel token): mode 0 returns 6 * tid, mode 1 spins
    and mode 2 sleeps in a pool worker until the task is stopped."""
    with ThreadPoolExecutor(2) as ex:
        if mode == 0:
            return sum(ex.map(lambda x: x * tid, [1, 2, 3]))
        return ex.submit(spin, tid, 0 if mode == 1 else 2).result()


def sleep_then_finally(tid):
    """Sleeps until cancelled; its `finally: return` swallows the
    KeyboardInterrupt (as CPython's would), so the call returns 2 * tid."""
    try:
        while True:
            time.sleep(0.0005)
    finally:
        return 2 * tid
