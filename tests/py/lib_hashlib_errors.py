# The errors of hashlib's constructors, methods and parameters: type and
# message.
import hashlib

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (str, int, bool)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('str data', lambda: hashlib.md5('abc'))
attempt('int data', lambda: hashlib.sha1(5))
attempt('None data', lambda: hashlib.sha256(None))
attempt('list data', lambda: hashlib.sha3_256([1]))
attempt('data kw', lambda: hashlib.md5(data=b'abc'))
attempt('string kw', lambda: hashlib.md5(string=b'abc').hexdigest())
attempt('two args', lambda: hashlib.sha512(b'a', b'b'))
attempt('bad kw', lambda: hashlib.sha224(b'a', foo=1))
attempt('both', lambda: hashlib.md5(b'a', string=b'b'))
attempt('update str', lambda: hashlib.md5().update('x'))
attempt('update int', lambda: hashlib.md5().update(1))
attempt('update none', lambda: hashlib.sha1().update())
attempt('update two', lambda: hashlib.sha1().update(b'a', b'b'))
attempt('update kw', lambda: hashlib.sha1().update(data=b'a'))
attempt('digest arg', lambda: hashlib.md5().digest(1))
attempt('hexdigest arg', lambda: hashlib.md5().hexdigest(3))
attempt('copy arg', lambda: hashlib.md5().copy(1))
attempt('set name', lambda: setattr(hashlib.md5(), 'name', 'x'))
attempt('b2 str', lambda: hashlib.blake2b('x'))
attempt('b2 two', lambda: hashlib.blake2b(b'x', 8))
attempt('b2 data kw', lambda: hashlib.blake2b(data=b'x'))
attempt('b2 bad kw', lambda: hashlib.blake2s(b'x', foo=1))
attempt('b2 update', lambda: hashlib.blake2s().update())
attempt('b2 digest', lambda: hashlib.blake2s().digest(1))
for cons in [hashlib.blake2b, hashlib.blake2s]:
    top = cons.MAX_DIGEST_SIZE
    for key, values in [('digest_size', [0, top + 1, -5, 2**32, 1.5, None]),
                        ('key', [b'k' * (top + 1), 'k', None, 5]),
                        ('salt', [b's' * (cons.SALT_SIZE + 1), 'salt']),
                        ('person', [b'p' * (cons.PERSON_SIZE + 1), 7]),
                        ('fanout', [256, -1, 2**40]), ('depth', [0, 256, 'x']),
                        ('leaf_size', [2**32, -1, 1.5, None]),
                        ('node_offset', [2**48, 2**64, -1, 2.0]),
                        ('node_depth', [256, -1]), ('inner_size', [top + 1, -1, 1.5])]:
        for v in values:
            attempt('%s %s=%r' % (cons.__name__, key, v), lambda: cons(b'x', **{key: v}).hexdigest()[:8])
