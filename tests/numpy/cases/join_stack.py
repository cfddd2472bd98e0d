import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(repr(np.stack([a, b])), repr(np.stack([a, b], axis=1)), repr(np.stack([a, b], axis=-1)))
print(repr(np.stack([np.array(1), np.array(2)])), np.stack([np.array(1), np.array(2)]).shape)
m = np.arange(4).reshape(2, 2)
print(np.stack([m, m, m]).shape, np.stack([m, m, m], axis=1).shape, np.stack([m, m, m], axis=2).shape)
print(repr(np.stack([m, m + 10], axis=1)))
print(repr(np.stack((a, b.astype(np.float32)))))
print(repr(np.stack([a])), np.stack([a], axis=0).shape)
print(repr(np.stack([np.zeros(0), np.zeros(0)])))
