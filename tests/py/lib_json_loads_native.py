# json.loads without hooks runs the native scanner; with hooks the Python
# one: both must give CPython's values and errors, positions in characters.
import json

docs = [
    '{"a": [1, -0, 2.5, -0.0, 1e3, 1E-2, 12345678901234567890123], "b": null}',
    '[true, false, null, NaN, Infinity, -Infinity, "x\\u00e9\\ud83d\\ude00\\n"]',
    '  {"é": "日本", "k": {"n": [[], {}, [[]]]}}  \n',
    '{"dup": 1, "dup": 2}',
    '"\\t\\"\\\\\\/\\b\\f\\r"',
    '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '"abc', '"a\x01b"',
    '"bad \\q"', '"\\u12"', '"\\u12zz"', '[01]', '-', '1.', '.5', '[1] x',
    'é [1]', '["é", 1 2]', '{"日本": [1, "x" "y"]}', '', '   ', 'nul', 'truex',
]

def show(f, s):
    try:
        return "ok %r" % (f(s),)
    except json.JSONDecodeError as e:
        return "JSONDecodeError %s | pos=%d line=%d col=%d" % (e, e.pos, e.lineno, e.colno)

for s in docs:
    a = show(json.loads, s)
    b = show(lambda t: json.loads(t, object_pairs_hook=dict), s)
    print(a if a == b else "DIFFERENT %s / %s" % (a, b))

print(json.loads('"x"', strict=False), repr(json.loads('"a\tb"', strict=False)))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'[3]')))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('  "é" x', 2))
print(show(lambda t: d.raw_decode(t, 9), 'é"ab" [1]'))
for n in (50, 3000):
    try:
        print(n, len(json.loads("[" * n + "]" * n)))
    except RecursionError as e:
        print(n, "RecursionError", e)
