"""NumPy workload (e): log-mel spectrogram of one second of 16 kHz audio.

The speech front end (Whisper/Kaldi style) in plain NumPy: cut the float32
signal into 98 frames of 400 samples every 160 (one fancy-index gather with
an index array of frames: no stride tricks), multiply by a periodic Hann
window (0.5 - 0.5 cos), np.fft.rfft each frame zero-padded to 512 (257
bins), power = re^2 + im^2, an 80 x 257 triangular mel filterbank (built
once with NumPy, HTK mel scale) applied with np.dot, then the log of the
energies clipped at 1e-10.

    python3 wl_logmel.py REPS [WORKERS]
    taipan run wl_logmel.py REPS [WORKERS]

Prints {"reps": R, "workers": W, "seconds": S, "checksum": C}; see driver.py.
"""

import numpy as np

SR = 16000
N_FFT = 512
WIN = 400
HOP = 160
N_MELS = 80

# One second of deterministic "audio": two tones and a linear chirp from
# 100 Hz to 7.9 kHz, built in float64, stored as float32 like decoded audio.
_t = np.arange(SR, dtype=np.float64) / SR
AUDIO = (0.5 * np.sin(2 * np.pi * 440.0 * _t)
         + 0.2 * np.sin(2 * np.pi * 1234.5 * _t)
         + 0.1 * np.sin(2 * np.pi * (100.0 * _t + 0.5 * 7800.0 * _t * _t))).astype(np.float32)


def hz_to_mel(f):
    return 2595.0 * np.log10(1.0 + f / 700.0)


def mel_to_hz(m):
    return 700.0 * (10.0 ** (m / 2595.0) - 1.0)


def mel_filterbank(sr, n_fft, n_mels):
    """(n_mels, n_fft // 2 + 1) triangular filters on the HTK mel scale."""
    fft_freqs = np.linspace(0.0, sr / 2.0, n_fft // 2 + 1)
    mel_pts = np.linspace(hz_to_mel(0.0), hz_to_mel(sr / 2.0), n_mels + 2)
    hz_pts = mel_to_hz(mel_pts)
    fb = np.zeros((n_mels, n_fft // 2 + 1))
    for m in range(n_mels):
        lower = (fft_freqs - hz_pts[m]) / (hz_pts[m + 1] - hz_pts[m])
        upper = (hz_pts[m + 2] - fft_freqs) / (hz_pts[m + 2] - hz_pts[m + 1])
        fb[m] = np.maximum(0.0, np.minimum(lower, upper))
    return fb


MEL_FB = mel_filterbank(SR, N_FFT, N_MELS)
WINDOW = 0.5 - 0.5 * np.cos(2.0 * np.pi * np.arange(WIN) / WIN)   # periodic Hann


def log_mel(audio):
    n_frames = 1 + (audio.shape[0] - WIN) // HOP
    idx = np.arange(WIN)[None, :] + HOP * np.arange(n_frames)[:, None]
    frames = audio[idx] * WINDOW                       # (n_frames, WIN) float64
    spec = np.fft.rfft(frames, n=N_FFT, axis=-1)       # (n_frames, 257) complex
    power = spec.real ** 2 + spec.imag ** 2
    mel = np.dot(MEL_FB, power.T)                      # (80, n_frames)
    return np.log(np.clip(mel, 1e-10, None))


def work():
    return log_mel(AUDIO)


def checksum(out):
    assert out.shape == (N_MELS, 1 + (SR - WIN) // HOP)
    return round(float(out.sum()), 3)


if __name__ == "__main__":
    import sys
    import driver
    sys.exit(driver.main(sys.argv[1:], work, checksum, "wl_logmel.py"))
