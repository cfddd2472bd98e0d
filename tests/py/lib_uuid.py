import pickle
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
for form in ["12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
             "12345678-1234-5678-1234-56781234567-8", "{12345678123456781234567812345678}"]:
    print(uuid.UUID(form) == u, repr(uuid.UUID(form)))
print(str(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.node, u.time, u.clock_seq)
print(u.bytes, u.bytes_le, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, int(u), u.is_safe)
same = [uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
        uuid.UUID(int=u.int), uuid.UUID(hex=u.hex)]
print(all(x == u for x in same), len({u, *same}), hash(u) == hash(u.int), u != uuid.NAMESPACE_DNS)
for v in range(1, 6):
    w = uuid.UUID(int=u.int, version=v)
    print(v, w, w.version, w.variant)
for n in [0, 1 << 127, (1 << 128) - 1, 0x00000000_0000_0000_c000_000000000000, 0xe000 << 48]:
    w = uuid.UUID(int=n)
    print(w, w.variant, w.version)
print(sorted([uuid.NAMESPACE_X500, uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID, uuid.NAMESPACE_URL]))
print(u < uuid.NAMESPACE_DNS, u >= u, u > u, u <= uuid.NAMESPACE_URL, u == u.int, u != str(u))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(pickle.loads(pickle.dumps(u)) == u, [s.name for s in uuid.SafeUUID], uuid.SafeUUID(None))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), uuid.UUID(str(r)) == r)
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1() > t or uuid.uuid1().time > t.time, uuid.uuid1(0x1234, 77).node,
      uuid.uuid1(clock_seq=0x3abc).clock_seq, 0 < uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
bad = [dict(hex="1234"), dict(hex="g" * 32), dict(bytes=b"short"), dict(bytes_le=b"x" * 17),
       dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
       dict(fields=(0, 0, 1 << 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, -1, 0)),
       dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128), dict(int=1, version=6),
       dict(), dict(hex=u.hex, int=1)]
for kw in bad:
    try:
        uuid.UUID(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: setattr(u, "int", 1), lambda: u < 5, lambda: uuid.UUID(bytes=bytearray(16))]:
    try:
        call()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__)
import os
print(len(os.urandom(7)), os.urandom(0), type(os.urandom(3)).__name__, len(set(os.urandom(16) for _ in range(5))))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
