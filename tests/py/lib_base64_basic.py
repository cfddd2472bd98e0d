# base64: b64/urlsafe/standard, b32/b32hex, b16, encodebytes/decodebytes round trips and lenient decoding
import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00", b"\xff\xfe\xfd", bytes(range(256)),
           bytearray(b"bytearray in"), b"\xfb\xff\xbf"]
for data in samples:
    print(base64.b64encode(data), base64.urlsafe_b64encode(data)[-8:], base64.standard_b64encode(data)[:12],
          base64.b32encode(data)[-16:], base64.b32hexencode(data)[:16], base64.b16encode(data)[:20])
    for encode, decode in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                           (base64.standard_b64encode, base64.standard_b64decode), (base64.b32encode, base64.b32decode),
                           (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                           (base64.encodebytes, base64.decodebytes)]:
        encoded = encode(data)
        assert decode(encoded) == data, (encode.__name__, data)
        if decode is not base64.decodebytes:
            assert decode(encoded.decode("ascii")) == data, (decode.__name__, data)

print(base64.encodebytes(b"x" * 120))
print(base64.encodebytes(b"y" * 57), base64.encodebytes(b"z" * 58), base64.encodebytes(b""))
print(base64.decodebytes(b"eHh4\neHh4\n"), base64.decodebytes(bytearray(b"YQ==")))
print(base64.b64encode(b"\xfb\xff", b"*."), base64.b64encode(b"\xfb\xff", altchars=bytearray(b"-_")))
print(base64.b64decode(b"+/*.", b"*."), base64.b64decode("+/*.", altchars="*."), base64.b64decode(b"-_8=", b"-_", True))
print(base64.urlsafe_b64decode("-_8="), base64.urlsafe_b64decode(b"a-_+"), base64.urlsafe_b64encode(b"\xfb\xff\xbf"))
print(base64.b64decode("YW Jj\nZA==!"), base64.b64decode("YQ==YQ=="), base64.b64decode("=YQ=="), base64.b64decode("Y=Q=="))
print(base64.b64decode("YWJjZA=="), base64.b64decode(b"YWI="), base64.b64decode("YWI=", validate=True), base64.b64decode("===="))
print(base64.b64decode("YR=="), base64.b64decode("YWJ=\n"), base64.b64decode("AAAA==", validate=True))
print(base64.b32decode("me======", casefold=True), base64.b32decode("M1======", map01="L"),
      base64.b32decode(b"MI======", map01=b"I"), base64.b32decode("MFRGG==="), base64.b32decode("MFRGGZDF"))
print(base64.b32hexdecode("c5h66===", casefold=True), base64.b32hexdecode("C5H66==="), base64.b32hexdecode(b"CO======"))
print(base64.b16decode("ab", casefold=True), base64.b16decode(b"00FF10"), base64.b16decode(""), base64.b16encode(b"\xab\xcd"))
