import numpy as np

def r4(x):
    return np.round(x, 4) + 0.0

sr = 8000
n_fft = 32
hop = 16
n_mels = 6
t = np.arange(256)
# a deterministic signal: a chirp-like integer pattern plus a square wave, exact in binary
sig = ((t * t // 3) % 17) / 8.0 - 1.0 + np.where((t // 8) % 2 == 0, 0.5, -0.5)
print(sig.shape, repr(sig[:10]))

n_frames = 1 + (len(sig) - n_fft) // hop
idx = np.arange(n_fft)[None, :] + hop * np.arange(n_frames)[:, None]
frames = sig[idx]
print(frames.shape, repr(idx[:2, :4]))

window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(n_fft) / n_fft)
print(repr(r4(window[:5])), repr(r4(window[n_fft // 2])))
spec = np.abs(np.fft.rfft(frames * window, axis=-1)) ** 2
print(spec.shape, spec.dtype)

def hz_to_mel(f):
    return 2595.0 * np.log10(1.0 + f / 700.0)

def mel_to_hz(m):
    return 700.0 * (10 ** (m / 2595.0) - 1.0)

mel_pts = np.linspace(hz_to_mel(0.0), hz_to_mel(sr / 2), n_mels + 2)
hz_pts = mel_to_hz(mel_pts)
bins = np.floor((n_fft + 1) * hz_pts / sr).astype(np.int64)
print(repr(bins))
fb = np.zeros((n_mels, n_fft // 2 + 1))
for m in range(1, n_mels + 1):
    left, center, right = bins[m - 1], bins[m], bins[m + 1]
    for k in range(left, center):
        fb[m - 1, k] = (k - left) / (center - left)
    for k in range(center, right):
        fb[m - 1, k] = (right - k) / (right - center)
print(fb.shape, repr(r4(fb.sum(axis=1))))
mel = spec @ fb.T
logmel = np.log(mel + 1e-6)
print(logmel.shape, repr(r4(logmel[:3])))
norm = (logmel - logmel.mean(axis=0)) / (logmel.std(axis=0) + 1e-5)
print(repr(r4(norm.mean(axis=0))), repr(r4(norm.std(axis=0))))
