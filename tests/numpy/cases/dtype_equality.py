import numpy as np

d = np.dtype('float32')
print(d == 'float32', d == np.float32, d == 'f4', d != 'float64', d == np.float64)
a = np.zeros(3, dtype=np.uint8)
print(a.dtype == np.uint8, a.dtype == 'uint8', a.dtype == 'u1', a.dtype == np.int8)
print(np.dtype('int64') == int, np.dtype('float64') == float, np.dtype('bool') == bool)
print(a.dtype in (np.float32, np.float64), a.dtype in (np.uint8, np.int8))
print(np.dtype('int32') == np.dtype('i4'), np.dtype('int32') == np.dtype('int64'))
print(np.zeros(1).dtype == np.zeros(1, dtype=np.float32).dtype)
print(np.dtype('float16') == 'half', np.dtype('float64') == 'double')
x = np.ones(2)
if x.dtype == np.float64:
    print('float64 branch')
print(np.float32 == np.dtype('float32'))
print(np.dtype(np.uint16) == np.uint16)
