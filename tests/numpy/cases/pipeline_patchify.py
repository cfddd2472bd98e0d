import numpy as np

H, W, C, p = 4, 6, 3, 2
img = np.arange(H * W * C, dtype=np.float32).reshape(H, W, C)
patches = img.reshape(H // p, p, W // p, p, C).transpose(0, 2, 1, 3, 4).reshape(-1, p * p * C)
print(patches.shape, repr(patches[0]), repr(patches[-1, :6]))
back = patches.reshape(H // p, W // p, p, p, C).transpose(0, 2, 1, 3, 4).reshape(H, W, C)
print(np.array_equal(back, img))
n = patches.shape[0]
pos = np.arange(n)
grid = np.stack([pos // (W // p), pos % (W // p)], axis=1)
print(repr(grid))
cls = np.zeros((1, patches.shape[1]), dtype=np.float32)
tokens = np.concatenate([cls, patches], axis=0)
print(tokens.shape, tokens.dtype)
dim = 4
i = np.arange(dim // 2)
freq = 1.0 / (100.0 ** (2 * i / dim))
angles = pos[:, None] * freq[None, :]
print(repr(np.round(angles, 6)))
chw = img.transpose(2, 0, 1)
unf = chw.reshape(C, H // p, p, W // p, p).transpose(1, 3, 0, 2, 4).reshape(n, -1)
print(unf.shape, repr(unf[1, :4]))
means = patches.reshape(n, p * p, C).mean(axis=1)
print(repr(means))
