import numpy as np

# ufunc objects called every way a script calls them: positional, with
# out= and dtype= keywords, through a name bound elsewhere, from a list
# of ufuncs, via __call__, and with bad arguments.
a = np.arange(6, dtype=np.float32).reshape(2, 3)
b = np.array([2.0, 1.0, 4.0], dtype=np.float32)
out = np.empty((2, 3), dtype=np.float32)
r = np.maximum(a, b, out=out)
print(r is out, repr(out))
print(repr(np.add(a, 1, dtype=np.float32)), repr(np.add(np.arange(3), 1, dtype=np.int64)))
print(repr(np.subtract(b, a[0])), repr(np.multiply(2, b)))
mx = np.minimum
print(repr(mx(a, 2.5)), mx.__name__, mx.nin, mx.nout, repr(mx))
for f in (np.sqrt, np.negative, np.absolute, np.square):
    print(f.__name__, repr(f(b)))
print(repr(np.maximum.__call__(a, 3)))
print(repr(np.greater(a, b)), repr(np.logical_and(a > 1, a < 5)))
print(isinstance(np.add, np.ufunc), callable(np.add))
print(repr(np.add.reduce(a, axis=1)), repr(np.maximum.accumulate(b)))
for bad in ((), (a,), (a, "x")):
    try:
        np.add(*bad)
    except TypeError as e:
        print("TypeError")
try:
    np.add(a, np.ones(4))
except ValueError as e:
    print("ValueError", e)
# unary ufuncs: out= (np.square too) and dtype= naming the result's dtype
c = np.array([1.0, 4.0, 9.0])
o = np.empty(3)
print(np.square(c, out=o) is o, repr(o))
print(np.sqrt(c, out=o) is o, repr(o), repr(np.floor(c, dtype=np.float64)))
print(repr(np.negative(c, dtype=None)), repr(np.absolute(-c, out=None)))
