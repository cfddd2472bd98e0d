import numpy as np

def show(x):
    print(repr(x), type(x).__name__)

show(np.array([200, 100, 255], dtype=np.uint8).sum())
show(np.array([-100, -100], dtype=np.int8).sum())
show(np.array([2**31 - 1, 1], dtype=np.int32).sum())
show(np.array([True, True, False]).sum())
show(np.array([0.5, 0.25], dtype=np.float32).sum())
show(np.array([0.5, 0.25], dtype=np.float16).sum())
show(np.array([1, 2], dtype=np.uint16).sum())
show(np.array([1, 2], dtype=np.uint32).sum())
show(np.array([1, 2], dtype=np.int16).sum())
show(np.array([200, 100], dtype=np.uint8).sum(dtype=np.uint8))
show(np.array([1, 2], dtype=np.int32).sum(dtype=np.float32))
show(np.array([[200, 100], [50, 60]], dtype=np.uint8).sum(axis=0)[0])
print(np.array([[1, 2]], dtype=np.uint8).sum(axis=1).dtype, np.array([[1, 2]], dtype=np.int8).sum(axis=0).dtype)
print(np.array([True, False]).sum(axis=0).dtype, np.array([[True]]).sum(axis=1).dtype)
print(np.cumsum(np.array([1], dtype=np.uint8)).dtype, np.prod(np.array([1], dtype=np.int16)).dtype)
print(np.zeros(3, dtype=np.float32).sum().dtype, np.zeros(3, dtype=np.float16).mean().dtype)
