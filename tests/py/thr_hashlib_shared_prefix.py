# hashlib in worker threads: a module-level prefix hash copied in each task, per-task hashing
import hashlib
from concurrent.futures import ThreadPoolExecutor

BASE = hashlib.sha256(b"model-v3:")
SALT = hashlib.blake2b(b"salt", digest_size=16)


def key(item):
    h = BASE.copy()
    h.update(item.encode())
    return h.hexdigest()[:16]


def bucket(item):
    return int(hashlib.md5(item.encode()).hexdigest(), 16) % 50


def mixed(item):
    s = SALT.copy()
    s.update(item.encode())
    return s.hexdigest(), SALT.hexdigest()


items = ["sample-" + str(i) for i in range(40)]
with ThreadPoolExecutor(max_workers=4) as ex:
    keys = list(ex.map(key, items))
    buckets = list(ex.map(bucket, items))
    pairs = list(ex.map(mixed, items[:5]))
print(keys[:5])
print(keys == [key(i) for i in items])
print(buckets)
print(pairs[0], all(p[1] == SALT.hexdigest() for p in pairs))
print(BASE.hexdigest())
