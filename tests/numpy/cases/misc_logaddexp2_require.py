import warnings

import numpy as np

x = np.array([-np.inf, -3.0, 0.0, 1.5, 10.0, np.inf, 1e300, -1e300])
y = np.array([-np.inf, 2.0, 0.0, 1.5, -40.0, np.inf, 1e300, 5.0])
print(np.logaddexp2(x, y))
print(np.logaddexp2(x.astype(np.float32)[:6], y.astype(np.float32)[:6]))
print(np.logaddexp2(np.arange(4, dtype=np.float16), np.float16(2)))
print(np.logaddexp2(3, 4), type(np.logaddexp2(3, 4)).__name__)
print(np.logaddexp2(np.int8(1), np.int8(1)).dtype, np.logaddexp2([1, 2], 3.5))
r = np.linspace(-20, 20, 2001, dtype=np.float32)
print(np.logaddexp2(r, r[::-1] * 0.7).view(np.uint32).astype(np.int64).sum())
print(repr(np.logaddexp2(r.astype(np.float64), 1.3).sum()))
out = np.zeros(3)
print(np.logaddexp2([1.0, 2.0, 3.0], 1.0, out=out) is out, out)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(np.logaddexp2(np.array([np.nan, 1.0]), 2.0))
print([str(w.message) for w in caught])
with np.errstate(invalid="raise"):
    try:
        np.logaddexp2(np.nan, 1.0)
    except FloatingPointError as e:
        print("FloatingPointError:", e)

a = np.arange(6.0).reshape(2, 3)
for req in [None, "C", "F", ["F", "W"], ["O"], "A", ["E", "C"], "W", ("aligned", "f_contiguous")]:
    r = np.require(a, requirements=req)
    print(req, r.flags.c_contiguous, r.flags.f_contiguous, r.flags.owndata, r is a)
print(np.require(a[:, ::2], np.float32, "C").dtype, np.require([1, 2], requirements="F"))
print(np.require(a[:, ::2], requirements="O").flags.owndata)
for bad in [["C", "F"], ["Q"]]:
    try:
        np.require(a, requirements=bad)
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, 127, 255, 256, -1, -128, -129, 70000, -70000, 2**31, -2**31, -2**31 - 1,
          2**32, 2**63, -2**63, 1.0, 65000.0, 64999.0, -1e10, 1e39, np.inf, np.nan, True,
          np.float32(7e4), np.float32(3.0), np.int16(-5), np.uint64(3), np.float16(2),
          np.array([1, 2]), np.array(300), np.array([1.5]), np.uint16(200), np.int32(40000)]:
    print(repr(v), repr(np.min_scalar_type(v)))
