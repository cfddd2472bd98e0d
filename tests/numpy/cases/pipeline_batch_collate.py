import numpy as np

imgs = [np.full((h, w, 3), k + 1, dtype=np.uint8) for k, (h, w) in enumerate([(4, 6), (5, 3), (2, 2)])]
max_h = max(i.shape[0] for i in imgs)
max_w = max(i.shape[1] for i in imgs)
stride = 4
max_h = (max_h + stride - 1) // stride * stride
max_w = (max_w + stride - 1) // stride * stride
print(max_h, max_w)
batch = np.zeros((len(imgs), max_h, max_w, 3), dtype=np.uint8)
mask = np.zeros((len(imgs), max_h, max_w), dtype=bool)
for i, im in enumerate(imgs):
    h, w = im.shape[:2]
    batch[i, :h, :w] = im
    mask[i, :h, :w] = True
print(batch.shape, repr(batch[1, ..., 0]))
print(repr(mask.sum(axis=(1, 2))), repr(mask[2].astype(np.uint8)))
nchw = np.ascontiguousarray(batch.transpose(0, 3, 1, 2)).astype(np.float32) / 255
print(nchw.shape, nchw.dtype, repr(np.round(nchw[:, 0, 0, 0], 4)))
sizes = np.array([im.shape[:2] for im in imgs])
print(repr(sizes), sizes.dtype)
labels = [np.array([1, 2]), np.array([0]), np.array([], dtype=np.int64)]
lens = np.array([len(l) for l in labels])
offsets = np.concatenate([[0], np.cumsum(lens)])
flat = np.concatenate(labels)
print(repr(lens), repr(offsets), repr(flat))
batch_idx = np.repeat(np.arange(len(labels)), lens)
print(repr(batch_idx))
