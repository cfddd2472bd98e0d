# Ints around the 64- and 128-bit boundaries: the 128-bit fast path must agree
# with big-integer arithmetic (LCG and FNV-style hashing overflow 64 bits).
import itertools
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**64) - 5,
        2**100, -2**100, 2**126, -2**127, 2**127 - 1, 2**127, 2**130 + 1, 3**80, True, False]
out = []
for a, b in itertools.product(vals, repeat=2):
    row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    if b:
        row += [a // b, a % b, divmod(a, b)]
    if 0 <= b < 200:
        row.append(a >> b)
        row.append(a << (b % 70))
    out.append(row)
print(len(out), sum(len(r) for r in out))
for r in out[::37]:
    print(r)
x = 12345
M = 2 ** 64
for _ in range(1000):
    x = (x * 6364136223846793005 + 1442695040888963407) % M
    h = ((x ^ 0xcbf29ce484222325) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
print(x, h, type(x).__name__, (-x) // 3, (-x) % 7, -(2**127) // -1, (-(2**127)) % -1)
