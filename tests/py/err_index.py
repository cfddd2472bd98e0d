items = [1, 2, 3]
print(items[2], items[-3])
print(items[1:10])
for i in range(4):
    print(i, items[i])
