import re

s = "naïve café — Ünïcödé 日本語 text ١٢٣"
print(re.findall(r"\w+", s))
print(re.findall(r"[^\W\d]+", s), re.findall(r"\d+", s))
print(re.sub(r"[àâäéèêëïîôöùûüÿç]", "_", s))
print(re.search(r"日本", s).span(), re.split(r"\s+", s))
print(re.findall(r"(?i)ÜNÏ", s), re.findall(r"(?i)[à-ÿ]+", "ÀÉÎ xyz"))
print(re.match(r".{3}", "日本語x").group(), re.match(r"\u65e5\U0000672c", "日本").span())
print(re.findall(r"\b\w+\b", "über straße"), re.findall(r"\S+", "a\u3000b\u2028c"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "éa über ñu"))
print(re.fullmatch(r"[\u0400-\u04ff]+", "привет"), re.findall(r"[α-ω]", "αβγ ABC"))
print(re.escape("日本.語"), re.findall(r"\W", "a,é;日"))
print(re.match(r"(?i)ß", "ẞ"), re.match(r"(?i)ǆ", "Ǆ"), re.match(r"(?i)ﬀ", "FF"))
print(re.findall("😀+", "a😀😀b😀"), re.sub("😀", "x", "😀a😀"), re.match(".", "😀").end())
print(re.search(r"(?<=é)x", "éx").span(), re.split(r"(?<=,)", "é,ü,"))
print(re.findall(r"[\w-]+", "snake_case kebab-case ÉTÉ"), len(re.findall(".", s)))
