import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import soundfile as sf
from wavmaker import wav_bytes, write

u8 = bytes([0, 1, 127, 128, 129, 255])
s24 = bytes([0, 0, 0x80, 0xFF, 0xFF, 0x7F, 1, 0, 0, 0xFF, 0xFF, 0xFF, 0x34, 0x12, 0x80, 0x00, 0x01, 0x00])
s32 = struct.pack("<6i", -2 ** 31, 2 ** 31 - 1, 1, -1, 65537, -123456789)
for name, raw, bits in (("u8", u8, 8), ("s24", s24, 24), ("s32", s32, 32)):
    for channels in (1, 2, 3):
        path = write("read_widths_%s_%d" % (name, channels), wav_bytes(raw, channels=channels, bits=bits))
        for dtype in ("float64", "float32", "int16", "int32"):
            data, sr = sf.read(path, dtype=dtype)
            print(name, channels, dtype, data.shape, data.ravel().tolist())
# 12-bit samples live in 2-byte containers.
path = write("read_widths_12", wav_bytes(struct.pack("<3h", 16, -16, 2047 * 16), bits=12))
print(sf.read(path, dtype="int16"))
