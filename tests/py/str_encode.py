for s in ["hello", "é", "日本", "🐍", "naïve café", ""]:
    b = s.encode("utf-8")
    print(repr(s), len(s), b, len(b), b.decode("utf-8") == s, s.encode())
print(b"\xc3\xa9".decode("utf-8"), b"\xe6\x97\xa5".decode(), bytes("abc", "utf-8"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
