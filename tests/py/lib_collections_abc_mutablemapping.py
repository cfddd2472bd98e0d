# collections.abc: MutableMapping mixins (update, setdefault, pop, popitem, clear) on a user class.
from collections.abc import MutableMapping, Mapping


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Store(%r)" % self._d


s = Store()
s["x"] = 1
s.update({"y": 2}, z=3)
s.update([("w", 4)])
print(s, len(s), s.setdefault("x", 100), s.setdefault("v", 5))
print(s.pop("w"), s.pop("nope", "dflt"), s.popitem(), s)
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError:
    print("popitem on empty: KeyError")
print(dict(Frozen(k=1)), {**Frozen(q=2)})
