# SHAKE: output of any length (a prefix of any longer output), from
# inputs around the rates, digest(length)/hexdigest(length), copies.
import hashlib

DATA = bytes((i * i + 3 * i) % 251 for i in range(700))
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, DATA[:200])
    longest = h.digest(700)
    print(name, h.digest_size, h.block_size, h.name, type(h).__name__)
    print(longest[:8].hex(), longest[160:180].hex(), longest[-10:].hex())
    print(all(h.digest(n) == longest[:n] for n in range(0, 700, 23)))
    print([h.hexdigest(n) for n in (0, 1, 2, 135, 136, 137, 167, 168, 169)][3:5])
    print(h.digest(length=3), len(h.hexdigest(400)))
    for n in [0, 1, 135, 136, 137, 167, 168, 169, 335, 336, 337, 700]:
        print(n, hashlib.new(name, DATA[:n]).hexdigest(8))
    c = h.copy()
    c.update(b'more')
    print(c.hexdigest(16), h.hexdigest(16))
    for bad in [None, 1.5, '3', -1]:
        try:
            h.digest(bad)
        except Exception as e:
            print(type(e).__name__, e)
    for call in [lambda: h.digest(), lambda: h.hexdigest(), lambda: h.digest(1, 2),
                 lambda: h.hexdigest(-1), lambda: h.hexdigest(length=-5)]:
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
print(hashlib.shake_128().hexdigest(True), hashlib.shake_256(b'abc', usedforsecurity=False).hexdigest(4))
