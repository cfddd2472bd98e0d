import numpy as np

def show(x):
    print(repr(x), type(x).__name__)

show(np.uint8(200) + 100)
show(np.uint8(200) + 55)
show(np.uint8(3) * 2)
show(np.float32(1.5) * 2)
show(np.float32(1.5) * 2.0)
show(np.float32(1.5) + np.float64(1.0))
show(np.int8(100) + np.int8(100))
show(np.int32(5) + np.int64(5))
show(np.int64(3) + 1.5)
show(np.uint8(3) + np.int8(3))
show(np.int16(7) * 3)
show(np.float16(1.5) + 1)
show(np.float16(1.5) + np.float32(1))
show(np.int32(7) / 2)
show(np.int8(7) // 2)
show(np.uint16(1) - 2)
show(2 * np.float32(0.1))
show(1 + np.int8(1))
show(np.bool_(True) + 1)
show(np.bool_(True) + np.bool_(True))
show(np.uint32(1) + np.int32(1))
show(np.uint64(1) + np.int64(1))
try:
    show(np.uint8(200) + 300)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    show(np.int8(1) + 1000)
except OverflowError as e:
    print(type(e).__name__, e)
