buf = bytearray()
for i in range(5):
    buf.append(65 + i)
buf.extend(b"-")
buf.extend(x for x in range(48, 51))
buf += bytes([33])
print(buf, len(buf), bytes(buf))
out = b""
for chunk in [b"ab", b"cd", bytes([0, 255])]:
    out += chunk
print(out, out.hex(), len(out))
parts = [str(i).encode() for i in range(4)]
print(b",".join(parts), b"".join(parts).decode())
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[-5:] = b"W"
print(ba, ba.find(b"W"), ba.count(b"L"), ba.upper(), ba.replace(b"L", b"l"))
ba.clear()
print(ba, len(ba))
print(bytes(4), bytes([1, 2]) + bytearray(b"\x03"), type(bytearray(b"a") + b"b").__name__)
