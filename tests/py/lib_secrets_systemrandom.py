import secrets
import random
import string
import hmac

key = secrets.token_hex(16)
print(len(key), all(c in string.hexdigits for c in key), type(key).__name__)
tok = secrets.token_urlsafe(24)
print(len(tok), set(tok) <= set(string.ascii_letters + string.digits + "-_"), "=" not in tok)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex()), len(secrets.token_urlsafe()))
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(20))
print(len(pw), set(pw) <= set(alphabet))
vals = [secrets.randbelow(10) for _ in range(200)]
print(min(vals) >= 0, max(vals) < 10, len(set(vals)) > 5)
print(0 <= secrets.randbits(8) < 256, secrets.randbits(0))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"), hmac.compare_digest is secrets.compare_digest)
sr = random.SystemRandom()
xs = [sr.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 90)
print(0 <= sr.randint(1, 6) - 1 < 6, sr.choice([7]), sorted(sr.sample(range(5), 5)), len(sr.randbytes(9)), sr.getrandbits(1) in (0, 1))
print(sr.seed(42), isinstance(sr, random.Random), 0 < sr.uniform(0, 1) < 1, -10 < sr.gauss(0, 1) < 10)
deck = list(range(10))
sr.shuffle(deck)
print(sorted(deck) == list(range(10)))
for meth in ("getstate", "setstate"):
    try:
        getattr(sr, meth)(*([] if meth == "getstate" else [None]))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
