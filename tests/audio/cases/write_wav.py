import struct
import numpy as np
import soundfile as sf

path = "/tmp/taipan_audio_write_wav.wav"
floats = np.array([0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 0.25, 1 / 65536, 3 / 65536, 1e-9,
                   -3 / 65536, 0.999, -0.999, np.nan, np.inf, -np.inf, 2.0 ** -31, 0.1, -0.1])
ints16 = np.array([0, 1, -1, 255, -256, 32767, -32768, 1000], dtype=np.int16)
ints32 = np.array([0, 1, -1, 65535, -65536, 2 ** 31 - 1, -2 ** 31, 123456789], dtype=np.int32)
sources = [floats, floats.astype(np.float32), ints16, ints32,
           floats[:12].reshape(4, 3), ints16.reshape(4, 2), np.zeros((0, 2)), [0.5, -0.25]]
finite = [s[np.isfinite(s)] for s in sources[:2]] + sources[2:]
for subtype in (None, "PCM_U8", "PCM_16", "pcm_24", "PCM_32", "FLOAT", "DOUBLE"):
    for src in (finite if subtype in ("FLOAT", "DOUBLE") else sources):
        kw = {} if subtype is None else {"subtype": subtype}
        sf.write(path, src, 16000, **kw)
        with open(path, "rb") as f:
            blob = f.read()
        if subtype in ("FLOAT", "DOUBLE"):
            blob = blob[:60] + blob[64:]  # the PEAK chunk's time stamp
        print(subtype, np.asarray(src).dtype, np.asarray(src).shape, len(blob), blob[:80])
        print(blob[80:])
        print(sf.info(path).subtype, sf.read(path, dtype="int32", always_2d=True)[0].tolist())
for name, data in (("/tmp/taipan_audio_write_wav_noext", floats), (path, np.zeros(3, dtype=np.int64)),
                   (path, np.zeros((2, 2, 2))), (path, np.zeros(3, dtype=np.uint8))):
    try:
        sf.write(name, data, 8000)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sf.write(path, floats, 8000, subtype="XYZ")
except ValueError as e:
    print(e)
