import numpy as np

def r4(x):
    return np.round(x, 4) + 0.0

sig = ((np.arange(40) * 7) % 11 - 5).astype(np.float64)
frames = np.stack([sig[i:i + 8] for i in range(0, 33, 8)])
print(frames.shape)
S = np.fft.rfft(frames, axis=1)
print(S.shape, S.dtype)
print(repr(r4(np.abs(S))))
S2 = np.fft.rfft(frames.T, axis=0)
print(np.allclose(S2.T, S))
P = np.abs(np.fft.rfft(frames, n=16, axis=-1)) ** 2
print(P.shape, repr(r4(P[0])))
print(repr(r4(np.fft.rfft(frames)[:, 0].real)))
