import numpy as np

def show(x):
    print(x.dtype, repr(x))

show(np.array([1, 2, 3]) / np.array([2, 2, 2]))
show(np.array([1, 2, 3], dtype=np.int32) / np.array([3, 3, 3], dtype=np.int32))
show(np.array([7, -7], dtype=np.int8) / np.int8(2))
show(np.array([7, 9], dtype=np.uint8) / np.array([2, 4], dtype=np.uint8))
show(np.array([1.0, 2.0], dtype=np.float32) / 3)
show(np.array([1.0, 2.0], dtype=np.float16) / np.array([3.0, 3.0], dtype=np.float16))
show(np.array([True, False]) / np.array([True, True]))
show(np.array([6, 4]) / 2)
show(np.array([1, 2]) / 2.0)
show(np.array([1, 2], dtype=np.int16) / np.float32(2))
with np.errstate(divide='ignore', invalid='ignore'):
    show(np.array([1, -1, 0]) / 0)
    show(np.array([1.0, -1.0, 0.0]) / np.array([0.0, 0.0, 0.0]))
    show(np.array([1.0, -1.0]) / np.array([-0.0, -0.0]))
print(repr(np.int64(1) / np.int64(3)))
print((np.arange(5) / 3).tolist())
