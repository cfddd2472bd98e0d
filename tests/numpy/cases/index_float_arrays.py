# Indexing with floats, as scripts do by mistake (indices computed with /
# instead of //): NumPy's two IndexError texts, for arrays and for the rest.
import numpy as np

a = np.arange(10)
n = len(a)
keys = [np.arange(0, n, 2) / 2, [1.0, 2.0], np.array(1.0), np.float64(1.0), n / 2,
        (np.array([0.5]),), np.array([], dtype=float), [], np.arange(3) // 1]
for k in keys:
    try:
        print(a[k])
    except IndexError as e:
        print("IndexError", e)
try:
    a[np.array([1.5])] = 0
except IndexError as e:
    print("IndexError", e)
