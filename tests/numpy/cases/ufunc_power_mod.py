import numpy as np

print(repr(np.power(np.array([2, 3, 4]), 2)), repr(np.power(np.array([2, 3, 4]), np.array([3, 2, 0]))))
print(repr(np.power(2, np.arange(8))), repr(np.power(np.array([2.0, 9.0]), 0.5)))
with np.errstate(invalid='ignore'):
    print(repr(np.power(np.array([-2.0, -8.0]), 0.5)))
print(repr(np.power(np.array([-2.0, -3.0]), 2)), repr(np.power(np.array([-2, -3]), 3)))
print(repr(np.power(np.array([2], dtype=np.uint8), 9)), repr(np.power(np.array([1.5], dtype=np.float32), 2)))
print(repr(np.mod(np.array([7, -7, 7, -7]), np.array([3, 3, -3, -3]))))
print(repr(np.remainder(np.array([7.5, -7.5]), 2)), repr(np.mod(np.array([5.0, -5.0]), -3)))
print(repr(np.mod(np.arange(-4, 5), 4)))
print(repr(np.mod(np.array([1.0, -0.0]), 1.0)), repr(np.mod(np.array([-1e-20]), 1.0)))
print(repr(np.float_power(np.array([2, 3]), 2)))
print(repr(np.power(np.array([0.0, 1.0, 2.0]), 0)), repr(np.power(np.array([1, 2], dtype=np.int8), 0)))
