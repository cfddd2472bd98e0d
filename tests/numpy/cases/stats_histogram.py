import numpy as np


def show(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            print(label, repr(r[0]), repr(r[1]))
        else:
            print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


a = np.array([0.5, 1.2, 3.3, 3.3, 7.9, 10.0, -1.0, 2.2])
show("default", lambda: np.histogram(a))
show("bins 4", lambda: np.histogram(a, bins=4))
show("edges", lambda: np.histogram(a, bins=[0, 1, 5, 10]))
show("edges last closed", lambda: np.histogram([0, 1, 5, 10, 10.5], bins=[0, 1, 5, 10]))
show("range", lambda: np.histogram(a, bins=3, range=(0, 5)))
show("range float", lambda: np.histogram(a, bins=3, range=(0.0, 9.5)))
show("density", lambda: np.histogram(a, bins=5, density=True))
show("density edges", lambda: np.histogram(a, bins=[0, 2, 4, 11], density=True))
show("weights int", lambda: np.histogram(a, bins=3, weights=np.arange(8)))
show("weights float", lambda: np.histogram(a, bins=[0, 2, 4, 11], weights=np.arange(8) * 0.5))
show("weights f32", lambda: np.histogram(a, bins=2, weights=np.ones(8, np.float32)))
show("ints", lambda: np.histogram(np.arange(10)))
show("ints range", lambda: np.histogram(np.arange(10), bins=3, range=(0, 9)))
show("uint8", lambda: np.histogram(np.arange(0, 256, 15, dtype=np.uint8), bins=4))
show("int8 neg", lambda: np.histogram(np.array([-128, 0, 127], np.int8), bins=2))
show("constant", lambda: np.histogram(np.array([5, 5, 5])))
show("constant f", lambda: np.histogram(np.array([2.5, 2.5]), bins=2))
show("empty", lambda: np.histogram([]))
show("empty edges", lambda: np.histogram([], bins=[0, 1, 2]))
show("f32", lambda: np.histogram(np.arange(10, dtype=np.float32) * np.float32(0.1), bins=7))
show("f32 range", lambda: np.histogram(np.arange(10, dtype=np.float32) * np.float32(0.1), bins=3, range=(0, 1)))
show("bool", lambda: np.histogram(np.array([True, False, True])))
show("linspace", lambda: np.histogram(np.linspace(0, 1, 101), bins=10))
show("2d input", lambda: np.histogram(np.arange(12).reshape(3, 4), bins=3))
show("outside range", lambda: np.histogram([-5, 0, 0.5, 1, 6], bins=2, range=(0, 1)))
show("nan with range", lambda: np.histogram([np.nan, 0.5, 1.0], bins=2, range=(0, 1)))
show("inf edges", lambda: np.histogram([1, 2, 3], bins=[-np.inf, 2, np.inf]))
show("bins np int", lambda: np.histogram([1, 2, 3], bins=np.int64(2)))
img = (np.arange(64 * 64) * 7 % 256).astype(np.uint8)
show("image", lambda: np.histogram(img, bins=8, range=(0, 256)))
show("bin_edges", lambda: np.histogram_bin_edges(a, bins=3))

show("bincount", lambda: np.bincount([0, 1, 1, 3]))
show("bincount w", lambda: np.bincount([0, 1, 1, 3], weights=[0.5, 1.0, 2.0, 1.0], minlength=6))
show("digitize", lambda: np.digitize([0.2, 6.4, 3.0, 1.6], [0.0, 1.0, 2.5, 4.0, 10.0]))
show("digitize right", lambda: np.digitize([1.0, 2.5], [0.0, 1.0, 2.5], right=True))

show("err bins 0", lambda: np.histogram(a, bins=0))
show("err bins float", lambda: np.histogram(a, bins=2.5))
show("err bins 2d", lambda: np.histogram(a, bins=[[1, 2]]))
show("err bins order", lambda: np.histogram(a, bins=[0, 2, 1]))
show("err range order", lambda: np.histogram(a, range=(5, 1)))
show("err range inf", lambda: np.histogram(a, range=(0, np.inf)))
show("err nan data", lambda: np.histogram([1.0, np.nan]))
show("err inf data", lambda: np.histogram([1.0, np.inf]))
show("err weights", lambda: np.histogram(a, weights=[1, 2]))
show("err too many", lambda: np.histogram([1.0, 1.0 + 1e-15], bins=100))
