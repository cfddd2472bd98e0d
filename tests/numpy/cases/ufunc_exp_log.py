import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

x = np.array([0.0, 0.5, 1.0, 2.0, -1.0, 10.0])
print(repr(r6(np.exp(x))))
print(repr(r6(np.log(np.array([1.0, 2.0, 10.0, 0.5, 100.0])))))
print(repr(r6(np.log2(np.array([1.0, 2.0, 8.0, 10.0, 0.25])))))
print(repr(r6(np.log10(np.array([1.0, 10.0, 1000.0, 2.0, 0.01])))))
print(np.exp(0.0), np.log(1.0), np.isclose(np.log2(8.0), 3.0), np.isclose(np.log10(100.0), 2.0))
with np.errstate(divide='ignore', invalid='ignore'):
    print(repr(np.log(np.array([0.0, -1.0, np.inf]))))
    print(repr(np.log2(np.array([0.0]))), repr(np.log10(np.array([-0.0]))))
with np.errstate(over='ignore'):
    print(repr(np.exp(np.array([1000.0, -1000.0, np.inf, -np.inf]))))
print(np.exp(np.array([1, 2])).dtype, np.log(np.array([1], dtype=np.uint8)).dtype, np.exp(np.array([1], dtype=np.int16)).dtype)
print(repr(r6(np.exp(np.arange(3)))), repr(r6(np.log(np.arange(1, 4)))))
print(repr(r6(np.log1p(np.array([0.0, 1e-10, 1.0])))), repr(r6(np.expm1(np.array([0.0, 1e-10])) * 1e10)))
print(np.allclose(np.exp(np.log(np.array([0.5, 3.0, 7.0]))), [0.5, 3.0, 7.0]))
