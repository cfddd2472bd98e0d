# array: slicing, slice assignment (same typecode only, extended-slice sizes), del, index errors
from array import array

a = array('h', range(8))
print(a[2:5], a[::-1], a[::3], a[5:2], a[-3:], a[:], a[1:7:2], a[7:0:-3], a[100:])
print(type(a[1:3]).__name__, a[1:3].typecode, array('u', 'hello')[1:4], array('d', [0.5, 1.5])[::-1])
for i in [8, -9, 'x', 1.0, None]:
    try:
        print(a[i])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


def assign(key, value, init=(1, 2, 3, 4, 5)):
    b = array('u' if isinstance(init, str) else 'h', init)
    try:
        b[key] = value
    except (IndexError, TypeError, ValueError, OverflowError) as e:
        return '%s: %s' % (type(e).__name__, e)
    return b


print(assign(0, 9), assign(-1, 9), assign(5, 9), assign(-6, 9), assign(9, 2**20), assign(0, 2**20))
print(assign(slice(1, 3), array('h', [7])), assign(slice(1, 1), array('h', [8, 8])), assign(slice(None), array('h')))
print(assign(slice(10, 20), array('h', [6])), assign(slice(4, 1), array('h', [0])))
print(assign(slice(1, 3), [7]), assign(slice(1, 3), 7), assign(slice(1, 3), array('i', [7])))
print(assign(slice(1, 3), array('u', 'ab')), assign(slice(0, 2), array('u', 'xy'), 'abcde'))
print(assign(slice(None, None, 2), array('h', [7, 8, 9])), assign(slice(None, None, 2), array('h', [7, 8])))
print(assign(slice(None, None, -1), array('h', [5, 4, 3, 2, 1])), assign(slice(3, 0, -1), array('h', [7, 8, 9])))
print(assign(slice(None, None, 2), array('h')), assign(slice(None, None, -1), array('h')))
print(assign(slice(1, 1, 2), array('h', [7])), assign(slice(None, None, 0), array('h', [1])))
b = array('h', [1, 2, 3]); b[:] = b; print(b)
b = array('h', [1, 2, 3]); b[::-1] = b; print(b)
b = array('h', [1, 2, 3]); b[1:] = b; print(b)


def delete(key):
    b = array('i', range(10))
    try:
        del b[key]
    except (IndexError, TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)
    return b


print(delete(0), delete(-1), delete(10), delete(-11), delete('x'))
print(delete(slice(2, 5)), delete(slice(None, None, 3)), delete(slice(None, None, -2)), delete(slice(20, 30)))
