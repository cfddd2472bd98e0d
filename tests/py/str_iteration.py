s = "héllo, 日本 🐍"
for i, ch in enumerate(s):
    print(i, repr(ch), ord(ch), ch.isalpha())
print(list(s), len(s), s.count("l"), s[::-1])
print([c for c in s if c.isalpha()], "".join(c.upper() for c in s))
rev = ""
for c in "abc":
    rev = c + rev
print(rev)
print(sorted(set("mississippi")), dict.fromkeys("hello").keys())
