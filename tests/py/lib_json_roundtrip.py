# json round trips: dumps->loads, dump/load through files and writers, encoder/decoder classes.
import json

values = [None, True, 0, -1, 2**100, 0.1, -2.5e-300, 1e16, '', 'caf\u00e9 \U0001f600 "q" \\ \n',
          [], {}, [1, [2, [3]]], {'a': {'b': {'c': [None, False]}}}, (1, 2),
          {'\u00e9': '\u00fc', 'k\nk': [1.5, 'x'], '': 0}, list(range(20))]
for v in values:
    for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':'), 'sort_keys': True}]:
        text = json.dumps(v, **kw)
        back = json.loads(text)
        print(text == json.dumps(back, **kw), back == (list(v) if isinstance(v, tuple) else v), end=' ')
    print(json.dumps(v, ensure_ascii=False))

print(json.loads(json.dumps({1: 'a', True: 'b', None: 'c', 2.5: 'd'})))
x = json.loads(json.dumps([float('nan'), float('inf')]))
print(x[0] != x[0], x[1])

path = '/tmp/taipan_test_lib_json_roundtrip.json'
data = {'name': 'caf\u00e9', 'items': [1, 2.5, None, {'deep': [True]}], 'empty': {}}
with open(path, 'w') as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(json.load(f))
with open(path) as f:
    print(json.load(f, object_pairs_hook=lambda p: [k for k, v in p]))
with open(path, 'w') as f:
    json.dump([1, 'two', {'3': 4}], f, ensure_ascii=False, separators=(',', ':'))
with open(path) as f:
    print(repr(f.read()))

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w)
print(''.join(w.parts), len(w.parts) > 1)
w = Writer()
try:
    json.dump({'a': [1, 2], 'b': {1, 2}}, w)
except TypeError as e:
    print('partial:', repr(''.join(w.parts)), e)
print(json.load(Reader('{"r": [1, 2]}')), json.load(Reader(b'[3]')))

enc = json.JSONEncoder(sort_keys=True, indent='  ')
print(enc.encode({'b': 1, 'a': [1, 2]}))
print(''.join(enc.iterencode({'z': 'y'})), enc.item_separator, enc.key_separator)
print(repr(json.JSONEncoder().item_separator), repr(json.JSONEncoder(indent=1).item_separator))
print(json.JSONEncoder(separators=(';', '=')).encode({'a': [1, 2]}))
print(json.JSONEncoder(ensure_ascii=False).encode('\u00e9\n'), json.JSONEncoder().encode('\u00e9\n'))

class TupleDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        json.JSONDecoder.__init__(self, object_pairs_hook=tuple, **kw)

print(json.loads('{"a": {"b": 1}, "c": [2]}', cls=TupleDecoder))
print(json.loads('{"a": "\x01"}', cls=TupleDecoder, strict=False))
dec = json.JSONDecoder(parse_int=str)
print(dec.decode('[1, 2.0]'), dec.raw_decode('[10] [20]'))
stream, docs, pos = '{"a": 1} [2, 3] "four" 5', [], 0
while pos < len(stream):
    obj, pos = dec.raw_decode(stream, pos)
    docs.append(obj)
    while pos < len(stream) and stream[pos] == ' ':
        pos += 1
print(docs)
print(sorted(n for n in json.__all__))
