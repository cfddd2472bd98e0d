# wave: bad, truncated and unsupported files raise wave.Error or EOFError.
import wave
import struct

path = "/tmp/taipan_test_lib_wave_errors.wav"


def fmt(tag=1, channels=1, bits=16, size=16):
    return b"fmt " + struct.pack("<LHHLLHH", size, tag, channels, 8000, 16000, 2, bits)


def riff(body, size=None):
    return b"RIFF" + struct.pack("<L", len(body) if size is None else size) + body


good = b"WAVE" + fmt() + b"data" + struct.pack("<L", 4) + b"\x01\x00\x02\x00"
cases = [
    b"", b"RIF", b"RIFF\x10\x00", b"RIFX" + good[4:], riff(b"WAVX" + good[4:]),
    riff(b"WAVE"), riff(b"WAVE" + fmt()), riff(b"WAVE" + b"data\x00\x00\x00\x00" + fmt()),
    riff(b"WAVE" + fmt(tag=3) + b"data\x00\x00\x00\x00"),
    riff(b"WAVE" + fmt(tag=0xFFFE) + b"data\x00\x00\x00\x00"),
    riff(b"WAVE" + fmt(channels=0) + b"data\x00\x00\x00\x00"),
    riff(b"WAVE" + fmt(bits=0) + b"data\x00\x00\x00\x00"),
    riff(b"WAVE" + fmt(size=10)[:18]), riff(b"WAVE" + fmt()[:20]),
    riff(good, size=12), riff(good, size=40), riff(good[:-3]),
    riff(b"WAVE" + b"LIST\xff\x00\x00\x00" + good[4:]),
]
for data in cases:
    with open(path, "wb") as f:
        f.write(data)
    try:
        with wave.open(path) as r:
            print("ok", r.getparams(), r.readframes(10))
    except wave.Error as e:
        print("wave.Error", e)
    except Exception as e:
        print(type(e).__name__, e)
for mode in ("x", "r+", "ab"):
    try:
        wave.open(path, mode)
    except wave.Error as e:
        print(e)
w = wave.open(path, "wb")
for call in (lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0),
             lambda: w.setcomptype("ULAW", "u"), lambda: w.getnchannels(), lambda: w.getparams(),
             lambda: w.getframerate(), lambda: w.getsampwidth(), lambda: w.writeframes(b"ab"),
             lambda: w.getcomptype()):
    try:
        print(call())
    except (wave.Error, AttributeError) as e:
        print(type(e).__name__, e)
w.setnchannels(1)
w.setsampwidth(2)
w.setframerate(8000)
w.writeframes(b"\x00\x01")
for call in (lambda: w.setnchannels(2), lambda: w.setnframes(3), lambda: w.writeframes("ab")):
    try:
        call()
    except (wave.Error, TypeError) as e:
        print(type(e).__name__, e)
w.close()
with wave.open(path) as r:
    try:
        r.setpos(2)
    except wave.Error as e:
        print(e, r.getmarkers())
print(issubclass(wave.Error, Exception))
