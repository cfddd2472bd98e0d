import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
import struct
import soundfile as sf
from wavmaker import wav_bytes, extensible, write

s = struct.pack("<4h", 1, -1, 32767, -32768)
cases = [
    ("empty", b""), ("text", b"hello, this is not audio at all" * 3),
    ("riff_only", b"RIFF\x04\x00\x00\x00WAVE"), ("no_fmt", b"RIFF\x10\x00\x00\x00WAVEdata\x04\x00\x00\x00" + s[:4]),
    ("short_fmt", b"RIFF\x20\x00\x00\x00WAVEfmt \x08\x00\x00\x00" + struct.pack("<HHL", 1, 1, 8000) + b"data\x00\x00\x00\x00"),
    ("no_data", b"RIFFxxxxWAVEjunk"), ("wavx", b"RIFF\x04\x00\x00\x00WAVX"),
    ("bits0", wav_bytes(s, bits=0)), ("bits40", wav_bytes(s, bits=40)),
    ("float16", wav_bytes(s, tag=3, bits=16)), ("unknown_tag", wav_bytes(s, tag=0x1234)), ("mp3", wav_bytes(s, tag=0x55, fmt_extra=b"\x00\x00")),
    ("ext_unknown", wav_bytes(s, tag=0xFFFE, fmt_extra=extensible(0x55, 16))),
    ("channels0", wav_bytes(s, channels=0)), ("rate0", wav_bytes(s, rate=0)),
]
for name, blob in cases:
    try:
        data, sr = sf.read(write("errors_" + name, blob))
        print(name, "read", data.shape)
    except sf.LibsndfileError as e:
        print(name, type(e).__name__, e.code, "|", e.error_string, "|", e)
        print(isinstance(e, RuntimeError), isinstance(e, sf.SoundFileError), isinstance(e, sf.SoundFileRuntimeError))
try:
    sf.read("/tmp/taipan_audio_errors_no_such_file.wav")
except RuntimeError as e:
    print(type(e).__name__, e.code, e.prefix, "|", e)
