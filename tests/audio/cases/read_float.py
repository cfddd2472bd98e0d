import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import soundfile as sf
from wavmaker import wav_bytes, write

vals = [0.5, -0.5, 1.5, -1.5, 2.5, 42.6, -0.25, 1e6, -1e6, 40000.0, 1e12, -1e12, 0.1]
f32 = write("read_float_f32", wav_bytes(struct.pack("<13f", *vals), tag=3, bits=32))
f64 = write("read_float_f64", wav_bytes(struct.pack("<13d", *vals), tag=3, bits=64))
for path in (f32, f64):
    for dtype in ("float64", "float32", "int16", "int32"):
        data, sr = sf.read(path, dtype=dtype)
        print(data.dtype, data.tolist())
stereo = write("read_float_st", wav_bytes(struct.pack("<4f", 0.1, 0.2, 0.3, 0.4), tag=3, bits=32, channels=2))
print(sf.read(stereo, dtype="float32"))
print(sf.read(stereo)[0].tolist())
special = struct.pack("<4f", float("nan"), float("inf"), -float("inf"), -0.0)
for bits, code in ((32, "<4f"), (64, "<4d")):
    raw = struct.pack(code, *struct.unpack("<4f", special))
    path = write("read_float_special_%d" % bits, wav_bytes(raw, tag=3, bits=bits))
    for dtype in ("float64", "float32", "int16", "int32"):
        print(dtype, sf.read(path, dtype=dtype)[0].tolist())
