"""NumPy workload (c): softmax over detector class logits.

1000 rows of 80 float32 class logits (one row per candidate box) become
probabilities the numerically safe way: subtract the row maximum (max with
keepdims), exponentiate, divide by the row sum (sum with keepdims).

    python3 wl_softmax.py REPS [WORKERS]
    taipan run wl_softmax.py REPS [WORKERS]

Prints {"reps": R, "workers": W, "seconds": S, "checksum": C}; see driver.py.
"""

import numpy as np

ROWS, CLASSES = 1000, 80

# Deterministic logits in about [-8, 8]: built in float64, stored as float32.
_k = np.arange(ROWS * CLASSES, dtype=np.float64)
LOGITS = (6.0 * np.sin(_k * 0.37) + 2.0 * np.sin(_k * 0.011 + 1.0)).astype(np.float32).reshape(ROWS, CLASSES)


def softmax(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    e = np.exp(x - m)
    return e / np.sum(e, axis=axis, keepdims=True)


def work():
    return softmax(LOGITS)


def checksum(p):
    assert p.shape == (ROWS, CLASSES) and p.dtype == np.float32
    # expected class index summed over rows (the row sums are all ~1)
    return round(float((p.astype(np.float64) * np.arange(CLASSES)).sum()), 2)


if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, checksum, "wl_softmax.py"))
