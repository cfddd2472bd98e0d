# The four normalization forms of every BMP character from U+00A0 (but
# the CJK ideographs U+3400..U+9FFF, which no form changes), and lookup
# of every 5th one's name, folded into digests (surrogates skipped).
import unicodedata

M = (1 << 61) - 1


def digest(text):
    return int.from_bytes(text.encode(), "big") % M


ranges = [(0xA0, 0x3400), (0xA000, 0xD800), (0xF900, 0x10000)]
s = "".join("".join(map(chr, range(lo, hi))) for lo, hi in ranges)
n = len(s)
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    out = "|".join(map(unicodedata.normalize, [form] * n, s))
    same = sum(map(unicodedata.is_normalized, [form] * n, s))
    print(form, len(out), same, digest(out))
names = [x for x in map(unicodedata.name, s[::5], [""] * len(s[::5])) if x]
back = "".join(map(unicodedata.lookup, names))
print(len(names), digest(back), back == "".join(c for c in s[::5] if unicodedata.name(c, "")))
