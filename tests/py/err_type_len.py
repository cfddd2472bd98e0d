items = ["abc", [1, 2], {"k": 1}, 42]
for it in items:
    print(type(it).__name__, len(it))
