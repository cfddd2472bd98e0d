import numpy as np

# np.where with Python numbers: they are weak (NEP 50) and take the
# array's dtype unchecked, wrapping as a cast does.
u8 = np.array([50, 150, 250], dtype=np.uint8)
print(repr(np.where(u8 > 100, u8, -1)), repr(np.where(u8 > 100, u8, 300)))
print(repr(np.where(u8 > 100, -1, u8)), repr(np.where(u8 > 100, u8, True)))
print(repr(np.where(u8 > 100, u8, 1.5)), repr(np.where(u8 > 100, u8, np.float32(1))))
print(repr(np.where(u8 > 100, np.int8(-1), u8)), repr(np.where(u8 > 100, 1, 2)))
print(repr(np.where(u8 > 100, 1.0, 2)), repr(np.where(True, 1, 2)))
i8 = u8.astype(np.int8)
print(repr(np.where(i8 > 0, i8, 200)), repr(np.where(i8 > 0, i8, -129)))
f32 = u8.astype(np.float32)
print(repr(np.where(f32 > 100, f32, 2.0)), repr(np.where(f32 > 100, f32, 2**40)))
print(repr(np.where(u8 > 100, u8, [1, 2, 3])))
print(repr(np.where([[True], [False]], u8, -1)))
try:
    u8 + (-1)
except OverflowError as e:
    print("OverflowError", e)
