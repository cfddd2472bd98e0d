import numpy as np

def topk(scores, k):
    idx = np.argsort(-scores, axis=-1, kind='stable')[..., :k]
    vals = scores[np.arange(scores.shape[0])[:, None], idx]
    return vals, idx

logits = np.array([[0.1, 2.5, 0.3, 2.5, -1.0, 0.7],
                   [3.0, -0.5, 1.5, 0.0, 2.0, 1.0],
                   [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]], dtype=np.float32)
vals, idx = topk(logits, 3)
print(repr(vals), repr(idx))
labels = ['cat', 'dog', 'car', 'tree', 'boat', 'bird']
for row in idx:
    print([labels[i] for i in row])
targets = np.array([3, 4, 5])
top1 = idx[:, 0] == targets
top3 = (idx == targets[:, None]).any(axis=1)
print(repr(top1), repr(top3), top1.mean(), top3.mean())
flat = logits.ravel()
best = np.argsort(flat, kind='stable')[::-1][:4]
print(repr(best), [np.unravel_index(int(b), logits.shape) for b in best])
rank = np.argsort(np.argsort(-logits[1], kind='stable'), kind='stable')
print(repr(rank))
