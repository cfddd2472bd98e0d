import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

x = np.array([0.0, np.pi / 6, np.pi / 4, np.pi / 2, np.pi, -np.pi / 3])
print(repr(r6(np.sin(x))))
print(repr(r6(np.cos(x))))
print(repr(r6(np.tanh(np.array([-2.0, -0.5, 0.0, 0.5, 2.0, 50.0, -np.inf])))))
print(np.sin(0.0), np.cos(0.0), np.tanh(0.0))
print(repr(r6(np.arctan2(np.array([1.0, -1.0, 0.0]), np.array([1.0, 1.0, -1.0])))))
print(repr(r6(np.tan(np.array([0.0, 0.5])))), repr(r6(np.arcsin(np.array([0.0, 0.5, 1.0])))))
with np.errstate(invalid='ignore'):
    print(repr(np.sin(np.array([np.inf, np.nan]))))
f = np.sin(np.array([0.5, 1.0], dtype=np.float32))
print(f.dtype, repr(np.round(f, 4) + 0))
print(repr(r6(np.cos(np.arange(4)))), np.cos(np.arange(4)).dtype)
print(repr(r6(np.degrees(np.array([np.pi, np.pi / 2])))), repr(r6(np.radians(np.array([180.0, 90.0])))))
