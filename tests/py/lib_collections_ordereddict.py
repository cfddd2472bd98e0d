# collections.OrderedDict: order, move_to_end, popitem(last=), order-sensitive ==, repr (3.11 form), copy, |, errors
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict()
print(od, repr(od), f"[{od}]", bool(od))
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od)
od.move_to_end("c", False)
od.move_to_end("b", True)
print(list(od))
attempt("move missing:", lambda: od.move_to_end("zz"))
print(od.popitem(), od.popitem(last=False), od)
attempt("popitem empty:", lambda: OrderedDict().popitem())
attempt("popitem first empty:", lambda: OrderedDict().popitem(last=False))

x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
plain = {"b": 2, "a": 1}
print(x == y, x != y, x == plain, plain == x, y == plain, x != plain)
print(x == OrderedDict(a=1, b=2), x == OrderedDict(a=1), x == [("a", 1)])
print(OrderedDict(x=1, y=[2]), OrderedDict({"k": (1, 2)}, z=None))
print(OrderedDict.fromkeys("abc", 0), type(OrderedDict.fromkeys("ab")).__name__)
print(list(reversed(x)), list(reversed(x.items())), list(reversed(x.values())))

c = x.copy()
c["new"] = 3
print(x, c, type(c).__name__)
print(x | {"z": 26}, type(x | {"z": 26}).__name__)
print({"z": 26} | x, type({"z": 26} | x).__name__)
x |= {"a": 100, "q": 0}
print(x)
print(x.setdefault("a", 5), x.setdefault("w", 5), x.pop("q"), x.get("nope", "d"))
attempt("pop missing:", lambda: x.pop("nope"))
del x["w"]
print(x, len(x), "a" in x, "w" in x)
try:
    hash(x)
except TypeError as e:
    print("hash:", type(e).__name__)

# An LRU cache, the classic use.
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5, 1]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key * key
        if len(cache) > 3:
            print("evict", cache.popitem(last=False))
print(cache)


class Last(OrderedDict):
    def __setitem__(self, key, value):
        if key in self:
            del self[key]
        OrderedDict.__setitem__(self, key, value)


last = Last()
for k in "abcab":
    last[k] = k.upper()
print(last, list(last), isinstance(last, dict))
nested = OrderedDict(inner=OrderedDict(deep=[1]))
print(nested, str(nested), "%s" % nested)
