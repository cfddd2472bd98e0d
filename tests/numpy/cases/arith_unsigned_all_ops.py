# Every binary and unary integer operator on the unsigned dtypes (uint16
# and uint32 are computed in int64 and cast back, uint64 in its own plain
# loops), with values at the edges of each width, wrapping, shifts past
# the width, and broadcast, scalar and strided operands.
import numpy as np

for dt in ['uint8', 'uint16', 'uint32', 'uint64']:
    top = np.iinfo(dt).max
    a = np.array([0, 1, 2, 7, top // 2, top - 1, top], dtype=dt)
    b = np.array([1, 3, top, 2, 5, 1, top - 3], dtype=dt)
    s = np.array([0, 1, 7, 8, 15, 31, 63], dtype=dt)
    with np.errstate(all='ignore'):
        rows = [a + b, a - b, a * b, a // b, a % b, a ** np.array(3, dtype=dt), a << s, a >> s,
                a & b, a | b, a ^ b, np.maximum(a, b), np.minimum(a, b), np.fmax(a, b),
                a < b, a <= b, a == b, a != b, a > b, a >= b, -a, ~a, np.abs(a),
                a[::2][:3] - b[1::2], a.reshape(7, 1)[:3] * b[:4], 5 - a, a - 5, a * 3, a // 2, 200 % b]
    for r in rows:
        print(dt, r.dtype, r.tolist())
    m = a.reshape(7, 1) + b.reshape(1, 7)
    print(dt, m.dtype, m.sum(axis=0).tolist(), m.T[::3].tolist())
with np.errstate(all='ignore'):
    z = np.array([5, 0], dtype=np.uint32) // np.array([0, 0], dtype=np.uint32)
print(z.dtype, z.tolist())
