# json.dumps/dump of plain values runs the native encoder; anything else
# (default=, odd keys, errors, iterencode overrides) the Python one. Both
# must write what CPython writes.
import io
import json

value = {"b": [1, -0.0, 2**70, 1e16, 0.1, None, True, (1, "t")], "a": {"é": "日😀\x00\x7f\"\\\n\t"},
         "": [], "e": {}, 3: "int key", 2.5: "float", False: 0, None: [[]]}
for kw in [{}, {"indent": 2}, {"indent": "--"}, {"indent": 0}, {"ensure_ascii": False},
           {"separators": (",", ":")}, {"indent": 1, "separators": (";", "=")}]:
    print(json.dumps(value, **kw))
strs = {"z": 1, "é": 2, "a": {"y": [3, {"c": 4, "b": 5}]}, "日": 6}
print(json.dumps(strs, sort_keys=True), json.dumps(strs, sort_keys=True, indent=1))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for bad in ([float("nan")], {"k": float("inf")}, {1.5: float("-inf")}):
    for kw in ({"allow_nan": False}, {"allow_nan": False, "indent": 2}):
        try:
            json.dumps(bad, **kw)
        except ValueError as e:
            print("ValueError", e)
for v, kw in [({(1, 2): 3}, {}), ({(1, 2): 3, "k": 1}, {"skipkeys": True}), ({1: 2, "a": 3}, {"sort_keys": True}),
              ({"s": {1, 2}}, {}), ({"s": {1}}, {"default": sorted}), ([b"x"], {"default": lambda b: b.decode()})]:
    try:
        print(json.dumps(v, **kw))
    except TypeError as e:
        print("TypeError", e)

class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()

print(Upper().encode({"a": ["x", None]}), json.dumps(["y"], cls=Upper))
deep = "leaf"
for i in range(700):
    deep = [deep] if i % 2 else {"k": deep}
text = json.dumps(deep)
print(len(text), text[:30], json.loads(text) == deep)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
f = io.StringIO()
json.dump(value, f, indent=2, sort_keys=False)
print(f.getvalue() == json.dumps(value, indent=2), len(f.getvalue()))
