import numpy as np

def r6(x):
    return np.round(x, 6) + 0.0

emb = np.array([[1.0, 0.0, 0.0, 1.0],
                [0.5, 0.5, 0.5, 0.5],
                [-1.0, 0.0, 0.0, -1.0],
                [0.0, 2.0, 0.0, 0.0],
                [3.0, 0.0, 0.0, 3.0]])
norms = np.linalg.norm(emb, axis=1, keepdims=True)
print(repr(r6(norms.ravel())))
unit = emb / np.maximum(norms, 1e-12)
print(np.allclose(np.linalg.norm(unit, axis=1), 1.0))
sim = unit @ unit.T
print(sim.shape, repr(r6(sim)))
print(np.allclose(sim, sim.T), np.allclose(sim[np.arange(len(sim)), np.arange(len(sim))], 1.0))
masked = sim - 2 * np.eye(len(emb))
nearest = masked.argmax(axis=1)
print(repr(nearest))
query = np.array([2.0, 0.1, 0.0, 1.9])
q = query / np.linalg.norm(query)
scores = unit @ q
print(repr(r6(scores)), repr(np.argsort(-scores, kind='stable')))
dots = (emb[:, None, :] * emb[None, :, :]).sum(-1)
cos2 = dots / (norms * norms.T)
print(np.allclose(cos2, sim))
dist = 1 - sim
print(repr(r6(dist[0])))
f32 = unit.astype(np.float32)
print((f32 @ f32.T).dtype, np.allclose(f32 @ f32.T, sim, atol=1e-6))
