import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.array([[10.0, 7.0, 4.0], [3.0, 2.0, 1.0]])
show("p50", lambda: np.percentile(a, 50))
show("p list", lambda: np.percentile(a, [25, 50, 75]))
show("p axis0", lambda: np.percentile(a, 50, axis=0))
show("p axis-1", lambda: np.percentile(a, [10, 90], axis=-1))
show("p tuple", lambda: np.percentile(a, 40, axis=(0, 1)))
show("p keepdims", lambda: np.percentile(a, 40, axis=1, keepdims=True))
show("p keepdims none", lambda: np.percentile(a, [40, 60], keepdims=True))
show("q 2d q", lambda: np.quantile(a, [[0.1, 0.2], [0.3, 0.9]], axis=1))
show("q scalar", lambda: np.quantile(a, 0.3))
show("q int q", lambda: np.quantile(np.arange(10), [0, 1]))
show("q int q scalar", lambda: np.quantile(np.arange(10), 1))
show("p int", lambda: np.percentile(np.arange(10), 33))
show("p uint8", lambda: np.percentile(np.array([200, 10, 255, 0], dtype=np.uint8), [50, 99]))
show("p int8", lambda: np.percentile(np.array([-100, 100, 5], dtype=np.int8), 75))

f32 = (np.arange(24, dtype=np.float32) * 0.37).reshape(2, 3, 4)
show("f32 scalar q", lambda: np.percentile(f32, 33))
show("f32 list q", lambda: np.percentile(f32, [33]))
show("f32 axis", lambda: np.percentile(f32, 70, axis=(0, 2)))
show("f32 quantile", lambda: np.quantile(f32, 0.7, axis=-1))
show("f32 quantile np q", lambda: np.quantile(f32, np.float64(0.7)))
show("f16", lambda: np.percentile(np.array([1.5, 2.5, 0.25], dtype=np.float16), 30))

for m in ["linear", "lower", "higher", "nearest", "midpoint", "hazen", "weibull",
          "median_unbiased", "normal_unbiased", "inverted_cdf",
          "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf"]:
    show(m, lambda: np.percentile(np.arange(7), [0, 10, 33, 50, 90, 100], method=m))
    show(m + " f", lambda: np.quantile(a, 0.4, axis=0, method=m))
    show(m + " scalar", lambda: np.quantile([1.0, 5.0, 2.0, 8.0], 0.5, method=m))

nan_a = np.array([[1.0, np.nan, 3.0], [1.0, 2.0, 3.0]])
show("nan all", lambda: np.percentile(nan_a, 50))
show("nan axis", lambda: np.quantile(nan_a, [0.5, 0.9], axis=1))
show("nan lower", lambda: np.quantile(nan_a, 0.5, axis=1, method="lower"))
show("nan axis0", lambda: np.percentile(nan_a, 50, axis=0))
show("inf", lambda: np.percentile([1.0, np.inf, 3.0], [0, 50, 100]))
show("nanpercentile", lambda: np.nanpercentile(nan_a, [50, 90], axis=1))
show("nanpercentile all", lambda: np.nanpercentile(nan_a, 50))
show("nanquantile", lambda: np.nanquantile(nan_a, 0.25, axis=0))
show("nanquantile keep", lambda: np.nanquantile(nan_a, 0.25, axis=1, keepdims=True))
show("nanquantile int", lambda: np.nanquantile(np.arange(5), 0.5))
show("nanpercentile empty", lambda: np.nanpercentile(np.zeros((0, 3)), 50, axis=0))
show("nanpercentile tuple", lambda: np.nanpercentile(np.arange(24.0).reshape(2, 3, 4), [10, 90], axis=(0, 2)))
show("nanquantile all nan", lambda: np.nanquantile(np.array([[np.nan, np.nan], [1.0, 2.0]]), 0.5, axis=1))
show("nanquantile f32", lambda: np.nanquantile(np.array([np.nan, 1, 2], np.float32), 0.25))

show("0d", lambda: np.percentile(np.float64(3.5), 50))
show("one", lambda: np.percentile([7], [0, 100]))
show("median", lambda: np.median(a))
show("median agrees", lambda: np.median(f32, axis=1) == np.percentile(f32, 50, axis=1))
show("median nan", lambda: np.median(nan_a, axis=1))

show("err q range", lambda: np.percentile(a, [50, 101]))
show("err q neg", lambda: np.percentile(a, -1))
show("err quantile", lambda: np.quantile(a, 2))
show("err q nan", lambda: np.quantile(a, np.nan))
show("err method", lambda: np.quantile(a, 0.5, method="foo"))
show("err axis", lambda: np.percentile(a, 50, axis=2))
show("err axis dup", lambda: np.percentile(a, 50, axis=(0, 0)))
show("err q ndim", lambda: np.quantile([1, 2], np.zeros((2, 2, 2))))
show("err empty", lambda: np.percentile(np.array([]), 50))
show("err empty int", lambda: np.percentile(np.array([], dtype=int), 50))
show("err empty int lower", lambda: np.percentile(np.array([], dtype=int), 50, method="lower"))
show("empty q", lambda: np.percentile(np.arange(3.0), []))
show("empty axis0", lambda: np.percentile(np.zeros((0, 3)), 50, axis=1))
show("err 0d axis", lambda: np.percentile(np.float64(1.0), 50, axis=0))

img = (np.arange(224 * 224 * 3, dtype=np.float32) % 251).reshape(224, 224, 3) / np.float32(7)
show("image", lambda: np.percentile(img, [1, 50, 99]))
show("image channels", lambda: np.percentile(img, [2, 98], axis=(0, 1)))
# The deprecated interpolation= keyword (its warning is attributed outside
# the script, so it is not shown).
show("interpolation=", lambda: np.percentile(np.arange(10.), 40, interpolation="nearest"))
show("quantile interpolation=", lambda: np.quantile(np.arange(10.), [0.25, 0.5], interpolation="lower"))
show("nanpercentile interpolation=", lambda: np.nanpercentile([1.0, np.nan, 3.0], 50, interpolation="higher"))
show("both", lambda: np.percentile(np.arange(10.), 40, interpolation="nearest", method="lower"))
