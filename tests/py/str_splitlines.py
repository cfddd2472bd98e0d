s = "line1\nline2\r\nline3\rline4\n\nline6\n"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "a\n".split("\n"))
print("x\x0by\x0cz\x1c\x1d\x1e\x85w\u2028v\u2029u".splitlines())
print(len("a\n\nb\n\n".splitlines()))
