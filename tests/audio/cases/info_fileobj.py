import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import soundfile as sf
from wavmaker import wav_bytes, write

vals = struct.pack("<12h", *range(-6000, 6000, 1000))
for bits, tag, raw in ((16, 1, vals), (8, 1, vals), (24, 1, vals), (32, 1, vals), (32, 3, vals), (64, 3, vals)):
    path = write("info_%d_%d" % (tag, bits), wav_bytes(raw, tag=tag, bits=bits, channels=2, rate=11025))
    i = sf.info(path)
    print(i)
    print(i.samplerate, i.channels, i.frames, round(i.duration, 9), i.format, i.subtype, i.endian, i.sections)
long = write("info_long", wav_bytes(bytes(8000 * 2 * 3), rate=8000))
print(sf.info(long))
print(sf.info(long).duration)
with open(long, "rb") as f:
    data, sr = sf.read(f, dtype="int16")
    print(data.shape, sr, data[:3].tolist())
with open(path, "rb") as f:
    f.read(10)
    try:
        sf.read(f)
    except RuntimeError as e:
        print(type(e).__name__, e.code, e.error_string)
