width = 12
prec = 4
val = 3.14159265358979
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:<{width}.{prec - 2}f}]")
print(f"[{'txt':{'^'}{width}}]")
fill, align = "*", ">"
print(f"[{42:{fill}{align}{width}}]")
for w in range(3, 8, 2):
    print(f"{w:>{w}}|{'x' * w:^{w + 4}}|")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in rows:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
data = {"a": [1, 2], "b": {"c": 3}}
print(f"{data['a'][0] + data['b']['c']} {data['b']} {len(data):03d}")
print(f"{f'{val:.2f}':>10}|{f'{1 + 1}':*<4}|")
print(f"{'a' if val > 3 else 'b'} {[x ** 2 for x in range(4)]} {(lambda x: x * 2)(21)}")
