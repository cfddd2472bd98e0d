vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, "~", ~a, "<<3", a << 3, ">>2", a >> 2)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70 + 5, 7), (-(2 ** 70), 2 ** 65 - 1)]:
    print(a, b, "&", a & b, "|", a | b, "^", a ^ b)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 50)
print((5).bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print(True & False, True | False, True ^ True, ~True)
x = 0b1010
x |= 0b0101
print(x)
x &= 0b0110
print(x)
x ^= 0xFF
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
try:
    1 << -1
except ValueError:
    print("ValueError negative shift")
