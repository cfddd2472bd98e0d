import numpy as np

def softmax(x, axis=-1):
    z = x - x.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)

def r6(x):
    return np.round(x, 6) + 0.0

logits = np.array([[2.0, 1.0, 0.1], [1.0, 1.0, 1.0], [-1.0, 0.0, 5.0], [1000.0, 1001.0, 1002.0]])
p = softmax(logits)
print(p.shape, p.dtype)
print(repr(r6(p)))
print(np.allclose(p.sum(axis=1), 1.0), repr(p.argmax(axis=1)))
print(np.isfinite(p).all())
q = softmax(logits, axis=0)
print(repr(r6(q[:, 0])))
f32 = softmax(logits.astype(np.float32))
print(f32.dtype, np.allclose(f32, p, atol=1e-6))
log_p = logits - logits.max(axis=1, keepdims=True)
log_p = log_p - np.log(np.exp(log_p).sum(axis=1, keepdims=True))
print(repr(r6(log_p)))
labels = np.array([0, 2, 2, 1])
nll = -log_p[np.arange(len(labels)), labels]
print(repr(r6(nll)), repr(r6(nll.mean())))
temp = softmax(logits[0] / 0.5)
print(repr(r6(temp)))
