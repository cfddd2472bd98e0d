import numpy as np

t = np.array([True, True, False, False])
f = np.array([True, False, True, False])
print(repr(t + f))
print(repr(t * f))
print(repr(t & f), repr(t | f), repr(t ^ f))
print(repr(~t))
print(repr(t + 1), (t + 1).dtype)
print(repr(t * 1.5))
print(repr(t.sum()), type(t.sum()).__name__)
print(repr(np.True_ + np.True_), repr(np.True_ * np.False_))
print(repr(t + np.uint8(1)), (t + np.uint8(1)).dtype)
print(repr(t.astype(int) - f.astype(int)))
print(repr(np.logical_and(t, f)), repr(np.logical_or(t, f)), repr(np.logical_not(t)), repr(np.logical_xor(t, f)))
try:
    print(t - f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-t)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(t.mean()))
print(repr(np.array([1, 0, 2]) > 0), repr((np.array([1, 0, 2]) > 0).astype(np.uint8)))
