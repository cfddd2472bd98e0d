import numpy as np

a = np.arange(5)
a += 1
print(repr(a))
a *= 2
print(repr(a))
a -= np.array([1, 1, 1, 1, 1])
print(repr(a))
a //= 2
print(repr(a))
a %= 3
print(repr(a))
a **= 2
print(repr(a))
f = np.arange(4, dtype=np.float64)
f /= 2
print(repr(f))
f += 1.5
print(repr(f))
try:
    a += 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    a /= 2
except Exception as e:
    print(type(e).__name__, e)
print(repr(a))
u = np.array([250, 5], dtype=np.uint8)
u += 10
print(repr(u))
try:
    u += 300
except Exception as e:
    print(type(e).__name__, e)
u += np.array([1, 1], dtype=np.int64).astype(np.uint8)
print(repr(u))
g = np.ones(3, dtype=np.float32)
g += 1e-8
print(repr(g), g.dtype)
g *= np.float64(2)
print(repr(g), g.dtype)
b = np.array([True, False])
b |= np.array([False, True])
print(repr(b))
i = np.arange(3)
i += np.array([True, False, True])
print(repr(i))
