import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import soundfile as sf
from wavmaker import wav_bytes, extensible, write

s = struct.pack("<4h", 1, -1, 32767, -32768)
cases = [
    ("list_chunk_before", wav_bytes(s, before=b"LIST\x03\x00\x00\x00abc\x00")),
    ("junk_after", wav_bytes(s, after=b"junk\x02\x00\x00\x00zz")),
    ("data_too_long", wav_bytes(s, data_size=100)),
    ("data_odd_truncated", wav_bytes(s + b"\x01", data_size=100)),
    ("data_short", wav_bytes(s, data_size=3)),
    ("empty_data", wav_bytes(b"")),
    ("ext_pcm16", wav_bytes(s, tag=0xFFFE, fmt_extra=extensible(1, 16))),
    ("ext_24_in_32", wav_bytes(struct.pack("<2i", 256, -256), tag=0xFFFE, bits=32, fmt_extra=extensible(1, 24))),
    ("ext_float", wav_bytes(struct.pack("<2f", 0.5, 2.0), tag=0xFFFE, bits=32, fmt_extra=extensible(3, 32))),
    ("ext_stereo24", wav_bytes(bytes(range(12)), tag=0xFFFE, bits=24, channels=2, fmt_extra=extensible(1, 24, 3))),
]
for name, blob in cases:
    data, sr = sf.read(write("read_layouts_" + name, blob))
    print(name, sr, data.shape, data.tolist())
