# hashlib: every guaranteed algorithm on inputs around its block and padding edges
import hashlib


def data(n):
    return bytes((i * 131 + 7) % 256 for i in range(n))


SIZES = [0, 1, 3, 55, 56, 57, 63, 64, 65, 71, 72, 104, 111, 112, 127, 128, 129, 136, 144, 168, 169, 1000]
for name in sorted(hashlib.algorithms_guaranteed):
    h0 = hashlib.new(name)
    print(name, h0.name, h0.digest_size, h0.block_size)
    for n in SIZES:
        h = hashlib.new(name, data(n))
        if name.startswith("shake"):
            print(" ", n, h.hexdigest(24), h.digest(200)[-4:].hex())
        else:
            print(" ", n, h.hexdigest())

# The same inputs through the named constructors and in one long message.
big = data(70001)
for f in (hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384,
          hashlib.sha512, hashlib.sha3_224, hashlib.sha3_256, hashlib.sha3_384,
          hashlib.sha3_512, hashlib.blake2b, hashlib.blake2s):
    print(f(big).hexdigest())
print(hashlib.shake_128(big).hexdigest(40))
print(hashlib.shake_256(big).hexdigest(70))
print(hashlib.sha256(b"abc").digest())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.sha1(b"").hexdigest())
print(hashlib.shake_128(b"abc").digest(0), hashlib.shake_128(b"abc").hexdigest(1))
