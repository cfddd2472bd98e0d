import numpy as np

print(repr(np.square(np.arange(4))), repr(np.reciprocal(np.array([1.0, 2.0, 4.0]))))
print(repr(np.negative(np.array([1, -2]))), repr(np.cbrt(np.array([8.0, -27.0]))))
print(repr(np.hypot(np.array([3.0, 5.0]), np.array([4.0, 12.0]))))
print(repr(np.add.reduce(np.arange(5))), repr(np.multiply.reduce(np.arange(1, 6))))
print(repr(np.add.accumulate(np.arange(5))))
print(np.add.__name__, np.sqrt.nin, np.add.nin, np.add.nout)
print(repr(np.heaviside(np.array([-1.0, 0.0, 2.0]), 0.5)))
print(repr(np.gcd(np.array([12, 18]), 8)), repr(np.lcm(np.array([4, 6]), 10)))
print(repr(np.diff(np.array([1, 4, 9, 16]))), repr(np.diff(np.array([[1, 2], [5, 9]]), axis=0)))
