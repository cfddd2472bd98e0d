# Float-only ufuncs compute small integers in the smallest float type
# they cast to safely (int8 -> float16, int16 -> float32), as NumPy does.
import numpy as np
np.seterr(all="ignore")
for dt in (np.bool_, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.int64):
    a = np.array([1, 0, 1], dtype=dt)
    row = []
    for name in ("sqrt", "rint", "fabs", "arctan2", "hypot", "logaddexp", "heaviside", "copysign", "fmod", "float_power", "divide", "power", "square", "reciprocal", "exp2", "cbrt", "floor", "trunc", "ceil", "deg2rad"):
        f = getattr(np, name)
        try:
            r = f(a) if f.nin == 1 else f(a, a)
            row.append("%s=%s" % (name, r.dtype))
        except Exception as e:
            row.append("%s=%s" % (name, type(e).__name__))
    print(np.dtype(dt).name, " ".join(row))
gx = np.array([[3, -4], [0, 5]], dtype=np.int16)
gy = np.array([[4, 3], [-2, 0]], dtype=np.int16)
ang = np.arctan2(gy, gx)
mag = np.hypot(gx, gy)
print(ang.dtype, np.round(ang, 5))
print(mag.dtype, mag)
print(np.arctan2(gy, 1.0).dtype, np.arctan2(gy, 1).dtype, np.hypot(gx.astype(np.uint8), 2).dtype)
print(repr(np.rint(np.array([1, 2, 3]))), repr(np.rint(np.int8(3))), repr(np.rint(np.uint16(7))))
print(repr(np.square(np.array([True, False]))), repr(np.square(True)), repr(np.reciprocal(np.array([True]))))
print(repr(np.heaviside(np.array([-1, 0, 2], dtype=np.int16), 0.5)), repr(np.heaviside(np.array([-1, 0, 2], dtype=np.int16), np.int16(1))))
print(repr(np.heaviside(np.float16([-1, 0, 2]), np.float64(0.5))), repr(np.fabs(np.int8(-3))), repr(np.fabs(np.array([2], dtype=np.uint16))))
print(repr(np.logaddexp(np.uint8(1), np.uint8(2))))
