# json.loads: values, numbers, string escapes, whitespace, nesting, duplicates, bytes input, hooks.
import json

docs = ['null', 'true', 'false', '0', '-0', '7', '-12', '123456789012345678901234567890',
        '1.5', '-0.0', '1e3', '1E+3', '2.5e-3', '-1.25E2', '1e400', '-1e400', '0.1',
        '3.141592653589793', '1e-400', 'NaN', 'Infinity', '-Infinity', '""', '"abc"',
        '[]', '{}', '[1, [2, [3, []]]]', ' \t\n\r [ 1 , 2 ] \n', '{"a" : {"b" : [true, false, null]}}',
        '{ }', '[ ]', '{"":""}', '[-1,-0.5,0e0,0E-0]']
for d in docs:
    v = json.loads(d)
    print(repr(d), repr(v), type(v).__name__)

escapes = ['"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC\\uffff"', '"\\ud83d\\ude00"',
           '"a\\ud834\\udd1eb"', '"\\u0000x"', '"caf\u00e9 \U0001f600"', '"tab\\there"',
           '"\\u005c\\u0022"', '"\\/\\/"', '"\\uD83D\\uDE00"']
for d in escapes:
    v = json.loads(d)
    print(repr(v), len(v), [ord(c) for c in v][:6])

print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))
print(json.loads('{"x": [1, {"y": {"z": [{}]}}], "w": "\u00fc\u00f1\u00ee"}'))
print(json.loads('\n{\n  "k": [\n    1,\n    2\n  ]\n}\n'))
print(json.loads(b'{"k": "caf\xc3\xa9", "n": [1, 2]}'))
print(json.loads(bytearray(b'[1, 2.5, "x"]')), json.loads(b'\xef\xbb\xbf[1]'), json.loads(b'7'))
print(json.loads('[1, 2]', object_hook=lambda d: 'unused'))
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": {"y": 1, "x": 2}, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2, 1e2, -0]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: 'C' + s))
print(json.loads('[0.1, 10]', parse_float=float, parse_int=float))
print(json.loads('"\x01\x1f\n"', strict=False))
print(json.loads('{"k":\t"v"}', strict=True))
v = json.loads('[NaN]')[0]
print(v != v, json.loads('-Infinity') < 0)
print(json.loads('[' * 50 + ']' * 50))
print(json.loads('{"\u00e9\u00e9": {"\u00fc": ["\U0001f600", 1, "\\u00e9"]}, "z": "x\\ny"}'))
