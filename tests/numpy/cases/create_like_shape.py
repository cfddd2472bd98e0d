# np.*_like with shape= overriding the prototype's shape.
import numpy as np
a = np.arange(6, dtype=np.float32).reshape(2, 3)
for r in (np.zeros_like(a, shape=(3, 2)), np.ones_like(a, shape=4), np.full_like(a, 7, shape=[1, 2]), np.empty_like(a, shape=(2,)).shape, np.zeros_like(a, dtype=np.int8, shape=(2, 2)), np.zeros_like(a.T, shape=None).strides, np.full_like(a, 2.5, np.int64, shape=(2,))):
    print(repr(r))
try:
    np.zeros_like(a, shape=2.0)
except TypeError as e:
    print(e)
