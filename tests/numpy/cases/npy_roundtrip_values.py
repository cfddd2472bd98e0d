import numpy as np

p = '/tmp/taipan_numpy_npy_roundtrip_values.npy'
vals = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, 1e308, 0.1])
np.save(p, vals)
back = np.load(p)
print(repr(back))
print(np.array_equal(vals, back, equal_nan=True), repr(np.signbit(back)))
with open(p, 'rb') as f:
    raw = f.read()
print(raw[128:136].hex(), raw[-8:].hex())
f32 = np.array([1.0, -2.5], dtype=np.float32)
np.save(p, f32)
with open(p, 'rb') as f:
    raw = f.read()
print(raw[-8:].hex())
