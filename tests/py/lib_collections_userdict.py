# collections.UserDict: the mapping interface over .data, |, copies, __missing__, subclasses
import copy
import collections
from collections import UserDict, UserList, UserString
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence,
                             Hashable, Sized, Iterable, Container, Reversible)

print(UserDict, UserList, UserString, UserDict.__module__, UserDict.__qualname__)

# UserDict
d = UserDict({"a": 1}, b=2)
print(d, repr(d), len(d), d["a"], "a" in d, "z" in d, list(d), sorted(d.keys()))
print(isinstance(d, Mapping), isinstance(d, MutableMapping), isinstance(d, dict))
print(d == {"a": 1, "b": 2}, {"a": 1, "b": 2} == d, d == UserDict(a=1, b=2), d != {"a": 1})
print(d.get("a"), d.get("q"), d.get("q", 9), d.pop("a"), d, d.setdefault("c", 3), d)
d.update([("x", 5)], y=6)
print(d, d.popitem(), d)
print(list(d.items()), list(d.values()), d.keys())
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
print(d | {"z": 0}, {"z": 0} | d, d | UserDict(w=1), type(d | {}).__name__)
print(d.__or__(5), d.__ror__([1]))
d |= {"m": 1}
d |= UserDict(n=2)
print(d)
c = d.copy()
c["new"] = 1
print(c, d, type(c).__name__, c.data is d.data)
e = copy.copy(d)
e["cc"] = 1
print(e, d, e.data is d.data)
f = copy.deepcopy(UserDict(k=[1, 2]))
print(f, type(f).__name__)
print(UserDict.fromkeys("ab"), UserDict.fromkeys([1, 2], 0))
del d["m"]
print(d)
try:
    del d["m"]
except KeyError as exc:
    print("KeyError", exc)
d.clear()
print(d, len(d), bool(d), bool(UserDict(a=1)))
print(UserDict(dict=1), UserDict(self=2))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


class Tagged(UserDict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.tag = "T"


m = Missing(a=1)
print(m["zz"], m.get("zz"), "zz" in m, m)
t = Tagged(a=1)
t2 = t.copy()
t2["b"] = 2
print(type(t2).__name__, t2.tag, t2, t, Tagged.fromkeys("xy", 1))
print(type(t | {"q": 1}).__name__, type(Missing() | {}).__name__)
