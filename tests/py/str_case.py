words = ["hello world", "HELLO", "hElLo WoRlD", "they're bill's", "élan vital", "straße", "123abc", "", "o'neil mc-donald x2y"]
for w in words:
    print(repr(w))
    print(w.lower(), w.upper(), w.title())
    print(w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), "ﬁ".upper(), "İ".lower().encode("utf-8"), "ΣΑΣ".lower(), "ǅemal".title(), "ǅ".lower())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "Ωμέγα".swapcase())
