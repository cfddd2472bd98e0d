# hashlib: CPython's exceptions for str data, non-buffers, bad names and arguments
import hashlib


def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__)


def msg(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


msg(lambda: hashlib.md5("abc"))
msg(lambda: hashlib.sha256().update("text"))
msg(lambda: hashlib.blake2b("abc"))
msg(lambda: hashlib.md5(1))
msg(lambda: hashlib.sha1([1, 2]))
msg(lambda: hashlib.sha1().update(None))
msg(lambda: hashlib.new("sha257"))
msg(lambda: hashlib.new(b"md5"))
msg(lambda: hashlib.shake_128(b"x").digest(-1))
show(lambda: hashlib.md5().update())
show(lambda: hashlib.md5(b"a", b"b"))
show(lambda: hashlib.md5(data=b"a"))
show(lambda: hashlib.md5(b"a", foo=1))
show(lambda: hashlib.new("md5", b"x", digest_size=3))
show(lambda: hashlib.new())
show(lambda: hashlib.md5().digest(1))
show(lambda: hashlib.md5().hexdigest(1))
show(lambda: hashlib.md5().copy(1))
show(lambda: hashlib.shake_128(b"x").hexdigest())
show(lambda: hashlib.shake_128(b"x").digest(2.0))
show(lambda: hashlib.shake_128(b"x").hexdigest(length=3))
show(lambda: setattr(hashlib.md5(), "name", "x"))
show(lambda: setattr(hashlib.md5(), "digest_size", 3))
show(lambda: hashlib.md5().nonexistent)
show(lambda: hashlib.new("md5", "text"))
show(lambda: hashlib.new("blake2b", "text"))
