# A range indexes as the integer array it holds: wpe[range(n)] (picoGPT),
# reads and writes.
import numpy as np

a = np.arange(10) * 10
print(a[range(3)], a[range(8, 2, -2)])
b = np.zeros((3, 4))
b[range(3), range(3)] = 1
b[:, range(3, 4)] = 7
print(b)
wpe = np.arange(12).reshape(6, 2)
print(wpe[range(len([5, 6, 7]))])
