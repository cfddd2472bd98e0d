import numpy as np

a = np.array([3.0, np.nan, 1.0, -np.inf, np.inf, np.nan, -2.0])
print(repr(np.sort(a)))
print(repr(np.argsort(a, kind='stable')))
print(repr(np.sort(a)[::-1]))
z = np.array([0.0, -0.0, 1.0, -0.0, 0.0])
print(repr(np.sort(z, kind='stable')), repr(np.argsort(z, kind='stable')))
f = np.array([np.nan, 2.0, np.nan, 1.0], dtype=np.float32)
print(repr(np.sort(f)), repr(np.argsort(f, kind='stable')))
print(repr(np.sort(np.array([[np.nan, 1.0], [0.5, np.nan]]), axis=0)))
print(repr(np.unique(np.array([np.nan, 1.0, np.nan, 1.0]))))
print(repr(np.argmax(a)), repr(np.nanargmax(a)))
print(repr(np.searchsorted(np.sort(a), 2.0)))
