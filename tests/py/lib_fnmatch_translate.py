# fnmatch.translate: the regular expression CPython 3.11 writes for a
# shell pattern (stars, ?, sets, ranges, negation, unclosed brackets,
# characters re must escape), and what it matches once compiled.
import fnmatch
import re

names = ["a.py", "img_07.JPG", "data_01.csv", "aXbYc", "]x", "b", "-", "x[",
         "^", "&", "abab", "notes.txt.bak", "ée"]
patterns = ["*.p[yw]", "*.txt", "data_??.csv", "a*b*c", "**x*", "[!a-c]*",
            "[]]x", "[!]]", "[a-]", "x[", "[^x]", "[&|~]", "*", "", "a.b+c",
            "img_[0-9][0-9]*.JPG", "[z-a]", "[!z-a]", "*a*b*", "é*", "*.txt*"]
for pat in patterns:
    regex = fnmatch.translate(pat)
    compiled = re.compile(regex)
    hits = [n for n in names if compiled.match(n)]
    print(repr(pat), repr(regex), hits, hits == fnmatch.filter(names, pat))
