# struct errors: bad formats, item counts, integer ranges per byte order, bad argument types, buffer sizes and offsets
import struct


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


for fmt in ["3", "<3", "i1", "y", "1 i", "\t<i", "<n", "<N", ">P", "=n", "i%", "99999999999999999999x"]:
    attempt(repr(fmt), struct.calcsize, fmt)
attempt("int format:", struct.calcsize, 5)
attempt("Struct(None):", struct.Struct, None)

attempt("too few:", struct.pack, "2i", 1)
attempt("too many:", struct.pack, "i", 1, 2)
attempt("none:", struct.pack, "ii")
attempt("Struct count:", struct.Struct("<h").pack)

# Integer ranges: each byte order has its own messages.
for order in "@=<>!":
    for char in "bBhHiIlLqQnNP":
        try:
            size = struct.calcsize(order + char)
        except struct.error:
            continue
        signed = char in "bhilqnP"
        low, high = (-2**(8 * size - 1), 2**(8 * size - 1) - 1) if signed else (0, 2**(8 * size) - 1)
        results = []
        for value in [low - 1, high + 1, -1, low, high, 2**63, 2**64, -2**63 - 1, 2**70]:
            try:
                back = struct.unpack(order + char, struct.pack(order + char, value))[0]
                results.append(back in (value, value % 2**(8 * size)))
            except struct.error as e:
                results.append(str(e))
        print(order + char, results)

for value in [1.5, "1", None, [1], b"\x01", 2.0]:
    attempt("int from %r:" % (value,), struct.pack, "<i", value)
for value in ["1.5", None, b"x", 2**2000, [1.0]]:
    attempt("float from %r:" % (value,), struct.pack, "<d", value)
for fmt, value in [("<e", 1e10), ("<e", 65520.0), (">e", -65520.0), ("<f", 1e300), (">f", -3.5e38), ("=f", 3.4028235677973366e38)]:
    attempt("%s %r:" % (fmt, value), struct.pack, fmt, value)
attempt("@f big:", struct.pack, "@f", 1e300)
for value in [b"ab", "a", bytearray(b"a"), 1, b""]:
    attempt("c from %r:" % (value,), struct.pack, "c", value)
for fmt in ["3s", "3p"]:
    for value in ["abc", 3, None]:
        attempt("%s from %r:" % (fmt, value), struct.pack, fmt, value)

attempt("unpack short:", struct.unpack, "<i", b"\x00\x00\x00")
attempt("unpack long:", struct.unpack, "<i", b"\x00" * 5)
attempt("unpack str:", struct.unpack, "<i", "abcd")
attempt("unpack list:", struct.unpack, "<i", [1, 2, 3, 4])
attempt("unpack int:", struct.unpack, "<i", 5)
attempt("Struct unpack:", struct.Struct(">q").unpack, b"")

attempt("unpack_from past:", struct.unpack_from, "<i", b"abc", 1)
attempt("unpack_from far:", struct.unpack_from, "<i", b"abcdefgh", 10)
attempt("unpack_from neg range:", struct.unpack_from, "<i", b"abcdef", -10)
attempt("unpack_from neg short:", struct.unpack_from, "<i", b"abcdef", -3)
attempt("unpack_from neg ok:", struct.unpack_from, "<i", b"abcdef", -4)
attempt("unpack_from str:", struct.unpack_from, "<i", "abcd")

buf = bytearray(10)
attempt("pack_into past:", struct.pack_into, "<q", buf, 4, 1)
attempt("pack_into far:", struct.pack_into, "<q", buf, 12, 1)
attempt("pack_into neg short:", struct.pack_into, "<q", buf, -2, 1)
attempt("pack_into neg range:", struct.pack_into, "<q", buf, -20, 1)
attempt("pack_into bytes:", struct.pack_into, "<q", b"x" * 10, 0, 1)
attempt("pack_into list:", struct.pack_into, "<i", [0] * 4, 0, 1)
attempt("pack_into count:", struct.pack_into, "<q", buf, 0)
attempt("pack_into size before value:", struct.pack_into, "<i", bytearray(2), 0, "x")
attempt("pack_into value:", struct.pack_into, "<i", buf, 0, "x")
print(buf)

attempt("iter_unpack partial:", struct.iter_unpack, "<i", b"abcdefg")
attempt("iter_unpack empty struct:", struct.iter_unpack, "", b"")
attempt("iter_unpack str:", struct.iter_unpack, "<i", "abcd")

try:
    struct.pack("<B", 300)
except struct.error as e:
    print("caught struct.error:", e, isinstance(e, Exception), type(e).__name__)
