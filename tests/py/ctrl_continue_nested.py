for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("mult3", i)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * b == 91:
            found = (a, b)
            break
    if found:
        break
print(found)
count = 0
for x in range(5):
    for y in range(5):
        for z in range(5):
            if x + y + z == 6:
                count += 1
print(count)
