import numpy as np

a = np.arange(24, dtype=np.float64).reshape(2, 3, 4)
for name in ['sum', 'mean', 'min', 'max', 'prod', 'std', 'var', 'all', 'any']:
    f = getattr(a, name)
    print(name, f(axis=1, keepdims=True).shape, f(axis=(0, 2), keepdims=True).shape, f(keepdims=True).shape, f(axis=-1).shape)
x = np.array([[1.0, 3.0], [2.0, 2.0]])
print(repr(x / x.sum(axis=1, keepdims=True)))
print(repr(x - x.max(axis=0, keepdims=True)))
print(repr(np.sum(x, axis=0, keepdims=True)), repr(np.mean(x, keepdims=True)))
print(repr(np.argmax(x, axis=1, keepdims=True)), repr(np.argmin(x, axis=0, keepdims=True)))
print(repr(np.max(np.array(2.5), keepdims=True)))
