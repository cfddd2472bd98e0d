"""Writes the tiny WAV files examples/logmel.py reads, with the standard
library only (wave, struct, math), so it runs the same under taipan and
CPython:

    taipan run examples/data/make_wavs.py      # or python3
"""

import math
import struct
import wave

HERE = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."


def chirp(rate, seconds, f0, f1):
    """A linear chirp from f0 to f1 Hz with a 440 Hz partial, in [-1, 1]."""
    n = int(rate * seconds)
    k = (f1 - f0) / seconds
    out = []
    for i in range(n):
        t = i / rate
        out.append(0.5 * math.sin(2 * math.pi * (f0 * t + 0.5 * k * t * t))
                   + 0.2 * math.sin(2 * math.pi * 440.0 * t))
    return out


def noise(rate, seconds, seed):
    """Deterministic noise (a linear congruential generator) that decays."""
    n = int(rate * seconds)
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append((seed / 2 ** 30 - 1.0) * 0.8 * math.exp(-3.0 * i / n))
    return out


def write(name, rate, width, channels):
    """Writes channels (lists of floats in [-1, 1]) as width-byte PCM."""
    peak = 2 ** (8 * width - 1) - 1
    data = bytearray()
    for frame in zip(*channels):
        for x in frame:
            v = max(-peak, min(peak, int(round(x * peak))))
            data += struct.pack("<i", v)[:width]
    with wave.open("%s/%s" % (HERE, name), "wb") as w:
        w.setnchannels(len(channels))
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(bytes(data))
    print(name, rate, width, len(channels), len(channels[0]))


write("chirp_16k_mono.wav", 16000, 2, [chirp(16000, 0.5, 200.0, 3000.0)])
write("tones_16k_stereo.wav", 16000, 2, [chirp(16000, 0.4, 300.0, 300.0),
                                         chirp(16000, 0.4, 1200.0, 600.0)])
write("noise_16k_24bit.wav", 16000, 3, [noise(16000, 0.3, 7)])
