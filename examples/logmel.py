"""Log-mel spectrogram features for a speech or audio model, in plain NumPy:
read a WAV file with soundfile, mix it to mono, frame it (25 ms windows,
10 ms hop, centred with reflect padding), apply a periodic Hann window,
take the power spectrum with np.fft.rfft, project it onto an HTK mel
filterbank built here, and take the log with a floor.

    taipan run examples/logmel.py
    python3 examples/logmel.py          # the same output under NumPy + soundfile
    taipan map examples/logmel.py:summarize examples/data/*.wav --threads 2

The WAV files come from examples/data/make_wavs.py.
"""

import numpy as np
import soundfile as sf

N_FFT = 400      # 25 ms at 16 kHz
HOP = 160        # 10 ms at 16 kHz
N_MELS = 40
FLOOR = 1e-10
DATA = (__file__.rsplit("/", 1)[0] if "/" in __file__ else ".") + "/data/"
FILES = ["chirp_16k_mono.wav", "tones_16k_stereo.wav", "noise_16k_24bit.wav"]


def hz_to_mel(hz):
    """HTK's mel scale."""
    return 2595.0 * np.log10(1.0 + np.asarray(hz) / 700.0)


def mel_to_hz(mel):
    return 700.0 * (10.0 ** (np.asarray(mel) / 2595.0) - 1.0)


def mel_filterbank(sr, n_fft, n_mels, fmin=0.0, fmax=None):
    """(n_mels, n_fft // 2 + 1) triangular filters, evenly spaced in mel."""
    fmax = sr / 2.0 if fmax is None else fmax
    edges = mel_to_hz(np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels + 2))
    bins = np.fft.rfftfreq(n_fft, 1.0 / sr)[None, :]
    lower, center, upper = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    rising = (bins - lower) / (center - lower)
    falling = (upper - bins) / (upper - center)
    return np.maximum(0.0, np.minimum(rising, falling))


def frame(x, n_fft, hop):
    """Centred frames: reflect-pad by n_fft // 2, then one row per hop."""
    x = np.pad(x, (n_fft // 2, n_fft // 2), mode="reflect")
    count = 1 + (len(x) - n_fft) // hop
    index = np.arange(n_fft)[None, :] + hop * np.arange(count)[:, None]
    return x[index]


def log_mel(samples, sr):
    """(frames, N_MELS) log-mel energies of mono or (n, channels) samples."""
    if samples.ndim == 2:
        samples = samples.mean(axis=1)
    window = np.hanning(N_FFT + 1)[:-1]
    frames = frame(samples, N_FFT, HOP) * window
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    mel = power @ mel_filterbank(sr, N_FFT, N_MELS).T
    return np.log(np.maximum(mel, FLOOR))


def summarize(path):
    """One line about a file's log-mel features (rounded, so that it does not
    depend on the last bits of the FFT)."""
    samples, sr = sf.read(path)
    feats = log_mel(samples, sr)
    band_means = np.round(feats.mean(axis=0)[:6], 3) + 0.0
    loudest = int(np.argmax(feats.mean(axis=0)))
    return "%s: %d Hz, samples %s -> log-mel %s, mean %.4f std %.4f min %.4f max %.4f, loudest band %d, bands %s" % (
        path.rsplit("/", 1)[-1], sr, samples.shape, feats.shape, feats.mean(), feats.std(),
        feats.min(), feats.max(), loudest, band_means.tolist())


def main():
    fb = mel_filterbank(16000, N_FFT, N_MELS)
    print("filterbank", fb.shape, round(float(fb.sum()), 6), int((fb > 0).sum()))
    for name in FILES:
        print(summarize(DATA + name))


if __name__ == "__main__":
    main()
