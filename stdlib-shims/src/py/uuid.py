"""uuid for taipan: RFC 4122 UUID objects and the uuid1/3/4/5 generators,
as CPython 3.11's uuid module, written in the Python subset taipan runs.

uuid4() takes its 16 random bytes from os.urandom. uuid3()/uuid5() hash
with hashlib's md5/sha1, imported when they are called (so the module
loads without hashlib).

Where it differs from CPython 3.11: getnode() does not read the network
interfaces' hardware address; it returns a random 48-bit number with the
multicast bit set (CPython's fallback when it finds none), the same for
the whole run. uuid1() builds its UUID in Python (never through the
platform's generator), so is_safe is SafeUUID.unknown.
"""

import os
from enum import Enum

__all__ = ["UUID", "SafeUUID", "getnode", "uuid1", "uuid3", "uuid4", "uuid5",
           "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500",
           "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

int_ = int      # the builtins the UUID constructor's arguments hide
bytes_ = bytes


class SafeUUID(Enum):
    """Whether a UUID was generated in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(data):
    """The first three fields of a 16-byte UUID in the other byte order
    (between `bytes` and `bytes_le`)."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


# The fields of a UUID: (the int's bit shift, width in bits, the limit message).
_FIELDS = (
    (96, 32, "field 1 out of range (need a 32-bit value)"),
    (80, 16, "field 2 out of range (need a 16-bit value)"),
    (64, 16, "field 3 out of range (need a 16-bit value)"),
    (56, 8, "field 4 out of range (need an 8-bit value)"),
    (48, 8, "field 5 out of range (need an 8-bit value)"),
    (0, 48, "field 6 out of range (need a 48-bit value)"),
)


def _int_of_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    value = 0
    for field, (shift, width, message) in zip(fields, _FIELDS):
        if not 0 <= field < 1 << width:
            raise ValueError(message)
        value |= field << shift
    return value


class UUID:
    """A UUID: UUID(hex=..., bytes=..., bytes_le=..., fields=... or
    int=..., version=None), immutable, ordered and hashable by its 128-bit
    integer."""

    __slots__ = ("int", "is_safe")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _swap_le(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            int = _int_of_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # The RFC 4122 variant, then the version number.
            int = (int & ~(0xc000 << 48)) | 0x8000 << 48
            int = (int & ~(0xf000 << 64)) | version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"])
                           if "is_safe" in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        hex = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        """The 16 bytes, most significant first."""
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        """The 16 bytes with the first three fields little-endian."""
        return _swap_le(self.bytes)

    @property
    def fields(self):
        """(time_low, time_mid, time_hi_version, clock_seq_hi_variant,
        clock_seq_low, node)."""
        return tuple((self.int >> shift) & ((1 << width) - 1) for shift, width, _ in _FIELDS)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID."""
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        """The 32 hexadecimal digits."""
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        """One of RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE."""
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version (1 to 5) of an RFC 4122 UUID, else None."""
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None


_node = None


def getnode():
    """A 48-bit node number for uuid1(): random, with the multicast bit
    set, the same for the whole run."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence (random by default) and the
    node (getnode() by default)."""
    global _last_timestamp
    import time
    # 100-ns intervals since the UUID epoch, 1582-10-15.
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), "big") >> 2
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
                        (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
                        clock_seq & 0xff, node), version=1)


def uuid3(namespace, name):
    """The UUID of name (a str) in namespace, from their MD5 hash."""
    from hashlib import md5
    # CPython 3.11 encodes name without looking: bytes raise TypeError.
    digest = md5(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The UUID of name (a str) in namespace, from their SHA-1 hash."""
    from hashlib import sha1
    # CPython 3.11 encodes name without looking: bytes raise TypeError.
    digest = sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
