# -, abs and ~ on the rarer dtypes run in a wider kernel and are cast back.
import numpy as np
for dt in (np.int8, np.int16, np.uint16, np.uint32, np.float16):
    info = np.iinfo(dt) if dt != np.float16 else np.finfo(dt)
    a = np.array([info.min, -1 if dt in (np.int8, np.int16, np.float16) else 1, 0, 3, info.max], dtype=dt)
    with np.errstate(all="ignore"):
        print(dt.__name__, -a, abs(a), np.negative(a), np.absolute(a), (-a).dtype)
    if dt != np.float16:
        print(~a, np.invert(a[::-2]))
    print(-a.reshape(5, 1)[::2], abs(np.float16(-0.0)) if dt == np.float16 else -a[1])
h = np.array([np.nan, -np.inf, -0.0, 65504], dtype=np.float16)
print(-h, abs(h), np.abs(h).dtype)
