# heapq: nlargest/nsmallest (key, ties, n edge cases) and merge (key, reverse, laziness, ties)
from heapq import nlargest, nsmallest, merge

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 6]
for n in [-1, 0, 1, 3, 10, 15]:
    print(n, nlargest(n, data), nsmallest(n, data))
print(nlargest(3, iter(data)), nsmallest(2, (x * x for x in data)))
print(nlargest(2, []), nsmallest(1, []), nlargest(1, "hello"), nsmallest(3, "hello"))
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry"]
print(nlargest(3, words, key=len), nsmallest(3, words, key=len))
print(nlargest(5, words, key=len), nsmallest(5, words, key=len))
print(nlargest(20, words, key=len) == sorted(words, key=len, reverse=True))
print(nsmallest(20, words, key=len) == sorted(words, key=len))
pairs = [(1, "a"), (1.0, "b"), (True, "c"), (0, "d"), (1, "e")]
print(nlargest(2, pairs, key=lambda p: p[0]), nsmallest(3, pairs, key=lambda p: p[0]))
print(nlargest(1, [1, 1.0, True]), nsmallest(1, [1.0, True, 1]), nsmallest(2, [True, 1, 1.0]))
print(nlargest(2, [3, 1, 2], key=lambda x: -x), nsmallest(2, [3, 1, 2], key=lambda x: -x))
print(nlargest(3, range(1000), key=lambda x: x % 7), nsmallest(3, range(1000), key=lambda x: -(x % 9)))
try:
    nlargest(2, [1, "a", 2])
except TypeError as e:
    print("mixed", type(e).__name__)
show("not iterable", lambda: nsmallest(2, 5))
vals = [(i * 37) % 23 for i in range(60)]
for k in [None, lambda v: v % 5, lambda v: -(v // 4)]:
    print([nsmallest(n, vals, key=k) == sorted(vals, key=k)[:n] for n in (1, 2, 7, 30, 59, 60, 61)],
          [nlargest(n, vals, key=k) == sorted(vals, key=k, reverse=True)[:n] for n in (1, 2, 7, 30, 61)])
print(nsmallest(6, vals, key=lambda v: v % 3), nlargest(6, vals, key=lambda v: v % 3))

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([], [3])), list(merge("ace", "bdf")))
print(list(merge([1, 2], [1.0, 2.0], [True])))
print(list(merge(["a", "bb"], ["c", "ddd"], ["ee"], key=len)))
print(list(merge([9, 5, 1], [8, 5, 2], [7], reverse=True)))
print(list(merge(["xxx", "b"], ["yy", "c"], key=len, reverse=True)))
print(list(merge([(1, "x")], [(1, "y"), (2, "z")], key=lambda t: t[0])))
print(list(merge([3, 1, 2], [2, 0, 5])), list(merge([1, 5, 2], [4], reverse=True)))
log = []
def gen(tag, values):
    for v in values:
        log.append(tag + str(v))
        yield v
m = merge(gen("a", [1, 4, 6]), gen("b", [2, 3, 9]))
print(log)
print(next(m), next(m), log)
print(list(m), log)
log.clear()
keyed = merge(gen("c", [3, 1]), gen("d", [2]), key=lambda v: log.append("k%d" % v) or v)
print(list(keyed), log)
show("merge bad", lambda: list(merge([1], 5)))
show("merge mixed", lambda: list(merge([1], ["a"])))
print(type(merge([1])).__name__)
