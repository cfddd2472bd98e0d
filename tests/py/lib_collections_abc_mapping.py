# collections.abc: Mapping mixins (get, in, keys/items/values views, ==) on a user class; abstract errors.
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView, Sized


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Frozen(%r)" % self._d


f = Frozen(a=1, b=2)
print(f["a"], f.get("c"), f.get("c", 9), "a" in f, "z" in f, len(f))
print(list(f.keys()), list(f.items()), list(f.values()))
print(f.keys(), type(f.items()).__name__)
print(f == {"a": 1, "b": 2}, f == {"a": 1}, f != {"a": 1}, f == [1])
print(isinstance(f, Mapping), isinstance(f, MutableMapping), isinstance(f, Sized))
print("a" in f.keys(), ("a", 1) in f.items(), ("a", 2) in f.items(), 2 in f.values())
print(sorted(f.keys() & {"a", "z"}), sorted(f.keys() | {"z"}), sorted(f.keys() - {"a"}), sorted(f.keys() ^ {"a", "q"}))
print(f.keys() == {"a", "b"}, f.keys() <= {"a", "b", "c"}, f.keys() < {"a", "b"}, f.keys().isdisjoint(["x"]))
print(isinstance(f.keys(), KeysView), isinstance(f.items(), ItemsView), isinstance(f.values(), ValuesView))

class Half(Mapping):
    def __getitem__(self, key):
        return key


for cls in (Half, Mapping, MutableMapping):
    try:
        cls()
    except TypeError as e:
        print(e)
print(issubclass(Store, Mapping), issubclass(Frozen, MutableMapping), issubclass(dict, Mapping))
print(Mapping.__abstractmethods__ == frozenset({"__getitem__", "__iter__", "__len__"}))
print(sorted(MutableMapping.__abstractmethods__))
