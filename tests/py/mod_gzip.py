import gzip
import io
import os
import tempfile
import zlib

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(3000))

# One-shot: headers as CPython writes them (mtime fixed), round trips.
for level in (0, 1, 6, 9):
    blob = gzip.compress(data, level, mtime=0)
    print(level, blob[:10], gzip.decompress(blob) == data, blob[-8:])
print(gzip.compress(b"", mtime=12345)[:10], gzip.decompress(gzip.compress(b"")))
# Several members, zero padding between them.
two = gzip.compress(b"first ", mtime=1) + b"\x00" * 5 + gzip.compress(b"second", mtime=2)
print(gzip.decompress(two))
# zlib reads gzip's output and gzip reads zlib's.
print(zlib.decompress(gzip.compress(b"via zlib"), 31), gzip.decompress(zlib.compress(b"via gzip", wbits=31)))


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r if len(repr(r)) < 100 else len(r))
    except Exception as e:
        print(type(e).__name__, e)


attempt(gzip.decompress, b"not gzip data")
attempt(gzip.decompress, gzip.compress(b"abcdef")[:-3])
attempt(gzip.decompress, gzip.compress(b"abcdef")[:12])
bad = bytearray(gzip.compress(b"abcdef" * 20, mtime=0))
bad[-8] ^= 1
attempt(gzip.decompress, bytes(bad))
bad = bytearray(gzip.compress(b"abcdef" * 20, mtime=0))
bad[-1] ^= 1
attempt(gzip.decompress, bytes(bad))
bad = bytearray(gzip.compress(b"abcdef"))
bad[2] = 7
attempt(gzip.decompress, bytes(bad))
print(issubclass(gzip.BadGzipFile, OSError))

# Files: binary write, read back whole, by lines, in pieces, with seek.
folder = tempfile.mkdtemp()
path = os.path.join(folder, "sample.txt.gz")
with gzip.open(path, "wb") as f:
    print(f.write(data[:5000]), f.write(bytearray(data[5000:])), f.mode, f.name == path)
with open(path, "rb") as raw:
    head = raw.read(24)
print(head[:3], head[3], head[8:10], head[10:17])
with gzip.open(path) as f:
    print(f.read() == data, f.read(), f.mode, f.mtime > 0)
with gzip.GzipFile(path) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1])
with gzip.open(path, "rb") as f:
    pieces = []
    while True:
        piece = f.read(777)
        if not piece:
            break
        pieces.append(piece)
    print(b"".join(pieces) == data, len(pieces), f.tell())
    f.seek(10)
    print(f.read(20), f.tell())
    f.seek(5, 1)
    print(f.readline(), f.peek(1)[:5])
    f.rewind()
    print(f.read(5), [next(f) for _ in range(2)])
with gzip.open(path) as f:
    count = 0
    for line in f:
        count += 1
    print(count)

# Text mode: lines, newline translation, encodings.
text = "naïve café\nsecond line\r\nthird\rfourth\n" * 50
tpath = os.path.join(folder, "t.gz")
with gzip.open(tpath, "wt", encoding="utf-8") as f:
    print(f.write(text), f.encoding)
with gzip.open(tpath, "rt", encoding="utf-8") as f:
    print(repr(f.read(60)))
    print(repr(f.readline()), repr(f.readline()))
with gzip.open(tpath, "rt", encoding="utf-8", newline="") as f:
    got = f.readlines()
print(len(got), got[:4])
with gzip.open(tpath, "rt", newline="\r") as f:
    print(f.readlines()[:3])
with gzip.open(tpath, "rt") as f:
    print(sum(1 for _ in f))
with gzip.open(tpath, "at") as f:
    f.write("appended\n")
with gzip.open(tpath, "rt") as f:
    print(f.read()[-20:])
with gzip.open(tpath, "wt", encoding="latin-1", newline="\r\n") as f:
    f.write("a\nb\n")
print(gzip.decompress(open(tpath, "rb").read()))

# File objects instead of paths.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as f:
    f.write(b"in memory")
print(buf.getvalue()[:10], gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.open(buf, "rt") as f:
    print(f.read())

attempt(gzip.open, path, "rbt")
attempt(gzip.open, path, "rb", encoding="utf-8")
attempt(gzip.open, 3.5)
attempt(gzip.GzipFile, path, "z")
with gzip.open(path, "rb") as f:
    attempt(f.write, b"x")
with gzip.open(os.path.join(folder, "w.gz"), "wb") as f:
    attempt(f.read)
    attempt(f.write, "text")
f = gzip.open(path)
f.close()
attempt(f.read)
print(f.closed)
with open(os.path.join(folder, "plain"), "wb") as g:
    g.write(b"plain text, not gzip")
with gzip.open(os.path.join(folder, "plain")) as f:
    attempt(f.read)
with open(os.path.join(folder, "cut.gz"), "wb") as g:
    g.write(gzip.compress(data)[:-100])
with gzip.open(os.path.join(folder, "cut.gz")) as f:
    attempt(f.read)

# io.TextIOWrapper over BytesIO.
w = io.TextIOWrapper(io.BytesIO(b"alpha\r\nbeta\rgamma\ndelta"), encoding="utf-8")
print(w.readlines(), w.encoding, w.errors)
w = io.TextIOWrapper(io.BytesIO("é\n".encode("utf-16")), encoding="utf-16")
print(repr(w.read()))
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
w.write("x\ny\n")
w.flush()
print(out.getvalue())
attempt(io.TextIOWrapper, io.BytesIO(), newline="bad")
attempt(w.write, b"bytes")
print(isinstance(w, io.TextIOBase), isinstance(w, io.IOBase))
