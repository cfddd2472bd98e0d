# array: append, extend, insert, pop, remove, index, count, reverse, fromlist/tolist, unicode methods
from array import array


def call(a, name, *args):
    try:
        r = getattr(a, name)(*args)
    except (IndexError, TypeError, ValueError, OverflowError) as e:
        return '%s: %s -> %s' % (type(e).__name__, e, a)
    return '%r -> %s' % (r, a)


def fresh():
    return array('h', [1, 2, 3, 2])


print(call(fresh(), 'append', 5), call(fresh(), 'append', True), call(fresh(), 'append', 'x'))
print(call(fresh(), 'extend', [5, 6]), call(fresh(), 'extend', (7,)), call(fresh(), 'extend', range(3)))
print(call(fresh(), 'extend', array('h', [9])), call(fresh(), 'extend', array('i', [9])), call(fresh(), 'extend', 5))
print(call(fresh(), 'extend', [5, 2**16, 7]), call(fresh(), 'extend', iter([5, 'x'])))


def gen():
    yield 5
    yield 6
    raise KeyError('stop')


a = array('q', [1])
try:
    a.extend(gen())
except KeyError:
    print('partial', a)
a = array('h', [1, 2]); a.extend(a); print(a)
print(call(fresh(), 'insert', 0, 9), call(fresh(), 'insert', 99, 9), call(fresh(), 'insert', -99, 9))
print(call(fresh(), 'insert', -1, 9), call(fresh(), 'insert', 'x', 9), call(fresh(), 'insert', 1, 2**15))
print(call(fresh(), 'pop'), call(fresh(), 'pop', 0), call(fresh(), 'pop', -4), call(fresh(), 'pop', 4))
print(call(array('d'), 'pop'), call(fresh(), 'pop', 'x'))
print(call(fresh(), 'remove', 2), call(fresh(), 'remove', 9), call(fresh(), 'remove', 2.0))
print(call(fresh(), 'index', 2), call(fresh(), 'index', 2, 2), call(fresh(), 'index', 2, -1), call(fresh(), 'index', 9))
print(call(fresh(), 'index', 2, 0, 1), call(fresh(), 'index', 3, 0, 100), call(fresh(), 'index', 'x'))
print(call(fresh(), 'count', 2), call(fresh(), 'count', 2.0), call(fresh(), 'count', 'x'), call(fresh(), 'count', None))
print(call(fresh(), 'reverse'), call(array('u', 'abc'), 'reverse'), call(array('d'), 'reverse'))
print(call(fresh(), 'fromlist', [5, 6]), call(fresh(), 'fromlist', [5, 2**16]), call(fresh(), 'fromlist', (5,)))
print(call(array('f'), 'fromlist', [0.1, 2]), call(array('f'), 'extend', [0.1, 2]), call(array('f'), 'append', 0.2))
print(call(fresh(), 'tolist'), call(array('u', 'xy'), 'tolist'), fresh().tolist() is fresh().tolist())
print(call(array('u', 'ab'), 'fromunicode', 'cd'), call(array('u', 'ab'), 'fromunicode', 5))
print(call(fresh(), 'fromunicode', 'x'), call(fresh(), 'tounicode'), call(array('u', 'ok'), 'tounicode'))
print(call(array('u'), 'append', 'xy'), call(array('u'), 'extend', 'xyz'), call(array('u'), 'append', 1))
a = array('d', [1.5, float('nan'), 2.5])
print(a.count(float('nan')), float('nan') in a, call(a, 'index', float('nan')), call(a, 'remove', a[1]))
print(call(a, 'index', 2.5), 2.5 in a, 3 in a, 'x' in a, 2 in fresh(), 2.0 in fresh(), 'x' in array('u', 'x'))
print(type(fresh().buffer_info()[0]).__name__, fresh().buffer_info()[1], array('d').buffer_info()[1])
