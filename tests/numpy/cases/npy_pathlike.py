# Every function taking a file name takes an os.PathLike too.
import os
import pathlib

import numpy as np

d = pathlib.Path('/tmp/taipan_numpy_npy_pathlike')
d.mkdir(exist_ok=True)
x = np.arange(6).reshape(2, 3)
np.save(d / 'a.npy', x)
print(repr(np.load(d / 'a.npy')))
np.save(d / 'b', x * 2)
print((d / 'b.npy').exists(), os.path.exists(d / 'b.npy.npy'))
print(repr(np.load(d / 'b.npy')))


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


np.save(Where(str(d / 'c.npy')), x.astype(np.float32))
print(repr(np.load(Where(str(d / 'c.npy')))))
np.savetxt(d / 't.txt', x, fmt='%d')
print(repr(np.loadtxt(d / 't.txt', dtype=int)))
x.tofile(d / 'r.bin')
print(repr(np.fromfile(d / 'r.bin', dtype=x.dtype)))
try:
    np.load(d / 'missing.npy')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename == str(d / 'missing.npy'))
for bad in (3.5, None):
    try:
        np.save(bad, x)
    except TypeError as e:
        print('TypeError', e)
    try:
        np.load(bad)
    except TypeError as e:
        print('TypeError', e)
