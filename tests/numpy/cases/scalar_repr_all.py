import numpy as np

types = [np.bool_, np.uint8, np.int8, np.int16, np.int32, np.int64, np.uint16, np.uint32, np.uint64, np.float16, np.float32, np.float64]
for t in types:
    v = t(1)
    z = t(0)
    print(t.__name__, repr(v), repr(z), str(v))
for v in [0.1, 1 / 3, 1e-5, 123456.789, 1e16, 1e-100, 2.5, 100.0]:
    print(repr(np.float64(v)), repr(np.float32(v)), repr(np.float16(v)))
print(repr(np.float32(np.pi)), repr(np.float16(np.pi)), repr(np.float64(np.e)))
