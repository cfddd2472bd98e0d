# collections.ChainMap: lookup order, writes to the first map, new_child/parents, views, equality, |, repr, errors
from collections import ChainMap, defaultdict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "ann"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm, len(cm), cm["user"], cm["color"], cm["debug"], cm.get("nope"), cm.get("nope", 0))
print(list(cm), list(cm.keys()), list(cm.values()), list(cm.items()), dict(cm))
print("user" in cm, "nope" in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap())
print(cm.keys(), len(cm.items()), ("user", "ann") in cm.items(), ("user", "guest") in cm.items(), "red" in cm.values())

cm["color"] = "blue"
cm.update({"size": 3}, mode="fast")
print(cli, defaults["color"], cm["color"], cm.setdefault("user", "x"), cm.setdefault("new", 1))
del cm["color"]
print(cm["color"], cm.pop("size"), cm.pop("gone", "dflt"), sorted(cli))
attempt("del deeper key:", lambda: cm.__delitem__("user"))
attempt("pop deeper key:", lambda: cm.pop("user"))
attempt("missing:", lambda: cm["missing"])
attempt("popitem empty:", lambda: ChainMap({}, {"a": 1}).popitem())
print(ChainMap({"k": 1}).popitem())

child = cm.new_child()
child["user"] = "bob"
print(child["user"], cm["user"], child.maps[0], len(child.maps), child.parents == cm, type(child).__name__)
kid = cm.new_child({"a": 1}, b=2)
print(kid.maps[0], kid.parents.maps[0] is cli, cm.new_child(x=5).maps[0])

copy = cm.copy()
copy["extra"] = 1
print("extra" in cm, copy.maps[0] is cli, copy.maps[1] is env)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}) == {"a": 1, "b": 3}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1}))
print(ChainMap({"a": 1}) != {"a": 2}, ChainMap({"a": 1}) == [("a", 1)], {"a": 1} == ChainMap({"a": 1}))
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}, {"c": 3}))
merged = ChainMap({"a": 1}, {"z": 0})
merged |= {"a": 10, "q": 5}
print(merged, ChainMap.fromkeys("xy", 0), ChainMap.fromkeys("ab"))

counts = defaultdict(int)
with_default = ChainMap(counts, {"seen": 7})
print(with_default["seen"], with_default["fresh"], counts)
print(ChainMap({1: "one"}, {2: "two"}, {1: "uno", 3: "tres"}))


class Strict(ChainMap):
    def __missing__(self, key):
        return "?" + str(key)


s = Strict({"a": 1})
print(s["a"], s["b"], s.get("b"), s, s.new_child(), type(s.parents).__name__)
