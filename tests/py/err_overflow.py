x = 2.0
for p in [10, 100, 1000, 10000]:
    print(p)
    print(x ** p)
