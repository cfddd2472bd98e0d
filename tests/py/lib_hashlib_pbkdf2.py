# pbkdf2_hmac: every algorithm, key lengths shorter and longer than one
# digest, long passwords, and its errors.
import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256',
             'sha512_256', 'blake2b', 'blake2s', 'SHA256', 'sha-1']:
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 3).hex()[:40],
          hashlib.pbkdf2_hmac(name, b'p' * 200, b'NaCl' * 30, 2, 100).hex()[-24:])
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 2000, 10).hex())
print(hashlib.pbkdf2_hmac('sha1', bytearray(b'pw'), bytearray(b'salt'), True).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha512', password=b'', salt=b'', iterations=1, dklen=None).hex()[:32])
print(hashlib.pbkdf2_hmac('md5', b'pw', b'salt', 1, 1).hex())
for args in [('sha256', b'pw', b'salt', 0), ('sha256', b'pw', b'salt', -1),
             ('sha256', b'pw', b'salt', 2**31), ('sha256', b'pw', b'salt', 2**63),
             ('sha256', b'pw', b'salt', 1, 0), ('sha256', b'pw', b'salt', 1, -1),
             ('sha256', b'pw', b'salt', 1, 2**31), ('sha256', b'pw', b'salt', 1.5),
             ('sha256', b'pw', b'salt', 1, 2.0), ('sha256', 'pw', b'salt', 1),
             ('sha256', b'pw', 'salt', 1), ('foo', b'pw', b'salt', 1),
             ('shake_128', b'pw', b'salt', 1), (b'sha256', b'pw', b'salt', 1),
             ('sha256', b'pw', b'salt'), ('sha256', b'pw', b'salt', 1, 1, 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    hashlib.pbkdf2_hmac('foo', b'pw', b'salt', 1)
except ValueError as e:
    print('ValueError subclass', type(e).__mro__[1].__name__)
