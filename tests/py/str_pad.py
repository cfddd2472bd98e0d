for s in ["42", "-42", "+7", "", "abc", "日本"]:
    print(repr(s.zfill(6)), repr(s.ljust(6)), repr(s.rjust(6)), repr(s.center(6)), repr(s.center(7, "*")), repr(s.ljust(5, "-")), repr(s.rjust(1)))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(4, ".")))
print(repr("3.14".zfill(8)), repr("-".zfill(3)), repr("x".zfill(0)))
try:
    "a".ljust(5, "ab")
except TypeError:
    print("TypeError fillchar")
