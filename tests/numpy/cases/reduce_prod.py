import numpy as np

a = np.arange(1, 7).reshape(2, 3)
print(repr(a.prod()), repr(np.prod(a)), repr(a.prod(axis=0)), repr(a.prod(axis=1, keepdims=True)))
print(repr(np.arange(1, 30).prod()))
print(repr(np.array([200, 2], dtype=np.uint8).prod()), type(np.array([200, 2], dtype=np.uint8).prod()).__name__)
print(repr(np.array([100, 100], dtype=np.int8).prod()))
print(repr(np.zeros(0).prod()), repr(np.zeros(0, dtype=int).prod()))
print(repr(np.array([0.5, 4.0, -1.0]).prod()), repr(np.array([1.5, 2.0], dtype=np.float32).prod()))
print(repr(np.array([True, True]).prod()), repr(np.array([True, False]).prod()))
print(repr(np.array([2, 3]).prod(dtype=np.float64)))
print(repr(np.prod([[1, 2], [3, 4]], axis=0)))
print(repr(np.cumprod(np.array([1, 2, 3, 4]))), repr(np.cumprod(np.array([[1, 2], [3, 4]]), axis=1)))
print(repr(np.array([np.nan, 2.0]).prod()), repr(np.array([np.inf, 0.0]).prod()))
