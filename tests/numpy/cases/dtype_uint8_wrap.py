import numpy as np

a = np.array([0, 1, 100, 200, 255], dtype=np.uint8)
print(repr(a + 100))
print(repr(a - 1))
print(repr(a * 2))
print(repr(-a))
print(repr(a + a))
print(repr(255 - a))
print(repr(a // 3), repr(a % 7))
print(repr(a.astype(np.int16) + 100))
print(repr(np.array([-128, -1, 127], dtype=np.int8) * -1))
print(repr(np.abs(np.array([-128, -5, 5], dtype=np.int8))))
with np.errstate(over='ignore'):
    print(repr(np.uint8(0) - np.uint8(1)))
    print(repr(np.uint8(255) + np.uint8(1)))
b = a.copy()
b += 250
print(repr(b))
b -= 255
print(repr(b))
c = np.array([16, 32], dtype=np.uint8)
print(repr(c * c), repr(c ** 2))
print(repr(np.array([200], dtype=np.uint8) + np.array([100], dtype=np.uint8)))
print(repr(np.array([1, 2], dtype=np.uint8) - np.array([2, 1], dtype=np.uint8)))
