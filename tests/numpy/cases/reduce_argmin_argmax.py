import numpy as np

a = np.array([3, 9, 2, 9, 2])
print(repr(a.argmax()), repr(a.argmin()), repr(np.argmax(a)), repr(np.argmin(a)))
m = np.array([[1, 8, 3], [7, 2, 9], [4, 6, 5]])
print(repr(m.argmax()), repr(m.argmax(axis=0)), repr(m.argmax(axis=1)), repr(m.argmin(axis=-1)))
print(repr(np.argmax(m, axis=1, keepdims=True)), np.argmax(m, axis=0, keepdims=True).shape)
print(np.unravel_index(m.argmax(), m.shape))
print(np.unravel_index(np.array([0, 4, 8]), (3, 3)))
print(repr(np.ravel_multi_index((np.array([1, 2]), np.array([0, 2])), (3, 3))))
f = np.array([1.0, np.nan, 5.0, np.nan])
print(repr(f.argmax()), repr(f.argmin()), repr(np.nanargmax(f)), repr(np.nanargmin(f)))
print(repr(np.array([-0.0, 0.0]).argmax()), repr(np.array([np.inf, 1.0, np.inf]).argmax()))
print(repr(np.array([[5, 5], [5, 5]]).argmax(axis=0)))
print(repr(np.array([True, False, True]).argmax()), repr(np.array([False, False]).argmax()))
print(repr(np.array([0, 200, 255, 255], dtype=np.uint8).argmax()), repr(np.array([-1, -128], dtype=np.int8).argmin()))
print(type(a.argmax()).__name__, m.argmax(axis=0).dtype)
try:
    np.zeros(0).argmax()
except ValueError as e:
    print(type(e).__name__, e)
b = np.arange(24).reshape(2, 3, 4) % 7
print(repr(b.argmax(axis=1)), repr(b.argmin(axis=2)))
