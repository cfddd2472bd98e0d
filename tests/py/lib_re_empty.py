import re

cases = [r"x*", r"\b", r"", r"a?", r"(?=a)", r"a|", r"(a)?", r"^", r"$", r"(?m)^", r"\B", r"a*?"]
texts = ["", "a", "xax", "aab", "a\nb"]
for p in cases:
    for s in texts:
        print(repr(p), repr(s),
              [m.span() for m in re.finditer(p, s)],
              re.sub(p, "-", s),
              re.split(p, s),
              re.findall(p, s),
              re.subn(p, "<\\g<0>>", s, 2)[1])
p = re.compile(r"x*")
print([m.span() for m in p.finditer("axxb", 1, 3)], p.findall("axxb", 2), p.sub("-", "axxb", 1))
print(re.sub(r"(?<=a)", "|", "aaa"), re.split(r"(?<=a)(?=b)", "abab"))
