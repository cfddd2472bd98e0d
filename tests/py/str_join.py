print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(" ".join(str(i) for i in range(5)))
print(", ".join(map(str, [1.5, 2, -3])))
print("ab".join("xyz"), "\n".join(["l1", "l2"]))
print("|".join(("é", "日本", "🐍")))
print("".join(reversed("hello")))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
print("+".join({"k1": 1, "k2": 2}))
