# Files written with the wave module, read back with soundfile and with
# wave + np.frombuffer: both ways must agree.
import struct
import wave
import numpy as np
import soundfile as sf

for width, dtype in ((1, np.uint8), (2, "<i2"), (4, "<i4")):
    for channels in (1, 2):
        path = "/tmp/taipan_audio_wave_roundtrip_%d_%d.wav" % (width, channels)
        n = 10
        values = [(i * 2654435761) % (2 ** (8 * width)) for i in range(n * channels)]
        raw = b"".join(struct.pack("<Q", v)[:width] for v in values)
        with wave.open(path, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(width)
            w.setframerate(12000)
            w.writeframes(raw)
        data, sr = sf.read(path, dtype="int32")
        print(width, channels, sr, data.shape, data.ravel()[:6].tolist())
        with wave.open(path) as r:
            frames = np.frombuffer(r.readframes(r.getnframes()), dtype=dtype)
            print(r.getparams())
        frames = frames.reshape(-1, channels).astype(np.int64)
        if width == 1:
            frames = frames - 128
        shifted = frames * 2 ** (32 - 8 * width)
        print(np.array_equal(shifted, data.reshape(-1, channels)))
        f, _ = sf.read(path, always_2d=True)
        print(np.array_equal(f, shifted / 2.0 ** 31), f.dtype, f.shape)
# writeframes takes a NumPy array as it is.
with wave.open("/tmp/taipan_audio_wave_roundtrip_np.wav", "wb") as w:
    w.setparams((2, 2, 8000, 0, "NONE", "not compressed"))
    w.writeframes(np.array([[1, -1], [300, -300], [32767, -32768]], dtype=np.int16))
    print(w.getnframes(), w.tell())
print(sf.read("/tmp/taipan_audio_wave_roundtrip_np.wav", dtype="int16"))
