# hashlib.pbkdf2_hmac and file checksums: file_digest, and reading in chunks with update()
import hashlib
import io

for name in ("sha1", "sha256", "sha512", "md5", "sha3_256", "blake2s"):
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 1).hex())
    print(name, hashlib.pbkdf2_hmac(name, bytearray(b"pw" * 50), b"NaCl" * 20, 50, 100).hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096, 32).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha1", password=b"p", salt=b"s", iterations=2, dklen=None).hex())
print(hashlib.pbkdf2_hmac("SHA256", b"p", b"s", 1, 7).hex())
for args in (("sha256", "pw", b"s", 1), ("sha256", b"pw", b"s", 0), ("sha256", b"pw", b"s", 1, 0),
             ("nope", b"pw", b"s", 1), (b"sha256", b"pw", b"s", 1), ("sha256", b"pw", b"s", 1.0)):
    try:
        hashlib.pbkdf2_hmac(*args)
        print("accepted")
    except Exception as e:
        print(type(e).__name__)

path = "/tmp/taipan_test_lib_hashlib_pbkdf2_files.bin"
payload = bytes(range(256)) * 1500 + b"tail"
with open(path, "wb") as f:
    f.write(payload)
h = hashlib.sha256()
with open(path, "rb") as f:
    while True:
        chunk = f.read(65536)
        if not chunk:
            break
        h.update(chunk)
print(h.hexdigest(), h.hexdigest() == hashlib.sha256(payload).hexdigest())
with open(path, "rb") as f:
    print(hashlib.file_digest(f, "md5").hexdigest())
with open(path, "rb") as f:
    f.read(1000)
    print(hashlib.file_digest(f, hashlib.blake2b).hexdigest()[:32] == hashlib.blake2b(payload[1000:]).hexdigest()[:32])
print(hashlib.file_digest(io.BytesIO(b"abc"), "sha1").hexdigest())
print(hashlib.file_digest(io.BytesIO(payload), lambda: hashlib.blake2s(digest_size=8)).hexdigest())
for bad in (lambda: open(path), lambda: io.StringIO("abc"), lambda: b"abc"):
    obj = bad()
    try:
        hashlib.file_digest(obj, "md5")
        print("accepted")
    except ValueError:
        print("ValueError")
    if hasattr(obj, "close"):
        obj.close()
try:
    hashlib.file_digest(io.BytesIO(b""), "nope")
except ValueError:
    print("ValueError")
