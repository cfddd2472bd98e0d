import copy

import numpy as np

# copy.copy and copy.deepcopy of arrays (the data is copied, the layout
# kept) and of NumPy scalars (an equal scalar).
arr = np.arange(6.0).reshape(2, 3)
c = copy.copy(arr)
c[0, 0] = 99
print(arr[0, 0], c[0, 0], type(c).__name__, c.dtype, c.shape)
d = copy.deepcopy({"a": arr, "s": np.float32(1.5), "i": np.int64(7), "b": np.bool_(True),
                   "u": np.uint8(200), "l": [arr[0], arr[0]]})
print(d)
print(type(d["s"]).__name__, d["s"], d["i"], type(d["i"]).__name__, d["s"] + 1)
d["a"][1, 1] = -5
print(arr[1, 1], d["a"][1, 1])
v = arr[:, 1]
cv = copy.copy(v)
print(repr(cv), cv.flags["C_CONTIGUOUS"], cv.flags["OWNDATA"])
f = arr.T
print(copy.copy(f).flags["F_CONTIGUOUS"], copy.deepcopy(f).flags["F_CONTIGUOUS"])
r = np.arange(3)
r.flags.writeable = False
print(copy.copy(r).flags.writeable, copy.deepcopy(r).flags.writeable)
print(repr(copy.deepcopy(np.array(5))), repr(copy.copy(np.float32(2.5))))
print(repr(arr.__copy__()), repr(arr.__deepcopy__({})), repr(np.float32(1.5).__deepcopy__({})))
b = np.array([True, False])
e = copy.deepcopy([b, b])
print(e[0] is e[1], e[0] is b, repr(e[0]))
k = copy.deepcopy(np.arange(6, dtype=np.int16)[::2])
print(repr(k), k.flags["C_CONTIGUOUS"])
