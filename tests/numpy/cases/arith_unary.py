import numpy as np

a = np.array([-2, -1, 0, 1, 2])
print(repr(-a), repr(+a), repr(abs(a)), repr(np.abs(a)), repr(np.negative(a)), repr(np.positive(a)))
f = np.array([-1.5, -0.0, 0.0, 2.5, -np.inf, np.nan])
print(repr(-f), repr(abs(f)), repr(np.abs(f)))
print(repr(np.abs(np.array([-128, 127], dtype=np.int8))))
print(repr(-np.array([1, 2], dtype=np.uint8)))
print(repr(abs(np.array([3, 4], dtype=np.uint16))))
print(repr(-np.float32(1.5)), repr(abs(np.int8(-128))), repr(-np.uint8(1)))
print(repr(np.abs(-0.0)), repr(-np.array(0.0)))
print(repr(np.fabs(np.array([-1, 2]))))
print(repr(abs(np.array([-1.25, 3.5], dtype=np.float16))))
print(repr(-np.arange(6).reshape(2, 3)))
