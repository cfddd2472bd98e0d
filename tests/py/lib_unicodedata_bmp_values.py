# Every BMP code point's decimal, digit and numeric value, decomposition
# and name, folded into digests per 8192-block (surrogates skipped).
import unicodedata

M = (1 << 61) - 1


def digest(text):
    return int.from_bytes(text.encode(), "big") % M


for lo in range(0, 0x10000, 0x2000):
    cps = [cp for cp in range(lo, lo + 0x2000) if not 0xD800 <= cp < 0xE000]
    s = "".join(map(chr, cps))
    n = len(s)
    if not n:
        continue
    dec = bytes(map(unicodedata.decimal, s, [10] * n))
    dig = bytes(map(unicodedata.digit, s, [10] * n))
    nums = "|".join(map(repr, map(unicodedata.numeric, s, [-1.0] * n)))
    decomp = "|".join(map(unicodedata.decomposition, s))
    names = "|".join(map(unicodedata.name, s, [""] * n))
    print(hex(lo), dec.count(10), dig.count(10), int.from_bytes(dec + dig, "big") % M,
          digest(nums), digest(decomp), digest(names))
