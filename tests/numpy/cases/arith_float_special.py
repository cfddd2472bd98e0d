import numpy as np

inf = np.inf
nan = np.nan
with np.errstate(invalid='ignore', over='ignore', divide='ignore'):
    print(repr(np.array([inf]) - inf), repr(np.array([inf]) * 0), repr(1 / np.array([inf, -inf])))
    print(repr(np.array([-0.0]) + 0.0), repr(np.array([-0.0]) * 1), repr(np.array([-0.0]) - 0.0), repr(np.array([0.0]) * -1))
    print(repr(np.array([nan]) + 1), repr(np.array([nan]) * 0), repr(np.array([nan]) ** 0))
    print(repr(np.array([1e308]) * 10), repr(np.array([-1e308]) * 10))
    print(repr(np.array([5e-324]) / 2), repr(np.array([5e-324])))
    print(repr(np.float32(3e38) * np.float32(10)), repr(np.array([1e39]).astype(np.float32)))
    print(repr(np.array([inf, -inf, nan]).astype(np.float32)))
    print(np.inf > 1e308, -np.inf < -1e308, np.nan == np.nan, np.isnan(np.nan))
    print(repr(np.float64(inf) - np.float64(inf)))
print(np.pi, np.e, np.inf, -np.inf, np.nan)
print(repr(np.pi), type(np.pi).__name__, type(np.inf).__name__)
print(repr(np.array([np.pi, np.e])))
print(repr(np.array([np.pi, np.e], dtype=np.float32)))
print(repr(np.array([0.1, 0.7]) * 3))
print(repr(np.array([1.0]) / 3 * 3))
