words = ["banana", "Apple", "apple", "Banana", "cherry", "", "a", "A", "éclair", "zebra", "Zebra", "10", "9", "日本"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(max(words), min(words), max(words, key=len))
print("a" < "b", "a" < "B", "abc" < "abd", "abc" < "ab", "" < " ", "Z" < "a", "é" < "f", "日" > "z")
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa", "ab" != "ba")
print("10" < "9", int("10") < int("9"), ["b", "a"] < ["b", "b"])
