class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"

    def __str__(self):
        return f"{self.qty}x {self.name}"

items = [Item("apple", 3), Item("pear", 1)]
print(items)
print(tuple(items), {"first": items[0]}, {1: items[1]})
print(str(items), ", ".join(str(i) for i in items), ", ".join(map(repr, items)))
for it in items:
    print(it, f"[{it}]", f"[{it!r}]", "%s|%r" % (it, it), "{}|{!r}".format(it, it))
print(f"{items[0]!s:>15}|{str(items[1]):<12}|")
print([[Item("n", 0)]], {"k": [Item("x", 2)]})
