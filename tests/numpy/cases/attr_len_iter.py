import numpy as np

a = np.arange(6).reshape(3, 2)
print(len(a), len(a[0]), len(np.zeros((0, 5))))
for row in a:
    print(repr(row))
for x in np.array([1.5, 2.5], dtype=np.float32):
    print(repr(x), type(x).__name__)
print(list(np.arange(3)))
print([int(x) for x in np.arange(3)])
print(3 in np.arange(5), 7 in np.arange(5), [0, 1] in a)
print(bool(np.array([0])), bool(np.array([3])), bool(np.array(0.0)))
try:
    bool(np.arange(3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(np.array(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(np.array(5))
except TypeError as e:
    print(type(e).__name__, e)
x, y = np.array([10, 20])
print(x, y, type(x).__name__)
print(sum(np.arange(5)), max(np.array([3, 9, 2])), sorted(np.array([3, 1, 2])))
print(list(enumerate(np.array([7, 8]))))
print(list(zip(np.arange(2), np.array([0.5, 1.5]))))
