print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 5)
print("abc" + "def", "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "" < "a")
print("abc" == "abc", "abc" != "ABC", "a" <= "a", max("hello"), min("hello"), sorted("banana"))
print("ell" in "hello", "z" in "hello", len(""), len("日本🐍"))
print(ord("a"), ord("é"), ord("日"), ord("🐍"), chr(97), chr(233), chr(26085), chr(128013), chr(0x10FFFF) == "\U0010ffff")
print(str(123), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str("x"))
s = "abc"
s += "def"
s *= 2
print(s)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError chr")
try:
    ord("ab")
except TypeError:
    print("TypeError ord")
print("%s" % "x", "a" "b" "c", "multi"
      "line")
