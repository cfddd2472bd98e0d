# Hashing in pieces (split at odd places), copy() then diverge, digest()
# in the middle, bytearray input, and the attributes of hash objects.
import hashlib

DATA = bytes((i * 37 + i // 7) % 256 for i in range(1500))
NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
         'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'sha512_256']
CUTS = [[], [1], [63, 64], [55, 56, 57], [100, 101, 300], [127, 128, 129, 1000],
        [135, 136, 137], [167, 168, 169, 170], list(range(0, 1500, 97))]

for name in NAMES:
    whole = hashlib.new(name, DATA).hexdigest()
    same = []
    for cuts in CUTS:
        h = hashlib.new(name)
        start = 0
        for cut in cuts + [len(DATA)]:
            h.update(DATA[start:cut])
            start = cut
        same.append(h.hexdigest() == whole)
    print(name, whole[:16], same)

for name in NAMES:
    h = hashlib.new(name, b'common prefix ')
    mid = h.hexdigest()
    c = h.copy()
    h.update(b'left')
    c.update(bytearray(b'right'))
    print(name, mid == h.copy().hexdigest(), h.hexdigest()[:20], c.hexdigest()[:20],
          h.digest() == h.digest(), len(c.digest()), c.digest().hex() == c.hexdigest())
    print(' ', h.name, h.digest_size, h.block_size, c.name, type(h).__name__)

h = hashlib.sha1()
for i in range(200):
    h.update(bytes([i]) * (i % 5))
print(h.hexdigest(), hashlib.sha1(b''.join(bytes([i]) * (i % 5) for i in range(200))).hexdigest())
h = hashlib.md5(bytearray(b'abc'))
h.update(bytearray())
h.update(b'')
print(h.hexdigest(), h.update(b'x'), h.hexdigest())
