# collections.UserString: str methods over .data return the class's instances, others str
import copy
from collections import UserString
from collections.abc import Hashable, Sequence

w = UserString("Hello World")
print(w, repr(w), str(w), len(w), w[0], type(w[0]).__name__, w[1:5], w[::-1])
print(isinstance(w, Sequence), isinstance(w, str), isinstance(w, Hashable), hash(w) == hash("Hello World"))
print(w == "Hello World", "Hello World" == w, w == UserString("Hello World"), w < "z", w > UserString("A"), w <= "Hello World", w >= "Hello")
print("World" in w, UserString("lo") in w, "x" in w, int(UserString("42")), float(UserString("1.5")))
print(w + "!", "!" + w, w + UserString("?"), w + 5, 5 + UserString("x") if False else None, w * 2, 2 * w)
try:
    print(5 + w)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(UserString("%s-%d") % ("a", 3), "%s!" % UserString("x"), type(UserString("%s") % 1).__name__)
for name in ["capitalize", "casefold", "lower", "swapcase", "title", "upper", "strip", "lstrip", "rstrip", "expandtabs"]:
    r = getattr(UserString(" hEllo wOrld\tß "), name)()
    print(name, repr(r), type(r).__name__)
for name in ["isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]:
    print(name, [getattr(UserString(s), name)() for s in ["abc", "ABC", "123", "a b", "", "Ab Cd", "x_1", "\t"]])
print(w.center(15, "*"), w.ljust(13, "-"), w.rjust(13), UserString("42").zfill(5), type(w.center(20)).__name__)
print(w.count("o"), w.count(UserString("l")), w.count("l", 4), w.find("o"), w.find(UserString("W")), w.rfind("o"), w.find("o", 5, 8))
print(w.index("o"), w.rindex("o"), w.startswith("He"), w.endswith(("x", "ld")), w.startswith("World", 6))
try:
    w.index("zz")
except ValueError as e:
    print("ValueError", e)
try:
    w.index(UserString("o"))
except TypeError as e:
    print("TypeError", type(e).__name__)
print(w.removeprefix("Hello "), w.removesuffix(UserString("World")), w.replace("l", "L"), w.replace(UserString("o"), UserString("0"), 1))
print(w.encode(), w.encode("ascii", None), w.split(), w.split("o", 1), w.rsplit("o", 1), UserString("a\nb\n").splitlines(True))
print(w.partition(" "), w.rpartition("o"), UserString(",").join(["a", "b"]), type(UserString(",").join("ab")).__name__)
print(UserString("{0}-{x}").format(1, x=2), UserString("{a}").format_map({"a": 5}))
print(w.translate(UserString.maketrans("lo", "01")), type(w.translate({})).__name__, UserString.maketrans({"a": "b"}))
print(UserString(5), UserString(UserString("q")), UserString([1]), list(UserString("ab")), sorted(UserString("cab")))
print(w.count("o", start=5), w.split(sep="o"), w.strip(chars="Hd"))


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


sh = Shout("hey")
print(sh.shout(), type(sh.shout()).__name__, type(sh[0]).__name__, type(sh + "x").__name__, type(sh.lower()).__name__)
print(copy.copy(sh), type(copy.copy(sh)).__name__, copy.deepcopy(sh), {UserString("k"): 1}[UserString("k")], {UserString("k"): 1}.get("k"))
print(UserString.lower.__name__, UserString.lower.__qualname__, UserString.isdigit.__qualname__)
