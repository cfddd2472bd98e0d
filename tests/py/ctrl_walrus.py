data = [1, 5, 12, 7, 20, 3]
print([y for x in data if (y := x * 2) > 10])
if (n := len(data)) > 5:
    print("long list", n)
items = iter(["a", "b", "", "c"])
while (item := next(items, None)) is not None:
    if not item:
        continue
    print("item", item)
print((total := sum(data)), total)
vals = []
i = 0
while (i := i + 1) <= 3:
    vals.append(i)
print(vals, i)
print([last := v for v in range(4)], last)

def f():
    if (r := 10) > 5:
        return r * 2

print(f())
m = {"k": 0}
if (v := m.get("k")) is not None:
    print("found", v)
