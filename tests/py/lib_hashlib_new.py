# hashlib.new's names (Python names as written, OpenSSL names in any
# case), the algorithm sets, the types and reprs, file_digest.
import hashlib
import io

for name in ['md5', 'MD5', 'Md5', 'SHA1', 'sha-1', 'SHA256', 'sha-256', 'SHA2-256',
             'SHA384', 'SHA-512', 'sha512-224', 'SHA-512/256', 'sha3-256', 'SHA3-512',
             'SHAKE128', 'shake-256', 'blake2b512', 'BLAKE2S-256', 'sha3_224',
             'SHA3_224', 'BLAKE2B', 'Blake2s', 'sha2', 'md4', 'SHA256 ', 'SHAKE_128', '']:
    try:
        h = hashlib.new(name, b'abc')
        print(repr(name), h.name, h.digest_size, (h.hexdigest(4) if h.digest_size == 0 else h.hexdigest())[:16])
    except ValueError as e:
        print(repr(name), type(e).__name__, e)
for args, kwargs in [((), {'name': 'md5'}), (('md5',), {'data': b'abc'}),
                     (('md5', b'x'), {'usedforsecurity': False}), (('md5', 'x'), {}),
                     ((b'md5',), {}), ((5,), {}), (('md5', b'x'), {'digest_size': 3}),
                     (('blake2b', b'x'), {'digest_size': 3}), (('blake2s',), {'data': b'x'})]:
    try:
        print(hashlib.new(*args, **kwargs).hexdigest())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available, 'sha512_256' in hashlib.algorithms_available)
print(hashlib.__all__)
print(type(hashlib.md5()).__name__, type(hashlib.md5()).__module__, type(hashlib.shake_256()).__name__)
print(repr(hashlib.sha256(b'x')).startswith('<sha256 _hashlib.HASH object @ 0x'),
      repr(hashlib.blake2b()).startswith('<_blake2.blake2b object at 0x'))
print(hashlib.md5.__name__, hashlib.sha3_256.__name__, hashlib.shake_128.__name__, hashlib.blake2s.__name__)
print(isinstance(hashlib.shake_128(), type(hashlib.md5())), isinstance(hashlib.blake2b(), hashlib.blake2b))
print(type(hashlib.new('blake2b512')).__name__, type(hashlib.new('blake2s')).__name__)
try:
    type(hashlib.md5())()
except TypeError as e:
    print(e)
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
path = '/tmp/taipan_test_lib_hashlib_new.bin'
with open(path, 'wb') as f:
    f.write(bytes(range(256)) * 2000)
with open(path, 'rb') as f:
    f.read(10)
    print(hashlib.file_digest(f, 'sha1').hexdigest(), hashlib.file_digest(f, 'md5').hexdigest())
for bad in [io.StringIO('abc'), b'abc']:
    try:
        hashlib.file_digest(bad, 'md5')
    except ValueError as e:
        print(type(e).__name__, str(e).endswith('is not a file-like object in binary reading mode.'))
with open(path) as f:
    try:
        hashlib.file_digest(f, 'md5')
    except ValueError as e:
        print(type(e).__name__)
