import numpy as np

print(repr(np.eye(3)))
print(repr(np.eye(2, 3)))
print(repr(np.eye(3, k=1)))
print(repr(np.eye(3, k=-1)))
print(repr(np.eye(3, dtype=int)))
print(repr(np.eye(2, dtype=np.uint8)))
print(repr(np.eye(0)), np.eye(0).shape)
print(repr(np.eye(1)))
print(repr(np.identity(2)))
print(repr(np.eye(3, 2)))
print(repr(np.eye(2, dtype=bool)))
