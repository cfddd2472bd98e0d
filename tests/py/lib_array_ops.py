# array: + * += *= (same typecode only), comparisons across typecodes, NaN, hash, bool
from array import array

a = array('h', [1, 2, 3])
print(a + array('h', [4]), a * 2, 2 * a, a * 0, a * -1, a + array('h'), array('u', 'ab') * 2)
print(array('u', 'ab') + array('u', 'c'), array('d', [1.0]) + array('d', [0.5]), a * True)
for op in [lambda: a + array('i', [4]), lambda: a + [4], lambda: [4] + a, lambda: a * 1.5, lambda: a + 1]:
    try:
        print(op())
    except TypeError as e:
        print('TypeError')
b = a
b += array('h', [4])
print(b is a, a)
b *= 2
print(b is a, a)
b *= 0
print(b is a, a, len(a))
for other in [[5], array('i', [5]), 5]:
    c = array('h', [1])
    try:
        c += other
    except TypeError as e:
        print('TypeError:', e)
c = array('d', [1.5])
try:
    c *= 1.5
except TypeError as e:
    print('TypeError:', e)
x = array('h', [1, 2, 3])
print(x == array('h', [1, 2, 3]), x == array('i', [1, 2, 3]), x == array('d', [1.0, 2.0, 3.0]), x == [1, 2, 3])
print(x != array('h', [1, 2]), x < array('h', [1, 3]), x > array('h', [1, 2]), x <= x, x >= array('q', [2]))
print(array('h') < array('h', [0]), array('h') == array('d'), array('u', 'ab') < array('u', 'b'))
print(array('f', [0.1]) == array('d', [0.1]), array('f', [0.5]) == array('d', [0.5]), x == 1, x != 'x')
n = array('d', [1.0, float('nan')])
print(n == n, n != n, n < n, n <= n, n > n, n == array('f', [1.0, float('nan')]), n < array('d', [2.0]))
print(array('d', [float('nan')]) < array('d', [float('nan'), 1.0]), array('u', 'ab') == array('h', [1, 2]))
for op in [lambda: x < [1], lambda: x < 5, lambda: array('u', 'a') < array('h', [1]), lambda: hash(x)]:
    try:
        print(op())
    except TypeError:
        print('TypeError')
print(bool(array('d')), bool(array('d', [0.0])), len(array('u', 'abc')), array('h', [1]) in [array('h', [1])])
print(sorted([array('h', [2]), array('h', [1, 5]), array('h', [1])]), max(array('h', [3]), array('h', [2, 9])))
