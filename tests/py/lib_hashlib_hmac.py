# hmac: new/HMAC/digest over every digestmod form, update/copy, compare_digest
import hashlib
import hmac

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"):
    for key in (b"", b"key", b"k" * 64, b"k" * 65, b"k" * 200):
        m = hmac.new(key, b"The message", name)
        print(name, len(key), m.hexdigest()[:40], hmac.digest(key, b"The message", name) == m.digest())
    m = hmac.new(b"secret", digestmod=getattr(hashlib, name))
    print(m.name, m.digest_size, m.block_size)
m = hmac.new(b"secret", b"part one ", "sha256")
c = m.copy()
m.update(b"part two")
c.update(bytearray(b"other"))
print(m.hexdigest(), c.hexdigest())
print(hmac.HMAC(b"k", b"m", hashlib.sha256).hexdigest() == hmac.new(b"k", b"m", "sha256").hexdigest())
print(hmac.new(bytearray(b"k"), digestmod=lambda: hashlib.blake2b(digest_size=16)).hexdigest())
print(type(hmac.new(b"k", digestmod="md5")).__name__, isinstance(m, hmac.HMAC))
print(repr(hmac.new(b"k", digestmod="md5")).split(" at ")[0])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"ab", b"abc"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("", ""), hmac.compare_digest(bytearray(b"x"), b"x"))
print(hmac.compare_digest(m.hexdigest(), hmac.new(b"secret", b"part one part two", "sha256").hexdigest()))
print(hmac.trans_5C[:4], hmac.trans_36[-4:], len(hmac.trans_5C), hmac.digest_size)
for f in (lambda: hmac.new("key", b"m", "md5"), lambda: hmac.new(b"key", b"m"),
          lambda: hmac.new(b"key", b"m", None), lambda: hmac.new(b"key", "m", "md5"),
          lambda: hmac.new(b"key", b"m", "nope"), lambda: hmac.new(b"key", b"m", "shake_128"),
          lambda: hmac.digest(b"k", "m", "sha1"), lambda: hmac.compare_digest("a", b"a"),
          lambda: hmac.compare_digest("é", "é"), lambda: hmac.compare_digest(1, 1),
          lambda: hmac.new(b"k", digestmod="md5").update("text")):
    try:
        f()
        print("accepted")
    except Exception as e:
        print(type(e).__name__)
