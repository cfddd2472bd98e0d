# struct: pack/unpack of every format character, byte orders, native alignment, repeat counts, Struct, buffers
import struct

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(struct.pack("!hi", -2, 0x01020304), struct.pack("=hi", -2, 0x01020304))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.pack("@lLnNP", -1, 2, -3, 4, 5))
print(struct.unpack("<bBhHiIlLqQ", struct.pack("<bBhHiIlLqQ", -128, 0, -32768, 0, -2**31, 0, -2**31, 0, -2**63, 0)))
print(struct.unpack(">bBhHiIlLqQ", struct.pack(">bBhHiIlLqQ", 127, 255, 32767, 65535, 2**31 - 1, 2**32 - 1,
                                               2**31 - 1, 2**32 - 1, 2**63 - 1, 2**64 - 1)))
print(struct.unpack("@lLnNP", struct.pack("@lLnNP", -2**63, 2**64 - 1, -7, 7, 2**64 - 1)))
print(struct.pack("@P", -1), struct.pack("<?x?", 0, "yes"), struct.unpack("<??", b"\x00\x07"))
print(struct.pack("c3s2p5p", b"A", b"abcdef", b"xyz", b"hi"), struct.unpack("c3s2p5p", b"Aabc\x01x\x02hi\x00\x00"))
print(struct.pack("0s2x", b"a"), struct.unpack("0s", b""), struct.pack("3s", bytearray(b"a")), struct.pack("1p", b"abc"))
print(struct.unpack("4p", b"\x09abc"), struct.pack("300p", b"a" * 300)[:3], len(struct.pack("300p", b"a" * 300)))
print(struct.pack("<3h2b", 1, 2, 3, 4, 5), struct.unpack("<3h2b", b"\x01\x00\x02\x00\x03\x00\x04\x05"))
print(struct.pack("< i  h ", 1, 2), struct.pack("<i i", 1, 2), struct.pack(b"<H", 258), struct.pack("<10x"))
print(struct.pack("<d", 1.5), struct.pack(">f", -2.25), struct.pack("<e", 0.5), struct.pack("<d", 7), struct.pack("<f", True))
print(struct.unpack("<dfe", struct.pack("<dfe", 0.1, 0.1, 0.1)))

for fmt in ["", "x", "c", "b", "h", "i", "l", "q", "n", "P", "e", "f", "d", "s", "10s", "5p", "0s",
            "bh", "hb", "bi", "bq", "bd", "ci", "ic", "bi0q", "b0q", "c0d", "?0e", "x0h", "h0x", "b0i",
            "=bq", "<bq", ">bq", "!bq", "=l", "<L", ">q", "3i", "3ih", "h3i", "hq3s", "4x", "llh0l"]:
    print(repr(fmt), struct.calcsize(fmt), end="; ")
print()
print(struct.calcsize(b"<i"), struct.calcsize("%dx" % 2**62), struct.calcsize("99999999i"))

s = struct.Struct("<hhl")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"))
print(struct.Struct(b">I").format, struct.Struct(b">I").size, struct.Struct("").size, struct.Struct("").pack())
print(s.unpack_from(b"xx\x01\x00\x02\x00\x03\x00\x00\x00", 2), s.unpack_from(bytearray(b"\x05\x00\x06\x00\x07\x00\x00\x00yy")))
print(s.unpack_from(b"..\x01\x00\x02\x00\x03\x00\x00\x00", offset=-8), struct.unpack_from("<h", buffer=b"abcd", offset=2))
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00" * 3)), list(struct.iter_unpack("<h", b"")))
print([t for t in struct.iter_unpack(">H", b"abcdef")], list(struct.iter_unpack("x", b"")))

buf = bytearray(b"\xff" * 12)
struct.pack_into("<hxh", buf, 2, 1, 2)
print(buf)
struct.pack_into(">i", buf, -4, -2)
print(buf, s.pack_into(buf, 0, 9, 8, 7), buf)
struct.pack_into("<2s", buf, 0, b"z")
print(buf, struct.unpack("<2s10x", buf))


class Index:
    def __index__(self):
        return 7


class Floaty:
    def __float__(self):
        return 2.5


print(struct.pack("<iQ", Index(), Index()), struct.pack("<d", Index()), struct.pack("<df", Floaty(), Floaty()))
print(struct.pack("<?", []), struct.pack("<?", [0]), struct.pack("<q", True), struct.unpack("<q", struct.pack("<q", -1)))
print(struct.error.__name__, issubclass(struct.error, Exception), sorted(n for n in struct.__all__))
