import numpy as np

# uint8 and int32 run //, %, **, << and >> in a wider kernel: the results
# must still wrap, round and fail exactly as NumPy's own loops do.
u = np.array([0, 1, 7, 128, 200, 255], dtype=np.uint8)
v = np.array([1, 2, 3, 7, 9, 255], dtype=np.uint8)
print(u // v, u % v, u ** v, (u // v).dtype, (u ** v).dtype)
print(u // 3, 200 // v, u % 16, u ** 2, 3 ** v)
print(u << 1, u << 7, u << 8, u >> 1, u >> 9, u << v, u >> v)
print(np.uint8(250) ** np.uint8(3), np.left_shift(u, 3), np.right_shift(u, 2))

i = np.array([-2**31, -7, -1, 0, 5, 2**31 - 1], dtype=np.int32)
j = np.array([3, 2, -3, 4, -2, 2], dtype=np.int32)
print(i // j, i % j, (i // j).dtype, (i % j).dtype)
print(i // 4, i % -3, -17 // j, 17 % j)
print(j ** 2, j ** 31, np.int32(3) ** np.arange(0, 25, 6, dtype=np.int32))
print(i << 1, i >> 1, i << 31, i >> 31, np.int32(1) << np.arange(28, 36, dtype=np.int32))
print(i.reshape(2, 3) // j[:3], i.reshape(2, 3) % np.int32(5))

with np.errstate(all="ignore"):
    print(u // np.zeros(6, np.uint8), u % np.zeros(6, np.uint8))
    print(i // np.zeros(6, np.int32), i % np.zeros(6, np.int32))
try:
    print(j ** np.int32(-1))
except ValueError as e:
    print("ValueError", e)

b = np.array([True, False, True])
c = np.array([[False], [True]])
print(b < c, b <= c, b == c, b != c, b > c, b >= c)
print(b < True, False < b, b == 1, (b > c).dtype)
