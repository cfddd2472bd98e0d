import numpy as np

b = np.array([[True, False, True], [True, True, True]])
print(repr(b.all()), repr(b.any()), repr(np.all(b)), repr(np.any(b)))
print(repr(b.all(axis=0)), repr(b.all(axis=1)), repr(b.any(axis=0)), repr(b.all(axis=-1, keepdims=True)))
i = np.array([0, 1, 2])
print(repr(i.all()), repr(i.any()), repr(np.array([0, 0]).any()))
print(repr(np.zeros(0).all()), repr(np.zeros(0).any()), repr(np.zeros((0, 2)).all(axis=0)), repr(np.zeros((2, 0)).any(axis=1)))
print(repr(np.array([np.nan]).all()), repr(np.array([0.0, -0.0]).any()))
print(repr((np.arange(6).reshape(2, 3) > 1).all(axis=(0, 1))))
print(repr(np.all([True, True])), repr(np.any([[False], [True]], axis=0)))
a = np.arange(5)
if (a >= 0).all() and not (a > 10).any():
    print('checks pass')
print(repr(np.array(0).any()), repr(np.array(3).all()))
print(type(b.all()).__name__, b.all(axis=0).dtype)
