import numpy as np

print(repr(np.sqrt(np.array([0.0, 1.0, 4.0, 9.0, 2.0, 0.25]))))
print(np.sqrt(np.array([2.0, 3.0, 5.0, 10.0])).tolist())
print(repr(np.sqrt(np.array([2.0, 3.0], dtype=np.float32))), np.sqrt(np.array([2.0], dtype=np.float32)).tolist())
print(repr(np.sqrt(np.array([4, 16, 2]))), np.sqrt(np.array([4])).dtype)
print(repr(np.sqrt(np.array([4, 2], dtype=np.uint8))), np.sqrt(np.array([4], dtype=np.uint8)).dtype)
print(np.sqrt(np.array([4], dtype=np.int8)).dtype, np.sqrt(np.array([4], dtype=np.int16)).dtype, np.sqrt(np.array([4], dtype=np.int32)).dtype)
print(np.sqrt(np.array([True])).dtype, np.sqrt(np.array([4], dtype=np.uint16)).dtype)
with np.errstate(invalid='ignore'):
    print(repr(np.sqrt(np.array([-1.0, -0.0, np.inf, np.nan]))))
print(repr(np.sqrt(np.float64(2))), repr(np.sqrt(np.float32(2))), repr(np.sqrt(16)))
print(repr(np.sqrt(np.arange(6).reshape(2, 3))))
print(repr(np.sqrt(np.array([1e-300, 1e300]))))
print(repr(np.square(np.array([1.5, -2.0]))), repr(np.square(np.array([3, -4], dtype=np.int8))))
