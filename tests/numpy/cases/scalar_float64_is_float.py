import json
import numpy as np

# np.float64 is a Python float (its MRO ends generic, float, object); the
# other scalar types subclass no builtin.
x = np.float64(2.5)
print([c.__name__ for c in type(x).__mro__])
print(isinstance(x, float), isinstance(np.float32(2.5), float), isinstance(np.int64(2), int))
print(issubclass(np.float64, float), issubclass(np.float16, float), issubclass(np.bool_, int))
# float's own methods and float.__repr__ read the value.
print(x.hex(), x.is_integer(), x.as_integer_ratio(), float.__repr__(x), float(x))
print(json.dumps({"mean": np.mean(np.array([1.0, 2.0, 4.5])), "max": np.float64(-0.0)}))
# .real and .imag of real arrays and scalars.
a = np.arange(6, dtype=np.float32).reshape(2, 3)
print(a.real is a, a.real.dtype, a.imag, a.imag.dtype, a.imag.flags.writeable)
print(repr(x.real), repr(x.imag), repr(np.int64(3).imag), np.array([True]).imag)
try:
    a.imag[0, 0] = 1
except ValueError as e:
    print("ValueError", e)
