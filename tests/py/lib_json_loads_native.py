# json.loads runs one native scanner with and without hooks: the same values
# and errors as CPython, positions in characters, hooks called in CPython's
# order, and a decoder keeps the settings it was made with.
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

calls = []
def note(kind):
    def hook(x):
        calls.append((kind, x if isinstance(x, str) else len(x)))
        return kind
    return hook
doc = '[1, 2.5, NaN, {"a": {"b": -Infinity}, "c": [7]}, {}]'
print(json.loads(doc, object_hook=note('obj'), parse_int=note('int'),
                 parse_float=note('float'), parse_constant=note('const')), calls)
del calls[:]
print(json.loads(doc, object_pairs_hook=note('pairs'), object_hook=note('obj')), calls)

def picky(text):
    raise ValueError('no ints: ' + text)
try:
    json.loads('[1.5, 10]', parse_int=picky)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('{"a": 1, "b" 2}', object_hook=picky)
except ValueError as e:
    print(type(e).__name__, e)

class Doubling(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=lambda d: sorted(d))
        self.parse_int = lambda t: int(t) * 2   # too late: not used
        self.strict = False                     # too late: still strict
print(Doubling().decode('[1, {"z": 1, "y": 2}]'), json.loads('[3]', cls=Doubling))
print(show(Doubling().decode, '"a\\tb"'), show(Doubling().decode, '"a\tb"'))
