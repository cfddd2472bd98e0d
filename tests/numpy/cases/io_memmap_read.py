# Reading a token stream the way language-model training scripts do:
# np.memmap(path, dtype=np.uint16, mode='r') and random blocks from it;
# offsets, shapes, copy-on-write, and memmap's errors.
import os
import tempfile
import numpy as np

d = tempfile.mkdtemp()
path = os.path.join(d, "train.bin")
(np.arange(1000) * 7 % 50257).astype(np.uint16).tofile(path)
data = np.memmap(path, dtype=np.uint16, mode="r")
print(len(data), data.dtype, data[:5], data[-3:], data.flags.writeable)
np.random.seed(0)
block = 8
ix = np.random.randint(len(data) - block, size=(4,))
x = np.stack([data[i:i + block].astype(np.int64) for i in ix])
y = np.stack([data[i + 1:i + 1 + block].astype(np.int64) for i in ix])
print(ix, x[0], y[0], x.dtype, int(x.sum()))
m = np.memmap(path, dtype=np.uint16, mode="readonly", offset=4, shape=(2, 3))
print(m, m.sum(), m + 1)
c = np.memmap(path, dtype=np.uint16, mode="c", shape=4)
c[0] = 99
print(c, np.fromfile(path, dtype=np.uint16, count=4))
try:
    data[0] = 1
except ValueError as e:
    print("ValueError", e)
for kw in [dict(mode="x"), dict(mode="r", shape=(2000,)), dict(mode="r", dtype=np.int32, offset=2)]:
    kw.setdefault("dtype", np.uint16)
    try:
        np.memmap(path, **kw)
    except ValueError as e:
        print("ValueError", e)
