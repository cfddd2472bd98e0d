import numpy as np

def show(x):
    print(x.dtype, repr(x))

show(np.array([1, 2], dtype=np.int8) * 2.5)
show(np.array([1.5], dtype=np.float32) + np.array([2], dtype=np.int64))
show(np.array([200], dtype=np.uint8) * np.array([1.5], dtype=np.float32))
show(np.array([3], dtype=np.int16) + np.array([0.5], dtype=np.float16))
show(np.array([True, False]) + np.array([250, 255], dtype=np.uint8))
show(np.array([1], dtype=np.int32) * np.array([1], dtype=np.uint32))
show(np.array([1], dtype=np.uint64) * np.array([1], dtype=np.int8))
show(np.array([1], dtype=np.float16) * np.array([1], dtype=np.uint8))
show(np.array([1], dtype=np.float16) * np.array([1], dtype=np.int32))
show(np.array([7], dtype=np.int8) // np.array([2], dtype=np.uint8))
show(np.array([7], dtype=np.uint8) % np.array([-2], dtype=np.int8))
show(np.array([1.5], dtype=np.float32) ** np.array([2], dtype=np.int8))
show(np.array([2], dtype=np.int8) ** np.array([2.0], dtype=np.float32))
show(np.array([1], dtype=np.uint16) - np.array([2], dtype=np.int16))
