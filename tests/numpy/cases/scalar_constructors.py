import numpy as np

for v in [np.float32(1.5), np.float64(2), np.int64(3), np.uint8(255), np.int8(-5), np.bool_(1), np.float16(0.5),
          np.int16(-300), np.int32(7.9), np.uint16(65535), np.uint32(1), np.float32('1.25'), np.int64('42'),
          np.float64('inf'), np.bool_(0), np.bool_('x'), np.float32(np.float64(0.1)), np.int8(np.int64(5))]:
    print(repr(v), type(v).__name__)
print(repr(np.float64()), repr(np.int64()), repr(np.bool_()))
print(repr(np.uint8(np.float64(3.7))), repr(np.int32(-2.9)))
print(repr(np.float32(1) / np.float32(3)))
try:
    np.uint8(256)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    np.int8(-129)
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(np.array(300).astype(np.uint8)), repr(np.int64(300).astype(np.uint8)))
