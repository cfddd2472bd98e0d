# hashlib.blake2b/blake2s: digest_size, key, salt, person, tree parameters and their limits
import hashlib

msg = bytes(range(200))
for cls in (hashlib.blake2b, hashlib.blake2s):
    top = 64 if cls is hashlib.blake2b else 32
    for size in (1, 16, 20, top):
        h = cls(msg, digest_size=size)
        print(cls.__name__, size, h.digest_size, h.block_size, h.hexdigest())
    for key in (b"", b"k", b"K" * top):
        print(cls(msg, key=key).hexdigest()[:32], cls(key=bytearray(key)).hexdigest()[:32])
    half = top // 4
    print(cls(msg, salt=b"s" * half, person=b"p" * half).hexdigest())
    print(cls(msg, salt=b"s", person=b"personal"[:half]).hexdigest())
    print(cls(msg, fanout=0, depth=255, leaf_size=4096, node_offset=3, node_depth=1,
              inner_size=top, last_node=True).hexdigest())
    print(cls(b"", last_node=1).hexdigest()[:20], cls(b"", last_node=0).hexdigest()[:20])
    print(hashlib.new(cls.__name__, msg, digest_size=10).hexdigest())
    print(cls(msg, digest_size=8, key=b"k").copy().hexdigest())
    for kw in (dict(digest_size=0), dict(digest_size=top + 1), dict(key=b"k" * (top + 1)),
               dict(salt=b"s" * (top // 4 + 1)), dict(person=b"p" * (top // 4 + 1)),
               dict(fanout=256), dict(fanout=-1), dict(depth=0), dict(depth=256),
               dict(leaf_size=-1), dict(leaf_size=2 ** 32), dict(node_offset=-1),
               dict(node_offset=2 ** 64), dict(node_depth=256), dict(inner_size=top + 1),
               dict(digest_size=1.5), dict(key="k"), dict(salt=5), dict(data=b"x")):
        try:
            cls(**kw)
            print("accepted", sorted(kw))
        except Exception as e:
            print(sorted(kw), type(e).__name__)
print(hashlib.blake2s(node_offset=2 ** 48 - 1).hexdigest()[:16])
try:
    hashlib.blake2s(node_offset=2 ** 48)
except OverflowError:
    print("OverflowError")
print(hashlib.blake2b(node_offset=2 ** 64 - 1).hexdigest()[:16])
