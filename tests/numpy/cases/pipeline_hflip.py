import numpy as np

img = (np.arange(4 * 6 * 3) * 5 % 256).astype(np.uint8).reshape(4, 6, 3)
flipped = img[:, ::-1]
print(repr(flipped[..., 0]))
print(np.array_equal(flipped, np.flip(img, axis=1)), np.array_equal(flipped[:, ::-1], img))
W = img.shape[1]
boxes = np.array([[0, 0, 2, 2], [1, 1, 5, 3], [4, 0, 6, 4]], dtype=np.float32)
fb = boxes.copy()
fb[:, 0] = W - boxes[:, 2]
fb[:, 2] = W - boxes[:, 0]
print(repr(fb))
print(repr(fb[:, 2] - fb[:, 0] == boxes[:, 2] - boxes[:, 0]))
kps = np.array([[1.0, 2.0], [5.5, 0.5]])
fk = kps.copy()
fk[:, 0] = W - 1 - kps[:, 0]
print(repr(fk))
vflip = img[::-1]
print(repr(vflip[:, 0, 1]))
both = img[::-1, ::-1]
print(np.array_equal(both, np.flip(img, (0, 1))))
rot90 = img[..., 0].T[::-1]
print(repr(rot90), repr(img[..., 0][::-1].T[0]))
chw = img.transpose(2, 0, 1)
print(np.array_equal(chw[:, :, ::-1].transpose(1, 2, 0), flipped))
