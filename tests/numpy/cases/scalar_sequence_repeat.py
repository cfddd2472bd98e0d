# NumPy integers repeat Python sequences (through __index__), as in the
# padding idiom `[0] * (max_len - len(s))`; NumPy floats are refused.
import numpy as np

n = np.int64(3)
print([0] * n, n * [1, 2], (1,) * n, "ab" * np.int32(2), b"x" * np.uint8(2))
lst = [7]
lst *= n
print(lst)
max_len = np.array([3, 1]).max()
seqs = [[5, 6, 7], [8]]
print([s + [0] * (max_len - len(s)) for s in seqs])
print(n * 2, 2 * n, n * np.array([1, 2]), np.array(3) * [1, 2])
print("%d %i %u" % (np.float64(2.5), np.float32(-3.7), np.float16(1.5)), "%x %o" % (np.int64(255), np.uint8(8)))
try:
    np.float64(2.0) * [1]
except TypeError:
    print("TypeError")
