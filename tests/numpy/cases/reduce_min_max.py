import numpy as np

a = np.array([[3, 7, 1], [9, -2, 5]])
print(repr(a.min()), repr(a.max()), repr(np.min(a)), repr(np.max(a)))
print(repr(a.min(axis=0)), repr(a.max(axis=1)), repr(a.max(axis=-1, keepdims=True)))
print(repr(np.amax(a)), repr(np.amin(a, axis=0)))
f = np.array([1.5, np.nan, -3.0])
print(repr(f.max()), repr(f.min()), repr(np.nanmax(f)), repr(np.nanmin(f)))
print(repr(np.array([-0.0, 0.0]).max()), repr(np.array([0.0, -0.0]).min()))
u = np.array([0, 255, 128], dtype=np.uint8)
print(repr(u.max()), repr(u.min()), type(u.max()).__name__)
b = np.array([True, False])
print(repr(b.max()), repr(b.min()))
print(repr(np.array([np.inf, -np.inf]).max()), repr(np.array([[np.nan, 1.0], [2.0, 3.0]]).max(axis=0)))
print(repr(np.array(4).max()), repr(np.array([2.5], dtype=np.float32).min()))
try:
    np.zeros(0).max()
except ValueError as e:
    print(type(e).__name__, e)
try:
    np.zeros((0, 2)).min(axis=0)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(np.zeros((0, 2)).max(axis=1)))
print(repr(np.max(np.zeros(0), initial=-1.0)))
print(max(np.array([1, 5, 2])), min(np.array([3.5, 0.5])))
print(repr(np.ptp(a)), repr(np.ptp(a, axis=0)))
