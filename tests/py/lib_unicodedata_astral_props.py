# Properties of code points beyond the BMP, every 29th one, folded into
# one digest per plane: category, bidirectional class, east Asian width,
# mirrored flag, combining class, numeric value, decomposition, name.
import unicodedata

M = (1 << 61) - 1


def digest(text):
    return int.from_bytes(text.encode(), "big") % M


for plane in range(1, 17):
    s = "".join(map(chr, range(plane << 16, (plane + 1) << 16, 29)))
    cats = "".join(map(unicodedata.category, s))
    bidi = "|".join(map(unicodedata.bidirectional, s))
    width = "|".join(map(unicodedata.east_asian_width, s))
    marks = bytes(map(unicodedata.combining, s)) + bytes(map(unicodedata.mirrored, s))
    nums = "|".join(map(repr, map(unicodedata.numeric, s, [-1.0] * len(s))))
    decomp = "|".join(map(unicodedata.decomposition, s))
    names = "|".join(map(unicodedata.name, s, [""] * len(s)))
    print(plane, len(s), digest(cats), digest(bidi) ^ digest(width),
          int.from_bytes(marks, "big") % M, digest(nums), digest(decomp), digest(names))
