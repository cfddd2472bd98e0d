# set_printoptions(formatter=...): a function per dtype kind ('all', then
# '*_kind', then the type's own key win in that order of precedence).
import numpy as np

a = np.array([[1.0, -10.5, 3.25], [0.001, 2, 3]])
i = np.array([1, 22, 333])
b = np.array([True, False])
np.set_printoptions(formatter={'float': lambda x: '%.2f' % x})
print(a)
print(repr(a))
print(i, repr(a[0, 0]), str(a[0, 0]), np.array(2.5), repr(np.array(2.5)))
print(str(a[0]), f'{a[0]}', [a[0]])
print(sorted(np.get_printoptions()['formatter']))
np.set_printoptions(formatter={'int': lambda x: '<%d>' % x})
print(a, i, repr(i.astype(np.int32)), np.array([1], np.uint8))
np.set_printoptions(formatter={'all': lambda x: 'A'})
print(a, i, b)
np.set_printoptions(formatter={'float_kind': lambda x: 'fk%g' % x})
print(a, np.array([1.5], np.float32), np.array([2.5], np.float16), i)
for f in ({'all': lambda x: 'A', 'int': lambda x: 'I'},
          {'int_kind': lambda x: 'K', 'int': lambda x: 'I'},
          {'float_kind': lambda x: 'K', 'float': lambda x: 'F'},
          {'all': lambda x: 'A', 'float_kind': lambda x: 'K'},
          {'bool': lambda x: type(x).__name__, 'int': lambda x: type(x).__name__},
          {'unknown': str}):
    np.set_printoptions(formatter=f)
    print(np.array([1, 2]), np.array([1.5]), b, np.array([1], np.uint8))
np.set_printoptions(formatter=None)
print(a, np.get_printoptions()['formatter'])
np.set_printoptions(formatter={'float': lambda x: 'x' * int(x + 1)}, linewidth=20)
print(np.arange(12.))
np.set_printoptions(formatter={'float': str}, linewidth=75)
print(np.arange(3.) / 3)
np.set_printoptions(formatter={'int': lambda x: f'<{x}>'}, threshold=5)
print(np.arange(10))
print(repr(np.arange(10)))
print(repr(np.arange(12).reshape(3, 4)))
np.set_printoptions(precision=3, formatter={'int': hex}, threshold=1000)
np.set_printoptions()
print(np.get_printoptions()['precision'], np.get_printoptions()['formatter'], i)
np.set_printoptions(formatter={'int': hex})
with np.printoptions(precision=2):
    print(np.get_printoptions()['formatter'], i)
print(i)
with np.printoptions(formatter={'float': lambda x: 'f'}):
    print(np.array([1.5]), i)
print(i, np.array([1.5]))
print(np.array_str(i), np.array_repr(i), np.array_str(np.array([1.25, 2])))
np.set_printoptions(formatter=None, precision=8)
print(i, np.get_printoptions())
