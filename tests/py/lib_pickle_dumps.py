# pickle.dumps of the basic types at every protocol: the exact bytes.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, 2**31,
    -2**31, -2**31 - 1, 2**63, -2**64, 10**40, -(2**2100),
    0.0, -0.0, 1.5, -2.25e-300, 1e100, float('inf'), float('-inf'),
    '', 'a', 'abc', 'caf\xe9', '\u20ac', '\U0001f600', 'back\\slash\nnew\rline\x00\x1a',
    b'', b'a', b'ab\xff\x00', bytearray(), bytearray(b'xyz'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a'],
    {}, {1: 2}, {'a': 1, 'b': [2]}, set(), {1, 2, 3}, frozenset(), frozenset([4, 5]),
]
for v in values:
    print(repr(v))
    for proto in range(6):
        print(' ', proto, pickle.dumps(v, proto))
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], 4))
print(pickle.dumps('x' * 300, 3)[:12], pickle.dumps('y' * 300, 4)[:12])
print(pickle.dumps(b'z' * 300, 3)[:12], pickle.dumps(b'z' * 300, 4)[:12])
print(pickle.dumps(2**2100, 2)[:8], pickle.dumps(-2**2100, 1)[:8])
for proto in range(6):
    print(proto, pickle.dumps(-1, proto), pickle.dumps(2**8 * -1, proto))
print(pickle.dumps(1, -1), pickle.dumps(None, None))
