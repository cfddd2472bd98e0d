# memoryview over bytes and bytearray: items, slices that share the
# buffer, writes through views, properties and errors.


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!", type(e).__name__, str(e))


data = bytes(range(10, 20))
m = memoryview(data)
show("type", lambda: type(m).__name__)
show("isinstance", lambda: isinstance(m, memoryview))
show("len", lambda: len(m))
show("items", lambda: (m[0], m[-1], m[3]))
show("tolist", lambda: m.tolist())
show("tobytes", lambda: m.tobytes())
show("bytes()", lambda: bytes(m))
show("bytearray()", lambda: bytearray(m))
show("list()", lambda: list(m))
show("iterate", lambda: [x * 2 for x in m[:3]])
show("in", lambda: (12 in m, 99 in m))
show("props", lambda: (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides,
                       m.readonly, m.suboffsets, m.c_contiguous, m.f_contiguous,
                       m.contiguous))
show("obj", lambda: m.obj is data)
show("hex", lambda: (m.hex(), m[:4].hex(":"), m[:5].hex("-", 2), m[:5].hex(b"|", -2)))
show("bool", lambda: (bool(m), bool(memoryview(b""))))
show("repr", lambda: repr(m)[:12] + "..." + repr(m)[-1:])
show("str", lambda: str(m).startswith("<memory at 0x"))

# Slices are views of the same bytes.
s = m[2:8:2]
show("slice", lambda: (s.tolist(), s.obj is data, s.nbytes, s.strides, s.contiguous))
show("slice of slice", lambda: s[1:].tolist())
show("reverse", lambda: (m[::-1].tolist(), m[::-3].tobytes(), m[::-1].strides))
show("empty", lambda: (m[5:2].tolist(), m[5:2].tobytes(), len(m[100:])))
show("negative", lambda: m[-3:].tolist())

# Writes through a view of a bytearray reach the bytearray.
buf = bytearray(b"abcdefgh")
w = memoryview(buf)
w[0] = ord("A")
w[1:3] = b"BC"
w[-2:] = bytearray(b"GH")
show("written", lambda: buf)
tail = w[4:]
tail[0] = 0x45
show("through slice", lambda: buf)
step = w[::2]
step[:] = b"1234"
show("strided write", lambda: buf)
w[2:4] = memoryview(b"xyzw")[1:3]
show("view source", lambda: buf)
show("readonly", lambda: (w.readonly, memoryview(b"a").readonly, w.toreadonly().readonly))
show("obj is buf", lambda: w.obj is buf)
buf[0] = 0x7A
show("sees bytearray writes", lambda: (w[0], tail.tobytes()))

# Comparisons.
show("eq bytes", lambda: (m == data, data == m, m == bytearray(data), m != data))
show("eq view", lambda: (m == memoryview(data), m[:2] == m[1:3], m[:2] == data[:2]))
show("eq other", lambda: (m == "abc", m == [10, 11], m == None))
show("eq formats", lambda: memoryview(b"\x01\x02") == memoryview(bytearray(b"\x01\x02")).cast("b"))
show("lt", lambda: m < m)
show("hash ro", lambda: hash(memoryview(b"abc")) == hash(b"abc"))
show("hash rw", lambda: hash(memoryview(bytearray(b"abc"))))

# Index and assignment errors.
show("index range", lambda: m[10])
show("index neg range", lambda: m[-11])
show("str key", lambda: m["a"])
show("float key", lambda: m[1.5])
show("big key", lambda: m[10 ** 30])
show("tuple key", lambda: m[1, 2])
show("one tuple key", lambda: m[(1,)])
show("empty tuple key", lambda: m[()])
show("zero step", lambda: m[::0])
show("bool key", lambda: m[True])


def assign(target, key, value):
    target[key] = value
    return bytes(target.obj)


def delete(target, key):
    del target[key]


show("ro item", lambda: assign(m, 0, 1))
show("ro slice", lambda: assign(m, slice(0, 1), b"x"))
show("too big", lambda: assign(w, 0, 256))
show("negative", lambda: assign(w, 0, -1))
show("bytes item", lambda: assign(w, 0, b"a"))
show("float item", lambda: assign(w, 0, 1.0))
show("bool item", lambda: assign(w, 0, True))
show("length differs", lambda: assign(w, slice(0, 2), b"abc"))
show("list source", lambda: assign(w, slice(0, 2), [1, 2]))
show("str source", lambda: assign(w, slice(0, 2), "ab"))
show("bad key", lambda: assign(w, "x", 1))
show("out of range", lambda: assign(w, 8, 1))
show("format differs", lambda: assign(w.cast("H"), slice(0, 1), b"ab"))
show("del item", lambda: delete(w, 0))
show("del ro", lambda: delete(m, 0))

# Constructor errors.
show("int", lambda: memoryview(1))
show("list", lambda: memoryview([1, 2]))
show("str", lambda: memoryview("abc"))
show("none", lambda: memoryview())
show("two", lambda: memoryview(b"a", 1))
show("keyword", lambda: memoryview(object=b"kw").tobytes())
show("of view", lambda: memoryview(m[2:4]).tolist())
show("tobytes order", lambda: (m[:2].tobytes("C"), m[:2].tobytes(order="A")))
show("tobytes bad order", lambda: m.tobytes("X"))
show("tolist args", lambda: m.tolist(1))
