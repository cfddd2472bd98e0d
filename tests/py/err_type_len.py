items = ["abc", [1, 2], {"k": 1}, (), b"xy", 42]
lengths = []
for it in items:
    print(type(it).__name__, len(it))
    lengths.append(len(it))
print("never", lengths)
