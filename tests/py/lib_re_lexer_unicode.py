# A lexer loop (pattern.match(text, pos)) over long non-ASCII text, and
# matching alternating between two texts: the converted text is reused only
# for the same str.
import re

TOKEN = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")

def lex(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        out.append(m.lastindex)
        pos = m.end()
    return out

a = "größe 12 + wörter * 7; 日本 語 " * 40
b = "naïve café 3.5 😀 x " * 40
print(len(lex(a)), lex(a)[:12], len(lex(b)), lex(b)[-6:])
word = re.compile(r"\w+")
pa = pb = 0
seen = []
for _ in range(30):
    ma = word.search(a, pa)
    mb = word.search(b, pb)
    seen.append((ma.group(), mb.group()))
    pa, pb = ma.end(), mb.end()
print(seen[:5], seen[-3:])
c = a[:200] + "ß"
print(word.findall(c)[-3:], word.search(c, 190).span(), [m.span() for m in word.finditer(a, 0, 40)])
