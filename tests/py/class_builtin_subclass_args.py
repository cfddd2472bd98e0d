# Instances of str/bytes/int/tuple subclasses (StrEnum members included) are
# accepted wherever native code reads a str, bytes, int or tuple argument.
import re
import unicodedata
from enum import StrEnum


class Tag(str):
    pass


class Special(StrEnum):
    CLS = "[CLS]"
    SEP = "[SEP]"


class Raw(bytes):
    pass


class Count(int):
    pass


class Types(tuple):
    pass


t = Tag("ab")
print(" ".join([Special.CLS, "hi", Special.SEP]), "-".join([t, "c"]))
print("xabyab".split(t), "a,b,c".rsplit(Tag(","), 1), "xab".replace(t, Tag("Z")))
print(t in "xaby", "abc".startswith(t), "abc".startswith((Tag("z"), t)), "cab".endswith(t))
print("zab".find(t), "abab".count(t), "cab".index(t), "abxab".strip(t), "aab".lstrip(Tag("a")))
print("xaby".partition(t), "abc".removeprefix(t), "x".center(5, Tag("*")))
print("abc".translate(str.maketrans(Tag("a"), Tag("z"))))
print(re.search(t, "zab").span(), re.sub("a", Tag("Q"), "aa"), re.compile(Tag(r"\w")).findall("ab"))
print(int(Tag("12")), float(Tag("1.5")), ord(Tag("a")), getattr("x", Tag("upper"))())
print(dict(**{Tag("k"): 1}), unicodedata.normalize(Tag("NFC"), t), unicodedata.category(Tag("a")))
print("x", "y", sep=Tag("|"), end=Tag("!\n"))
print(b"-".join([Raw(b"ab"), b"c"]), Raw(b"ab") in b"xaby", b"x" + Raw(b"y"))
print(divmod(Count(7), Count(3)), isinstance(1, Types((int, str))))
