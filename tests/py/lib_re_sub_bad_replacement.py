# re.sub with a replacement that is neither a template of the pattern's
# type nor a function (None from a missing config value, a number, the
# other string type): CPython's TypeError, never an AttributeError; a
# memoryview template works as a bytes one.
import re

cases = [(r"\d+", 5), (r"\d+", None), (rb"\d+", 5), (rb"\d+", None), (r"\d+", b"#"),
         (rb"\d+", "#"), (r"\d+", bytearray(b"#")),
         (rb"(\d)\d*", memoryview(b"[\\1]"))]
for pattern, repl in cases:
    subject = "1b22" if isinstance(pattern, str) else b"1b22"
    try:
        print(repr(re.sub(pattern, repl, subject)))
    except TypeError as e:
        print(type(repl).__name__, "TypeError:", e)
