# Every comparison operator between strs: the same object, equal strs built
# at run time, prefixes, code points beyond ASCII, the empty str, and str
# subclasses that override or inherit the comparisons.
words = ["", "a", "ab", "abc", "b", "B", "é", "e\u0301", "€uro", "😀", "a\x00"]
built = ["".join(list(w)) for w in words]
for x in words:
    for y in built:
        print(repr(x), repr(y), x == y, x != y, x < y, x <= y, x > y, x >= y)

s = "same"
print(s == s, s != s, s < s, s <= s, s > s, s >= s)

op = "+"
print([o for o in "+-*/%" if o == op], op != "-", op == "+" * 1)


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", repr(other))
        return True

    def __lt__(self, other):
        return "reversed"


class Quiet(str):
    pass


print(Loud("a") == "b", "b" == Loud("a"), Loud("a") != "a", Loud("x") < "y", "y" > Loud("x"))
print(Quiet("a") == "a", Quiet("a") < "b", "b" >= Quiet("a"), Quiet("a") != Quiet("a"))
print(sorted(["pear", "Apple", "apple", "", "äpple", "pea"]))
print(max("abc", "abd", "ab"), min("zz", "z", "zzz"))
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" != 1, None == "", "" == None)
