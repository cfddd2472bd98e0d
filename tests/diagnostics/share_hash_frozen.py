# A module-level hash object that workers copy is frozen in place: they
# and the main thread can copy and read it, but updating it raises the
# contract's error.
import hashlib
from concurrent.futures import ThreadPoolExecutor

SALTED = hashlib.sha256(b'salt:')


def tag(word):
    h = SALTED.copy()
    h.update(word)
    return h.hexdigest()[:12]


with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(tag, [b'a', b'b'])))
print(SALTED.hexdigest()[:12], tag(b'a'))
SALTED.update(b'more')
