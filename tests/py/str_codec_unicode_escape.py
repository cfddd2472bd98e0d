# The unicode_escape and raw_unicode_escape codecs: escaping text to
# ASCII and back, the way pipelines unescape strings read from logs.
import codecs

text = "a\\b'\"\t\n\r\x00\x1f\x7f\x80\xe9\xff\u0100\u20ac\U0001F600 ~ naïve 東京"
for name in ("unicode_escape", "raw_unicode_escape", "unicode-escape"):
    data = text.encode(name)
    print(name, data, data.decode(name) == text, codecs.lookup(name).name)
print(b"caf\\xe9 \\u6771\\u4eac \\U0001f600 \\N{BULLET} \\101\\7\\777 \\q \\8 a\\\nb \\'\\\"".decode("unicode_escape"))
print(repr(b"\\\\u00e9 \\u00e9 \\\\\\u0041 \\x41 \xe9".decode("raw_unicode_escape")))
print(repr(r"tab\there\nnew line \u00e9".encode("latin-1").decode("unicode_escape")))
print(repr(codecs.decode("\\u00e9\\t", "unicode_escape")), repr(codecs.decode("é\\n", "unicode_escape")))
print(repr(codecs.encode("é\\", "unicode_escape")), repr(str(b"\\u263a", "unicode_escape")))
bad = [b"\\x4", b"\\x4g", b"ab\\u12", b"\\U00110000", b"\\N{BOGUS}", b"abc\\", b"\\N", b"\\N{", b"\\N{}x", b"\\Nx"]
for data in bad:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(data, errors, repr(data.decode("unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, e.encoding, e.start, e.end, e.reason, "|", e)
for data in [b"\\u12", b"\\U12", b"\\\\\\u12", b"\\U0011ffff", b"ab\\"]:
    for errors in ("strict", "replace"):
        try:
            print(data, errors, repr(data.decode("raw_unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, e.encoding, e.start, e.end, e.reason, "|", e)
dec = codecs.getincrementaldecoder("unicode_escape")()
pieces = [dec.decode(bytes([b])) for b in b"x\\u00e9\\n\\N{BULLET}y"]
print(pieces, repr(dec.decode(b"", final=True)))
for name in ("unicode_escape", "raw_unicode_escape"):
    data = "a\\\\u00e9 \\u263a é 東京 \\ \\\\\\U0001f600 \\N{BULLET}".encode(name)
    for size in (1, 2, 3):
        dec = codecs.getincrementaldecoder(name)()
        text = "".join(dec.decode(data[i:i + size]) for i in range(0, len(data), size))
        print(name, size, text + dec.decode(b"", final=True) == data.decode(name))
