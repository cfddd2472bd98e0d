# wave: write PCM files of every sample width, read them back.
import wave
import struct

BASE = "/tmp/taipan_test_lib_wave_roundtrip"
for width in (1, 2, 3, 4):
    for channels in (1, 2):
        path = "%s_%d_%d.wav" % (BASE, width, channels)
        frames = bytes((i * 37 + width) % 256 for i in range(width * channels * 7))
        with wave.open(path, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(width)
            w.setframerate(8000.4 + width)
            w.writeframes(frames[:width * channels * 3])
            w.writeframesraw(frames[width * channels * 3:])
            print(w.tell(), w.getnframes(), w.getnchannels(), w.getframerate())
        with open(path, "rb") as f:
            raw = f.read()
        print(len(raw), raw[:44])
        r = wave.open(path, "rb")
        print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes())
        print(r.getparams())
        print(r.readframes(2) == frames[:2 * width * channels], r.tell())
        print(r.readframes(100) == frames[2 * width * channels:], r.tell())
        print(r.readframes(5), r.tell())
        r.rewind()
        print(r.tell(), r.readframes(1) == frames[:width * channels])
        r.setpos(6)
        print(r.tell(), len(r.readframes(9)), r.tell())
        r.close()
# setnframes ahead of time, and a params tuple.
with wave.open(BASE + "_p.wav", "wb") as w:
    w.setparams((1, 2, 16000, 4, "NONE", "not compressed"))
    print(w.getparams())
    w.writeframes(struct.pack("<4h", 1, -2, 300, -32768))
    print(w.getnframes(), w.getcomptype(), w.getcompname())
with wave.open(BASE + "_p.wav") as r:
    p = r.getparams()
    print(p.nchannels, p.framerate, p.nframes, p[3], p._fields)
    print(struct.unpack("<4h", r.readframes(4)))
    print(r.getcomptype(), r.getcompname(), r.getmarkers())
