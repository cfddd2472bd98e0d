n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, 4]], 5]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(flat)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
else:
    print("hit zero")
x = 0
while x < 5:
    x += 1
    if x == 2:
        continue
    print("x", x)
