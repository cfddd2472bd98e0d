import numpy as np

p = '/tmp/taipan_numpy_npy_fortran_noncontig.npy'
a = np.arange(6, dtype=np.int32).reshape(2, 3)
np.save(p, a.T)
with open(p, 'rb') as f:
    raw = f.read()
print(raw[:10], raw[10:10 + raw[8]].decode('latin1').rstrip())
b = np.load(p)
print(repr(b), b.shape, np.array_equal(b, a.T))
np.save(p, a[:, ::2])
with open(p, 'rb') as f:
    raw = f.read()
print(raw[10:10 + raw[8]].decode('latin1').rstrip())
print(repr(np.load(p)))
np.save(p, a[::-1])
print(repr(np.load(p)))
