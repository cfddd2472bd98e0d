for c in ["a", "Z", "0", " ", "\n", "~", "é", "ß", "Ω", "日", "🐍", "\x00", "\u0000", "\U0010FFFF"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print("".join(chr(i) for i in range(65, 91)), "".join(chr(i) for i in range(0x3b1, 0x3ba)))
print([ord(c) - ord("a") for c in "hello"], chr(ord("a") + 25), chr(0x1F600))
print(sorted("Hello World", key=ord), max("abc", key=ord))
try:
    chr(0x110000)
except ValueError:
    print("ValueError chr range")
try:
    ord("")
except TypeError:
    print("TypeError ord empty")
