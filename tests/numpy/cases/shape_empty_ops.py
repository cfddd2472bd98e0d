import numpy as np

e = np.zeros((0, 3))
print(repr(np.flip(e, 0)), repr(np.tile(e, 2)), repr(np.repeat(e, 2, axis=1)))
print(repr(np.pad(e, ((0, 0), (1, 1)))), np.pad(e, 1).shape)
print(repr(e.T), e.T.shape, e.reshape(3, 0, 5).shape)
print(repr(np.concatenate([e, np.ones((1, 3))])))
print(repr(np.stack([e, e])), np.stack([e, e]).shape)
print(repr(np.squeeze(np.zeros((1, 0, 1)))), np.expand_dims(e, 0).shape)
print(repr(np.sort(np.zeros(0))), repr(np.argsort(np.zeros(0))), repr(np.unique(np.zeros(0))))
print(repr(np.zeros((2, 0)).ravel()), repr(np.transpose(np.zeros((0, 2, 1)))))
