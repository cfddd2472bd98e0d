import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


a = [1, 2, 3, 4, 5]
v = [0.0, 1.0, 0.5]
for mode in ["full", "same", "valid"]:
    show("conv " + mode, lambda: np.convolve(a, v, mode))
    show("conv swapped " + mode, lambda: np.convolve(v, a, mode=mode))
    show("corr " + mode, lambda: np.correlate(a, v, mode))
    show("corr swapped " + mode, lambda: np.correlate(v, a, mode=mode))
    show("even " + mode, lambda: np.convolve(np.arange(6), [1, -1, 2, 3], mode))
    show("corr even " + mode, lambda: np.correlate([1, 2], [1, 10, 100, 1000], mode))
show("default conv", lambda: np.convolve([1, 2, 3], [1, 1]))
show("default corr", lambda: np.correlate([1, 2, 3], [1, 1]))
show("int modes", lambda: [np.convolve(a, [1, 2], m).tolist() for m in (0, 1, 2)])
show("int8 wraps", lambda: np.convolve(np.array([1, 2, 3], np.int8), np.array([100, 100], np.int8)))
show("uint8 list", lambda: np.convolve(np.array([1, 2], np.uint8), [3, 4]))
show("bool", lambda: np.convolve(np.array([True, False]), np.array([True, True])))
show("f32", lambda: np.convolve(np.array([0.5, 1.5, 2.0], np.float32), np.array([1.0, 0.25], np.float32)))
show("f32 f64", lambda: np.correlate(np.array([1.0, 2.0]), np.array([1, 2], np.float32)))
show("f16", lambda: np.convolve(np.array([1, 2], np.float16), np.array([3, 4], np.float16)))
show("scalars", lambda: np.convolve(5, 3))
show("one", lambda: np.convolve([2.5], [4.0], "same"))
show("moving average", lambda: np.round(np.convolve(np.arange(10) * 0.1, np.ones(3) / 3, "valid"), 12))
show("long kernel", lambda: np.convolve(np.arange(20.0), np.arange(15.0) - 7, "same"))
show("smoothing", lambda: np.round(np.convolve(np.sin(np.arange(8.0)), [0.25, 0.5, 0.25], "same"), 12))
show("nan", lambda: np.convolve([1.0, np.nan, 2.0], [1.0, 1.0]))
show("inf", lambda: np.correlate([1.0, np.inf], [1.0, 0.0], "full"))

show("err mode", lambda: np.convolve([1, 2], [1], mode="x"))
show("err mode inexact", lambda: np.convolve([1, 2], [1], mode="Full"))
show("err mode empty", lambda: np.correlate([1, 2], [1], mode=""))
show("err mode int", lambda: np.convolve([1, 2], [1], mode=5))
show("err mode float", lambda: np.convolve([1, 2], [1], mode=1.5))
show("err conv empty a", lambda: np.convolve([], [1]))
show("err conv empty v", lambda: np.convolve([1], []))
show("err corr empty a", lambda: np.correlate([], [1]))
show("err corr empty v", lambda: np.correlate([1], []))
show("err 2d", lambda: np.convolve([[1]], [1]))
show("err corr 2d", lambda: np.correlate([[1, 2]], [1]))
show("err corr 0d", lambda: np.correlate([1, 2, 3], 2))

# Narrow integers (computed in int64, cast back): wrapping sums of products.
for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]:
    x = (np.arange(9) * 37 % 23).astype(dt)
    k = (np.array([3, 120, 7]) % 9).astype(dt)
    show("conv " + dt, lambda: np.convolve(x, k))
    show("corr " + dt, lambda: np.correlate(k, x, "same"))
