import numpy as np

a = np.array(2)
for r in [a + 1, a * np.float32(1.5), np.array(2.5) ** 2, a == 2, -a, np.sqrt(np.array(4.0)), np.abs(np.array(-3))]:
    print(repr(r), type(r).__name__)
print(repr(np.sum(np.arange(4))), repr(np.mean(np.arange(4))), repr(np.max(np.arange(4))))
b = np.arange(3)
print(repr(b[0] + b[1]), type(b[0] + b[1]).__name__)
print(repr(np.float32(1.5) * np.array([2.0], dtype=np.float32)))
print(float(np.array(1.5)), int(np.array(7)), bool(np.array(True)))
print(repr(np.add(1, 2)), repr(np.multiply(2.0, 3)), repr(np.maximum(1, 2.5)))
print(repr(np.clip(5, 0, 3)), repr(np.where(True, 1, 2)), repr(np.round(2.675, 2)))
print(repr(np.float64(3) * np.arange(2)), repr(np.int8(3) * np.arange(2, dtype=np.int8)))
