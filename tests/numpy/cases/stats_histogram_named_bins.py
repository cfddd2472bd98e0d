# np.histogram with the bin estimators by name (bins='auto', 'fd', ...):
# NumPy's widths, bin counts and edges, for floats, ints and a range.
import numpy as np

rng = np.random.default_rng(3)
data = {
    "normal": rng.normal(10.0, 2.5, 500),
    "skewed": np.exp(rng.normal(0, 1, 300)),
    "ints": rng.integers(0, 40, 200),
    "small": np.array([1.0, 2.0, 2.5, 7.0]),
    "flat": np.full(10, 3.0),
}
for name, x in data.items():
    for est in ["auto", "fd", "sturges", "sqrt", "rice", "scott", "doane", "stone"]:
        counts, edges = np.histogram(x, bins=est)
        print(name, est, len(counts), counts.sum(), repr(edges[:2]), repr(edges[-1]))
print(np.histogram(data["normal"], bins="auto", range=(5, 15))[0])
print(np.histogram_bin_edges(data["ints"], bins="fd"))
for bad in [lambda: np.histogram(data["small"], bins="magic"),
            lambda: np.histogram(data["small"], bins="auto", weights=np.ones(4))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
