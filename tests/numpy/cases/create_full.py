import numpy as np

print(repr(np.full((2, 2), 7)))
print(repr(np.full(3, 2.5)))
print(repr(np.full((2,), 255, dtype=np.uint8)))
print(repr(np.full((2, 3), True)))
print(repr(np.full((2, 3), np.nan)))
print(repr(np.full((1, 2), -np.inf, dtype=np.float32)))
print(repr(np.full((3,), 1.9, dtype=np.int32)))
print(repr(np.full((), 4)))
print(repr(np.full((2, 2), 114, dtype=np.uint8)))
print(repr(np.full(0, 5)))
print(np.full((2, 2), 7).dtype, np.full((2,), 7.0).dtype, np.full(2, False).dtype)
print(repr(np.full((2, 3), [1, 2, 3])))
