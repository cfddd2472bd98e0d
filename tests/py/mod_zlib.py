import zlib

# Checksums: exact values, chaining, starting values taken modulo 2**32.
for data in [b"", b"a", b"abc", b"hello world" * 100, bytes(range(256)) * 7, bytearray(b"xyz")]:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40 + 5), zlib.adler32(b"abc", 0))
big = bytes((i * 7919) % 251 for i in range(70000))
print(zlib.adler32(big), zlib.crc32(big))

# Round trips through every container and level.
texts = [b"", b"x", b"hello hello hello hello", big, b"\x00" * 100000,
         "naïve café ".encode() * 300]
for wbits in (15, -15, 31):
    for level in (-1, 0, 1, 6, 9):
        ok = all(zlib.decompress(zlib.compress(t, level, wbits), wbits) == t for t in texts)
        print("round trip", wbits, level, ok)
# Auto-detection (wbits 32 + n) reads zlib and gzip streams.
for t in texts[:4]:
    print(zlib.decompress(zlib.compress(t), 47) == t,
          zlib.decompress(zlib.compress(t, wbits=31), 47) == t,
          zlib.decompress(zlib.compress(t), 0) == t)
# Headers as zlib writes them.
for level in range(-1, 10):
    print(level, zlib.compress(b"abc", level)[:2], zlib.compress(b"abc", level, 31)[:10])
# Stored blocks (level 0) are the same bytes in every zlib.
print(zlib.compress(b"hello", 0))
print(zlib.compress(b"", 0))
print(len(zlib.compress(b"\x00" * 100000)) < 200)

# Trailing bytes after the stream are ignored by decompress.
print(zlib.decompress(zlib.compress(b"abc") + b"garbage"))

# Errors, with zlib's messages.
def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r if len(repr(r)) < 80 else len(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(zlib.decompress, b"")
attempt(zlib.decompress, b"x\x9c")
attempt(zlib.decompress, b"xyzw")
attempt(zlib.decompress, zlib.compress(b"abcdef")[:-1])
attempt(zlib.decompress, zlib.compress(b"abcdef")[:-4])
bad = bytearray(zlib.compress(b"abcdef" * 10))
bad[-1] ^= 1
attempt(zlib.decompress, bytes(bad))
attempt(zlib.decompress, zlib.compress(b"x"), 31)
attempt(zlib.decompress, zlib.compress(b"x"), 9)
attempt(zlib.decompress, zlib.compress(b"x"), 100)
attempt(zlib.decompress, zlib.compress(b"x"), bufsize=-1)
attempt(zlib.decompress, zlib.compress(b"x"), bufsize=0)
attempt(zlib.compress, b"x", 10)
attempt(zlib.compress, b"x", -2)
attempt(zlib.compress, b"x", wbits=100)
attempt(zlib.compress, b"x", wbits=16)
attempt(zlib.compress, "text")
attempt(zlib.crc32, "text")
attempt(zlib.compress, b"x", level="a")
gz = bytearray(zlib.compress(b"hello gzip", wbits=31))
gz[-1] ^= 1
attempt(zlib.decompress, bytes(gz), 31)
gz = bytearray(zlib.compress(b"hello gzip", wbits=31))
gz[-5] ^= 1
attempt(zlib.decompress, bytes(gz), 31)
print(issubclass(zlib.error, Exception), zlib.error.__name__, zlib.error.__module__)

# Streams: compress piece by piece, decompress piece by piece.
for wbits in (15, -15, 31):
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    parts = [c.compress(big[i:i + 5000]) for i in range(0, len(big), 5000)]
    parts.append(c.flush())
    stream = b"".join(parts)
    print(wbits, zlib.decompress(stream, wbits) == big)
    attempt(c.flush)
    d = zlib.decompressobj(wbits)
    out = b"".join(d.decompress(stream[i:i + 7]) for i in range(0, len(stream), 7))
    out += d.flush()
    print(out == big, d.eof, d.unused_data, d.unconsumed_tail)

# Sync flushes make everything so far decodable.
c = zlib.compressobj()
d = zlib.decompressobj()
for word in [b"alpha ", b"beta ", b"gamma"]:
    chunk = c.compress(word) + c.flush(zlib.Z_SYNC_FLUSH)
    print(chunk[-4:], d.decompress(chunk))
print(d.decompress(c.flush()), d.eof)

# max_length and unconsumed_tail.
d = zlib.decompressobj()
stream = zlib.compress(b"0123456789" * 1000)
got = d.decompress(stream, 100)
print(len(got), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail:
    got += d.decompress(d.unconsumed_tail, 3000)
got += d.flush()
print(got == b"0123456789" * 1000, d.eof)

# Data after the end goes to unused_data, and so does any later input.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"tail"), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b"auto", wbits=31) + b"!"), d.unused_data)

attempt(zlib.compressobj, wbits=100)
attempt(zlib.compressobj, method=9)
attempt(zlib.compressobj, memLevel=10)
attempt(zlib.compressobj, strategy=9)
attempt(zlib.compressobj().flush, 7)
attempt(zlib.decompressobj, wbits=100)
attempt(zlib.decompressobj().decompress, b"x", -1)
attempt(zlib.decompressobj().flush, 0)
attempt(zlib.decompressobj().decompress, b"nonsense")
c = zlib.compressobj()
c.compress(b"abc")
c.flush()
attempt(c.compress, b"more")
print(c.flush())
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
