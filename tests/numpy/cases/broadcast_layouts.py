# Element-wise operators over every operand layout the loops tell apart:
# both contiguous, one side a repeated scalar, one side a repeated block
# (short and long periods, on either side), rows of a broadcast column,
# and strided views; the common operators and the rare ones (// % ** <<
# >> fmax fmin), which run in one plain loop.
import numpy as np

SHAPES = [(5, 3), (7, 2, 3), (4, 31), (3, 65), (2, 5, 7), (100, 3), (9, 64), (3, 129), (1, 3), (6, 1, 3), (3, 300)]


def show(tag, r):
    r = np.asarray(r)
    if r.size <= 12:
        print(tag, r.dtype, r.shape, r.tolist())
    else:
        flat = r.astype(np.float64).ravel()
        print(tag, r.dtype, r.shape, round(float(flat.sum()), 6), flat[:4].tolist(), flat[-4:].tolist())


for shape in SHAPES:
    n = int(np.prod(shape))
    a = np.arange(n, dtype=np.float32).reshape(shape) * 0.5 - 3
    for bshape in [shape[-1:], shape[-2:], (1,) + shape[1:]]:
        b = np.arange(int(np.prod(bshape)), dtype=np.float32).reshape(bshape) + 1
        for name, r in [("a-b", a - b), ("b-a", b - a), ("a/b", a / b), ("a<b", a < b), ("b<=a", b <= a),
                        ("a%b", a % b), ("b//a", b // np.where(a == 0, 1, a)), ("fmax", np.fmax(a, b)),
                        ("b**2", b ** 2), ("pow", np.abs(a) ** (b % 3))]:
            show(f"{shape} {bshape} {name}", r)
        ai, bi = a.astype(np.int64), b.astype(np.int64) % 7 + 1
        for name, r in [("i-", ai - bi), ("i//", ai // bi), ("i%", bi % np.where(ai == 0, 5, ai)),
                        ("i<<", bi << (ai % 5 + 5)), ("i>>", ai >> bi), ("i**", bi ** 2), ("u8*", (ai % 256).astype(np.uint8) * bi.astype(np.uint8))]:
            show(f"{shape} {bshape} {name}", r)

# Rows against a broadcast column, more rows than one batch holds.
m = np.arange(300 * 7, dtype=np.float64).reshape(300, 7)
col = m.max(axis=1, keepdims=True)
show("rows-col", m - col)
show("col-rows", col / (m + 1))
show("rows//col", m // (col + 1))

# Strided and transposed operands, and a stepped slice against a block.
t = np.arange(60, dtype=np.int32).reshape(3, 4, 5).transpose(2, 0, 1)
show("t+t", t + t)
show("t*t[...,:1]", t * t[..., :1])
show("t%3", t % np.arange(1, 5, dtype=np.int32))
s = np.arange(40, dtype=np.float64)[::3]
show("step-block", s.reshape(7, 2) - np.array([1.5, -2.0]))
show("scalar-left", 100 - s)
show("scalar-mod", s % 4)
show("empty", np.zeros((0, 3)) - np.ones(3))
