import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import soundfile as sf
from wavmaker import wav_bytes, write

mono = write("read_ranges_mono", wav_bytes(struct.pack("<10h", *range(0, 1000, 100))))
stereo = write("read_ranges_st", wav_bytes(struct.pack("<10h", *range(10)), channels=2))
for kw in ({"frames": 3}, {"frames": 0}, {"frames": 30}, {"start": 4}, {"start": -3},
           {"start": 2, "stop": 5}, {"stop": -2}, {"start": 7, "stop": 3}, {"start": 20},
           {"start": 8, "frames": 5}, {"frames": 12, "fill_value": 7},
           {"start": 8, "frames": 4, "fill_value": -1}, {"frames": 2, "always_2d": True}):
    for path in (mono, stereo):
        data, sr = sf.read(path, dtype="int16", **kw)
        print(sorted(kw.items()), data.shape, data.tolist())
data, sr = sf.read(mono, frames=12, fill_value=0.5)
print(data)
try:
    sf.read(mono, frames=2, stop=3)
except TypeError as e:
    print(e)
for bad in ("int8", "uint8", "float16", "i1", "f2", "<i4", "f8"):
    try:
        print(sf.read(mono, dtype=bad, frames=1)[0].dtype)
    except ValueError as e:
        print(e)
