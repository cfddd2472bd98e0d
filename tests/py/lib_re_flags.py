import re

print(re.I, re.IGNORECASE | re.MULTILINE, re.M | re.I, repr(re.S | re.X | re.A))
print(int(re.I), re.I == 2, re.I | 0, type(re.I | re.M).__name__, re.I & re.M, re.NOFLAG)
print(re.I.value, re.I.name, (re.I | re.M).name, f"{re.I}", re.I + 1, ~re.I)
print(re.compile("a", re.I | re.M), re.compile(b"a"), re.compile("a"), re.compile("a", re.A))
print(re.compile("a").flags, re.compile("(?i)a").flags, re.compile(b"a").flags, re.compile("a", re.X | re.S).flags)
print(re.compile("(?s)a"), re.compile("a", 0).pattern, re.compile(r"\d", re.U))
print(re.findall(r"[a-z]+", "Ab CD ef", re.I), re.findall(r"(?i)[^a-c]", "ABCDabcd"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)é", "É"), re.match("k", "\u212a", re.I))
print(re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "AB"), re.match(r"(?-i:a)b", "aB", re.I))
print(re.findall(r"^x", "x\nx", re.M), re.findall(r"(?m)x$", "x\nx"), re.findall(r"(?m:^x)|y", "x\nxy"))
print(re.findall(r"""\d +  # digits
  [a-z]  # a letter
""", "12a 3b", re.X))
print(re.findall(r"(?x) a b c \ d [ ]", "abc d abcd"), re.findall(r"(?x:a b)c d", "abc d"))
print(re.findall(r"\w+", "héllo wörld ٣٤"), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"\d", "1٣x"), re.findall(r"\d", "1٣x", re.ASCII), re.findall(r"(?a)\s", "a\u00a0b c"))
print(re.findall(r"\s", "a\u00a0b\u2003c d"), re.findall(r"\bé\b", "é fé"), re.findall(r"\b\w", "é fé", re.A))
print(re.match(r"(?i)[k]", "\u212a"), re.match(r"(?ia)[k]", "\u212a"), re.match(r"[^a]", "A", re.I))
print(re.match(r"Σ", "σ", re.I), re.match(r"ς", "Σ", re.I), re.match(r"[Ǆ]", "ǅ", re.I))
