s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind("o", 0, 5), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.index("o", 5), s.index("o", -5))
print(s.find("o", -3), s.find("n", -1), s.rfind("h", -10, -1))
print(s.count("l"), s.count("hello"), s.count("l", 3), s.count("l", 3, 10), s.count(""), "aaaa".count("aa"))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"))
for args in [("zzz",), ("hello", 20)]:
    try:
        s.index(*args)
    except ValueError:
        print("ValueError index", args)
try:
    s.rindex("q")
except ValueError:
    print("ValueError rindex")
print("a" in s, "hello w" in s, "" in s, "HELLO" in s, "x" not in s)
