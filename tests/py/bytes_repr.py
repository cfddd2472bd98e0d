for b in [b"", b"plain", b"\x00", b"\x7f\x80\xff", b"\t\n\r", b"'", b'"', b"'\"", b"\\", bytes(range(0, 256, 17)),
          b"\x1b[1m", "é".encode(), "日本".encode(), bytearray(b"x\x00y"), bytearray()]:
    print(repr(b), len(b), str(b) == repr(b))
print([b"a", bytearray(b"b")], (b"\x01",), {b"k": b"\xff"})
print(bytes([0x41, 0x42, 0x43]) == b"ABC", bytes(b"x") is not None, b"x" == bytearray(b"x"))
