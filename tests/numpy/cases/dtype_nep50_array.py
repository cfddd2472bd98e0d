import numpy as np

u8 = np.array([10, 200, 255], dtype=np.uint8)
i8 = np.array([-1, 2, -128], dtype=np.int8)
i32 = np.array([1, 2, 3], dtype=np.int32)
i64 = np.array([1, 2, 3], dtype=np.int64)
f16 = np.array([0.5, 1.5, 2.5], dtype=np.float16)
f32 = np.array([0.5, 1.5, 2.5], dtype=np.float32)
u16 = np.array([1, 2, 3], dtype=np.uint16)
u64 = np.array([1, 2, 3], dtype=np.uint64)

def show(x):
    print(x.dtype, repr(x))

show(u8 + 1)
show(u8 * 2)
show(u8 + 1.5)
show(f32 * 2.0)
show(f32 + 1)
show(f32 + np.float64(2))
show(f32 + np.array(2.0))
show(i32 + i64)
show(u8 + i8)
show(u8 + u16)
show(i8 + u64)
show(f16 + i8)
show(f16 + i8.astype(np.int16))
show(i32 + f32)
show(u8 + np.int64(1))
show(u8 + np.uint8(1))
show(i8 - 1)
show(f16 * 2)
show(u8 / 5)
show(u8 > 100)
show(u8 == -1)
show(i8 < 300)
try:
    show(u8 + 300)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    show(u8 + (-1))
except OverflowError as e:
    print(type(e).__name__, e)
