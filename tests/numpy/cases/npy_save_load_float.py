import numpy as np

path = '/tmp/taipan_numpy_npy_save_load_float.npy'
a = (np.arange(6, dtype=np.float32) / 4).reshape(2, 3)
np.save(path, a)
with open(path, 'rb') as f:
    raw = f.read()
print(raw[:10])
print(len(raw), (len(raw) - 24) % 64)
b = np.load(path)
print(repr(b), b.dtype, b.shape, np.array_equal(a, b))
c = np.arange(5, dtype=np.float64) * 0.1
np.save(path, c)
print(repr(np.load(path)))
d = np.load(path)
d[0] = 7.5
print(repr(d), d.flags['WRITEABLE'])
