import numpy as np

# view() of 0-d arrays and NumPy scalars to a dtype of the same itemsize
# (bit casts such as float32 -> int32 of one value).
print(repr(np.float32(1).view(np.int32)), repr(np.array(1.0, np.float32).view(np.int32)), np.array(1.0, np.float32).view(np.int32).shape)
print(repr(np.array([[1.0]], np.float32).view(np.int16)), repr(np.int64(-1).view(np.uint64)), repr(np.array(2.5).view(np.int64)))
for f in (lambda: np.array(1.0).view(np.int32), lambda: np.float64(1).view(np.int32)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
bits = np.array(0.1, dtype=np.float32).view(np.uint32)
print(hex(int(bits)), bits.ndim, (np.array([0.1], np.float32).view(np.uint32) == bits).all())
