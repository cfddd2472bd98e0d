import numpy as np

for dt in ['bool', 'uint8', 'int8', 'int16', 'int32', 'int64', 'uint16', 'uint32', 'float16', 'float32', 'float64']:
    a = np.array([1, 0, 1], dtype=dt)
    print(repr(a), '|', a, '|', repr(np.array(1, dtype=dt)))
print(repr(np.array([1, 2], dtype=np.uint64)))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.int32)))
print(repr(np.zeros((2, 3), dtype=np.int16)))
