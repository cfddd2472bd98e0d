b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], type(b[0]).__name__)
print(b"abc" + b"def", b"ab" * 3, b"ll" in b, 104 in b, b"z" in b)
print(b.decode(), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"))
print(bytes([72, 105, 0, 255]), bytes(3), bytes(range(5)), bytes("é", "utf-8"), bytes())
print(b"\x00\x01\x7f\x80\xff\t\n\r'\"\\")
print(repr(b"it's"), repr(b'"q"'), repr(b"both ' \""))
print(b.hex(), b"\x00\xff\x10".hex(), bytes.fromhex("48 65 6c6C 6f"), bytes.fromhex(""))
print(list(b"abc"), [x for x in b"\x00\xff"], sum(b"abc"))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" == "a", b"" < b"\x00")
print(b.startswith(b"hell"), b.endswith(b"ld"), b.strip(b"hd"), b"  x ".strip(), b"a,b".split(b","))
print(b"-".join([b"a", b"b", b"c"]), b.index(b"w"), b.rfind(b"o"), b.isalpha(), b"123".isdigit())
print(bytes(b"copy"), b"x"[0:1], b"%d-%s" % (5, b"x"))
try:
    b[0] = 1
except TypeError:
    print("TypeError")
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    b"a" + "b"
except TypeError:
    print("TypeError concat")
