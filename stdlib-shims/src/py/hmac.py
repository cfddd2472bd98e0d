"""hmac for taipan: keyed-hashing for message authentication (RFC 2104)
over hashlib's hash objects.

Where it differs from CPython 3.11: every HMAC object takes the Python
path (inner and outer hash objects; CPython hands names and OpenSSL
constructors to OpenSSL's HMAC), so h._hmac is absent; the digests are
the same.
"""

import _hashlib as _hashopenssl
import hashlib as _hashlib
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the hash used.
digest_size = None

# hashlib's constructors, by the name OpenSSL knows them by.
_openssl_names = {}
for _name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
              'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
              'shake_128', 'shake_256'):
    _openssl_names[getattr(_hashopenssl, 'openssl_' + _name)] = _name
del _name


def _openssl_name(digestmod):
    """The algorithm name of a digestmod OpenSSL would take (a str or one
    of hashlib's OpenSSL constructors), else None."""
    if isinstance(digestmod, str):
        return digestmod
    try:
        return _openssl_names.get(digestmod)
    except TypeError:
        return None


def _constructor(digestmod):
    """A callable making a new hash object (optionally over data)."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        name = _openssl_name(digestmod)
        if name is not None:
            # OpenSSL's HMAC: names in any case, SHAKE refused.
            if _hashopenssl.new(name).digest_size == 0:
                raise ValueError('no reason supplied')
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC: the digest of msg under key,
    digest being a name, a constructor or a module with new()."""
    name = _openssl_name(digest)
    if name is not None:
        return _hashopenssl.hmac_digest(key, msg, name)
    return HMAC(key, msg, digest).digest()
