# np.array2string (separator, prefix, suffix, formatter and the print
# options as arguments), np.array_str and np.array_repr; printoptions()
# restores every option it changed, floatmode included.
import numpy as np

a = np.array([[1.5, -2.25, 3.0], [4.125, 5.0, -6.5]])
print(np.get_printoptions())
with np.printoptions(precision=2, floatmode='fixed') as opts:
    print(a)
    print(opts['floatmode'], opts['precision'])
print(a)
print(np.get_printoptions())
with np.printoptions(sign='+', suppress=True, linewidth=30, threshold=5, edgeitems=1):
    print(np.get_printoptions())
print(np.get_printoptions())
print(np.array2string(a))
print(np.array2string(a, separator=', '))
print(np.array2string(a, separator=','))
print(np.array2string(np.arange(24).reshape(2, 3, 4), separator=', '))
print(np.array2string(np.arange(2000), separator=', ', threshold=10, edgeitems=2))
print(np.array2string(np.arange(30.) / 7, max_line_width=40, precision=3, separator='; '))
print(np.array2string(np.array([True, False]), separator='|'))
print(np.array2string(np.array([1, -2], np.int8), sign='+'))
print(np.array2string(np.array([0.1, 0.25]), floatmode='fixed', precision=3))
print(np.array2string(np.array([1e-6, 1.0]), suppress_small=True))
print(np.array2string(np.array(1e20)), np.array2string(np.array(3)), np.array2string(np.zeros((2, 0))))
print(np.array2string(np.array(5), formatter={'int': lambda x: 'q'}), np.array2string(np.array(True)))
print(np.array2string(np.arange(12), prefix='values = ', max_line_width=30))
print(np.array2string(np.arange(20), prefix='x' * 14, suffix='y' * 11, max_line_width=30,
                      formatter={'int': lambda x: f'<{x}>'}))
print(np.array2string(np.array([1.5, 2.5]), formatter={'float_kind': lambda x: '%.3f' % x}))
print(np.array2string(np.arange(3), formatter={'int': lambda x: '%03d' % x}, separator=', '))
print(np.array2string(np.array([[1, 2], [3, 4]]), formatter={'all': lambda x: '<%s>' % x}))
print(np.array2string(np.array([10, 11]), formatter={'float': str}))
print(np.array_str(np.array([1.12345, 2.5]), precision=2))
print(np.array_repr(np.array([1.12345, 2.5], np.float32), precision=2))
print(np.array_repr(np.arange(10), max_line_width=20))
print(np.array_repr(np.array([1, 2], np.int8), max_line_width=5))
print(np.array_str(np.array([1e-9, 1.0]), suppress_small=True))
print(np.array_str(np.array(3.5)), np.array_repr(np.array(3.5)), np.array_repr(np.zeros((0, 2))))
for f in (np.array2string, np.array_str, np.array_repr):
    try:
        f([1, 2])
    except AttributeError as e:
        print('AttributeError', e)
