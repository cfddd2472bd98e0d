import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, getattr(r, "dtype", None))
        print(repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def r6(x):
    return np.round(x, 6) + 0.0


# packbits / unpackbits
show("pack", lambda: np.packbits([1, 0, 1, 1, 0, 0, 0, 0, 1]))
show("pack axis -1", lambda: np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=-1))
show("pack axis 0 little", lambda: np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=0, bitorder="little"))
show("pack nonzero", lambda: np.packbits([2, 0, -1]))
show("pack bool 3d", lambda: np.packbits(np.arange(24).reshape(2, 3, 4) % 3 == 0, axis=1))
show("pack 0d", lambda: np.packbits(np.array(1)))
show("pack empty", lambda: np.packbits([]))
show("pack float", lambda: np.packbits([1.0]))
show("pack order", lambda: np.packbits(np.array([1, 0], bool), bitorder="x"))
show("pack axis", lambda: np.packbits(np.ones((2, 2), int), axis=2))
show("unpack", lambda: np.unpackbits(np.array([3, 255], np.uint8)))
show("unpack axis count", lambda: np.unpackbits(np.array([[3], [255]], np.uint8), axis=1, count=3))
show("unpack negative count little", lambda: np.unpackbits(np.array([[3], [255]], np.uint8), axis=1, count=-3, bitorder="little"))
show("unpack pad count", lambda: np.unpackbits(np.array([[3], [255]], np.uint8), axis=1, count=10))
show("unpack count too negative", lambda: np.unpackbits(np.array([3, 255], np.uint8), count=-20))
show("unpack 0d", lambda: np.unpackbits(np.uint8(3)))
show("unpack axis 0", lambda: np.unpackbits(np.array([[1, 2], [128, 64]], np.uint8), axis=0))
show("unpack int8", lambda: np.unpackbits(np.array([3], np.int8)))
show("unpack bad axis", lambda: np.unpackbits(np.array([3], np.uint8), axis=1))
bits = np.array([[1, 0, 1, 1, 0, 1, 0, 0, 1, 1], [0, 0, 0, 1, 1, 1, 1, 0, 1, 0]], np.uint8)
for order in ("big", "little"):
    packed = np.packbits(bits, axis=1, bitorder=order)
    back = np.unpackbits(packed, axis=1, count=10, bitorder=order)
    print(order, packed.tolist(), np.array_equal(back, bits))

# windows and special functions
show("sinc", lambda: r6(np.sinc(np.array([0, 0.5, 1, -1.5, 2.25]))))
show("sinc scalar", lambda: np.sinc(0))
show("sinc float32", lambda: str(np.sinc(np.array([0, 0.5], np.float32)).dtype))
show("sinc int8", lambda: r6(np.sinc(np.array([0, 1], np.int8))))
for M in (-1, 0, 1, 2, 5, 6):
    print("M", M)
    print(r6(np.blackman(M)))
    print(r6(np.bartlett(M)))
    print(r6(np.kaiser(M, 14)) if M != 0 else np.kaiser(M, 14))
print(r6(np.kaiser(7, 0)), r6(np.kaiser(6, 5.5)))
print(np.blackman(3).dtype, np.bartlett(3).dtype, np.kaiser(3, 2).dtype)
show("i0", lambda: r6(np.i0([0, 1.0, 2.5, -3, 10]) / np.array([1, 1, 1, 1, 1000])))
show("i0 large", lambda: np.allclose(np.i0([30.0, 100.0]), [7.816722978239774e+11, 1.0737517071310738e+42]))
show("i0 int8", lambda: r6(np.i0(np.array([1], np.int8))))
show("i0 float32 dtype", lambda: str(np.i0(np.array([1], np.float32)).dtype))
show("i0 scalar", lambda: r6(np.i0(2.0)))

# frexp, ldexp, modf
vals = np.array([0.0, 1, -3, 0.1, 1e-310, np.inf, np.nan, -0.0, 1e300, 6.5])
show("frexp", lambda: np.frexp(vals))
show("frexp float32", lambda: np.frexp(np.array([3, 0.375], np.float32)))
show("frexp float16", lambda: np.frexp(np.array([3], np.float16)))
show("frexp int8", lambda: np.frexp(np.array([3], np.int8)))
show("frexp int32", lambda: np.frexp(np.array([3], np.int32)))
show("frexp scalar", lambda: np.frexp(3))
show("frexp scalar float", lambda: np.frexp(3.5))
m, e = np.frexp(vals)
show("ldexp round trip", lambda: np.ldexp(m, e))
show("ldexp scalar", lambda: np.ldexp(3.5, 2))
show("ldexp extremes", lambda: np.ldexp([1.5, 2, 1.0, 1.0, 3.0, -1.0], [2, -1100, 1023, 1024, -1074, 5000]))
show("ldexp subnormal", lambda: np.ldexp(np.array([1.0, 1.5, 0.75]), [-1074, -1074, -1060]))
show("ldexp float32", lambda: np.ldexp(np.array([1.5], np.float32), 3))
show("ldexp float16", lambda: np.ldexp(np.array([1.5], np.float16), np.int64(3)))
show("ldexp int8", lambda: np.ldexp(np.array([1], np.int8), 3))
show("ldexp int32", lambda: np.ldexp(np.array([1], np.int32), 3))
show("ldexp int8 exponent", lambda: np.ldexp(1.0, np.array([3, -2], np.int8)))
show("ldexp float exponent", lambda: np.ldexp(1, 3.0))
show("ldexp uint64 exponent", lambda: np.ldexp(1.0, np.uint64(3)))
show("modf", lambda: np.modf([1.5, -2.25, 0, np.inf, -np.inf, np.nan, -3.0]))
show("modf float32", lambda: np.modf(np.array([1.5], np.float32)))
show("modf int8", lambda: np.modf(np.array([1], np.int8)))
show("modf int64", lambda: np.modf(np.array([3], np.int64)))
show("modf bool", lambda: np.modf([True]))
show("modf scalar", lambda: np.modf(-3.5))

# can_cast
for src, dst, casting in [(np.int8, np.int16, "safe"), ("i8", "f8", "safe"), (np.int64, np.float32, "safe"),
                          (np.float64, np.float32, "same_kind"), (np.uint8, np.int8, "same_kind"),
                          (np.int8, np.uint8, "same_kind"), (np.float64, np.int8, "unsafe"),
                          (np.int8, np.int8, "no"), (np.int8, np.int16, "equiv"), (np.bool_, np.uint8, "no"),
                          (np.float64, np.bool_, "same_kind"), (np.bool_, np.float16, "safe"),
                          (float, int, "safe"), (int, float, "safe"), (np.uint64, np.int64, "safe"),
                          (np.uint32, np.int64, "safe"), (np.float16, np.float32, "safe")]:
    print("can_cast", np.dtype(src), np.dtype(dst), casting, np.can_cast(src, dst, casting))
show("can_cast scalar", lambda: np.can_cast(np.float32(3.0), np.float16))
show("can_cast array", lambda: np.can_cast(np.array([1], np.int16), np.int8, "same_kind"))
show("can_cast dtype obj", lambda: np.can_cast(np.dtype("u1"), "i2"))
show("can_cast int", lambda: np.can_cast(3, np.uint8))
show("can_cast float", lambda: np.can_cast(3.0, np.uint8))
show("can_cast bad casting", lambda: np.can_cast(np.int8, np.int16, "bad"))
show("can_cast none", lambda: np.can_cast(np.int8, None))
