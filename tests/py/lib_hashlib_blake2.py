# BLAKE2b and BLAKE2s with every parameter: digest sizes, keys of every
# length, salt, person, the tree parameters, and their limits.
import hashlib

DATA = bytes((7 * i + 1) % 256 for i in range(400))
for cons in [hashlib.blake2b, hashlib.blake2s]:
    top = cons.MAX_DIGEST_SIZE
    print(cons.__name__, cons.SALT_SIZE, cons.PERSON_SIZE, cons.MAX_KEY_SIZE, top)
    print([cons(DATA, digest_size=n).hexdigest()[:6] for n in range(1, top + 1)])
    print([cons(DATA[:n], key=DATA[:k]).hexdigest()[:6]
           for k in (0, 1, top - 1, top) for n in (0, 1, 63, 64, 65, 127, 128, 129)])
    print(cons(b'', key=b'k').hexdigest(), cons(key=b'k' * top).digest().hex()[:32])
    print([cons(DATA, salt=DATA[:n]).hexdigest()[:8] for n in range(cons.SALT_SIZE + 1)])
    print([cons(DATA, person=DATA[:n]).hexdigest()[:8] for n in range(cons.PERSON_SIZE + 1)])
    tree = dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
                inner_size=top // 2)
    print(cons(DATA, **tree).hexdigest()[:24], cons(DATA, **tree, last_node=True).hexdigest()[:24])
    for key in tree:
        print(key, cons(DATA, **{key: tree[key]}).hexdigest()[:16])
    print(cons(DATA, fanout=0, depth=255, leaf_size=2**32 - 1, node_depth=255,
               inner_size=top, node_offset=2**48 - 1).hexdigest()[:16])
    print(cons(b'x', node_offset=2**48 - 1).hexdigest()[:16], cons(last_node=1).hexdigest()[:16])
    h = cons(DATA[:100], digest_size=20, key=b'key', salt=b'salt', person=b'me')
    c = h.copy()
    c.update(DATA[100:])
    h.update(bytearray(DATA[100:]))
    print(h.hexdigest() == c.hexdigest(), h.name, h.digest_size, h.block_size, type(c).__name__)
    print(cons(DATA, digest_size=True, usedforsecurity=False).hexdigest())
    print(hashlib.new(cons.__name__, DATA, digest_size=12, key=b'k').hexdigest())
    print(isinstance(h, cons), type(h) is cons, cons.__module__)
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:16],
      hashlib.blake2b(leaf_size=True).hexdigest()[:16])
