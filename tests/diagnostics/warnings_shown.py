# What warnings look like on stderr: file:line, category, message and the
# source line; "default" shows each place once; stacklevel=2 names the
# caller; a NumPy warning names the line that ran the operation.
import warnings
import numpy as np


def old(x):
    warnings.warn("old() is deprecated; use new()", FutureWarning, stacklevel=2)
    return x


for i in range(3):
    warnings.warn("shown once for this line")
old(1)
old(2)
np.array([1.0]) / 0
np.array([2.0]) / 0
warnings.warn("last", RuntimeWarning)
