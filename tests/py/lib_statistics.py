import statistics as st
import random

def attempt(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(label, fn.__name__, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, fn.__name__, "!!", type(e).__name__, e)

samples = [
    [1, 2, 3, 4], [1, 2, 3], [5], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [1, 2.5, 3], [True, False, True], [10**20, 1, 3], [0.1] * 10,
    [1e50, 1, -1e50] * 3, [-3, -1, 4, 7, 7], [2, 8], [3, 3, 3],
    [0.5, 0.25, 0.125, 1, 2], [1e308, 1e308], [1.0, float("inf")],
    [1.0, float("nan")], [], [-2.0, 1.0, 0.3], (x / 7 for x in range(9)),
]
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.mode,
         st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev,
         st.harmonic_mean, st.geometric_mean]
for i, data in enumerate(samples):
    data = list(data)
    for f in funcs:
        attempt(i, f, data)
rng = random.Random(7)
for k in range(6):
    ints = [rng.randint(-1000, 1000) for _ in range(rng.randint(2, 30))]
    floats = [rng.uniform(-50, 50) for _ in range(rng.randint(2, 30))]
    for data in (ints, floats, ints + floats):
        print(k, st.mean(data), st.variance(data), st.pvariance(data), st.stdev(data),
              st.pstdev(data), st.median(data), st.fmean(data))
attempt("xbar", st.variance, [1, 2, 3, 4], 2.5)
attempt("xbar", st.pvariance, [1, 2, 3, 4], 2)
attempt("xbar", st.stdev, [1.5, 2.5, 3.5], 2.5)
attempt("iter", st.mean, iter([1, 2, 3, 4, 5, 6]))
attempt("iter", st.variance, iter([1, 2, 3, 4, 5, 6]))
attempt("w", st.fmean, [1, 2, 3], [3, 2, 1])
attempt("w", st.fmean, [1, 2, 3], [1, 1])
attempt("w", st.fmean, [1, 2], [0, 0])
attempt("w", st.harmonic_mean, [40, 60], [5, 30])
attempt("w", st.harmonic_mean, [40, 60], [5])
attempt("h", st.harmonic_mean, [40, 60, 0])
attempt("h", st.harmonic_mean, [40, -60])
attempt("h", st.harmonic_mean, [2.5])
attempt("h", st.harmonic_mean, [-2])
attempt("g", st.geometric_mean, [54, 24, 36])
attempt("g", st.geometric_mean, [0, 2])
attempt("mode", st.mode, ["red", "blue", "blue", "red", "green"])
attempt("mode", st.multimode, "aabbbbccddddeeffffgg")
attempt("mode", st.mode, iter([]))
attempt("type", st.mean, ["a", "b"])
attempt("median", st.median, [1, 3, 2, 4])
attempt("median", st.median, [1.0, 3, 2, 4.0])
for n in (1, 2, 3, 4, 5, 10):
    for method in ("exclusive", "inclusive"):
        attempt((n, method), st.quantiles, [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110], n=n, method=method)
attempt("q", st.quantiles, [1.5, 2], n=4)
attempt("q", st.quantiles, [1], n=4)
attempt("q", st.quantiles, [1, 2, 3], n=0)
attempt("q", st.quantiles, [1, 2, 3], method="other")
attempt("err", st.variance, [1])
attempt("err", st.stdev, [1])
attempt("err", st.pvariance, [])
attempt("err", st.pstdev, iter([]))
print(issubclass(st.StatisticsError, ValueError))
