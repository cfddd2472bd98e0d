import numpy as np

# dtype= on ufunc calls: the loop runs in that dtype (inputs cast as
# 'same_kind' allows, Python numbers weak), as NumPy 2 does.
u8 = np.array([250, 251, 100], dtype=np.uint8)
v8 = np.array([10, 10, 1], dtype=np.uint8)
print(repr(np.add(u8, v8)), repr(np.add(u8, v8, dtype=np.uint16)))
print(repr(np.add(u8, 1, dtype=np.float32)), repr(np.add(u8, 300, dtype=np.uint16)))
print(repr(np.multiply(u8, v8, dtype=np.int32)), repr(np.subtract(v8, u8, dtype=np.int16)))
print(repr(np.add(np.uint8(200), 1, dtype=np.float32)), repr(np.add(1, 2, dtype=np.int8)))
print(repr(np.add([1, 2], [3, 4], dtype="f4")), repr(np.add(np.int64([1]), 3, dtype=np.int8)))
print(repr(np.add(u8, 3.5, dtype=np.float32)), repr(np.add(np.float64([1]), 3, dtype=np.float32)))
print(repr(np.sqrt(np.arange(3), dtype=np.float32)), repr(np.negative(v8, dtype=np.int16)))
print(repr(np.divide(np.arange(3), 2, dtype=np.float32)))
print(repr(np.floor_divide(np.arange(3), 2, dtype=np.float32)))
print(repr(np.maximum(u8, v8, dtype=np.float64)), repr(np.exp(np.arange(2), dtype=np.float64)))
print(repr(np.less([1, 2], [2, 1.5], dtype=bool)), repr(np.isnan(np.ones(2), dtype=bool)))
print(repr(np.logical_and([1, 0], [1, 1], dtype=bool)))
print(repr(np.add(np.ones(2), 1, dtype=np.int32, casting="unsafe")))
# dtype= together with out= and where=
o = np.zeros(3, dtype=np.uint16)
print(repr(np.add(u8, v8, dtype=np.uint16, out=o)), repr(o))
o = np.full(3, -1.0, dtype=np.float32)
np.multiply(u8, 2, dtype=np.float32, out=o, where=[True, False, True])
print(repr(o))
# reduce and accumulate with dtype=
print(repr(np.add.reduce(u8, dtype=np.uint8)), repr(np.add.reduce(u8, dtype=np.float32)))
print(repr(np.add.accumulate(u8, dtype=np.uint16)))
for call in (lambda: np.add(np.ones(2), 1, dtype=np.int32),
             lambda: np.add(np.int64([1]), 3.5, dtype=np.int8),
             lambda: np.add(np.uint8([1]), 300, dtype=np.uint8),
             lambda: np.less([1, 2], [2, 1], dtype=np.int8),
             lambda: np.sqrt(np.arange(3, dtype=np.int8), dtype=np.int8),
             lambda: np.divide(np.arange(3), 2, dtype=np.int64),
             lambda: np.isnan(np.ones(2), dtype=float),
             lambda: np.add(np.ones(2), 1, casting="bogus")):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
