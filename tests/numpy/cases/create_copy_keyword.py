# NumPy 2's copy= of np.array/np.asarray (False: never copy, raise when a
# copy is needed; None: copy only when needed), ndarray.base and
# np.reshape's deprecated newshape= keyword.
import numpy as np

a = np.arange(6.).reshape(2, 3)


def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


show('a.base', lambda: a.base)
show('arange.base', lambda: np.arange(3).base)
show('list.base', lambda: np.array([1, 2]).base)
show('copy.base', lambda: a.copy().base)
show('scalar.base', lambda: np.float64(1).base)
show('slice.base', lambda: np.arange(4)[1:].base)
b = np.zeros(4)
show('view has base', lambda: (b[1:].base is not None, b.T.base is not None, b.reshape(2, 2).base is not None))
show('asarray is', lambda: np.asarray(a) is a)
show('array copy=False is', lambda: np.array(a, copy=False) is a)
show('array copy=None is', lambda: np.array(a, copy=None) is a)
show('array copy=True is', lambda: np.array(a, copy=True) is a)
show('array is', lambda: np.array(a) is a)
show('array list copy=False', lambda: np.array([1, 2], copy=False))
show('array list copy=None', lambda: np.array([1, 2], copy=None))
show('array dtype copy=False', lambda: np.array(a, dtype=int, copy=False))
show('array same dtype copy=False', lambda: np.array(a, dtype=float, copy=False) is a)
show('asarray copy=False', lambda: np.asarray(a, copy=False) is a)
show('asarray copy=True', lambda: np.asarray(a, copy=True) is a)
show('asarray list copy=False', lambda: np.asarray([1], copy=False))
show('asarray list copy=True', lambda: np.asarray([1], copy=True))
show('asarray F copy=False', lambda: np.asarray(a, order='F', copy=False))
show('array T copy=False', lambda: np.array(a.T, copy=False).shape)
show('array ndmin copy=None', lambda: np.array(a, ndmin=2, copy=None) is a)
c = np.array(a, copy=False)
c[0, 0] = 100
print(a[0, 0])
show('reshape newshape', lambda: np.reshape(a, newshape=(3, 2)))
show('reshape shape', lambda: np.reshape(a, shape=(3, 2)).shape)
show('reshape newshape -1', lambda: np.reshape(a, newshape=-1))
