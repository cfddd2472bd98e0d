import numpy as np

# ediff1d, nextafter/spacing, cumulative_sum/prod, diagflat, iterable,
# asarray_chkfinite, np.astype, polyder/polyint.
print(np.ediff1d([1, 3, 6], to_begin=[0], to_end=9), np.ediff1d(np.array([[1, 2], [4, 8]])))
print(np.ediff1d(np.array([5, 3, 9], dtype=np.uint8)), np.ediff1d(np.array([0.5, 0.25]), to_end=np.float32(1)))
try:
    np.ediff1d(np.array([1, 2], dtype=np.int32), to_begin=0.5)
except TypeError as e:
    print("TypeError", e)
print(np.nextafter(np.float32(1), 2), np.nextafter(0, -1), np.nextafter([1, 2], [0, 3]))
print(np.nextafter(np.float16(1), 0), np.nextafter(np.float16(1), 0).dtype, np.nextafter(1, 1), np.nextafter(np.nan, 1))
print(np.nextafter(np.inf, 0), np.nextafter(1, np.inf), np.nextafter(-0.0, 1), np.nextafter(-1.0, -2) + 1)
print(np.nextafter(np.array([1.0, -1.0], dtype=np.float32), 0).tolist(), type(np.nextafter(1.0, 2.0)).__name__)
print(np.spacing(1.0), np.spacing(np.float32(1)), np.spacing(-1.0), np.spacing(0.0), np.spacing(np.inf))
print(np.spacing(np.array([1e10, 1e-310])), np.spacing(3), np.spacing(-0.0), np.spacing(np.float16(1000)))
x = np.linspace(0.5, 4, 5)
print(np.abs(np.sqrt(x) ** 2 - x) <= 2 * np.spacing(x))
print(np.cumulative_sum(np.array([1, 2, 3]), include_initial=True), np.cumulative_sum(np.arange(6).reshape(2, 3), axis=1))
print(np.cumulative_sum(np.arange(6).reshape(2, 3), axis=0, include_initial=True), np.cumulative_prod(np.array([1.5, 2, 3]), include_initial=True))
print(np.cumulative_sum(np.array([200, 100], dtype=np.uint8)), np.cumulative_sum([1, 2], dtype=np.float32))
try:
    np.cumulative_sum(np.arange(6).reshape(2, 3))
except ValueError as e:
    print("ValueError", e)
print(np.diagflat([1, 2]), np.diagflat([[1, 2]], 1), np.diagflat(np.array([3.5]), -1))
print(np.iterable([1]), np.iterable(3), np.iterable("ab"), np.iterable(np.float64(2)), np.iterable(np.arange(2)))
print(np.asarray_chkfinite([1, 2]), np.asarray_chkfinite([1, 2], dtype=np.float32).dtype)
try:
    np.asarray_chkfinite([1, np.nan])
except ValueError as e:
    print("ValueError", e)
print(np.astype(np.arange(3), np.float32), np.astype(np.array([1.7, -1.7]), np.int8))
print(np.polyder([1, 2, 3]), np.polyint([3, 2, 1]), np.polyder([1, 2, 3, 4], 2), np.polyint([1, 1], k=2))
print(np.polyint([6.0], 2), np.polyint([1, 1], 2, k=[1, 2]), np.polyder([5], 1), np.polyder([1, 2], 0))
print(np.polyval(np.polyder([1, -3, 2]), 1.5), np.polyval(np.polyint([3, 0]), 2))
