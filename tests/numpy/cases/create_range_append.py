import numpy as np

# ranges as array input, alone and nested
print(repr(np.array(range(5))), repr(np.asarray(range(2, 10, 3), dtype=np.float32)))
print(repr(np.array([range(3), range(3, 6)])), repr(np.array(range(0))), repr(np.array([range(0)])))
print(repr(np.array(range(10, 0, -3))), repr(np.array(range(3), dtype=np.uint8)), repr(np.array([range(2), [5, 6.5]])))
print(repr(np.array((range(2), range(2, 4)), ndmin=3)))
try:
    np.array([range(2), range(3)])
except ValueError as e:
    print("ValueError", e)
try:
    np.array(range(300), dtype=np.int8)
except OverflowError as e:
    print("OverflowError", e)

# np.append with and without axis
print(repr(np.append([1, 2], [3, 4])), repr(np.append(np.arange(3), 2.5)), repr(np.append([], [1])))
print(repr(np.append(np.ones((2, 2)), [[5, 6]], axis=0)), repr(np.append(np.ones((2, 2), dtype=np.int8), [[5], [6]], axis=-1)))
print(repr(np.append(np.arange(4).reshape(2, 2), [[9, 9]])), repr(np.append(np.array([], dtype=np.uint8), np.array([], dtype=np.uint8))))
print(repr(np.append(np.array([1, 2], dtype=np.uint8), 3)), repr(np.append(5, [6, 7])))
try:
    np.append(np.ones((2, 2)), [1, 2], axis=0)
except ValueError as e:
    print("ValueError", e)
try:
    np.append(np.ones(2), [1], axis=1)
except Exception as e:
    print(type(e).__name__, e)
