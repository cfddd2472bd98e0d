# string: the character-class constants and capwords (default and explicit sep)
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(set(string.printable) == set(string.digits + string.ascii_letters + string.punctuation + string.whitespace))
print(all(c.isalnum() for c in string.hexdigits), all(not c.isalnum() for c in string.punctuation))
print("".join(c for c in "Hello, World! 42" if c in string.ascii_letters))
print(sum(1 for c in "a1 b2\tc3\n" if c in string.whitespace))
for s in ["hello world", "  hello   wORLD  ", "", "   ", "x", "it's a dog's life",
          "tab\tseparated\nlines", "ÉCOLE élève", "123abc ABC"]:
    print(repr(string.capwords(s)))
for s, sep in [("hello-big-world", "-"), ("a--b", "-"), ("  x  y ", " "), ("one,two", ","),
               ("no sep here", "|"), ("aXXbXXc", "XX"), ("hello world", None), ("", ",")]:
    print(repr(string.capwords(s, sep)))
try:
    string.capwords("a b", "")
except ValueError as e:
    print(type(e).__name__, e)
try:
    string.capwords(5)
except AttributeError as e:
    print(type(e).__name__)
