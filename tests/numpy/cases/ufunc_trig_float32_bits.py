import numpy as np

# NumPy computes float32 sin/cos and float32/float64 tanh in SIMD kernels
# of its own (not correctly rounded): the last bits are the kernels'.
x32 = np.concatenate([
    np.linspace(-100, 100, 200001, dtype=np.float32),
    np.linspace(-120000, 120000, 50001, dtype=np.float32),
    np.array([-27.488935470581055, 0.0, -0.0, 1e-30, np.inf, -np.inf, np.nan, 71476.0625,
              71476.07, 117435.992, 117436.0, 3e38], dtype=np.float32),
])
x64 = np.linspace(-25, 25, 200001)
idx = np.arange(x32.size, dtype=np.int64)
with np.errstate(invalid="ignore"):
    for name in ["sin", "cos", "tanh"]:
        y = getattr(np, name)(x32)
        b = y.view(np.uint32).astype(np.int64)
        print(name, y.dtype, b.sum(), ((b % 9973) * idx).sum())
        print(y[-12:])
y = np.tanh(x64)
b = y.view(np.uint64) % np.uint64(9973)
print("tanh64", b.sum(), (b.astype(np.int64) * np.arange(x64.size)).sum())
print(np.tanh(np.array([-0.6869990123451508, 0.3, -20.0, 1e-300, np.inf, -np.inf])).tolist())
print(np.sin(np.float32(0.5)), np.cos(np.float32(3.0)), np.tanh(np.float32(0.5)))
print(np.sin(x32[::7][:5]), np.cos(x32[100000:100005]))
