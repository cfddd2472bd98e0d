# a.view(dtype) of another itemsize: the last axis must be contiguous, and
# NumPy's messages for sizes that do not divide.
import numpy as np
x = np.arange(12, dtype=np.int16).reshape(3, 4)
for f in (lambda: x[:, ::2].view(np.int32), lambda: x.T.view(np.int32), lambda: x[:, ::2].view(np.int8),
          lambda: np.arange(3, dtype=np.int16).view(np.int32), lambda: np.arange(3, dtype=np.int32).view(np.int16),
          lambda: np.arange(4, dtype=np.int32).view(np.float32), lambda: x[:, :2].view(np.int32),
          lambda: x[::2].view(np.int32), lambda: x[:, 1:2].view(np.int8), lambda: x.T[:1].view(np.int8),
          lambda: np.zeros((0, 3), np.int16)[:, ::2].view(np.int32), lambda: np.arange(6, dtype=np.float64).view(np.uint8).shape,
          lambda: np.int16(5).view(np.int32) if False else np.array(5, np.int16).view(np.int32)):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
