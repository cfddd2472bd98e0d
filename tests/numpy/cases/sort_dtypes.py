import numpy as np

for dt in ['uint8', 'int8', 'int16', 'int32', 'int64', 'uint16', 'uint32', 'float16', 'float32', 'float64']:
    a = np.array([5, 0, 3, 100, 7, 1], dtype=dt)
    s = np.sort(a)
    print(dt, repr(s), repr(np.argsort(a)), s.dtype)
b = np.array([1, 0, 1, 0, 1], dtype=bool)
print(repr(np.sort(b)), repr(np.argsort(b, kind='stable')))
n = np.array([-3, 2, -1, 0], dtype=np.int8)
print(repr(np.sort(n)), repr(np.sort(n.astype(np.uint8))))
