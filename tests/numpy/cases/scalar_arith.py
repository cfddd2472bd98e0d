import numpy as np

def show(x):
    print(repr(x), type(x).__name__)

show(np.float32(1.5) + 1)
show(np.int64(3) / 2)
show(np.int64(7) // 2)
show(np.int64(-7) // 2)
show(np.int64(-7) % 3)
show(np.float64(-7.5) % 2)
show(np.int32(2) ** 10)
show(np.float32(2) ** 0.5)
show(np.uint8(10) - np.uint8(3))
show(np.int64(5) * 1.0)
show(abs(np.float32(-2.5)))
show(-np.int16(4))
show(np.float64(1.5) * np.float32(2))
show(np.int8(3) * np.uint8(3))
show(3 - np.float32(0.5))
show(7 // np.int32(2))
show(2 ** np.int64(3))
show(np.float64(7) // np.float64(2))
with np.errstate(divide='ignore', invalid='ignore'):
    show(np.float64(1) / 0)
    show(np.int64(1) // 0)
    show(np.float32(0) / np.float32(0))
show(np.int64(5) > 3)
show(np.float32(0.5) == 0.5)
