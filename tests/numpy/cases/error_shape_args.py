import numpy as np

# Shapes, repetition counts and axes given as floats, None or strings:
# NumPy reads each with operator.index (or as a sequence of them).
a = np.arange(6)
m = a.reshape(2, 3)
cases = [
    ("empty(2.0)", lambda: np.empty(2.0)),
    ("zeros((2, 2.0))", lambda: np.zeros((2, 2.0))),
    ("ones([2.5])", lambda: np.ones([2.5])),
    ("zeros('3')", lambda: np.zeros("3")),
    ("full(None, 1)", lambda: np.full(None, 1)),
    ("empty(None)", lambda: np.empty(None)),
    ("zeros(np.float64(2))", lambda: np.zeros(np.float64(2))),
    ("zeros(np.int64(2))", lambda: np.zeros(np.int64(2))),
    ("zeros([[2]])", lambda: np.empty([[2]])),
    ("reshape(2.0, 3)", lambda: a.reshape(2.0, 3)),
    ("reshape((2, 3.0))", lambda: a.reshape((2, 3.0))),
    ("transpose(m, 1.0)", lambda: np.transpose(m, 1.0)),
    ("m.transpose(1.0)", lambda: m.transpose(1.0)),
    ("m.transpose((1, 0))", lambda: m.transpose((1, 0))),
    ("broadcast_to(a, 6.0)", lambda: np.broadcast_to(a, 6.0)),
    ("broadcast_to(a, (2, 6.0))", lambda: np.broadcast_to(a, (2, 6.0))),
    ("broadcast_to(a, array)", lambda: np.broadcast_to(a, np.array([2, 6]))),
    ("broadcast_shapes(3.0)", lambda: np.broadcast_shapes(3.0)),
    ("tile(a, 2.0)", lambda: np.tile(a, 2.0)),
    ("tile(a, (2, 1))", lambda: np.tile(a, (2, 1))),
    ("repeat(a, 2.0)", lambda: np.repeat(a, 2.0)),
    ("roll(a, 1.5)", lambda: np.roll(a, 1.5)),
    ("roll(a, 1, axis=0.0)", lambda: np.roll(a, 1, axis=0.0)),
    ("moveaxis(m, 0.0, 1)", lambda: np.moveaxis(m, 0.0, 1)),
    ("moveaxis(m, 0, -1)", lambda: np.moveaxis(m, 0, -1)),
    ("flip(m, 1.0)", lambda: np.flip(m, 1.0)),
    ("flip(m, (0, 1))", lambda: np.flip(m, (0, 1))),
    ("rot90(m, 1, 1.0)", lambda: np.rot90(m, 1, 1.0)),
]
for name, f in cases:
    try:
        r = f()
        print(name, "->", r.shape if hasattr(r, "shape") else r)
        if hasattr(r, "tolist"):
            print("  ", r.tolist())
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
