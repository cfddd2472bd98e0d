import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

logits = np.array([[2.0, 0.5, -1.0], [0.0, 0.0, 0.0], [-3.0, 4.0, 1.0], [1.0, 2.0, 3.0]])
targets = np.array([0, 2, 1, 1])
m = logits.max(axis=1, keepdims=True)
lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
log_probs = logits - lse[:, None]
nll = -log_probs[np.arange(len(targets)), targets]
print(repr(r6(lse)), repr(r6(nll)), repr(r6(nll.mean())))
eps = 0.1
n_cls = logits.shape[1]
smooth = np.full(logits.shape, eps / n_cls)
smooth[np.arange(len(targets)), targets] += 1 - eps
loss_s = -(smooth * log_probs).sum(axis=1)
print(repr(r6(loss_s)))
probs = np.exp(log_probs)
grad = probs.copy()
grad[np.arange(len(targets)), targets] -= 1
grad /= len(targets)
print(repr(r6(grad)))
print(np.allclose(grad.sum(axis=1), 0.0))
acc = (logits.argmax(axis=1) == targets).mean()
print(acc, type(acc).__name__)
weights = np.array([1.0, 2.0, 0.5])
wl = (weights[targets] * nll).sum() / weights[targets].sum()
print(repr(r6(wl)))
bce_x = np.array([0.5, -1.0, 3.0])
bce_y = np.array([1.0, 0.0, 1.0])
bce = np.maximum(bce_x, 0) - bce_x * bce_y + np.log(1 + np.exp(-np.abs(bce_x)))
print(repr(r6(bce)))
