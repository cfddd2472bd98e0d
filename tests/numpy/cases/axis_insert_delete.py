import numpy as np

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = np.arange(6).reshape(2, 3)
attempt(lambda: np.insert(a, 1, 9, axis=1))
attempt(lambda: np.insert(a, 1, [7, 8], axis=1))
attempt(lambda: np.insert(a, [1], [7, 8], axis=1))
attempt(lambda: np.insert(a, 1, [[1], [2]], axis=1))
attempt(lambda: np.insert(a, [0, 2], 9, axis=1))
attempt(lambda: np.insert(a, [1, 1], [5, 6], axis=1))
attempt(lambda: np.insert(a, 0, [1, 2, 3], axis=0))
attempt(lambda: np.insert(a, 2, 0))
attempt(lambda: np.insert(np.arange(5), [1, 3], [-1, -2]))
attempt(lambda: np.insert(np.arange(5), [3, 1], [-1, -2]))
attempt(lambda: np.insert(np.arange(5), slice(1, 3), [7, 8]))
attempt(lambda: np.insert(np.arange(5), 5, 10))
attempt(lambda: np.insert(np.arange(5), -1, 10))
attempt(lambda: np.insert(np.arange(5), 6, 10))
attempt(lambda: np.insert(np.arange(5), 2, 2.5))
attempt(lambda: np.insert(a, 0, 1, axis=-3))
attempt(lambda: np.delete(np.arange(5), 5))
attempt(lambda: np.delete(np.arange(5), -1))
attempt(lambda: np.delete(np.arange(5), [0, 0, 2]))
attempt(lambda: np.delete(a, [True, False, True], axis=1))
attempt(lambda: np.delete(a, [True, False], axis=1))
attempt(lambda: np.delete(a, slice(None, None, 2), axis=1))
attempt(lambda: np.delete(a, 0, axis=-3))
attempt(lambda: np.swapaxes(a, 0, 2))
attempt(lambda: a.swapaxes(-3, 1))
