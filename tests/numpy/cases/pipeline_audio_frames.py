import numpy as np

def r4(x):
    return np.round(x, 4) + 0.0

sig = (((np.arange(100) * 13) % 23) - 11).astype(np.float32) / 11
print(sig.dtype, sig.shape, repr(r4(sig[:6])))
n_fft, hop = 16, 8
padded = np.pad(sig, (n_fft // 2, n_fft // 2), mode='reflect')
print(padded.shape, repr(r4(padded[:10])))
n_frames = 1 + (len(padded) - n_fft) // hop
idx = hop * np.arange(n_frames)[:, None] + np.arange(n_fft)[None, :]
frames = padded[idx]
print(frames.shape, frames.dtype)
rms = np.sqrt((frames.astype(np.float64) ** 2).mean(axis=1))
print(repr(r4(rms)))
zcr = (np.diff(np.sign(frames), axis=1) != 0).mean(axis=1)
print(repr(zcr))
energy_db = 20 * np.log10(np.maximum(rms, 1e-5))
print(repr(np.round(energy_db, 2) + 0.0))
voiced = rms > np.sort(rms)[len(rms) // 2]
print(repr(voiced.astype(np.int8)))
pcm16 = np.clip(np.round(sig * 32767), -32768, 32767).astype(np.int16)
print(repr(pcm16[:6]), pcm16.dtype)
back = pcm16.astype(np.float32) / 32768
print(repr(r4(back[:6])), float(np.abs(back - sig).max()) < 1e-3)
stereo = np.stack([sig, -sig], axis=1)
mono = stereo.mean(axis=1)
print(stereo.shape, float(np.abs(mono).max()))
