# memoryview.cast to the native struct formats, release() and the with
# statement, and bytearray resizing while views exist (BufferError).
import struct


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!", type(e).__name__, str(e))


raw = bytes(range(248, 256)) + bytes(range(8))
m = memoryview(raw)
for fmt in "BbcHhIiLlQqNnfd?":
    show("cast " + fmt, lambda: m.cast(fmt).tolist())
show("cast props", lambda: [(c.format, c.itemsize, c.nbytes, c.shape, c.strides, len(c))
                            for c in (m.cast("H"), m.cast("d"), m.cast("@i"))])
show("item", lambda: (m.cast("h")[1], m.cast("q")[-1], m.cast("f")[3]))
show("slice of cast", lambda: m.cast("I")[1:3].tolist())
show("cast back", lambda: m.cast("H").cast("B").tolist() == list(raw))
show("cast shape", lambda: m.cast("H", [8]).shape)
show("cast tuple shape", lambda: m.cast("B", shape=(16,)).tolist()[:3])
show("tobytes of cast", lambda: m.cast("H").tobytes() == raw)
show("hex of cast", lambda: m[:4].cast("H").hex())
show("eq casts", lambda: m.cast("H") == memoryview(raw).cast("H"))
show("eq cast bytes", lambda: m.cast("H") == raw)
show("matches struct", lambda: m.cast("i").tolist() == list(struct.unpack("4i", raw)))

buf = bytearray(16)
words = memoryview(buf).cast("H")
words[0] = 0xBEEF
words[3] = 7
show("write word", lambda: bytes(buf[:8]))
floats = memoryview(buf).cast("d")
floats[1] = 2.5
floats[0] = 3
show("write double", lambda: (floats.tolist(), buf[8:].hex()))
singles = memoryview(buf).cast("f")
singles[0] = 1e300
show("float overflow is inf", lambda: singles[0])
flags = memoryview(bytearray(4)).cast("?")
flags[0] = 5
flags[1] = []
show("bools", lambda: flags.tolist())
chars = memoryview(bytearray(b"xyz")).cast("c")
chars[1] = b"Q"
show("chars", lambda: (chars.tolist(), chars.obj))


def assign(target, key, value):
    target[key] = value
    return target.tolist()


show("H too big", lambda: assign(words, 0, 65536))
show("H negative", lambda: assign(words, 0, -1))
show("h range", lambda: assign(memoryview(bytearray(4)).cast("h"), 0, -32768))
show("Q big", lambda: assign(memoryview(bytearray(8)).cast("Q"), 0, 2 ** 64 - 1))
show("q too big", lambda: assign(memoryview(bytearray(8)).cast("q"), 0, 2 ** 63))
show("d str", lambda: assign(floats, 0, "1"))
show("d huge int", lambda: assign(floats, 0, 10 ** 400))
show("c two", lambda: assign(chars, 0, b"ab"))
show("c int", lambda: assign(chars, 0, 1))
show("bad format", lambda: m.cast("x"))
show("half float", lambda: m.cast("e"))
show("big-endian", lambda: m.cast("<B"))
show("format type", lambda: m.cast(1))
show("no format", lambda: m.cast())
show("not multiple", lambda: memoryview(b"abc").cast("H"))
show("two non-byte", lambda: m.cast("H").cast("I"))
show("strided", lambda: m[::2].cast("H"))
show("shape type", lambda: m.cast("B", 16))
show("shape size", lambda: m.cast("B", [15]))
show("shape items", lambda: m.cast("B", ["a"]))
show("hash of cast", lambda: hash(m.cast("H")))
show("hash of c", lambda: hash(m.cast("c")) == hash(raw))

# release() and with.
r = memoryview(b"xyz")
with r as inside:
    show("inside", lambda: (inside is r, inside.tobytes()))
show("repr released", lambda: repr(r).startswith("<released memory at 0x"))
for name, op in [("tobytes", lambda: r.tobytes()), ("item", lambda: r[0]),
                 ("len", lambda: len(r)), ("obj", lambda: r.obj),
                 ("format", lambda: r.format), ("shape", lambda: r.shape),
                 ("tolist", lambda: r.tolist()), ("cast", lambda: r.cast("B")),
                 ("bytes", lambda: bytes(r)), ("list", lambda: list(r)),
                 ("view", lambda: memoryview(r)), ("hash", lambda: hash(r)),
                 ("enter", lambda: r.__enter__())]:
    show("released " + name, op)
show("release again", lambda: r.release())
show("released eq", lambda: (r == r, r == b"xyz", memoryview(b"xyz") == r))

# A bytearray with views cannot change size.
ba = bytearray(b"hello")
v = memoryview(ba)
part = v[1:3]
def setslice(key, value):
    ba[key] = value


def delslice(key):
    del ba[key]


def iadd(extra):
    global ba
    ba += extra


def imul(n):
    global ba
    ba *= n


resizes = [
    ("append", lambda: ba.append(1)),
    ("extend empty", lambda: ba.extend(b"")),
    ("extend", lambda: ba.extend(b"!")),
    ("same-size slice", lambda: setslice(slice(0, 1), b"J")),
    ("growing slice", lambda: setslice(slice(0, 1), b"JJ")),
    ("+= empty", lambda: iadd(b"")),
    ("+=", lambda: iadd(b"x")),
    ("*= 1", lambda: imul(1)),
    ("*= 2", lambda: imul(2)),
    ("reverse", lambda: ba.reverse()),
    ("clear", lambda: ba.clear()),
    ("del empty", lambda: delslice(slice(0, 0))),
    ("del item", lambda: delslice(0)),
    ("pop", lambda: ba.pop()),
    ("insert", lambda: ba.insert(0, 1)),
    ("remove", lambda: ba.remove(108)),
    ("__init__", lambda: ba.__init__(b"HELLO")),
    ("extended slice", lambda: setslice(slice(None, None, 2), b"abc")),
]
for name, op in resizes:
    show(name, op)
    print("   ", ba, ba is v.obj)
v.release()
show("still a view", lambda: ba.append(1))
part.release()
ba.append(33)
show("resized", lambda: ba)
with memoryview(ba) as scoped:
    show("in with", lambda: ba.append(1))
ba.append(34)
show("after with", lambda: ba)


def scoped_view(b):
    return memoryview(b)[0]


show("temporary view", lambda: scoped_view(ba))
ba.extend(b"??")
show("after temporary", lambda: ba)
