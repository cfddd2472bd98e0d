# hashlib hash objects: update in pieces, copy then diverge, attributes, types, idioms
import hashlib

msg = bytes(range(256)) * 40
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s", "shake_128"):
    whole = hashlib.new(name, msg)
    parts = hashlib.new(name)
    for step in (1, 7, 63, 64, 65, 500):
        parts = hashlib.new(name)
        for i in range(0, len(msg), step):
            parts.update(msg[i:i + step])
        n = 16 if name == "shake_128" else None
        same = parts.digest(n) == whole.digest(n) if n else parts.digest() == whole.digest()
        print(name, step, same)
    a = hashlib.new(name, b"common prefix ")
    b = a.copy()
    a.update(b"left")
    b.update(b"right")
    c = b.copy()
    if name == "shake_128":
        print(a.hexdigest(8), b.hexdigest(8), c.hexdigest(8) == b.hexdigest(8))
    else:
        print(a.hexdigest(), b.hexdigest(), c.hexdigest() == b.hexdigest())
        print(a.digest() == a.digest(), len(a.digest()) == a.digest_size)

h = hashlib.sha256()
print(h.update(b"a"), h.update(bytearray(b"b")), h.update(b""), h.hexdigest())
print(hashlib.md5(string=b"abc").hexdigest(), hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("sha1", data=b"abc").hexdigest(), hashlib.new(name="md5").name)
print(hashlib.new("SHA256").name, hashlib.new("MD5", b"x").hexdigest(), hashlib.new("sha3-256").name)
print(type(hashlib.md5()).__name__, type(hashlib.shake_256()).__name__, type(hashlib.blake2b()).__name__)
print(type(hashlib.sha3_512()), type(hashlib.blake2s()))
print(repr(hashlib.sha256()).split(" @ ")[0], repr(hashlib.shake_128()).split(" @ ")[0])
print(repr(hashlib.blake2b()).split(" at ")[0])
print(isinstance(hashlib.blake2b(), hashlib.blake2b), hashlib.blake2s(b"x").name)
print(hashlib.md5, hashlib.sha3_256, hashlib.blake2b)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

# Deterministic feature bucketing and cache keys.
for word in ("user_1", "user_2", "naïve", "日本", ""):
    bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % 1000
    key = hashlib.sha1(word.encode("utf-8")).hexdigest()[:12]
    print(repr(word), bucket, key, int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little") % 97)
