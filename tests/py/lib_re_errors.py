import re

bad = ["(a", "a)", "*a", "a**", "[a", "[z-a]", r"\q", "(?<x", "a{3,2}", "(?P<1>a)",
       "(?P=nope)", r"\1", "(a)\\2", "(?<=a+)b", "(?", "(?Px)", "(?i", "a(?i)b",
       "(?-i)", "(?z)", "(?#abc", r"[\q]", r"a\\", "x\\", "(?P<a>x)(?P<a>y)",
       "(?(2)a|b)", "(?(1)a|b|c)", "(?(x)a)", "(?(1a)a)", "+", "a|*", "(?=a)*",
       "^*", r"\x4", r"\u12", "\\400", "[b-\\d]", "(?<=(a)\\1)", "ab\n(c",
       "(?i-i:a)", "(?-:a)", "(?<=x(?<=y+))", "(?P<a-b>x)", "{1,2}"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "|", e.msg, "|", e.pos, "|", str(e), "|", e.lineno, e.colno)
try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError", e)
try:
    re.compile(b"(?u)a")
except re.error as e:
    print(e)
for args in [("a", b"a"), (b"a", "a")]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
print(isinstance(re.error("x"), Exception), re.error("m", "pat", 1).pos)
try:
    re.compile("(" * 5000 + ")" * 5000)
except RecursionError:
    print("RecursionError")
print(re.match("(" * 100 + "a" + ")" * 100, "a").span(100))
