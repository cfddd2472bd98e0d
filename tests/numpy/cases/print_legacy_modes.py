# np.set_printoptions(legacy=...): scripts moving to NumPy 2 ask for 1.25's
# scalar reprs (0.5, not np.float64(0.5)); 2.1 drops the shape of
# summarised arrays and uses one exponent cutoff for every float type.
import numpy as np
np.set_printoptions(legacy="1.25")
print([np.float64(0.5), np.int64(3), np.float32(1.25), np.bool_(True)], repr(np.uint8(7)), {"a": np.float64(1.5)})
print(repr(np.array([1.5, 2.0])), np.array([1.0, 2.5]), repr(np.float64(2.0)), str(np.float32(0.1)))
print(np.get_printoptions()["legacy"])
np.set_printoptions(legacy=False)
print([np.float64(0.5), np.int64(3)], np.get_printoptions()["legacy"])
with np.printoptions(legacy="1.25"):
    print((np.float32(3.0), np.int8(-1)))
print((np.float32(3.0), np.int8(-1)))
np.set_printoptions(legacy="2.1")
print(np.array([1.0, 2.5]), repr(np.array([0.0, 1.5])), [np.float64(0.5)], np.array([1e-10, 1.0]))
print(repr(np.arange(2000)), np.array([1e7, 1.0], dtype=np.float32))
np.set_printoptions(legacy=False)
print(repr(np.arange(2000)), np.array([1e7, 1.0], dtype=np.float32), np.get_printoptions()["legacy"])
