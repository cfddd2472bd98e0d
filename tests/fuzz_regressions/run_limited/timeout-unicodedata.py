# Every BMP code point's category, bidirectional class, east Asian width,
# mirrored flag and combining class, folded into digests per 4096-block
# (surrogates skipped: taipan strings cannot hold them).
import unicodedata

M = (1 << 61) - 1


def digest(text):
    return int.from_bytes(text.encode(), "big") % M


def block_text(lo, hi):
    if hi <= 0xD800 or lo >= 0xE000:
        return "".join(map(chr, range(lo, hi)))
    return ""


for lo in range(0, 0x10000, 0x1000):
    s = block_text(lo, lo + 0x1000)
    if not s:
        continue
    cats = "".join(map(unicodedata.category, s))
    bidi = "|".join(map(unicodedata.bidirectional, s))
    width = "|".join(map(unicodedata.east_asian_width, s))
    marks = bytes(map(unicodedata.combining, s)) + bytes(map(unicodedata.mirrored, s))
    print(hex(lo), digest(cats), digest(bidi) ^ digest(width), marks.count(0),
          int.from_bytes(marks, "big") % M)
