# wave on file objects: reading from the current position, writing to an
# open file, mode taken from the file, empty data.
import wave
import struct

path = "/tmp/taipan_test_lib_wave_fileobj.wav"
f = open(path, "wb")
w = wave.open(f, "wb")
w.setnchannels(2)
w.setsampwidth(2)
w.setframerate(22050)
w.setnframes(100)
w.writeframes(struct.pack("<6h", 1, 2, 3, 4, 5, 6))
w.close()
print(f.closed)
f.close()
with open(path, "rb") as f:
    data = f.read()
print(len(data), struct.unpack("<4sL4s4sLHHLLHH4sL", data[:44]))
with open(path, "rb") as f:
    r = wave.open(f)
    print(r.getparams())
    print(struct.unpack("<6h", r.readframes(3)))
    r.close()
    print(f.closed)
# An empty file: header only.
with wave.open("/tmp/taipan_test_lib_wave_fileobj_empty.wav", "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(8000)
with open("/tmp/taipan_test_lib_wave_fileobj_empty.wav", "rb") as f:
    data = f.read()
print(len(data), data)
with wave.open("/tmp/taipan_test_lib_wave_fileobj_empty.wav") as r:
    print(r.getnframes(), r.readframes(10), r.tell())
# An odd-sized chunk before fmt, and extra chunks after data.
body = b"WAVE" + b"LIST" + struct.pack("<L", 3) + b"abc" + b"\0"
body += b"fmt " + struct.pack("<LHHLLHH", 16, 1, 1, 8000, 8000, 1, 8)
body += b"data" + struct.pack("<L", 5) + b"\x01\x02\x03\x04\x05" + b"\0"
body += b"junk" + struct.pack("<L", 2) + b"zz"
with open(path, "wb") as f:
    f.write(b"RIFF" + struct.pack("<L", len(body)) + body)
with wave.open(path) as r:
    print(r.getparams(), r.readframes(10), r.tell())
    r.setpos(5)
    print(r.readframes(1), r.tell())

# readframes(-1) (or any negative count) reads every remaining frame.
import io
negbuf = io.BytesIO()
with wave.open(negbuf, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.writeframes(struct.pack("<5h", 1, 2, 3, 4, 5))
negbuf.seek(0)
with wave.open(negbuf) as r:
    print(len(r.readframes(-1)), r.tell())
    r.rewind()
    print(r.readframes(2), r.readframes(-5), r.readframes(-1), r.tell())
