import numpy as np

for spec in ['float32', np.int16, float, int, bool, 'u1', 'i8', 'f4', '<f8', 'uint16', 'float16', np.uint32, 'int8', np.bool_]:
    d = np.dtype(spec)
    print(repr(d), str(d), d.name, d.itemsize, d.kind)
a = np.zeros(2, dtype=np.float32)
print(a.dtype, repr(a.dtype), a.dtype.name, a.dtype.itemsize)
print(np.dtype(np.dtype('int32')))
print(np.array([1]).dtype.char, np.dtype('float64').char, np.dtype('uint8').char)
print(np.dtype('float32').type is np.float32)
print(np.dtype('int64').type.__name__)
