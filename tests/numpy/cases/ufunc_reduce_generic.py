import numpy as np

# reduce of ufuncs NumPy folds element by element (no sum/prod/max behind
# them): axes, keepdims, empty input, identities.
x = np.arange(6.).reshape(2, 3)
print(repr(np.logaddexp.reduce(x, axis=None)))
print(repr(np.logaddexp.reduce(x, axis=(0, 1))))
print(repr(np.logaddexp.reduce(x, axis=-1, keepdims=True)))
print(repr(np.logaddexp.reduce(x, axis=(), keepdims=True)))
print(repr(np.logaddexp.reduce([[1, 2], [3, 4]], axis=None, keepdims=True)))
print(repr(np.fmax.reduce(x, axis=None)), repr(np.fmin.reduce(x, axis=0)))
print(repr(np.logaddexp.reduce(np.array([]))), repr(np.hypot.reduce(np.array([]))))
print(repr(np.subtract.reduce(np.ones((3, 0)), axis=0)))
print(repr(np.logaddexp.reduce(np.arange(3))), repr(np.subtract.reduce(np.array(5.0))))
print(repr(np.subtract.reduce(np.arange(3), axis=None)))
print(repr(np.subtract.reduce([[1, 2], [3, 4]])), repr(np.divide.reduce([8.0, 2.0, 2.0])))
print(repr(np.bitwise_or.reduce(np.array([1, 2, 4, 8]))), repr(np.gcd.reduce([12, 18, 24])))
print(repr(np.bitwise_xor.reduce(np.arange(8).reshape(2, 4), axis=(0, 1))))
print(np.add.identity, np.multiply.identity, np.logaddexp.identity, np.subtract.identity,
      np.bitwise_and.identity, np.maximum.identity)
for bad in (lambda: np.fmax.reduce(np.array([])),
            lambda: np.subtract.reduce(x, axis=None),
            lambda: np.power.reduce(x, axis=(0, 1)),
            lambda: np.logaddexp.reduce(x, axis=2),
            lambda: np.subtract.reduce(np.ones((0, 3)), axis=0)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# log-softmax as CTC and beam-search code writes it
logits = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]], dtype=np.float32)
lp = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)
print(lp.dtype, lp)
