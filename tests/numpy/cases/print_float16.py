import numpy as np

a = np.array([0.1, 0.5, 1.0, 1000.0], dtype=np.float16)
print(repr(a))
print(a)
print(repr(np.array([1.0, 2.0], dtype=np.float16)))
print(repr(np.array([0.333], dtype=np.float16)), repr(np.float16(0.333)))
print(repr(np.array([[1.5, -2.0], [0.25, 3.0]], dtype=np.float16)))
print(repr(np.array([65504.0, 6.1e-5], dtype=np.float16)))
print(repr(np.array(1.5, dtype=np.float16)), str(np.float16(2.5)), repr(np.float16(-0.0)))
print(repr(np.arange(5, dtype=np.float16) / 3))
