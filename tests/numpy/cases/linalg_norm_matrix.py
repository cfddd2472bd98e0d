import numpy as np

m = np.array([[3.0, 4.0], [6.0, 8.0], [0.0, 0.0]])
print(repr(np.linalg.norm(m)), repr(np.linalg.norm(m, 'fro')))
print(repr(np.linalg.norm(m, axis=1)), repr(np.linalg.norm(m, axis=0)))
print(repr(np.linalg.norm(m, axis=1, keepdims=True)), repr(np.linalg.norm(m, axis=-1)))
print(repr(np.linalg.norm(m, ord=1, axis=1)), repr(np.linalg.norm(m, ord=np.inf, axis=1)))
print(repr(np.linalg.norm(m, ord=1)), repr(np.linalg.norm(m, ord=np.inf)))
t = np.arange(24, dtype=np.float64).reshape(2, 3, 4)
print(repr(np.round(np.linalg.norm(t, axis=-1), 6)))
print(repr(np.round(np.linalg.norm(t, axis=(1, 2)), 6)))
e = np.array([[1, 2], [2, 4]])
unit = e / np.linalg.norm(e, axis=1, keepdims=True)
print(repr(np.round(unit, 6)), np.allclose(np.linalg.norm(unit, axis=1), 1.0))
