import numpy as np

m = np.ones((2, 2))
print(repr(m.sum(axis=1)))
print(m.sum(axis=2))
