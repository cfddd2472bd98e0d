"""hashlib for taipan: MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2 hash
objects, PBKDF2-HMAC and file_digest, on the native _hashlib and _blake2
modules (the hash functions are taipan's own Rust code).

Where it differs from CPython 3.11:
- Data is bytes or bytearray (taipan has no memoryview or other buffer
  objects); a str raises TypeError as in CPython.
- algorithms_available is algorithms_guaranteed plus sha512_224 and
  sha512_256 (OpenSSL's md5-sha1, ripemd160, sm3 ... are not there);
  scrypt is not provided.
"""

import _hashlib
from _blake2 import blake2b, blake2s

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = set(__all__[:14])
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
pbkdf2_hmac = _hashlib.pbkdf2_hmac


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'', **kwargs): a hash object of the algorithm
    called name (a Python name such as 'sha3_256', or an OpenSSL name in
    any case such as 'SHA256'); blake2b and blake2s take their
    parameters as keywords."""
    if name == 'blake2b':
        return blake2b(data, **kwargs)
    if name == 'blake2s':
        return blake2s(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object of digest (a name, or a constructor taking no
    arguments) over what is left to read of a binary file object."""
    h = new(digest) if isinstance(digest, str) else digest()
    import io
    if isinstance(fileobj, io.BytesIO):
        h.update(fileobj.getvalue())
        return h
    readable = getattr(fileobj, 'readable', None)
    if readable is None or not readable() or not isinstance(fileobj.read(0), bytes):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)
