import numpy as np

# out= on every ufunc (positional or keyword, array or 1-tuple), on the
# methods clip/round/dot, on matmul and on reduce/accumulate.
x = np.array([-1.5, 0.0, 2.0, np.nan])
for f in (np.sign, np.signbit, np.isnan, np.isfinite, np.logical_not, np.conjugate,
          np.positive, np.fabs, np.reciprocal):
    o = np.zeros(4, dtype=bool if f in (np.signbit, np.isnan, np.isfinite, np.logical_not)
                 else float)
    with np.errstate(all="ignore"):
        r = f(x, out=o)
    print(f.__name__, r is o, repr(o))
y = np.array([3.0, -4.0, 0.5, 1.0])
for f in (np.hypot, np.arctan2, np.logaddexp, np.copysign, np.fmod, np.heaviside,
          np.float_power, np.logical_and):
    o = np.zeros(4, dtype=bool if f is np.logical_and else float)
    with np.errstate(all="ignore"):
        r = f(y, np.array([4.0, 3.0, -1.0, 0.0]), out=(o,))
    print(f.__name__, r is o, repr(np.round(o, 6) + 0 if o.dtype != bool else o))
i = np.array([5, -3, 0, 12])
for f in (np.invert, np.bitwise_not):
    o = np.zeros(4, dtype=np.int64)
    print(f.__name__, f(i, o) is o, repr(o))
o = np.zeros(4, dtype=int)
print(repr(np.fmod(i, 4, out=o)), repr(np.gcd(i, 4, out=np.zeros(4, dtype=int))))
o = np.zeros(4, dtype=np.float32)
print(repr(np.sign(i, out=o)))
print(repr(np.add(1, 2, out=np.zeros(3))), repr(np.sqrt(4.0, out=np.zeros(()))))
for kw in ({"out": np.zeros(4, dtype=int)}, {"out": (np.zeros(4), np.zeros(4))}, {"out": 5}):
    try:
        np.hypot(y, 1.0, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    np.sqrt(y, np.zeros(4), np.zeros(4))
except TypeError as e:
    print("TypeError", e)
try:
    np.add(y, 1, np.zeros(4), out=np.zeros(4))
except TypeError as e:
    print("TypeError", e)
try:
    np.add(y, 1, out=np.zeros(4, dtype=np.float32), casting="safe")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(np.add(y, 1, out=np.zeros(4, dtype=int), casting="unsafe")))
# clip, round and dot as methods and functions
a = np.array([-2.0, 0.5, 3.0])
r = a.clip(0, 1, out=a)
print(r is a, repr(a))
n = np.array([-2, 1, 3])
np.clip(n, 0, 2, out=n)
print(repr(n), repr(np.clip(n, 0, 1, out=np.zeros(3, dtype=np.float32))))
try:
    n.clip(0, 1.5, out=n)
except TypeError as e:
    print(type(e).__name__, e)
z = np.array([1.26, 2.5, -0.35])
o = np.zeros(3)
print(np.round(z, 1, out=o) is o, repr(o), repr(np.around(z, out=np.zeros(3))))
print(repr(z.round(1, out=np.zeros(3, dtype=np.float32))))
print(repr(np.round(2.567, 1, out=np.zeros(()))))
for bad in (np.zeros(3, dtype=int), np.zeros(2), [0, 0, 0]):
    try:
        np.round(z, out=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = np.arange(6.0).reshape(2, 3)
k = np.arange(6.0).reshape(3, 2)
o = np.zeros((2, 2))
print(np.dot(m, k, out=o) is o, repr(o), m.dot(k, np.zeros((2, 2))) is not None)
print(repr(np.dot(m.astype(int), k.astype(int), out=np.zeros((2, 2), dtype=int))))
for bad in (np.zeros((2, 2), dtype=np.float32), np.zeros((2, 3)), np.zeros((2, 2)).T):
    try:
        np.dot(m, k, out=bad)
    except ValueError as e:
        print("ValueError", e)
o = np.zeros((2, 2), dtype=np.float32)
print(np.matmul(m, k, out=o) is o, repr(o), repr(np.matmul(m, k, np.zeros((2, 2)))))
try:
    np.matmul(m, k, out=np.zeros((2, 2), dtype=int))
except TypeError as e:
    print(type(e).__name__, e)
o = np.zeros((2, 3))
print(np.outer([1, 2], [1, 2, 3], out=o) is o, repr(o))
try:
    np.outer([1.5, 2], [1, 2, 3], out=np.zeros((2, 3), dtype=int))
except TypeError as e:
    print(type(e).__name__, e)
# reduce and accumulate: out= also sets the dtype they compute in
t = np.arange(6).reshape(2, 3)
o = np.zeros(3, dtype=int)
print(np.add.reduce(t, out=o) is o, repr(o), repr(np.add.reduce(t, 0, None, np.zeros(3))))
print(repr(np.add.reduce(t, axis=0, out=np.zeros(3, dtype=np.float32))))
print(repr(np.maximum.reduce(t, axis=1, out=np.zeros(2))))
print(repr(np.subtract.reduce(t, axis=1, out=(np.zeros(2),))))
print(repr(np.add.reduce(t, out=np.zeros((1, 3)), keepdims=True)))
print(repr(np.add.reduce(t, axis=None, out=np.zeros(()))))
print(repr(np.add.accumulate(t, axis=1, out=np.zeros((2, 3)))))
print(repr(np.multiply.accumulate(t, out=np.zeros((2, 3), dtype=int))))
print(repr(np.subtract.accumulate(t, axis=1, out=np.zeros((2, 3), dtype=int))))
print(repr(np.add.accumulate(np.arange(4.0), out=np.zeros(4, dtype=int))))
i8 = np.array([100, 100, 50], dtype=np.int8)
print(repr(np.add.accumulate(i8)), repr(np.add.accumulate(i8, dtype=np.int8)))
print(repr(np.maximum.accumulate(i8, dtype=np.float32)))
