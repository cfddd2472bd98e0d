import numpy as np

def show(x):
    print(x.dtype, repr(x))

show(np.concatenate([np.array([1], dtype=np.uint8), np.array([-1], dtype=np.int8)]))
show(np.concatenate([np.array([1.5], dtype=np.float32), np.array([2], dtype=np.int64)]))
show(np.concatenate([np.array([True]), np.array([2])]))
show(np.concatenate([np.array([1], dtype=np.uint8), np.array([300], dtype=np.uint16)]))
show(np.stack([np.array([1], dtype=np.float16), np.array([2], dtype=np.float32)]))
show(np.stack([[1, 2], [3, 4]]))
show(np.vstack([np.array([1], dtype=np.int32), np.array([2.5], dtype=np.float32)]))
show(np.hstack([np.array([1], dtype=np.uint8), [2]]))
show(np.concatenate([np.array([1], dtype=np.uint8), [256]]))
show(np.concatenate([np.array([1.0], dtype=np.float32), [0.1]]))
show(np.concatenate([np.array([1], dtype=np.int16), np.array([1], dtype=np.uint16)], dtype=np.int64))
