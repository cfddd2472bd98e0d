import numpy as np

a = np.arange(6)
print('before', repr(a))
b = a.reshape(4, 2)
print('never printed', b)
