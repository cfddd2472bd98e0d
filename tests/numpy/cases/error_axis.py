import numpy as np
from numpy.exceptions import AxisError

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, IndexError))

a = np.zeros((2, 3))
attempt(lambda: a.sum(axis=2))
attempt(lambda: a.sum(axis=-3))
attempt(lambda: a.mean(axis=(0, 5)))
attempt(lambda: np.expand_dims(a, 4))
attempt(lambda: np.concatenate([a, a], axis=2))
attempt(lambda: np.argmax(a, axis=3))
attempt(lambda: np.sort(a, axis=2))
attempt(lambda: np.stack([a, a], axis=-4))
attempt(lambda: a.squeeze(axis=3))
attempt(lambda: np.flip(a, 2))
attempt(lambda: a.sum(axis=(0, 0)))
try:
    np.zeros(3).max(axis=1)
except AxisError as e:
    print('caught AxisError', e.axis, e.ndim)
print(issubclass(AxisError, ValueError), issubclass(AxisError, IndexError), AxisError.__module__)
