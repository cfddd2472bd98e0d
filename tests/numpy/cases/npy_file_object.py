import numpy as np

base = '/tmp/taipan_numpy_npy_file_object'
np.save(base + '_noext', np.array([1, 2, 3], dtype=np.uint8))
print(repr(np.load(base + '_noext.npy')))
with open(base + '_fh.npy', 'wb') as f:
    np.save(f, np.array([[1.5, 2.5]]))
    np.save(f, np.array([7]))
with open(base + '_fh.npy', 'rb') as f:
    x = np.load(f)
    y = np.load(f)
print(repr(x), repr(y))
with open(base + '_fh.npy', 'rb') as f:
    raw = f.read()
print(raw[:10], len(raw), raw.count(b'\x93NUMPY'))
with open(base + '_i16.npy', 'wb') as f:
    np.save(f, np.arange(4, dtype=np.int16))
with open(base + '_i16.npy', 'rb') as f:
    print(repr(np.load(f)))
