import uuid

# uuid3 and uuid5 hash with hashlib's md5 and sha1.
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ["python.org", "", "caf\u00e9", "x" * 200]:
        a, b = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
        print(a, a.version, a.variant, b, b.version, b.variant)
print(uuid.uuid3(uuid.UUID(int=0), ""), uuid.uuid5(uuid.UUID(int=(1 << 128) - 1), "\x00"))
for f in (uuid.uuid3, uuid.uuid5):
    try:
        f(uuid.NAMESPACE_DNS, b"bytes name")
    except TypeError as e:
        print("TypeError", e)
print(uuid.uuid5(uuid.uuid4(), "n").version, uuid.uuid3(uuid.uuid1(), "n").version)
