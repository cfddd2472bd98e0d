import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

def softmax(z, axis=-1):
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)

T, d = 4, 4
q = (np.arange(T * d).reshape(T, d) % 5 - 2) / 4.0
k = (np.arange(T * d).reshape(T, d) % 3 - 1) / 2.0
v = np.arange(T * d, dtype=np.float64).reshape(T, d) / 8.0
scores = q @ k.T / np.sqrt(d)
print(repr(scores))
causal = np.arange(T)[:, None] >= np.arange(T)[None, :]
masked = np.where(causal, scores, -np.inf)
print(repr(masked[0]))
w = softmax(masked)
print(repr(r6(w)))
print(np.allclose(w.sum(axis=-1), 1.0), repr(w[0]))
out = w @ v
print(out.shape, repr(r6(out)))
pad = np.array([True, True, True, False])
w2 = softmax(np.where(pad[None, :], scores, -1e9))
print(repr(r6(w2[:, -1])), np.allclose(w2.sum(-1), 1.0))
heads = 2
qh = q.reshape(T, heads, d // heads).transpose(1, 0, 2)
kh = k.reshape(T, heads, d // heads).transpose(1, 0, 2)
sh = qh @ kh.transpose(0, 2, 1) / np.sqrt(d // heads)
print(sh.shape, repr(r6(sh[1])))
