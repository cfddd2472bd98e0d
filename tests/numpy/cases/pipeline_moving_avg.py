import numpy as np

x = np.array([3, 5, 2, 8, 6, 9, 1, 4, 7, 10], dtype=np.float64)
k = 3
c = np.cumsum(np.concatenate([[0.0], x]))
ma = (c[k:] - c[:-k]) / k
print(repr(ma), ma.shape)
ref = np.array([x[i:i + k].mean() for i in range(len(x) - k + 1)])
print(np.allclose(ma, ref))
ci = np.cumsum(np.concatenate([[0], x.astype(np.int64)]))
print(repr(ci[k:] - ci[:-k]))
ema = np.zeros_like(x)
alpha = 0.5
ema[0] = x[0]
for i in range(1, len(x)):
    ema[i] = alpha * x[i] + (1 - alpha) * ema[i - 1]
print(repr(ema))
csum = np.cumsum(x)
running_mean = csum / np.arange(1, len(x) + 1)
print(repr(running_mean))
running_max = np.array([x[:i + 1].max() for i in range(len(x))])
print(repr(running_max))
padded = np.pad(x, (k // 2, k // 2), mode='edge')
cp = np.cumsum(np.concatenate([[0.0], padded]))
same = (cp[k:] - cp[:-k]) / k
print(repr(same), same.shape)
d = np.diff(x)
print(repr(d), repr(np.sign(d).astype(np.int64)))
