# hashlib and hmac in worker threads: hashing per task, copies of a
# module-level (shared, frozen) salted hash, hash objects as arguments and
# results (copied before an update), HMAC and PBKDF2 in workers.
import hashlib
import hmac
from concurrent.futures import ThreadPoolExecutor

SALTED = hashlib.sha256(b'shared salt:')
KEY = b'secret key'


def bucket(word, n=1000):
    return int(hashlib.md5(word.encode()).hexdigest(), 16) % n


def salted(word):
    h = SALTED.copy()
    h.update(word.encode())
    return h.hexdigest()[:16]


def tagged(word):
    return hmac.new(KEY, word.encode(), hashlib.sha256).hexdigest()[:16]


def feature(word):
    return hashlib.blake2b(word.encode(), digest_size=8, person=b'feat').digest()


def finish(h):
    h = h.copy()  # an argument is read-only in the worker
    h.update(b' and more')
    return h


words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] * 4
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(bucket, words))[:5])
    print(list(ex.map(salted, words))[:5] == [salted(w) for w in words[:5]])
    print(list(ex.map(tagged, words[:3])))
    print([f.hex() for f in ex.map(feature, words[:3])])
    print(ex.submit(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 500).result().hex()[:32])
    started = hashlib.sha1(b'started')
    done = ex.submit(finish, started).result()
    print(done.hexdigest(), started.hexdigest(), type(done).__name__)
    print(ex.submit(hashlib.new, 'sha3_256', b'x').result().hexdigest()[:16])
print(SALTED.hexdigest()[:16], salted('alpha'))
