import numpy as np

print(repr(np.int8(127) + np.int8(1)))
print(repr(np.uint8(200) + np.uint8(100)))
print(repr(np.int64(2**63 - 1) + np.int64(1)))
print(repr(np.int32(-2**31) - np.int32(1)))
print(repr(np.uint16(0) - np.uint16(1)))
print(repr(np.float32(1e38) * np.float32(10)))
print(repr(np.float16(60000) + np.float16(10000)))
print(repr(np.int8(-128) // np.int8(-1)))
print(repr(np.int64(-2**63) // np.int64(-1)))
print(repr(abs(np.int64(-2**63))))
print(repr(np.uint8(3) * np.uint8(100)))
print(repr(np.int16(200) * np.int16(200)))
with np.errstate(over='raise'):
    try:
        np.int8(127) + np.int8(1)
    except FloatingPointError as e:
        print(type(e).__name__, e)
