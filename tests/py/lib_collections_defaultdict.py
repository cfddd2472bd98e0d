# collections.defaultdict: __missing__ and default_factory, construction, repr/str, copy, | operators, errors
from collections import defaultdict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(repr(groups), str(groups), f"{groups}", [groups])
print(len(groups), groups["a"], isinstance(groups, dict), type(groups).__name__)
print(groups.default_factory, groups.get("z"), "z" in groups, len(groups))
print(groups["z"], "z" in groups, len(groups))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(defaultdict(), defaultdict(None, {"a": 1}), defaultdict(str, [("x", "y")], k=2))
print(defaultdict(lambda: "dflt")["q"])

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
nested["x"]["z"] -= 1
print(dict(nested["x"]), len(nested), nested["x"]["w"], sorted(nested["x"]))

set_dd = defaultdict(set)
set_dd[1].add(4)
set_dd[1].add(4)
print(set_dd, set_dd == {1: {4}}, {1: {4}} == set_dd)

dd = defaultdict(list, a=[1])
c = dd.copy()
c["b"].append(2)
print(dd, c, type(c).__name__, c.default_factory is list)
merged = dd | {"z": [0]}
print(type(merged).__name__, merged)
rmerged = {"z": [0]} | dd
print(type(rmerged).__name__, rmerged)
dd |= {"k": [9]}
print(dd)
dd.default_factory = tuple
print(dd["new"], dd)
dd.default_factory = None
attempt("no factory:", lambda: dd["missing"])
attempt("not callable:", lambda: defaultdict(5))
print(dd.pop("new"), dd.setdefault("s", [7]), dd, list(reversed(dd)))


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

    def bump(self, key):
        self[key] += 1
        return self


t = Tally().bump("a").bump("a").bump("b")
print(t, t["a"], t["nope"], sorted(t))

print(defaultdict(list, {"k": defaultdict(int, {"n": 1})}))
fromkeys = defaultdict.fromkeys("ab", 0)
print(fromkeys, type(fromkeys).__name__)
