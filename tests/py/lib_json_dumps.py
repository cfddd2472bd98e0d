# json.dumps: scalars, float/int text, string escaping, containers, keys, indent and separators.
import json

for v in [None, True, False, 0, -7, 2**70, -2**64, 1.0, 0.1, -0.0, 1e16, 1e-7,
          123456789.125, 1.5e300, 5e-324, float('nan'), float('inf'), float('-inf')]:
    print(json.dumps(v), json.dumps([v]), json.dumps({'k': v}))

samples = ['', 'plain', 'quote " back \\ slash /', '\b\f\n\r\t', '\x00\x01\x1f\x7f',
           'caf\u00e9', '\u2028\u2029', '\uffff', '\U0001f600 smile', 'mix\u00e9"\n\U00010000']
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
    print(json.dumps([s, {s: s}]), json.dumps({s: [s]}, ensure_ascii=False))

print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}, []]))
print(json.dumps((1, (2, 3), [4, (5,)])))
print(json.dumps({'a': 1, 'b': [1, 2, {'c': None}], 'd': {'e': {'f': []}}}))
print(json.dumps({1: 2, 2.5: 3, True: 4, False: 5, None: 6, -3: 7}))
print(json.dumps({float('nan'): 1, float('inf'): 2, 1e16: 3}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({3: 'x', 1: 'y', 2: 'z'}, sort_keys=True))
print(json.dumps([1, {'a': 2, 'b': [3]}], separators=(',', ':')))
print(json.dumps([1, {'a': 2}], separators=(' ;', ' = ')))

nested = {'name': 'x', 'list': [1, [2, [3, []]], {}], 'obj': {'k': {'j': (1, 2)}}, 'e': []}
for ind in [2, 0, 4, '\t', '', '--', -1]:
    print(repr(ind))
    print(json.dumps(nested, indent=ind))
print(json.dumps(nested, indent=1, separators=(', ', ' : '), sort_keys=True))
print(json.dumps([1, 2], indent=3, separators=(';', ':')))
print(json.dumps('top \u00e9', indent=2), json.dumps(5, indent=2), json.dumps([], indent=2))

class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s\n')]))
print(json.dumps({MyInt(1): MyFloat(0.5), MyStr('k'): 1}))

class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps(MyDict(a=MyList([1, 2]))), json.dumps(MyList()), json.dumps(MyDict()))
print(json.dumps({'a': 1}, ensure_ascii=False, sort_keys=True, indent=None))
big = {'k%d' % i: [i, str(i), i * 0.5, i % 2 == 0] for i in range(30)}
out = json.dumps(big)
print(len(out), out[:60], out[-60:])
print(len(json.dumps(big, indent=2)), json.dumps(big, indent=2).count('\n'))
