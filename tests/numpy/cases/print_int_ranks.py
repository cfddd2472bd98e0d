import numpy as np

for shape in [(), (3,), (2, 3), (2, 2, 3), (2, 1, 2, 2)]:
    a = np.arange(int(np.prod(shape))).reshape(shape) - 3
    print(repr(a))
    print(a)
    print(str(a) == a.__str__())
b = np.array([[1, 100], [-1000, 5]])
print(repr(b))
print(b)
