import re

print(re.findall(rb"\w+", b"hello world 42"))
print(re.sub(rb"\s+", b" ", b"a  b\t\nc"), re.subn(rb"(a)", rb"<\1>", b"banana"))
print(re.match(rb"(?P<x>\d+)", b"123abc").groupdict(), re.split(rb",", b"a,b"))
print(re.search(rb"\xff+", b"a\xff\xffb"), re.findall(rb"[\x80-\xff]", b"a\xe9b\xe8"))
print(re.match(rb"\w", b"\xe9"), re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"(?i)a", b"A"))
p = re.compile(rb"a.c", re.S)
print(p, p.flags, p.pattern, p.match(b"a\nc"), p.search(bytearray(b"xabc")))
print(re.sub(rb"x", lambda m: m.group().upper(), b"axbx"), re.escape(b"a+b\x00"))
print(re.fullmatch(rb"[^\d\s]+", b"abc"), re.findall(rb"\b\w", b"ab cd"))
m = re.search(rb"(b)(c)?", b"abd")
print(m, m.groups(), m.groups(b"-"), m.span(1), m.expand(rb"[\1]"), m.lastindex)
