# name() and lookup(): aliases, named sequences, algorithmic names (Hangul
# syllables, CJK ideographs) and their case rules, unnamed characters.
import unicodedata

queries = [
    "LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A",
    "CJK UNIFIED IDEOGRAPH-4E2D", "cjk unified ideograph-4E2D", "CJK UNIFIED IDEOGRAPH-4e2d",
    "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-31350",
    "HANGUL SYLLABLE GAG", "hangul syllable gag", "HANGUL SYLLABLE gag", "HANGUL SYLLABLE G",
    "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "tamil syllable kssa", "KEYCAP DIGIT ONE",
    "NUL", "BYTE ORDER MARK", "BOM", "ZWJ", "LINE FEED", "LF", "EM", "NBSP",
    "SUNDANESE LETTER ARCHAIC I", "WEIERSTRASS ELLIPTIC FUNCTION", "TANGUT IDEOGRAPH-17000",
    "", " LATIN SMALL LETTER A", "LATIN SMALL LETTER A ", "LATIN SMALL LETTER A" * 10,
    "CJK COMPATIBILITY IDEOGRAPH-F900", "HIRAGANA LETTER BIDAKUON NGA", "SNOWMAN WITHOUT SNOW",
]
for q in queries:
    try:
        print(repr(q[:32]), [hex(ord(c)) for c in unicodedata.lookup(q)])
    except KeyError:
        print(repr(q[:32]), "KeyError")
for cp in [0x20, 0x7F, 0xA0, 0xAD, 0x17000, 0x18B00, 0x1B170, 0xF900, 0x2F800, 0x31350,
           0x2A6DF, 0x1F600, 0x3134A, 0xE0001, 0xFE00, 0xE0100, 0xE000, 0xD7A3, 0x1F979]:
    print(hex(cp), unicodedata.name(chr(cp), None))
try:
    unicodedata.lookup("NO SUCH NAME")
except KeyError as e:
    print(e)
