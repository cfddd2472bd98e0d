# unicodedata.normalize over whole lines of mixed text, as a tokenizer's
# normalizer runs it: marks that compose with the letter before them,
# marks out of canonical order, compatibility characters, Hangul built
# from jamo, and scripts whose vowel signs compose with a starter.
import unicodedata

lines = [
    "plain ascii line, nothing to do",
    "Cafe\u0301 cre\u0300me bru\u0302le\u0301e \u2014 d\u00e9j\u00e0 vu",
    "a\u0323\u0302 a\u0302\u0323 q\u0307\u0323 \u1e9b\u0323 \u212b \u2126 \u00c5",
    "\ufb01nance \ufb03 \u2460\u2461 \u00bd x\u00b2 \uff21\uff22\uff23 \u3000 \u3300 \u33a1",
    "\u1100\u1161\u11a8 \u1112\u1161\u11ab\u1100\u116e\u11a8 \uac00\u11a8 \ud55c\uad6d\uc5b4",
    "\u0b47\u0b3e \u0b47\u0b57 \u0bc6\u0bbe \u0d46\u0d3e \u0dd9\u0dcf \u1025\u102e \u09c7\u09be",
    "\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8 \u30ab\u3099 \u304b\u309a \uf900\uf9ff",
    "\u0344 \u0340\u0341 \u0958 \u2adc \u0301leading mark \u00e9\u0301\u0327",
    "\u00a0nbsp\u00a0 \u2002en space \u2026 \u201cquotes\u201d \u00b4 \u00a8 \u00af",
]
for line in lines:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        out = unicodedata.normalize(form, line)
        print(form, len(out), ascii(out))
        print(unicodedata.is_normalized(form, line), unicodedata.is_normalized(form, out),
              unicodedata.normalize(form, out) == out)
text = "\n".join(lines) * 3
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    whole = unicodedata.normalize(form, text)
    print(form, len(whole), whole == "\n".join(unicodedata.normalize(form, l) for l in text.split("\n")))
