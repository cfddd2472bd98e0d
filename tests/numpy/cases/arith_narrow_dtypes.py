# Every binary operator on the narrower integer dtypes and float16, at the
# edges of their ranges: wrapping, floor division and modulo signs, shifts
# past the width, comparisons, and float16 rounding.
import numpy as np

ops = [
    ("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
    ("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("**", lambda x, y: x ** y),
    ("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y),
    ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y),
    ("max", np.maximum), ("min", np.minimum),
    ("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y), ("==", lambda x, y: x == y),
    ("!=", lambda x, y: x != y), (">", lambda x, y: x > y), (">=", lambda x, y: x >= y),
]

with np.errstate(all="ignore"):
    for dt in (np.int8, np.int16, np.uint16, np.uint32):
        info = np.iinfo(dt)
        a = np.array([info.min, info.min + 1, -7 if info.min < 0 else 7, 0, 1, 5, info.max - 1, info.max], dtype=dt)
        b = np.array([-1 if info.min < 0 else 1, 3, 2, 9, 1, 2, 17, 40], dtype=dt)
        print(dt.__name__)
        for name, f in ops:
            if name == "**":
                r = f(a, np.array([0, 1, 2, 3, 7, 2, 1, 2], dtype=dt))
            else:
                r = f(a, b)
            print(" ", name, r.dtype, r.tolist())
        print("  broadcast", (a[:, None] + b[None, :3]).tolist()[:3])

    h = np.array([65504.0, -65504.0, 0.1, 1e-4, 6.1e-5, 2049.0, -0.0, 3.0], dtype=np.float16)
    k = np.array([2.0, 0.5, 3.0, 7.0, 0.25, 1.0, 5.0, 0.0], dtype=np.float16)
    print("float16")
    for name, f in ops:
        if name in ("&", "|", "^", "<<", ">>"):
            continue
        r = f(h, k)
        print(" ", name, r.dtype, r.tolist())
    print("  scalar", (np.float16(0.1) * np.float16(3)).item(), np.float16(1) / np.float16(3))
