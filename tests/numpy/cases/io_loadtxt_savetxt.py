import numpy as np

base = "/tmp/taipan_numpy_io_loadtxt_savetxt"


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def text(path):
    with open(path) as f:
        return f.read()


def write(path, body):
    with open(path, "w") as f:
        f.write(body)


path = base + "_a.txt"
a = np.array([[1.0, 2.5, -3.25], [0.1, 1e-10, 12345.678]])
np.savetxt(path, a)
print(text(path))
show("roundtrip", lambda: np.loadtxt(path))
print("exact" if np.array_equal(np.loadtxt(path), a) else "differs")
np.savetxt(path, a, fmt="%.3f", delimiter=",", header="x,y,z\nsecond", footer="end", comments="## ")
print(text(path))
show("csv back", lambda: np.loadtxt(path, delimiter=",", comments="#"))
show("csv skiprows", lambda: np.loadtxt(path, delimiter=",", skiprows=2, comments="#"))
np.savetxt(path, np.arange(6).reshape(2, 3), fmt="%d")
print(text(path))
show("ints", lambda: np.loadtxt(path, dtype=int))
show("ints usecols", lambda: np.loadtxt(path, dtype=np.int32, usecols=(0, 2)))
show("ints usecols int", lambda: np.loadtxt(path, usecols=-1))
show("unpack", lambda: np.loadtxt(path, unpack=True))
np.savetxt(path, np.arange(3, dtype=np.float32) / np.float32(3))
print(text(path))
show("1d back", lambda: np.loadtxt(path, dtype=np.float32))
show("1d ndmin 2", lambda: np.loadtxt(path, ndmin=2))
np.savetxt(path, [[1.5, 2], [3, 4]], fmt=["%.1f", "%5d"], newline=";\n", delimiter="|")
print(text(path))
np.savetxt(path, [[1, 2], [3, 4]], fmt="%d and %d")
print(text(path))
with open(path, "w") as f:
    np.savetxt(f, [1.0, 2.0], fmt="%g")
    f.write("tail\n")
print(text(path))
with open(path, "wb") as f:
    np.savetxt(f, [[1, 2]], fmt="%d")
print(text(path))

write(path, "# comment\n  1  2 # hi\n\n 3\t4\n")
show("whitespace", lambda: np.loadtxt(path))
show("f32", lambda: np.loadtxt(path, dtype=np.float32))
show("uint8", lambda: np.loadtxt(path, dtype=np.uint8))
show("bool", lambda: np.loadtxt(path, dtype=bool))
show("max_rows", lambda: np.loadtxt(path, max_rows=1))
write(path, "7\n")
show("one value", lambda: np.loadtxt(path))
show("one value ndmin 1", lambda: np.loadtxt(path, ndmin=1))
write(path, "1 2 3\n")
show("one row", lambda: np.loadtxt(path))
show("one row ndmin 2", lambda: np.loadtxt(path, ndmin=2))
write(path, "inf -inf nan -1e3 +2.5 .5\n")
show("specials", lambda: np.loadtxt(path))
write(path, "")
show("empty", lambda: np.loadtxt(path))
show("empty ndmin 2", lambda: np.loadtxt(path, ndmin=2).shape)

show("lines", lambda: np.loadtxt(["1 2", "3 4"]))
show("lines comments", lambda: np.loadtxt(["1 2 ; x", "3 4 // y"], comments=[";", "//"]))
show("lines csv", lambda: np.loadtxt(["1, 2", " 3 ,4 "], delimiter=","))
show("no comments", lambda: np.loadtxt(["1 2"], comments=None))

show("err columns", lambda: np.loadtxt(["1 2 3", "4 5"]))
show("err blank csv", lambda: np.loadtxt(["1,2", "\t", "3,4"], delimiter=","))
show("err float", lambda: np.loadtxt(["1,2.5,x"], delimiter=","))
show("err empty field", lambda: np.loadtxt(["1,,2"], delimiter=","))
show("err underscore", lambda: np.loadtxt(["1_0"]))
show("err hex", lambda: np.loadtxt(["0x10"]))
show("err int", lambda: np.loadtxt(["1.0 2"], dtype=int))
show("err uint8 neg", lambda: np.loadtxt(["1 -2"], dtype=np.uint8))
show("err uint8 big", lambda: np.loadtxt(["1 300"], dtype=np.uint8))
show("err usecols", lambda: np.loadtxt(["1 2"], usecols=5))
show("err usecols neg", lambda: np.loadtxt(["1 2 3", "4 5 6"], usecols=(0, -4)))
show("err ndmin", lambda: np.loadtxt(["1"], ndmin=3))
show("err skiprows", lambda: np.loadtxt(["1"], skiprows=-1))
show("err skiprows type", lambda: np.loadtxt(["1"], skiprows=1.5))
show("err comments", lambda: np.loadtxt(["1"], comments=""))
show("err fname", lambda: np.loadtxt(5))
show("err missing", lambda: type(np.loadtxt(base + "_missing.txt")))
show("err save 3d", lambda: np.savetxt(path, np.zeros((1, 1, 1))))
show("err save 0d", lambda: np.savetxt(path, np.float64(1.0)))
show("err save fmt count", lambda: np.savetxt(path, [[1, 2, 3]], fmt="%d %d"))
show("err save fmt list", lambda: np.savetxt(path, [[1, 2, 3]], fmt=["%d", "%d"]))
show("err save fmt type", lambda: np.savetxt(path, [[1, 2]], fmt=5))
show("err save fname", lambda: np.savetxt(5, [1]))

write(path, "1,2\r\n3,4\r\n")
show("crlf", lambda: np.loadtxt(path, delimiter=","))
with open(path) as f:
    show("file object", lambda: np.loadtxt(f, delimiter=","))
with open(path, "rb") as f:
    show("binary file", lambda: np.loadtxt(f, delimiter=","))
show("generator", lambda: np.loadtxt(("%d %d" % (i, i * i) for i in range(3)), dtype=np.int16))
big = np.arange(3000, dtype=np.float64).reshape(300, 10) / 7
np.savetxt(path, big)
show("big roundtrip", lambda: bool(np.all(np.loadtxt(path) == big)))
np.savetxt(path, big, fmt="%.6g", delimiter="\t")
show("big sum", lambda: np.loadtxt(path, delimiter="\t").sum(axis=0))
show("int64 limits", lambda: np.loadtxt(["-9223372036854775808 9223372036854775807"], dtype=np.int64))
show("err int64 big", lambda: np.loadtxt(["9223372036854775808"], dtype=np.int64))
show("err newline", lambda: np.loadtxt(["1\n2 3"]))
