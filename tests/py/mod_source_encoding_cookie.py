# -*- coding: latin-1 -*-
# PEP 263: a coding comment names the encoding of the file (this one is
# Latin-1, not UTF-8).
s = "café, naïve, 10°"
print(s, len(s), s.encode("utf-8"))
print([hex(ord(c)) for c in s if ord(c) > 127])
