# NumPy's warnings from the NaN-ignoring reductions (all-NaN rows in a
# feature table), and from ufuncs called with out=/where=, recorded and
# printed with the place they name (the script line, as NumPy's).
import os
import warnings
import numpy as np

X = np.array([[np.nan, np.nan, np.nan], [1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])


def show(rec):
    for w in rec:
        print(w.category.__name__, "|", w.message, "|", os.path.basename(w.filename), w.lineno)


with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    print(np.nanmean(X, axis=1))
    print(np.nanmax(X, axis=1), np.nanmin(X, axis=0))
    print(np.nanvar(X, axis=1, ddof=1))
    print(np.nanmedian(X, axis=1))
    print(np.exp(np.array([1000.0, 1.0]), out=np.zeros(2)))
    print(np.sqrt(np.array([-4.0, 4.0]), where=np.array([True, True])))
    print(np.nanmean(X[1:], axis=1), np.nanmax(X[1:]), np.fmax.reduce(X, axis=1))
show(rec)
