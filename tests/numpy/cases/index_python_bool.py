import numpy as np

# A Python bool is a 0-d mask: True adds an axis of length 1, False of 0.
a = np.arange(6).reshape(2, 3)
for k in [True, False, (0, True), (Ellipsis, False), (True, True), ([True, False], True)]:
    try:
        r = a[k]; print(r.shape, r.tolist())
    except Exception as e: print(type(e).__name__, e)
b = a.copy(); b[True] = 5; print(b); b[False] = 7; print(b)
print(np.arange(3)[True], np.float64(2.0)[True] if False else "")
