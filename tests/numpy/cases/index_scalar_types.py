import numpy as np

for dt in ['bool', 'uint8', 'int8', 'int16', 'int32', 'int64', 'uint16', 'uint32', 'float16', 'float32', 'float64']:
    a = np.array([1, 0], dtype=dt)
    x = a[0]
    print(dt, repr(x), type(x).__name__, str(x))
a = np.arange(6).reshape(2, 3)
print(repr(a[np.int64(1), np.int64(2)]), repr(a[np.int32(-1)]))
print(repr(a[1][np.uint8(0)]))
l = [10, 20, 30]
print(l[np.int64(1)], l[np.arange(3)[2]])
print('abc'[np.int32(1)])
print(range(10)[np.int64(3)])
print((1, 2, 3)[np.uint8(0)])
