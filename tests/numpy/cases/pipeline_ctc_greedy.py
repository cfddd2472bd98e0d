import numpy as np

alphabet = ['-', 'a', 'b', 'c', ' ']
T = 12
# logits built so that argmax per step gives: - a a - b b b - - c   a
path = np.array([0, 1, 1, 0, 2, 2, 2, 0, 0, 3, 4, 1])
logits = np.full((T, len(alphabet)), -1.0, dtype=np.float32)
logits[np.arange(T), path] = 2.0
logits[3, 1] = 1.5
best = logits.argmax(axis=1)
print(repr(best), np.array_equal(best, path))
keep = np.ones(T, dtype=bool)
keep[1:] = best[1:] != best[:-1]
print(repr(keep))
collapsed = best[keep]
print(repr(collapsed))
decoded = collapsed[collapsed != 0]
print(repr(decoded), ''.join(alphabet[i] for i in decoded))
probs = np.exp(logits - logits.max(axis=1, keepdims=True))
probs = probs / probs.sum(axis=1, keepdims=True)
conf = probs.max(axis=1)
print(repr(np.round(conf, 4)), repr(np.round(conf.prod(), 6)))
batch = np.stack([best, np.roll(best, 1)])
k2 = np.ones_like(batch, dtype=bool)
k2[:, 1:] = batch[:, 1:] != batch[:, :-1]
k2 &= batch != 0
print([''.join(alphabet[i] for i in row[m]) for row, m in zip(batch, k2)])
