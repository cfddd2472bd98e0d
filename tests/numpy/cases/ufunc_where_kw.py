import numpy as np

# where= on ufunc calls: only the picked elements are computed (and can
# warn); the others keep out's values.
a = np.array([1.0, 2.0, 3.0, 4.0])
b = np.array([2.0, 0.0, 4.0, 0.0])
with np.errstate(all="raise"):
    print(repr(np.divide(a, b, out=np.zeros_like(a), where=b != 0)))
    print(repr(np.true_divide(a, b, out=np.full(4, -1.0), where=b != 0)))
    print(repr(np.log(b, out=np.full(4, np.nan), where=b > 0)))
    print(repr(np.log10(b, out=np.zeros(4), where=b > 0)))
    print(repr(np.sqrt(a - 2.5, out=np.zeros(4), where=a > 2.5)))
    print(repr(np.floor_divide(np.arange(4), np.array([1, 0, 2, 0]), out=np.full(4, 9),
                               where=np.array([True, False, True, False]))))
for f in (np.subtract, np.multiply, np.add, np.maximum, np.minimum, np.power, np.hypot,
          np.arctan2, np.fmod, np.copysign, np.logaddexp, np.remainder):
    o = np.full(4, 7.0)
    r = f(a, b, out=o, where=[True, False, True, False])
    print(f.__name__, r is o, repr(np.round(o, 6) + 0.0))
for f in (np.exp, np.negative, np.absolute, np.square, np.floor, np.ceil, np.rint, np.sign,
          np.reciprocal, np.fabs, np.positive, np.sin, np.cbrt, np.deg2rad, np.arcsinh):
    o = np.full(4, -7.0)
    f(a, out=o, where=a > 2)
    print(f.__name__, repr(np.round(o, 6) + 0.0))
# the mask broadcasts against the inputs and out
m = np.arange(6).reshape(2, 3)
o = np.zeros((2, 3), dtype=int)
np.add(m, 10, out=o, where=np.array([True, False, True]))
print(repr(o))
o = np.zeros((2, 3))
np.multiply(np.array([[1.0], [2.0]]), np.array([1.0, 2.0, 3.0]), out=o,
            where=np.array([[True], [False]]))
print(repr(o))
o = np.full((2, 3), -1)
np.negative(m, o, where=m % 2 == 0)
print(repr(o))
# Python scalars stay weak under where=
u = np.array([10, 20, 30], dtype=np.uint8)
o = np.zeros(3, dtype=np.uint8)
print(repr(np.add(u, 250, out=o, where=u > 15)))
print(repr(np.add(1, 2.5, out=np.zeros(3), where=[True, False, True])))
# comparisons and predicates into bool out
o = np.zeros(4, dtype=bool)
print(repr(np.greater(a, 2, out=o, where=[True, True, False, True])))
print(repr(np.isnan(np.array([np.nan, 1.0]), out=np.ones(2, dtype=bool), where=[False, True])))
print(repr(np.logical_not(np.array([True, False]), out=np.ones(2, dtype=bool),
                          where=[False, True])))
# where=False leaves out untouched, where=True computes all
print(repr(np.add(a, 1, out=np.zeros(4), where=False)))
print(repr(np.add(a, 1, out=np.zeros(4), where=True)))
# without out= the shape and dtype still follow broadcasting
r = np.add(np.ones(3, dtype=np.float32), 1, where=np.ones((2, 3), dtype=bool))
print(r.shape, r.dtype)
# two-output ufuncs
q, rem = np.divmod(np.arange(5), 3, out=(np.full(5, -1), np.full(5, -1)),
                   where=np.arange(5) > 1)
print(repr(q), repr(rem))
fr, whole = np.modf(np.array([1.5, -2.25, 3.0]), where=[True, False, True],
                    out=(np.full(3, 7.0), np.full(3, 8.0)))
print(repr(fr), repr(whole))
# errors
for bad in (np.array([1.0, 0.0]), np.array([1, 0])):
    try:
        np.add(np.ones(2), 1, out=np.zeros(2), where=bad)
    except TypeError as e:
        print("TypeError", e)
try:
    np.add(np.ones(3), 1, out=np.zeros(3), where=np.ones((2, 3), dtype=bool))
except ValueError as e:
    print("ValueError", e)
