import numpy as np

C, H, W = 3, 4, 6
yy, xx = np.meshgrid(np.arange(H), np.arange(W), indexing='ij')
logits = np.stack([
    -np.abs(xx - 1.0) - 0.1 * yy,
    -np.abs(xx - 4.0) + 0.0 * yy,
    -np.abs(yy - 3.0) * 2.0,
]).astype(np.float32)
print(logits.shape, logits.dtype)
classes = logits.argmax(axis=0)
print(repr(classes))
vals, counts = np.unique(classes, return_counts=True)
print(repr(vals), repr(counts), repr(np.round(counts / classes.size, 4)))
palette = np.array([[0, 0, 0], [255, 0, 0], [0, 255, 0]], dtype=np.uint8)
color = palette[classes]
print(color.shape, color.dtype, repr(color[0, :3]))
img = np.full((H, W, 3), 200, dtype=np.uint8)
alpha = 0.5
blend = (img.astype(np.float32) * (1 - alpha) + color.astype(np.float32) * alpha).round().astype(np.uint8)
print(repr(blend[3, :3]))
fg = classes > 0
ys, xs = np.nonzero(fg)
print(int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max()))
for c in range(1, C):
    m = classes == c
    if m.any():
        r, q = np.where(m)
        print(c, int(m.sum()), (int(q.min()), int(r.min()), int(q.max()) + 1, int(r.max()) + 1))
onehot = (classes[None] == np.arange(C)[:, None, None])
print(onehot.shape, repr(onehot.sum(axis=(1, 2))))
inter = (onehot & onehot[[1, 1, 1]]).sum(axis=(1, 2))
print(repr(inter))
