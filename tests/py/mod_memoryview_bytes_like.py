# A memoryview goes wherever a bytes-like object is accepted.
import base64
import binascii
import codecs
import hashlib
import io
import os
import struct
import tempfile
import zlib


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!", type(e).__name__, str(e))


header = struct.pack("<IHhd", 0xCAFEBABE, 7, -3, 1.5) + b"payload!"
m = memoryview(header)
show("unpack", lambda: struct.unpack("<IHhd", m[:16]))
show("unpack_from", lambda: struct.unpack_from("<Hh", m, 4))
show("iter_unpack", lambda: list(struct.iter_unpack("<H", m[16:])))
show("Struct.unpack", lambda: struct.Struct("<I").unpack(m[:4]))
out = bytearray(8)
ov = memoryview(out)
struct.pack_into("<HI", ov, 1, 513, 99)
show("pack_into view", lambda: bytes(out))
struct.pack_into("<H", ov[4:], 0, 0xFFFF)
show("pack_into slice", lambda: bytes(out))
show("pack_into ro", lambda: struct.pack_into("<H", m, 0, 1))
show("from_bytes", lambda: (int.from_bytes(m[:4], "little"), int.from_bytes(m[4:6], "big", signed=True)))
show("join", lambda: b"-".join([m[:2], m[16:20], b"x", bytearray(b"y")]))
show("empty join", lambda: b"".join([m[16:], m[:1]]))
show("bytearray join", lambda: bytearray(b",").join([m[16:19]]))
show("concat", lambda: (b"<" + m[16:19], bytearray(b"<") + m[16:19]))
show("in bytes", lambda: (memoryview(b"pay") in header, m[16:19] in b"xxpayxx"))
show("find", lambda: (header.find(m[16:19]), header.count(memoryview(b"a"))))
show("startswith", lambda: header[16:].startswith(m[16:18]))
show("extend", lambda: bytearray(b"ab") + bytearray(m[16:18]))
ext = bytearray(b"<")
ext.extend(m[16:19])
show("bytearray.extend", lambda: ext)
ext[0:1] = m[16:18]
show("slice assign", lambda: ext)
show("decode", lambda: (m[16:].tobytes().decode(), str(m[16:23], "ascii"), codecs.decode(m[16:19], "utf-8")))
show("bytes.decode arg", lambda: bytes(m[16:19]).decode("latin-1"))
show("hashlib", lambda: (hashlib.sha256(m).hexdigest() == hashlib.sha256(header).hexdigest(),
                         hashlib.md5(m[16:]).hexdigest()))
h = hashlib.sha1()
h.update(m[:4])
h.update(memoryview(bytearray(b"more")))
show("update", lambda: h.hexdigest())
packed = zlib.compress(m)
show("zlib", lambda: (zlib.decompress(memoryview(packed)) == header, zlib.crc32(m), zlib.adler32(m[16:])))
show("base64", lambda: (base64.b64encode(m[16:]), base64.b64decode(memoryview(b"cGF5")),
                        base64.urlsafe_b64encode(m[:3]), base64.b16encode(m[:2])))
show("binascii", lambda: (binascii.hexlify(m[:4]), binascii.crc32(m)))
bio = io.BytesIO()
bio.write(m[16:20])
bio.write(memoryview(bytearray(b"!!")))
show("BytesIO", lambda: (bio.getvalue(), io.BytesIO(m[16:]).read(3)))
show("BytesIO.getbuffer", lambda: bytes(io.BytesIO(b"buf").getbuffer()) if hasattr(io.BytesIO, "getbuffer") else b"buf")
path = os.path.join(tempfile.mkdtemp(), "out.bin")
with open(path, "wb") as f:
    n = f.write(m[16:])
    f.write(memoryview(b"|end"))
with open(path, "rb") as f:
    show("file", lambda: (n, f.read()))
show("ord", lambda: ord(m[16:17]))
show("float()", lambda: float(memoryview(b"1.5")))
show("int()", lambda: int(memoryview(b"42")))
