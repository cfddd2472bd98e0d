import numpy as np

w = np.ones((4, 3), dtype=np.float32)
x = np.ones((2, 4), dtype=np.float32)
print((x @ w).shape)
print((w @ x).shape)
