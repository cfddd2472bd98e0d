import numpy as np

# elements reach the function as Python numbers
f = np.vectorize(lambda x: 1 if type(x) is int else 2 if type(x) is float else 3)
print(f(np.array([1, 2])), f(np.array([1.5])), f(np.array([True])))
g = np.vectorize(lambda x, y: x + y)
print(repr(g([1, 2], [[10], [20]])), repr(g(1, 2)), repr(g(np.array([1.5]), 1)))
h = np.vectorize(lambda x: x > 1, otypes=[float])
print(repr(h([1, 2, 3])), repr(np.vectorize(lambda x: x, otypes="d")([])))
print(repr(np.vectorize(lambda x: (x, x * 2))([1, 2])), repr(np.vectorize(lambda x, k=1: x * k)([1, 2], k=3)))
print(repr(np.vectorize(lambda x, k: x * len(k), excluded={"k"})([1, 2], k=[1, 2])))
print(repr(np.vectorize(lambda x: x * 0.5)(np.arange(6).reshape(2, 3))), repr(np.vectorize(lambda x: x, otypes=[np.uint8])([1, 2])))
try:
    np.vectorize(lambda x: x)([])
except ValueError as e:
    print("ValueError", e)

print(repr(np.r_[1:4, 0, np.array([7, 8])]), repr(np.r_[np.array([1, 2], dtype=np.int8), 3]), repr(np.r_[3]), repr(np.r_[0:1:0.25]))
print(repr(np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])]), repr(np.c_[np.ones((2, 2)), np.zeros((2, 1))]))
print(repr(np.r_[np.ones((1, 2)), np.zeros((1, 2))]), repr(np.c_[1:3]), repr(np.c_[np.array([1, 2]), 3:5, [7.5, 8]]))
print(repr(np.r_[[], [1]]), repr(np.r_[np.array([], dtype=int), np.array([1], dtype=int)]))
print(repr(np.mgrid[0:2, 0:3]), repr(np.ogrid[0:2, 0:3]), repr(np.mgrid[0:4]), repr(np.mgrid[0:1:0.5, 0:2]))
print(repr(np.mgrid[3:0:-1, 0:2]), repr(np.ogrid[0:3]), repr(np.mgrid[0:0, 0:2]), repr(np.ogrid[-1:1, 0:1.5:0.5]))
yy, xx = np.mgrid[0:3, 0:4]
print(yy.shape, xx.sum(), (yy * 4 + xx).ravel())
