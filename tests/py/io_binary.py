path = "/tmp/taipan_test_io_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data))
    print(f.write(b"\x00tail"))
with open(path, "rb") as f:
    back = f.read()
print(len(back), back[:8], back[-8:], back[:256] == data, type(back).__name__)
with open(path, "rb") as f:
    print(f.read(4), f.read(2), len(f.read()))
with open(path, "w") as f:
    f.write("héllo\n日本\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode("utf-8"))
with open(path, "ab") as f:
    f.write(b"\xff\xfe")
with open(path, "rb") as f:
    print(f.read()[-4:])
with open(path, "wb") as f:
    f.write(bytearray(b"from bytearray"))
with open(path, "rb") as f:
    print(f.read())
