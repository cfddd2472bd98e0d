import numpy as np

t, f = np.True_, np.False_
print(repr(t), repr(f), str(t), t, f)
print(repr(t & f), repr(t | f), repr(t ^ t), repr(~t), repr(~f))
print(not t, not f, bool(t), int(t), float(f))
print(t is np.bool_(True), f is np.bool_(0), np.bool_(5) is t)
print(repr(t + t), repr(t * 3), repr(t + 0.5))
print(repr(np.array([1, 2]) > 1), repr((np.array([1, 2]) > 1)[1]))
print(type(t).__name__, t.dtype, repr(np.bool_(np.int64(0))))
print(repr(np.logical_not(t)), repr(np.logical_and(t, f)))
print('yes' if np.array([3])[0] > 2 else 'no')
print(repr(np.all([t, t])), repr(np.any([f, f])))
print(t == 1, f == 0, repr(t == np.True_))
