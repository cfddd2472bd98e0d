# hmac: keys shorter, equal to and longer than the block size for every
# algorithm, the digestmod forms, copy/update, hmac.digest, compare_digest.
import hashlib
import hmac

MSG = bytes((3 * i + 5) % 256 for i in range(300))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
             'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'sha512_224']:
    block = hashlib.new(name).block_size
    macs = [hmac.new(bytes(range(k % 256)) * (k // 256 + 1), MSG, name).hexdigest()[:12]
            for k in (0, 1, block - 1, block, block + 1, 2 * block + 3)]
    print(name, macs)
    h = hmac.new(b'key', digestmod=name)
    c = h.copy()
    h.update(MSG[:100])
    h.update(MSG[100:])
    c.update(bytearray(MSG))
    print(' ', h.name, h.digest_size, h.block_size, h.hexdigest() == c.hexdigest(),
          h.digest() == hmac.digest(b'key', MSG, name), h.hexdigest()[:16])
for digestmod in ['sha256', 'SHA256', hashlib.sha256, lambda: hashlib.sha256(),
                  lambda d=b'': hashlib.new('sha256', d), hashlib.blake2s]:
    print(hmac.new(b'k', b'm', digestmod).hexdigest()[:20], hmac.digest(b'k', b'm', digestmod).hex()[:20])
print(hmac.HMAC(b'k', b'm', digestmod='md5').hexdigest(), hmac.new(b'k', None, 'md5').hexdigest())
print(hmac.HMAC.blocksize, hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-3:])
for args in [(b'k', b'm'), (b'k',), (b'k', b'm', None), (b'k', b'm', ''), ('k', b'm', 'md5'),
             (b'k', 'm', 'md5'), (b'k', b'm', 'foo'), (b'k', b'm', 5), (b'k', b'm', hashlib),
             (b'k', b'm', 'shake_128'), (b'k', b'm', hashlib.shake_256), (b'k', 5, 'md5')]:
    try:
        print(hmac.new(*args).hexdigest())
    except Exception as e:
        print(type(e).__name__, e)
for args in [(b'k', b'm', 'foo'), (b'k', 'm', 'md5'), ('k', b'm', 'md5')]:
    try:
        hmac.digest(*args)
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'ab', b'abc'), ('abc', 'abc'), ('', ''),
             (bytearray(b'x'), b'x'), ('a', 'b'), ('é', 'é'), (b'a', 'a'), ('a', b'a'),
             (1, b'a'), ('a', 1), (None, None), (1, 1)]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
