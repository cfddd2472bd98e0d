# Argument errors and defaults of unicodedata's functions.
import unicodedata

print(unicodedata.unidata_version)
calls = [
    lambda: unicodedata.normalize("NFX", "a"),
    lambda: unicodedata.normalize("nfc", "a"),
    lambda: unicodedata.normalize(1, "a"),
    lambda: unicodedata.normalize("NFC", b"a"),
    lambda: unicodedata.normalize("NFC"),
    lambda: unicodedata.is_normalized("NFK", "a"),
    lambda: unicodedata.category("ab"),
    lambda: unicodedata.category(""),
    lambda: unicodedata.category(65),
    lambda: unicodedata.category(),
    lambda: unicodedata.combining("a", "b"),
    lambda: unicodedata.mirrored(c="a"),
    lambda: unicodedata.decimal("a"),
    lambda: unicodedata.digit("x"),
    lambda: unicodedata.numeric("x"),
    lambda: unicodedata.decimal("\u00b2"),
    lambda: unicodedata.digit("\u00bd"),
    lambda: unicodedata.decimal("1", 2, 3),
    lambda: unicodedata.numeric(),
    lambda: unicodedata.name("\x00"),
    lambda: unicodedata.name("\U000e0080"),
    lambda: unicodedata.lookup("NO SUCH CHARACTER NAME"),
    lambda: unicodedata.lookup(5),
    lambda: unicodedata.decomposition("ab"),
]
for f in calls:
    try:
        print(repr(f()))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)
print(unicodedata.decimal("a", None), unicodedata.digit("a", -1), unicodedata.numeric("a", "no"))
print(unicodedata.decimal("\u0665"), unicodedata.digit("\u00b2"), unicodedata.numeric("\u216b"))
print(unicodedata.decimal("7", None), unicodedata.numeric("7"), type(unicodedata.digit("7")).__name__)
print(unicodedata.name("a"), unicodedata.name("\u00e9"), unicodedata.name("\u4e00"), unicodedata.name("\uac01"))
print(unicodedata.name("\x00", "none"), unicodedata.name("\U0001f600"), unicodedata.name("\ufe0f"))
print(repr(unicodedata.lookup("latin small letter sharp s")), repr(unicodedata.lookup("SNOWMAN")))
print(repr(unicodedata.lookup("HANGUL SYLLABLE GAG")), repr(unicodedata.lookup("CJK UNIFIED IDEOGRAPH-4E2D")))
print(repr(unicodedata.lookup("BACKSPACE")), repr(unicodedata.lookup(b"DIGIT ONE")))
print(unicodedata.decomposition("\u00e9"), "|", unicodedata.decomposition("\ufb01"), "|",
      unicodedata.decomposition("\uac00"), "|", unicodedata.decomposition("a"))
print(unicodedata.mirrored("("), unicodedata.mirrored("a"), unicodedata.combining("\u0301"))
print(unicodedata.category("\U0010ffff"), unicodedata.bidirectional("\U0010ffff") == "",
      unicodedata.east_asian_width("\u4e00"), unicodedata.east_asian_width("\uff76"))
