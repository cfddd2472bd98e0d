import numpy as np

# float32 exp/log print NumPy's SIMD kernels' last digits (not correctly
# rounded): softmax, sigmoid and box decoding in float32 all show them.
x = np.array([-0.06, -0.04, 0.04, 0.02, -0.02, 1.7, -3.3, 10.5], dtype=np.float32)
print(repr(np.exp(x)))
print(np.exp(x).tolist())
print(np.exp(x[::3]), np.exp(x[1]), type(np.exp(x[1])).__name__)
with np.errstate(over="ignore"):
    print(repr(np.exp(np.array([88.72283935546875, -103.97208404541015625, 88.7, -103.9], dtype=np.float32))))
logits = np.linspace(-4, 4, 12, dtype=np.float32).reshape(3, 4)
e = np.exp(logits - logits.max(axis=1, keepdims=True))
print(repr(e / e.sum(axis=1, keepdims=True)))
print(repr(1 / (1 + np.exp(-logits))))
p = np.array([20.001, 0.3, 1e-3, 7.0, 0.7071, 1.0, 2.0, 123456.0], dtype=np.float32)
print(repr(np.log(p)))
print(np.log(p).tolist())
print(repr(np.log(np.array([1e-40, 1e-44, 3.4e38], dtype=np.float32))))
print(np.log(np.float32(20.001)), np.log(p[:, None] * np.ones(3, np.float32)).sum(axis=0))
print(repr(logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))))
with np.errstate(all="ignore"):
    print(np.log(np.array([-1.0, 0.0, np.inf, np.nan], dtype=np.float32)))
    print(np.signbit(np.log(np.float32(-1))))
