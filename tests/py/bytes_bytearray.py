ba = bytearray(b"abc")
print(ba, len(ba), ba[0], ba[-1], ba[0:2])
ba.append(100)
print(ba)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba)
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
ba += b"!!"
print(ba, ba.pop(), ba)
ba.insert(0, 42)
print(ba, ba.decode(), bytes(ba))
ba.reverse()
print(ba)
ba.remove(ord("!"))
print(ba)
print(bytearray(5), bytearray([1, 2, 3]), bytearray("hé", "utf-8"), bytearray())
print(ba == bytes(ba), b"x" in bytearray(b"xyz"), bytearray(b"ab") + b"cd", bytearray(b"ab") * 2)
print(bytearray(b"  pad ").strip(), bytearray(b"a-b").split(b"-"), bytearray(b"abc").hex())
print(bytearray.fromhex("ff00"), list(bytearray(b"\x00\xfe")))
c = bytearray(b"hello")
c[::2] = b"HLO"
print(c)
try:
    c[0] = 300
except ValueError:
    print("ValueError")
try:
    bytearray().pop()
except IndexError:
    print("IndexError")
