import numpy as np

# np.transpose's axes= keyword (the method takes none).
a = np.arange(24).reshape(2, 3, 4)
print(np.transpose(a, axes=(2, 0, 1)).shape, np.transpose(a, (2, 0, 1)).shape)
print(np.transpose(a, axes=[1, 0, 2]).shape, np.transpose(a, axes=None).shape)
print(np.transpose(a, axes=(0, 1, -1)).shape, np.transpose(a).shape)
print(repr(np.transpose(a, axes=(2, 0, 1))[1]))
print(repr(np.transpose([[1, 2]], axes=(1, 0))), repr(np.transpose(a=np.eye(2), axes=(1, 0))))
print(a.transpose((2, 0, 1)).shape, a.transpose(2, 0, 1).shape, a.transpose(None).shape)
for call in (lambda: a.transpose(axes=(2, 0, 1)),
             lambda: np.transpose(a, axes=(0, 1)),
             lambda: np.transpose(a, axes=(0, 1, 1)),
             lambda: np.transpose(a, axes=(0, 1, 3)),
             lambda: np.transpose(a, order=(1, 0, 2))):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
