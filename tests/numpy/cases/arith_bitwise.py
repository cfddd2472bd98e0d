import numpy as np

a = np.array([0b1100, 0b1010, 0, 255])
b = np.array([0b1010, 0b0110, 7, 1])
print(repr(a & b), repr(a | b), repr(a ^ b), repr(~a))
u = np.array([0, 1, 15, 255], dtype=np.uint8)
print(repr(~u), repr(u & 0x0F), repr(u | 0x80), repr(u ^ 0xFF))
i = np.array([0, 1, -1, 127, -128], dtype=np.int8)
print(repr(~i))
print(repr(a << 2), repr(a >> 1), repr(u << 1), repr(u >> 4))
print(repr(np.array([-8, -1]) >> 1))
t = np.array([True, True, False])
f = np.array([True, False, False])
print(repr(t & f), repr(t | f), repr(t ^ f), repr(~t))
print(repr(t & 1), repr(t | np.array([2, 0, 0])))
print(repr(np.bitwise_and(a, 6)), repr(np.bitwise_or(a, 1)), repr(np.bitwise_xor(a, a)), repr(np.invert(u)))
print(repr(np.left_shift(1, np.arange(5))), repr(np.right_shift(256, np.arange(4))))
try:
    print(np.array([1.5]) & 1)
except TypeError as e:
    print(type(e).__name__)
