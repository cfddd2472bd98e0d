# np.binary_repr (two's complement with a width) and np.base_repr.
import numpy as np
for n, w in [(10, None), (10, 8), (0, None), (0, 4), (-1, None), (-1, 4), (-3, None), (-3, 5), (-4, None), (-4, 3), (-5, 8), (-128, 8), (-129, 8), (255, 8), (5, 2), (np.int64(6), None), (np.uint8(200), 10), (-8, 4), (-8, 3), (-9, 4), (-2, 1), (-1, 1)]:
    try:
        print(n, w, repr(np.binary_repr(n, width=w)))
    except ValueError as e:
        print("ValueError", e)
for n, b, p in [(255, 16, 0), (0, 2, 0), (0, 2, 3), (-10, 3, 0), (10, 2, 2), (35, 36, 0), (-0, 10, 1), (7, 37, 0), (7, 1, 0), (np.int32(100), 8, 0), (-7, 2, 3)]:
    try:
        print(n, b, p, repr(np.base_repr(n, b, p)))
    except ValueError as e:
        print("ValueError", e)
