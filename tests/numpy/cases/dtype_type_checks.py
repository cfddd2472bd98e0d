import numpy as np

a = np.array([1.5, 2.5], dtype=np.float32)
print(a.dtype.type is np.float32, type(a[0]) is np.float32, type(a[0]).__name__)
print(isinstance(a[0], np.floating), isinstance(a[0], np.integer), isinstance(a[0], np.generic))
print(np.issubdtype(a.dtype, np.floating), np.issubdtype(a.dtype, np.integer))
print(np.issubdtype(np.uint8, np.integer), np.issubdtype(np.uint8, np.unsignedinteger), np.issubdtype(np.int8, np.signedinteger))
print(np.issubdtype(np.bool_, np.integer), np.issubdtype(np.float16, np.number))
b = np.arange(3)
print(type(b[0]).__name__, isinstance(b[0], np.int64), isinstance(b[0], int))
print(isinstance(np.float64(1.0), float), isinstance(np.float32(1.0), float))
print(type(np.array([True])[0]).__name__)
for t in (np.bool_, np.uint8, np.int8, np.int16, np.int32, np.int64, np.uint16, np.uint32, np.float16, np.float32, np.float64):
    print(t.__name__, np.dtype(t).name, np.dtype(t).itemsize)
