vals = [3.5, -2.25, 1e-9, 1e9, -0.0, 0.0, 2.5]
print(min(vals), max(vals), sum(vals), sorted(vals))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(sum([0.1, 0.2, 0.3, 0.4]), sum([1e20, 1.0, -1e20]), sum([1.5] * 7))
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
acc = 0.0
for _ in range(1000):
    acc += 0.001
print(acc, acc == 1.0, round(acc, 10))
print(abs(-2.5), abs(2.5), -abs(-0.0), 2.5 // 1, 2.5 % 1, -2.5 // 1, -2.5 % 1)
print(1.5 * 2 == 3, 0.1 * 3 == 0.3, 3.0 == 3, 0.5 == 1 / 2)
