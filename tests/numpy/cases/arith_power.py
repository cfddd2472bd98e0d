import numpy as np

a = np.array([1, 2, 3, 4])
print(repr(a ** 2), repr(a ** 0), repr(2 ** a), repr(a ** a))
print(repr(a ** 0.5))
print(repr(np.array([4.0, 9.0, 2.25]) ** 0.5))
print(repr(np.array([2.0, -2.0]) ** 3), repr(np.array([2.0, 4.0]) ** -1))
print(repr(np.array([1.5, 2.5], dtype=np.float32) ** 2))
print(repr(np.power(a, 3)), repr(np.power(2.0, a)))
print(repr(np.array([16, 17], dtype=np.uint8) ** 2))
print(repr(np.array([0, 0.0]) ** 0))
print(repr(np.array([2, 3], dtype=np.int8) ** 7))
try:
    print(a ** -1)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(a ** -1.0))
print(repr(np.array([-8.0]) ** (1 / 3)))
print(repr(np.array([0.0, -0.0]) ** -1))
print(repr(np.float32(2) ** 10), repr(np.int64(2) ** 62))
print(repr(np.array([10]) ** 20))
