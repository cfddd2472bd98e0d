import numpy as np

v = np.array([3.0, 4.0])
print(repr(np.linalg.norm(v)), type(np.linalg.norm(v)).__name__)
print(repr(np.linalg.norm(np.array([3, 4]))), repr(np.linalg.norm(np.array([1, 2, 2]))))
print(repr(np.linalg.norm(v, ord=1)), repr(np.linalg.norm(v, ord=np.inf)), repr(np.linalg.norm(v, ord=2)))
print(repr(np.linalg.norm(np.zeros(3))), repr(np.linalg.norm(np.array([-5.0]))))
print(repr(np.linalg.norm(np.array([1.0, 1.0]))))
print(repr(np.linalg.norm(np.array([3, 4], dtype=np.float32))), np.linalg.norm(np.array([3, 4], dtype=np.float32)).dtype)
print(repr(np.linalg.norm(np.array([6, 8], dtype=np.uint8))))
print(repr(np.linalg.norm(np.array([np.inf, 1.0]))), repr(np.linalg.norm(np.array([np.nan, 1.0]))))
print(repr(np.linalg.norm(np.array([0.5, 0.5, 0.5, 0.5]))))
