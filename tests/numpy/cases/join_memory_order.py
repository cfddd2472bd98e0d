# Joins lay their result out in the inputs' memory order, as NumPy does:
# a batch stacked from CHW views of HWC images sums in NumPy's order.
import numpy as np

rng = np.random.default_rng(0)
imgs = [rng.integers(0, 256, (16, 12, 3), dtype=np.uint8) for _ in range(4)]
batch = np.stack([(im.astype(np.float32) / 255.0).transpose(2, 0, 1) for im in imgs])
print(batch.shape, batch.strides)
print(batch.mean(axis=(0, 2, 3)), batch.std(axis=(0, 2, 3)))
F = np.asfortranarray(np.arange(20.0).reshape(4, 5))
print(np.concatenate([F, F]).strides, np.dstack([F, F]).strides, np.vstack([F, F.T.T]).strides)
print(np.concatenate([F, np.arange(5.0).reshape(1, 5)]).strides, np.stack([F, F], axis=2).strides)
t = np.arange(60, dtype=np.float32).reshape(4, 5, 3).transpose(2, 0, 1)
print(np.concatenate([t, t], axis=1).strides, np.stack([t, t]).strides, np.hstack([t, t]).strides)
mixed = [np.arange(6.0).reshape(2, 3), np.asfortranarray(np.arange(6.0).reshape(2, 3))]
print(np.concatenate(mixed).strides, np.stack(mixed).strides, np.concatenate(mixed).sum())
