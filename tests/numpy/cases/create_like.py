import numpy as np

a = np.arange(6, dtype=np.int32).reshape(2, 3)
print(repr(np.zeros_like(a)))
print(repr(np.ones_like(a)))
print(repr(np.full_like(a, 7)))
print(repr(np.full_like(a, 2.9)))
print(repr(np.zeros_like(a, dtype=np.float32)))
print(repr(np.ones_like(a, dtype=bool)))
f = np.array([1.5, 2.5])
print(repr(np.full_like(f, 0.25)))
print(repr(np.zeros_like(f)))
e = np.empty_like(a)
print(e.shape, e.dtype)
e.fill(3)
print(repr(e))
e2 = np.empty_like(f, dtype=np.uint8)
e2[:] = 200
print(repr(e2))
t = np.arange(6).reshape(2, 3).T
z = np.zeros_like(t)
print(z.shape, z.strides)
print(repr(np.ones_like(np.array(5.0))))
print(repr(np.zeros_like(np.zeros((0, 2)))))
