# An augmentation step as training scripts write it: mixup with a beta
# weight, a binomial dropout mask, Poisson shot noise on an image.
import numpy as np

np.random.seed(2024)
x = np.random.rand(4, 6).astype(np.float32)
y = np.eye(3)[np.random.randint(0, 3, size=4)]
lam = np.random.beta(0.4, 0.4)
perm = np.random.permutation(4)
xm = lam * x + (1 - lam) * x[perm]
ym = lam * y + (1 - lam) * y[perm]
print(round(lam, 6), perm)
print(xm.dtype, xm.round(4))
print(ym.round(4))
keep = 0.8
mask = np.random.binomial(1, keep, size=x.shape).astype(np.float32)
print(mask.sum(), (x * mask / keep).round(3)[0])
img = (np.random.rand(3, 5) * 255).astype(np.uint8)
photons = 10.0
noisy = np.random.poisson(img / 255.0 * photons) / photons * 255.0
print(noisy.round(1))
print(np.clip(noisy, 0, 255).astype(np.uint8))
scale = np.random.lognormal(0.0, 0.1)
print(scale, type(scale))
jitter = np.random.gamma(2.0, 0.05, size=3)
print(jitter)
gaps = np.random.exponential(0.5, size=4).cumsum()
print(gaps)
