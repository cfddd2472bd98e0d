import numpy as np

print(repr(np.array([-1, 2, -30])))
print(np.array([-1, 2, -30]))
print(repr(np.array([-1.5, 2.0, -30.25])))
print(repr(np.array([-0.0, 0.0, 1.0])))
print(np.array([-0.0, 0.0]))
print(repr(np.array([[-1.0, 1.0], [1.0, -1.0]])))
print(repr(np.array([-1e-5, 1.0])))
print(repr(np.array([-128, 127], dtype=np.int8)))
print(repr(np.array([[-1, -22], [-333, 4]])))
print(np.array([[-1, -22], [-333, 4]]))
print(repr(-np.arange(3.0)))
print(repr(np.array([-np.inf, np.nan, 1.5])))
