# Reference cycles are collected, and what survives a collection is intact.
import gc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        return self.name if self.parent is None else self.parent.path() + "/" + self.name


def build(prefix, depth, parent=None):
    node = Node(prefix, parent)
    if depth:
        for i in range(2):
            build(prefix + str(i), depth - 1, node)
    return node


# A kept tree, garbage trees, and collections in between.
kept = build("k", 4)
for round_ in range(50):
    build("g", 5)
    if round_ % 10 == 0:
        found = gc.collect()
        print("collect returns an int:", isinstance(found, int), found >= 0)
leaf = kept
while leaf.children:
    leaf = leaf.children[-1]
print(leaf.path(), len(kept.children), kept.children[0].parent is kept)


# Recursive closures, a generator that holds itself, an instance holding
# its own bound method, a class made in a function, a dict holding itself.
def closure_sum(n):
    def walk(k):
        return 0 if k == 0 else k + walk(k - 1)
    return walk(n)


def self_feeding():
    me = yield "started"
    while True:
        me = yield me is not None


class Holder:
    def __init__(self, value):
        self.value = value
        self.callback = self.get

    def get(self):
        return self.value


def make_class(i):
    class Local(Holder):
        def get(self):
            return super().get() * 2
    return Local(i).callback()


survivors = []
total = 0
for i in range(3000):
    total += closure_sum(10)
    g = self_feeding()
    next(g)
    g.send(g)
    h = Holder(i)
    total += h.callback()
    total += make_class(i)
    d = {"i": i}
    d["self"] = d
    pair = [d, h]
    pair.append(pair)
    if i % 500 == 0:
        survivors.append((pair, g, h))
print(total)
gc.collect()
for pair, g, h in survivors:
    d = pair[0]
    print(d["i"], d["self"] is d, pair[2] is pair, g.send(None), h.callback(), h.get())


# A collection while native code holds a list it is sorting, and while a
# generator runs.
def key(item):
    junk = []
    junk.append(junk)
    gc.collect()
    return -item[0]


rows = [[i, [i]] for i in range(20)]
for r in rows:
    r[1].append(r)
ordered = sorted(rows, key=key)
print([r[0] for r in ordered][:5], all(r[1][1] is r for r in ordered))
rows.sort(key=key)
print(rows[0][0], rows[-1][0])


def collecting_gen(n):
    for i in range(n):
        loop = [i]
        loop.append(loop)
        if i % 7 == 0:
            gc.collect()
        yield loop[1][0]


print(sum(collecting_gen(100)), list(map(lambda x: gc.collect() * 0 + x, [1, 2, 3])))


# Exceptions kept with their context and tracebacks.
errors = []
for i in range(200):
    try:
        try:
            raise ValueError(i)
        except ValueError as inner:
            raise KeyError(i) from inner
    except KeyError as outer:
        if i % 50 == 0:
            errors.append(outer)
gc.collect()
print([(e.args[0], type(e.__cause__).__name__, e.__cause__.args[0]) for e in errors])


# The module's controls.
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
gc.set_threshold(500, 5, 6)
print(gc.get_threshold())
gc.set_threshold(*old)
print(len(gc.get_count()), gc.garbage)
for bad in [(3,), ("x",), (-1,)]:
    try:
        gc.collect(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=0) >= 0)
for call in [lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.enable(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
