# The dispatch loop keeps the running frame's position in a local and the
# attribute and global caches are two-way: errors raised mid-loop must land
# in the right handler and traceback line, generators must resume where
# they stopped, and cached look-ups must follow every rebinding.
def risky(i):
    # Each branch raises from a different kind of instruction.
    if i % 5 == 0:
        return [1, 2, 3][i]
    if i % 5 == 1:
        return {"a": 1}["b" * i]
    if i % 5 == 2:
        return 1 // (i - i)
    if i % 5 == 3:
        return undefined_name_for_test
    return None.missing


def catch_all(n):
    caught = []
    for i in range(n):
        try:
            risky(i)
        except (IndexError, KeyError, ZeroDivisionError, NameError, AttributeError) as e:
            caught.append(type(e).__name__)
        else:
            caught.append("none")
        finally:
            caught.append(i)
    return caught


print(catch_all(12))


def handler_after_call():
    # The error comes after a call returned into this frame: the handler
    # must be found from the position the call left.
    try:
        a = catch_all(2)
        b = a[99]
        return b
    except IndexError:
        return "handled after call"


print(handler_after_call())


def counter(n):
    for i in range(n):
        got = yield i
        if got:
            yield "got " + str(got)


def delegate():
    yield "start"
    r = yield from counter(3)
    yield ("done", r)


g = delegate()
print(next(g), next(g), g.send(None), g.send("x"), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")


def nested_calls(depth):
    if depth == 0:
        raise ValueError("bottom")
    try:
        return nested_calls(depth - 1)
    finally:
        pass


for d in (0, 3, 30):
    try:
        nested_calls(d)
    except ValueError as e:
        print("caught at depth", d, e)


# Unpacking: exact tuples and lists, wrong lengths, other iterables.
pairs = [(1, "a"), [2, "b"], "xy", range(2), (i for i in (5, 6))]
for p in pairs:
    k, v = p
    print(k, v)
for bad in [(1, 2, 3), [1], (), "xyz"]:
    try:
        k, v = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    k, v = 7
except TypeError as e:
    print("TypeError:", e)
(a, (b, c)), d = (1, [2, 3]), 4
print(a, b, c, d)
lst = [10, 20]
lst[0], lst[1] = lst
print(lst)


# Methods and assignments alternating on many classes, with a method and
# a __setattr__ replaced in the middle of the loop.
def make_class(k):
    class C:
        def __init__(self):
            self.n = k

        def get(self):
            return self.n

    C.__name__ = "C%d" % k
    return C


classes = [make_class(k) for k in range(40)]
objs = [c() for c in classes]
total = 0
for rnd in range(3):
    for o in objs:
        o.n = o.get() + 1
        total += o.get()
    if rnd == 0:
        classes[7].get = lambda self: -1000
    if rnd == 1:
        def loud(self, name, value):
            object.__setattr__(self, name, value * 2)

        classes[9].__setattr__ = loud
print(total, objs[7].n, objs[9].n)

# Globals rebound between reads, many names alternating.
g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = 0
for i in range(50):
    g0 += 1
    g1 = g0 + g2
    g2 = g1 - g3
    g3 = g2 + g4
    g4 = g3 - g5
    g5 = g4 + g6
    g6 = g5 - g7
    g7 = g6 + i
print(g0, g1, g2, g3, g4, g5, g6, g7)
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))

# f-strings join their pieces in one go, whatever their lengths.
for parts in [("", ""), ("a", "é" * 40), ("x" * 100, "y")]:
    left, right = parts
    s = f"({left} {len(right)} {right})"
    print(len(s), s[:12], s[-3:])
