# json.loads errors: JSONDecodeError messages, pos/lineno/colno, and non-JSON-text inputs.
import json

def show(doc, **kw):
    try:
        print(repr(doc), '->', repr(json.loads(doc, **kw)))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, str(e), e.pos, e.lineno, e.colno, repr(e.msg), e.doc == doc)

for doc in ['', '   ', 'x', 'nul', 'tru', 'nan', 'inf', '-', '-x', '+1', '.5', '1.', '01', '1e', '1e+',
            '1.5.2', '[1, 2] x', '{} {}', '"abc', '"abc\\', '"a\\x"', '"\\u12"', '"\\u1234',
            '"\\u12g4"', '"\\uD800\\u12"', '"\\uD800\\uXYZW"', '"\\uD800\\"', '"a\x01b"',
            '"line\nbreak"', '"tab\tin"', '[', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '[1:2]',
            '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{a:1}', "{'a':1}",
            '{"a" 1}', '{"a":1 "b":2}', '{1:2}', '{"a":}', ']', '}', 'True', 'None',
            '\ufeff[1]', '[1]\x00', '{"a": [1, {"b": nul}]}', '[0x10]', '["\\\'"]']:
    show(doc)

multi = '{\n  "a": 1,\n  "b": [\n    2,\n    3\n  ]\n  "c": 4\n}'
show(multi)
show('[\n\n\n  1,\n  2,,\n]')
show('\n\n"unterminated\n')
show('{\r\n "k": "v",\r\n "k2": \r\n}')
show('["caf\u00e9", "\u00fc", x]')
show('{"\u00e9\u00e9\u00e9": 1, "\U0001f600": tru}')
show('"\u00e9\\q"')
show('"ok"\n\n  trailing')
show('"\x01"', strict=False)
show('[1, 2}', object_hook=dict)
show('[1.5e]', parse_float=float)

e = json.JSONDecodeError('Custom message', 'ab\ncd\nef', 7)
print(str(e), e.msg, e.pos, e.lineno, e.colno, e.args)
print(isinstance(e, ValueError), issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1, 2')
except ValueError as e:
    print('caught as ValueError:', e)

for bad in [None, 5, 1.5, [1], {'a': 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    json.loads(b'\xff[]')
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    json.loads(b'[1, x]')
except json.JSONDecodeError as e:
    print(type(e).__name__, e, repr(e.doc))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] rest'), d.raw_decode('xx"s" 1', 2), d.raw_decode('{"a": null}'))
for doc, idx in [(' 1', 0), ('[1]', 5), ('"\u00e9" x', 0), ('abc', 1)]:
    try:
        print(d.raw_decode(doc, idx))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
print(d.decode(' {"z": 26} '), json.JSONDecoder(strict=False).decode('"\n"'))
