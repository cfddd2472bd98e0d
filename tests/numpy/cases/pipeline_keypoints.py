import numpy as np

J, H, W = 3, 6, 8
yy, xx = np.meshgrid(np.arange(H), np.arange(W), indexing='ij')
centers = np.array([[1, 2], [4, 6], [5, 0]])
heat = np.stack([np.maximum(0, 4 - np.abs(yy - cy) - np.abs(xx - cx)) for cy, cx in centers]).astype(np.float32) / 4
print(heat.shape, heat.dtype, repr(heat[0, :3, :5]))
flat = heat.reshape(J, -1)
idx = flat.argmax(axis=1)
conf = flat.max(axis=1)
ys, xs = idx // W, idx % W
print(repr(idx), repr(ys), repr(xs), repr(conf))
print(np.array_equal(np.stack([ys, xs], axis=1), centers))
ys2, xs2 = np.unravel_index(idx, (H, W))
print(repr(ys2), repr(xs2))
scale = np.array([4.0, 4.0])
kps = np.stack([xs, ys], axis=1) * scale + scale / 2
print(repr(kps))
visible = conf > 0.5
print(repr(visible))
dx = np.zeros(J)
for j in range(J):
    x = xs[j]
    if 0 < x < W - 1:
        dx[j] = np.sign(heat[j, ys[j], x + 1] - heat[j, ys[j], x - 1]) * 0.25
print(repr(dx))
limbs = np.array([[0, 1], [1, 2]])
lengths = np.linalg.norm(kps[limbs[:, 0]] - kps[limbs[:, 1]], axis=1)
print(repr(np.round(lengths, 6)))
