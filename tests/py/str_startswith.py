s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith("name", 4, 6))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.startswith(("x", "y")), s.endswith(".tar", 0, -3))
print(s.startswith(""), "".startswith(""), "".endswith("a"), s.endswith("gz", -2))
print("éclair".startswith("é"), "日本語".endswith("語"), "🐍x".startswith("🐍"))
try:
    s.startswith(["file"])
except TypeError:
    print("TypeError")
