import io
import os
import tempfile
import zipfile

import numpy as np

# An archive NumPy 2.3.5 wrote (savez_compressed of w and v into a BytesIO).
NUMPY_NPZ = b'PK\x03\x04-\x00\x00\x00\x08\x00\x00\x00!\x00\x00\xca\xdcm\xff\xff\xff\xff\xff\xff\xff\xff\x05\x00\x14\x00w.npy\x01\x00\x10\x00\x88\x00\x00\x00\x00\x00\x00\x00N\x00\x00\x00\x00\x00\x00\x00\x9b\xec\x17\xea\x1b\x10\xc9\xc8P\xc6P\xad\x9e\x92Z\x9c\\\xa4n\xa5\xa0n\x93i\xa4\xae\xa3\xa0\x9e\x96_TR\x94\x98\x17\x9f_\x94\x92\n\x12wK\xcc)N\x05\x8a\x17g$\x16\xa4\x02\xf9\x1aF:\nF\x9a:\n\xb5\nd\x03.F\x06&\x06f\x06\x16\x06\x00PK\x03\x04-\x00\x00\x00\x08\x00\x00\x00!\x00\xdc-I\xd8\xff\xff\xff\xff\xff\xff\xff\xff\x05\x00\x14\x00v.npy\x01\x00\x10\x00\x98\x00\x00\x00\x00\x00\x00\x00M\x00\x00\x00\x00\x00\x00\x00\x9b\xec\x17\xea\x1b\x10\xc9\xc8P\xc6P\xad\x9e\x92Z\x9c\\\xa4n\xa5\xa0n\x93f\xa1\xae\xa3\xa0\x9e\x96_TR\x94\x98\x17\x9f_\x94\x92\n\x12wK\xcc)N\x05\x8a\x17g$\x16\xa4\x02\xf9\x1a\xc6:\x9a:\n\xb5\n\x14\x00.\x06\x14\xf0\xc0\x1eB\x7f\xb0\x07\x00PK\x01\x02-\x03-\x00\x00\x00\x08\x00\x00\x00!\x00\x00\xca\xdcmN\x00\x00\x00\x88\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00w.npyPK\x01\x02-\x03-\x00\x00\x00\x08\x00\x00\x00!\x00\xdc-I\xd8M\x00\x00\x00\x98\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x85\x00\x00\x00v.npyPK\x05\x06\x00\x00\x00\x00\x02\x00\x02\x00f\x00\x00\x00\t\x01\x00\x00\x00\x00'

with tempfile.TemporaryDirectory() as d:
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    b = np.array([1, -2, 3], dtype=np.int64)
    c = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    np.savez(os.path.join(d, "plain"), a, b, named=c)
    np.savez_compressed(os.path.join(d, "comp.npz"), x=a * 1.5, y=np.array([True, False]),
                        z=np.float64(3.25))
    print(sorted(os.listdir(d)))
    # The members as NumPy writes them: names, sizes, compression, bytes.
    with zipfile.ZipFile(os.path.join(d, "plain.npz")) as zf:
        for info in zf.infolist():
            print(info.filename, info.compress_type, info.file_size, len(info.extra))
        print(zf.read("arr_1.npy"))
    with zipfile.ZipFile(os.path.join(d, "comp.npz")) as zf:
        print([(i.filename, i.compress_type, i.file_size) for i in zf.infolist()])
    with np.load(os.path.join(d, "plain.npz")) as f:
        print(type(f).__name__, f.files, len(f), "arr_0" in f, "arr_0.npy" in f, "q" in f)
        print(list(f), sorted(f.keys()))
        for k, v in f.items():
            print(k, v.dtype, v.shape, v.flags.f_contiguous, v.tolist())
        print(repr(f["arr_1.npy"]), f.f.named.sum(), f.get("none", -1))
        try:
            f["nope"]
        except KeyError as e:
            print("KeyError", e)
    f = np.load(os.path.join(d, "comp.npz"))
    print(sorted(f.keys()), repr(f["z"]), f["y"], f["x"][1])
    f.close()
    print(f.zip, f.fid, f.f)
    with open(os.path.join(d, "comp.npz"), "rb") as fh:
        g = np.load(fh)
        print(repr(g), g["y"])
    try:
        np.savez(os.path.join(d, "bad"), np.arange(2), arr_0=np.ones(1))
    except ValueError as e:
        print("ValueError:", e)
    np.savez(os.path.join(d, "empty"))
    e = np.load(os.path.join(d, "empty.npz"))
    print(e.files, len(e), repr(e)[-12:])

buf = io.BytesIO()
np.savez(buf, np.arange(4), w=np.ones(2))
buf.seek(0)
z = np.load(buf)
print(z.files, z["arr_0"], z["w"])
n = np.load(io.BytesIO(NUMPY_NPZ))
print(n.files, repr(n["w"]), repr(n["v"]))
try:
    np.load(io.BytesIO(b""))
except EOFError as e:
    print("EOFError:", e)
