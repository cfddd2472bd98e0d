import binascii
import base64

for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256)), bytearray(b"\x00\xff")]:
    print(binascii.hexlify(data), binascii.b2a_hex(data), binascii.b2a_base64(data),
          binascii.b2a_base64(data, newline=False))
    assert binascii.unhexlify(binascii.hexlify(data)) == data
    assert binascii.a2b_base64(binascii.b2a_base64(data)) == data
print(binascii.hexlify(b"abcde", "-"), binascii.hexlify(b"abcde", b":", -2),
      binascii.hexlify(b"abcde", "_", 2))
print(binascii.unhexlify("6162"), binascii.a2b_hex(b"AbCd"), binascii.unhexlify(bytearray(b"ff00")))
print(binascii.a2b_base64("YWJj"), binascii.a2b_base64(b"YW Jj\n"), binascii.a2b_base64("YW=Jj"),
      binascii.a2b_base64(b"YWJj", strict_mode=True))
print(binascii.crc32(b"abc"), binascii.crc32(b"def", binascii.crc32(b"abc")), binascii.crc32(b""))
print(binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"abc", 0x1ffff), binascii.crc_hqx(b"", 7),
      binascii.crc_hqx(bytes(range(200)), 0xffff))
print(binascii.Error.__mro__[:2], binascii.Incomplete.__mro__[:2])
print(base64.b64encode(b"hello"), base64.b64decode("aGVsbG8="), base64.encodebytes(b"x" * 100))
print(base64.b64decode(b"aGVs bG8=\n"), base64.decodebytes(b"aGVs\nbG8=\n"), base64.urlsafe_b64encode(b"\xfb\xff"))


def attempt(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


attempt(binascii.unhexlify, b"616")
attempt(binascii.unhexlify, b"61zz")
attempt(binascii.unhexlify, "é1")
attempt(binascii.unhexlify, 5)
attempt(binascii.hexlify, "abc")
attempt(binascii.a2b_base64, b"YWJ")
attempt(binascii.a2b_base64, b"Y")
attempt(binascii.a2b_base64, 5)
attempt(binascii.a2b_base64, b"=YWJj", strict_mode=True)
attempt(binascii.a2b_base64, b"YW!j", strict_mode=True)
attempt(binascii.b2a_base64, "x")
attempt(binascii.crc32, "a")
attempt(base64.b64decode, b"YWJ")
attempt(base64.b64decode, b"YW!j", validate=True)
print(issubclass(binascii.Error, ValueError))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("caught as binascii.Error:", e)
