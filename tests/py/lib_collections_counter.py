# collections.Counter: construction, missing=0, most_common tie order, elements, update/subtract, total, operators, repr, errors
from collections import Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)


c = Counter("abracadabra")
print(c, repr(c), str(c), f"{c}", "%s" % c)
print(c["a"], c["zz"], "zz" in c, len(c), c.total(), sorted(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(99))
print(Counter("aabbccd").most_common(), Counter("dccbbaa").most_common(2))
print(Counter(), Counter([]), Counter({"x": 2, "y": 0}), Counter(a=3, b=-1), Counter(["q", "r", "q"], r=5))
print(list(Counter(a=2, b=0, c=-1, d=1).elements()), sorted(Counter("hello").elements()))
print(repr(Counter({"a": 1, "b": 3, "c": 2, "d": 3})))

c = Counter(a=1)
c.update("aab")
c.update({"b": 10, "z": 1})
c.update(Counter(z=2), y=1)
print(c)
c.subtract("ab")
c.subtract({"z": 5}, y=1)
print(c, c.total())
c["new"] += 2
del c["a"]
del c["not-there"]
print(c, +c, -c)

p = Counter(a=3, b=1, c=0, d=-2)
q = Counter(a=1, b=2, e=4, d=-5)
print(p + q, p - q, q - p)
print(p | q, p & q, q & p)
print(p == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter())
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1, b=0) == {"a": 1}, Counter(a=1) != {"a": 1})

r = Counter(a=2, b=-1)
r += Counter(b=3, c=1)
print(r)
r -= Counter(a=5)
print(r)
r |= Counter(b=9, d=1)
print(r)
r &= Counter(b=4, c=1, d=0)
print(r)
attempt("add dict:", lambda: Counter() + {})
attempt("fromkeys:", lambda: Counter.fromkeys("ab"))
attempt("elements float:", lambda: list(Counter(a=1.5).elements()))
attempt("format spec:", lambda: format(Counter(a=1), ">20"))

mixed = Counter({"a": "x", "b": 1})
print(mixed)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
print(Counter(words).copy() == Counter(words), type(Counter(a=1).copy()).__name__)
print(dict(Counter("aab")), list(reversed(Counter("abc"))), Counter("abc").get("z"))


class Tally(Counter):
    pass


t = Tally("xyx")
print(t, t + t, type(t + t).__name__, type(t.copy()).__name__)
