import numpy as np

imgs = [(np.arange(2 * 3 * 3) + k * 10).reshape(2, 3, 3).astype(np.uint8) for k in range(4)]
batch = np.stack(imgs)
print(batch.shape, batch.dtype)
nchw = batch.transpose(0, 3, 1, 2)
print(nchw.shape, repr(nchw[2, 1]))
halves = np.split(batch, 2)
print([h.shape for h in halves])
merged = np.concatenate(halves, axis=0)
print(np.array_equal(merged, batch))
flat = batch.reshape(len(imgs), -1)
print(flat.shape, repr(flat[:, :4]))
pairs = np.stack([batch[:, 0, 0, 0], batch[:, -1, -1, -1]], axis=1)
print(repr(pairs))
