# hashlib and hmac read memoryviews (whole and sliced) like bytes.
import hashlib
import hmac

data = bytearray(b"the quick brown fox jumps over the lazy dog")
view = memoryview(data)
for name in ("md5", "sha1", "sha256", "blake2b"):
    whole = hashlib.new(name, view).hexdigest()
    print(name, whole == hashlib.new(name, bytes(data)).hexdigest(), whole[:16])
    print(name, hashlib.new(name, view[4:9]).hexdigest()[:16])
h = hashlib.sha256()
h.update(memoryview(b"abc"))
h.update(view[:3])
print(h.hexdigest())
print(hmac.new(b"key", view, "sha256").hexdigest())
