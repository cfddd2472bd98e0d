import numpy as np

# A seeded augmentation pipeline as preprocessing scripts write it.
np.random.seed(42)
images = np.arange(4 * 8 * 8 * 3, dtype=np.float32).reshape(4, 8, 8, 3) / 255.0


def augment(img):
    h, w = img.shape[:2]
    ch, cw = 6, 6
    top = np.random.randint(0, h - ch + 1)
    left = np.random.randint(0, w - cw + 1)
    crop = img[top:top + ch, left:left + cw]
    if np.random.rand() < 0.5:
        crop = crop[:, ::-1]
    gain = np.random.uniform(0.8, 1.2)
    noise = np.random.normal(0.0, 0.01, size=crop.shape).astype(np.float32)
    return np.clip(crop * gain + noise, 0.0, 1.0), (top, left, round(gain, 6))


order = np.random.permutation(len(images))
print(repr(order))
for i in order:
    out, params = augment(images[i])
    print(i, params, out.shape, out.dtype, repr(np.round(out[0, 0], 4)))

# Mini-batches of a shuffled index set, and a train/validation split.
idx = np.arange(20)
np.random.shuffle(idx)
print(repr(idx[:15]), repr(idx[15:]))
labels = np.random.choice(3, 20, p=[0.5, 0.3, 0.2])
print(repr(labels), repr(np.bincount(labels, minlength=3)))

# The same with a Generator.
rng = np.random.default_rng(42)
mask = rng.random((4, 4)) < 0.25
print(repr(mask))
jitter = rng.normal(0, 0.05, size=(3, 2))
print(repr(np.round(jitter, 6)))
boxes = rng.integers(0, 100, size=(3, 4))
print(repr(boxes))
keep = rng.choice(len(boxes), 2, replace=False)
print(repr(keep), repr(boxes[np.sort(keep)]))
dropout = (rng.random(8) > 0.5).astype(np.float32) / 0.5
print(repr(dropout))
