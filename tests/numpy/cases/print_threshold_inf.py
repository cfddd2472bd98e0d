# The idioms for printing whole arrays: set_printoptions(threshold=np.inf)
# or sys.maxsize, in printoptions() and array2string too; NumPy's errors
# for a NaN threshold and a fractional precision.
import numpy as np, sys
np.set_printoptions(threshold=sys.maxsize)
print(np.arange(1200)[-5:], np.get_printoptions()["threshold"])
x = np.arange(1100)
s = str(x)
print(len(s), s[-30:])
np.set_printoptions(threshold=np.inf)
print(len(str(np.arange(2000))), np.get_printoptions()["threshold"])
np.set_printoptions(threshold=1000)
try:
    np.set_printoptions(threshold=np.nan)
except ValueError as e:
    print("ValueError", e)
try:
    np.set_printoptions(precision=1.5)
except TypeError as e:
    print("TypeError", e)
np.set_printoptions(precision=None, threshold=None)
print(np.get_printoptions()["precision"], np.get_printoptions()["threshold"])
with np.printoptions(threshold=np.inf, linewidth=np.inf if False else 200):
    print(len(str(np.arange(1500))))
print(np.array2string(np.arange(1500), threshold=np.inf)[-20:], np.array2string(np.arange(20), threshold=5))
