# NumPy's scalar types are registered in the numbers tower (numbers imported
# first here; misc_numbers_tower_after.py imports numpy first).
import numbers
import numpy as np
for v in (np.float32(1), np.float64(1), np.int64(1), np.uint8(3), np.bool_(True), np.float16(2), 1, 1.5, True):
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Real),
          isinstance(v, numbers.Integral), isinstance(v, numbers.Complex))
a = np.arange(10) * 10
