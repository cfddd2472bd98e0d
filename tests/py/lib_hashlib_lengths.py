# Every algorithm on inputs of many lengths, especially around the block
# sizes (64, 128) and the SHA-3 rates (72, 104, 136, 144, 168).
import hashlib

def data(n, seed=1):
    x = seed
    out = bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 16 & 255)
    return bytes(out)

SOURCE = data(3000)
LENGTHS = [0, 1, 2, 3, 7, 8, 9, 31, 32, 33, 55, 56, 57, 63, 64, 65, 71, 72, 73,
           103, 104, 105, 111, 112, 113, 119, 120, 127, 128, 129, 135, 136, 137,
           143, 144, 145, 167, 168, 169, 191, 192, 255, 256, 257, 1000, 3000]
NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224',
         'sha512_256', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
         'blake2b', 'blake2s']

for name in NAMES:
    for n in LENGTHS:
        print(name, n, hashlib.new(name, SOURCE[:n]).hexdigest())

# Every length from 0 to 300, folded into one line per algorithm.
for name in NAMES:
    chain = hashlib.sha256()
    for n in range(301):
        chain.update(hashlib.new(name, SOURCE[:n]).digest())
    print(name, 'chain', chain.hexdigest())

for name in ['shake_128', 'shake_256']:
    for n in LENGTHS:
        print(name, n, hashlib.new(name, SOURCE[:n]).hexdigest(20 + n % 50))

# The constructors agree with new().
for name in NAMES[:6] + NAMES[8:12]:
    print(name, getattr(hashlib, name)(SOURCE[:100]).hexdigest() ==
          hashlib.new(name, SOURCE[:100]).hexdigest())
