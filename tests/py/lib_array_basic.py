# array: construction for every typecode, repr, typecode/itemsize, len, indexing, iteration, 'u' arrays
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, repr(A))
for code in array.typecodes:
    print(code, A(code).itemsize, repr(A(code)), A(code).typecode, len(A(code)), bool(A(code)))
print(A('b', [-128, 127, 0]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))
print(A('i', [-2**31, 2**31 - 1]), A('I', [2**32 - 1]), A('l', [-2**63]), A('L', [2**64 - 1]))
print(A('q', [2**63 - 1]), A('Q', [2**64 - 1]), A('d', [1, 2.5, True, -0.0]), A('f', [0.5, 3]))
print(A('f', [0.1])[0], A('f', [1 / 3]), A('f', [1e39, -1e39, 1e-46]), A('f', [16777217]))
print(A('f', [3.4028235677973366e38]), A('f', [3.4028235677973362e38]), A('f', [float('nan')]))
print(A('d', [0.1, 1e308, 5e-324, float('inf')]), A('h', [True, False]))
print(A('u', 'abc'), A('u', ['x', 'y']), A('u'), A('u', 'a\'b"\n\x00é€😀'), str(A('h', [1])))
print(A('u', 'hello').tounicode(), A('u', 'hi').tolist(), len(A('u', 'a😀')))
a = A('h', range(5))
print(a, a[0], a[-1], a[True], len(a), list(a), a.tolist(), [x * 2 for x in a])
print(A('h', (1, 2)), A('h', iter([3, 4])), A('h', (x * x for x in range(4))), A('h', a))
print(A('d', A('i', [1, 2])), A('i', A('h', [7])), A('h', b'\x01\x00\xff\xff'), A('B', bytearray(b'ab')))
print(A('b', memoryview(b'\x01\x02')), A('d', map(float, '1 2.5'.split())), A('B', b''))
print(list(reversed(a)), sorted(A('h', [3, 1, 2])), sum(A('f', [0.5, 0.25])), max(A('b', [1, -5])))
print(min(A('u', 'zax')), ''.join(A('u', 'abc')), A('h', [5]) * 3, list(enumerate(A('d', [1.5]))))
it = iter(a)
print(next(it), next(it))
a.append(9)
print(list(it))
b = A('Q', [1, 2, 3])
print([type(x).__name__ for x in b], type(A('d', [1])[0]).__name__, type(A('u', 'x')[0]).__name__)
print(type(a.buffer_info()[0]).__name__, a.buffer_info()[1], isinstance(a, A), type(a) is A)


class Samples(A):
    def peak(self):
        return max(abs(x) for x in self)


s = Samples('h', [3, -7, 2])
print(s, s.peak(), type(s).__name__, type(s[:2]).__name__, type(s + s).__name__, isinstance(s, A))
print(repr(Samples('d')), Samples('u', 'ab'), s.typecode, s.itemsize)
