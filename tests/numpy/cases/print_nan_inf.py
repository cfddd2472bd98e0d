import numpy as np

print(repr(np.array([np.nan, np.inf, -np.inf, 1.5])))
print(np.array([np.nan, np.inf, -np.inf, 1.5]))
print(repr(np.array([np.nan, 1.0], dtype=np.float32)))
print(repr(np.array([[np.nan, 100.0], [-np.inf, 0.5]])))
print(repr(np.array([np.nan])), repr(np.array([np.inf, np.inf])), repr(np.array(np.nan)))
print(repr(np.array([np.nan, 1e-8])), repr(np.array([np.inf, 1e20])))
print(repr(np.array([np.nan], dtype=np.float16)))
print(np.array([-np.nan]), repr(np.float64(-np.nan)))
