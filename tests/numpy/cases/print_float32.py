import numpy as np

a = np.array([0.1, 0.2, 0.3, 1 / 3], dtype=np.float32)
print(repr(a))
print(a)
print(repr(np.array([1.0, 2.0], dtype=np.float32)), np.array([1.0, 2.0], dtype=np.float32))
print(repr(np.array([[0.5, -1.25], [3.0, 1e-3]], dtype=np.float32)))
print(repr(np.array([16777217.0], dtype=np.float32)), repr(np.array([1e-8, 1.0], dtype=np.float32)))
print(repr(np.array(0.1, dtype=np.float32)), str(np.array(0.1, dtype=np.float32)))
print(repr(np.arange(0, 1, 0.1, dtype=np.float32)))
print(repr(np.array([np.pi], dtype=np.float32)), repr(np.array([np.e, 100.0], dtype=np.float32)))
print(repr(np.linspace(0, 1, 7, dtype=np.float32)))
print(repr(np.array([3.4028235e38, -3.4028235e38], dtype=np.float32)))
