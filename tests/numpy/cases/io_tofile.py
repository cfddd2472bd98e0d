import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__)
        print(repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


p = "/tmp/taipan_numpy_io_tofile.bin"
a = np.arange(6, dtype=np.int16).reshape(2, 3)
show("tofile", lambda: a.tofile(p))
show("bytes", lambda: open(p, "rb").read())
show("fromfile", lambda: np.fromfile(p, dtype=np.int16))
show("transposed", lambda: a.T.tofile(p))
show("bytes T", lambda: open(p, "rb").read())
show("count", lambda: np.fromfile(p, dtype=np.int16, count=2))
show("count offset", lambda: np.fromfile(p, dtype=np.int16, count=2, offset=4))
show("count too big", lambda: np.fromfile(p, dtype=np.int16, count=20))
show("count zero", lambda: np.fromfile(p, dtype=np.int16, count=0))
show("int32", lambda: np.fromfile(p, dtype=np.int32))
show("default float", lambda: np.fromfile(p))
show("offset past end", lambda: np.fromfile(p, dtype=np.int16, offset=100))
with open(p, "wb") as f:
    a.tofile(f)
    np.array([1.5, -2.25], np.float32).tofile(f)
    np.array(3.5).tofile(f)
show("appended", lambda: open(p, "rb").read())
with open(p, "rb") as f:
    show("file int16", lambda: np.fromfile(f, dtype=np.int16, count=6))
    show("file float32", lambda: np.fromfile(f, dtype=np.float32, count=2))
    show("file rest", lambda: np.fromfile(f, dtype=np.float64))
    show("file at end", lambda: np.fromfile(f, dtype=np.float32))
with open(p, "wb") as f:
    f.write(bytes([0, 1, 2, 0, 255]))
show("bool", lambda: np.fromfile(p, dtype=np.bool_))
show("uint8", lambda: np.fromfile(p, dtype=np.uint8))
show("partial item", lambda: np.fromfile(p, dtype=np.int16))
img = (np.arange(48) % 251).astype(np.uint8).reshape(4, 4, 3)
img.tofile(p)
back = np.fromfile(p, dtype=np.uint8).reshape(4, 4, 3)
print("image round trip", np.array_equal(back, img), back.dtype, back.shape)
f32 = np.linspace(-1, 1, 7, dtype=np.float32)
f32[::2].tofile(p)
print("strided float32", np.fromfile(p, dtype=np.float32))
show("missing file", lambda: np.fromfile("/tmp/taipan_numpy_io_tofile_missing.bin"))
