def find(items, target):
    for it in items:
        if it == target:
            return it
    return None

print(find(["a", "b"], "a").upper())
print(find(["a", "b"], "z").upper())
