# re.IGNORECASE on Unicode text follows sre: a character matches when its
# simple lowercase does ('İ' lowers to 'i'), characters that share an
# uppercase count as equal ('s'/'ſ', 'i'/'ı', 'σ'/'ς', 'µ'/'μ'), and a
# set folds every member of its ranges ('[a-z]' admits the Kelvin sign).
import re

text = "İstanbul ıi Iİ ſtraße STRASSE K\u212a kelvin µμ σς Σ ᲀв ﬅﬆ \u2126ω 𐐀𐐨"
for pat in ["i", "İ", "ı", "s", "ſ", "k", "µ", "ς", "в", "ﬆ", "ω"]:
    print(ascii(pat), ascii(re.findall(pat, text, re.I)), ascii(re.findall(pat, text, re.I | re.A)))
for pat in ["[a-z]+", "[A-Z]+", "[^a-z ]+", "[i]+", "[İ]+", "[\u2100-\u214f]+", "[\u0130-\u0131]+", "[𐐀]+", "[𐐀-𐐏]+"]:
    print(ascii(pat), ascii(re.findall(pat, text, re.I)), ascii(re.findall(pat, text, re.I | re.A)))
# The usual cleaning pattern keeps Turkish capitals as CPython does.
print(ascii(re.sub(r"[^a-z0-9 ]", "", "İzmir'de 3 ŞEHİR var", flags=re.I)))
print(ascii(re.findall(r"(\w)\1", "İi iİ ſs Kk", re.I)))
# The classes of every character up to U+2200 against a few sets.
for pat in ["[a-z]", "[k]", "[\u0370-\u03ff]", "[^\\W\\d]", "\u03c3"]:
    hits = [c for c in range(0x2200) if not 0xD800 <= c <= 0xDFFF and re.fullmatch(pat, chr(c), re.I)]
    print(ascii(pat), len(hits), sum(hits), [hex(c) for c in hits if c > 0x7f][:12])
