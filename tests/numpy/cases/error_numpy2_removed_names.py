# Scripts written for NumPy 1 meet NumPy 2's removals: np.float, np.int,
# np.NaN, np.float_, np.product ... raise AttributeError with NumPy's own
# messages (and FutureWarning for np.object/np.str/np.bytes); the
# deprecated aliases still there warn (row_stack, trapz, in1d).
import warnings
import numpy as np

names = ["float_", "int_", "bool", "bool8", "product", "alltrue", "sometrue", "cumproduct",
         "NaN", "Inf", "infty", "PINF", "NINF", "asfarray", "round_", "msort", "float", "int",
         "object", "str", "bytes", "complex", "unicode_", "string_", "complex_", "longfloat",
         "mat", "double", "long", "ulong", "uintp", "asscalar", "int0"]
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    for name in names:
        try:
            v = getattr(np, name)
            print(name, "ok", v.__name__)
        except AttributeError as e:
            print(name, "AttributeError:", e)
    print(np.row_stack([[1, 2], [3, 4]]).shape, np.trapz([0.0, 1.0, 1.0]), np.in1d([1, 2], [2]))
for w in rec:
    print(w.category.__name__, "|", w.message, "| line", w.lineno)
try:
    np.dtype("float_")
except TypeError as e:
    print("TypeError", e)
print(np.dtype("long"), np.dtype("ulonglong"), np.zeros(2, dtype=np.long).dtype)
