import numpy as np

print(repr(np.array([])), str(np.array([])))
print(repr(np.zeros((0, 3))), str(np.zeros((0, 3))))
print(repr(np.zeros((2, 0))), str(np.zeros((2, 0))))
print(repr(np.zeros(0, dtype=np.int64)), repr(np.zeros(0, dtype=np.int32)), repr(np.zeros(0, dtype=np.float32)))
print(repr(np.zeros((0, 2, 3), dtype=np.uint8)))
print(repr(np.zeros((3, 0, 2))), str(np.zeros((3, 0, 2))))
print(repr(np.zeros(0, dtype=bool)), repr(np.zeros((1, 0), dtype=bool)))
print(repr(np.zeros((0,), dtype=np.float16)))
print(np.arange(5)[5:], np.arange(5)[5:].shape)
