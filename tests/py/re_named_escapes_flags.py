# re: \N{NAME} escapes in patterns and sets (names, aliases, errors), and
# the flags as attributes of re.RegexFlag.
import re

text = "café — naïve – “quoted” … done"
print(re.findall(r"[\N{EM DASH}\N{EN DASH}]", text))
print(re.sub(r"\N{HORIZONTAL ELLIPSIS}", "...", text))
print(re.split(r"\s*\N{em dash}\s*", text))
print(re.findall(r"[\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]", text))
print(re.search(r"e\N{COMBINING ACUTE ACCENT}?", "cafe\u0301").group() == "e\u0301")
print(re.findall(r"\N{LATIN SMALL LETTER I WITH DIAERESIS}|\N{LINE FEED}", "naïve\nx"))
for bad in [r"\N", r"\N{", r"\N{}", r"\N{NO SUCH CHARACTER}", r"x\N{LATIN SMALL LETTER",
            r"[\N{BOGUS NAME}]", r"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"]:
    try:
        re.compile(bad)
        print(repr(bad), "compiled")
    except re.error as e:
        print(repr(bad), "re.error:", e.msg, e.pos)
try:
    re.compile(rb"\N{EM DASH}")
except re.error as e:
    print("bytes:", e)
flags = re.RegexFlag.DOTALL | re.RegexFlag.I
print(flags, int(flags), re.RegexFlag.X, re.RegexFlag.S is re.S, re.RegexFlag.NOFLAG)
print(re.findall(r"a.b", "a\nb A\nB", flags=re.RegexFlag.DOTALL | re.RegexFlag.IGNORECASE))
print([re.RegexFlag.MULTILINE, re.RegexFlag.M, re.RegexFlag.ASCII, re.RegexFlag.VERBOSE])
