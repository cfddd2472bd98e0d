import numpy as np

a = np.arange(2000)
print(repr(a))
print(a)
print(repr(np.arange(1001)))
print(repr(np.arange(1000)[:20]))
b = np.arange(2500).reshape(50, 50)
print(repr(b))
print(b)
c = np.arange(3000, dtype=np.float64).reshape(10, 10, 30) / 4
print(repr(c))
print(repr(np.zeros(1200, dtype=np.uint8)))
print(repr(np.arange(1500) % 2 == 0))
print(repr(np.arange(1000).reshape(10, 100)))
